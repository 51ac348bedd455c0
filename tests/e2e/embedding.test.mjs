// End-to-end: the reader embedded in a hostile blog, as a custom element (shadow DOM) and as an iframe.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, useBrowser } from './harness.mjs';

const env = useBrowser();

/** The blog with both embeds loaded; `rewrite` changes the blog's page first. */
async function blog(rewrite) {
  const page = await newPage(env, { viewport: { width: 1280, height: 900 } });
  if (rewrite) {
    await page.route('**/fixtures/e2e/blog.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: rewrite(await response.text()) });
    });
  }
  const heights = [];
  await page.exposeFunction('recordHeight', (m) => heights.push(m));
  await page.addInitScript(() => {
    addEventListener('message', (e) => {
      if (e.data?.type === 'stancemap:height') window.recordHeight(e.data);
    });
  });
  await page.goto(`${env.server.url}/fixtures/e2e/blog.html`);
  await page.locator('#first [data-article="iran-talks"] [data-entity]').first().waitFor();
  await page.locator('#second [data-article="oman-mediation"]').waitFor();
  page.heights = heights;
  return page;
}

/** Polls `condition` (a Node-side check) for up to five seconds. */
async function until(condition) {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(condition(), 'timed out');
}

const style = (locator, property) =>
  locator.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

describe('custom element', () => {
  it('looks as usual inside a hostile blog, and the blog is untouched', async () => {
    const page = await blog();
    const first = page.locator('#first');
    const paragraph = first.locator('.sm-body p').first();
    assert.equal(await style(paragraph, 'display'), 'block');
    assert.equal(await style(paragraph, 'color'), 'rgb(31, 35, 40)');
    assert.equal(await style(paragraph, 'font-size'), '17px');
    assert.equal(await style(paragraph, 'text-transform'), 'none');
    assert.equal(await style(first.locator('.stancemap'), 'background-color'), 'rgb(253, 252, 250)');
    assert.equal(await style(first.locator('.sm-matrix-table'), 'display'), 'table');
    assert.equal(await style(first.locator('[data-entity="trump"]').first(), 'text-decoration-line'), 'underline');
    // The blog keeps its own (odd) styles; the reader's CSS did not reach it.
    assert.equal(await style(page.locator('#blog-paragraph'), 'display'), 'none');
    assert.equal(await style(page.locator('body > h1.sm-title'), 'color'), 'rgb(255, 0, 0)');
    assert.equal(await style(page.locator('#blog-lookalike'), 'background-color'), 'rgb(255, 255, 0)');
    assert.equal(await style(page.locator('#blog-lookalike'), 'font-family'), '"Comic Sans MS", cursive');
    assert.deepEqual(page.errors, []);
  });

  it('keeps its own language and direction in a blog written in another', async () => {
    // An Arabic blog, right to left, embedding the English article.
    const page = await blog((html) => html.replace('<html lang="en">', '<html lang="ar" dir="rtl">'));
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
    const first = page.locator('#first');
    const reader = first.locator('.stancemap');
    assert.deepEqual(await reader.evaluate((el) => [el.lang, getComputedStyle(el).direction]), ['en', 'ltr']);
    assert.deepEqual(page.errors, []);
  });

  it('renders cards inside the shadow root, and two embeds do not interfere', async () => {
    const page = await blog();
    const first = page.locator('#first');
    await first.locator('[data-entity="trump"]').first().click();
    await first.locator('.sm-card').waitFor();
    assert.equal(await first.locator('.sm-card h2').textContent(), 'Donald Trump');
    assert.ok(await first.locator('.sm-card').evaluate((el) => el.getRootNode() instanceof ShadowRoot));
    assert.equal(await page.locator('#second .sm-card').count(), 0);
    assert.equal(await page.evaluate(() => document.querySelectorAll('body > .sm-card, .sm-card').length), 0,
      'no card in the light DOM');
    await page.locator('#second [data-entity="muscat"]').click();
    await page.locator('#second .sm-card').waitFor();
    assert.equal(await page.locator('#second .sm-card h2').textContent(), 'Muscat');
    assert.equal(await first.locator('.sm-card').count(), 0, 'one card at a time per page click');
    await page.locator('#second table [data-cell="0-0"]').click();
    assert.equal(await first.locator('.sm-q-on').count(), 0, 'the other reader highlights nothing');
    assert.equal(new URL(page.url()).hash, '', 'embeds leave the blog’s address alone');
  });

  it('takes theming through documented custom properties', async () => {
    const page = await blog();
    const themed = page.locator('#second .stancemap');
    assert.equal((await style(themed, '--sm-accent')).trim(), 'rgb(200, 0, 100)');
    assert.equal(await style(page.locator('#second .sm-title'), 'font-family'), 'Georgia, serif');
    // Unthemed, an embed keeps the reader's own (light) colours, whatever the system theme.
    assert.match(await style(page.locator('#first .stancemap'), '--sm-accent'), /^\s*light-dark\(#0b5cad,/);
    assert.equal(await style(page.locator('#first .stancemap'), 'color-scheme'), 'light');
  });
});

describe('iframe', () => {
  it('posts its content height with the article id, and the frame can match it', async () => {
    const page = await blog();
    const frame = page.frameLocator('#frame');
    await frame.locator('[data-article="iran-talks"] [data-entity]').first().waitFor();
    await until(() => page.heights.some((m) => m.id === 'iran-talks'));
    await new Promise((r) => setTimeout(r, 300));
    const last = page.heights.at(-1);
    assert.equal(last.id, 'iran-talks');
    const content = await frame.locator('.stancemap').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    assert.equal(last.height, content);
    assert.equal(await frame.locator('.sm-appbar').count(), 0, 'no library chrome in an embed');
    // Host snippet: size the iframe from the message, then the frame shows all of it.
    await page.evaluate((h) => { document.querySelector('#frame').style.height = `${h}px`; }, last.height);
    await new Promise((r) => setTimeout(r, 300));
    const scroll = await frame.locator('html').evaluate((el) => el.scrollHeight - el.clientHeight);
    assert.ok(scroll <= 1, `no scrolling inside the frame (${scroll})`);
    // Opening the evidence panel makes the content taller: a new height is posted.
    const before = page.heights.length;
    await frame.locator('table [data-cell="0-1"]').click();
    await until(() => page.heights.length > before);
    assert.ok(page.heights.at(-1).height > last.height, 'the taller content is reported');
  });
});
