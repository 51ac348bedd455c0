// End-to-end in a second engine: Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core.
// The Chromium suites cover every behaviour; this one checks that the main paths also work in
// Gecko, which has popovers but no interest invokers, so the previews run on their script.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import {
  CARD,
  FIXTURES,
  LIBRARY,
  NOTICE,
  OTHER_PUBLISHER,
  PREVIEW,
  assertProvenance,
  assertReadable,
  blogs,
  chooseFile,
  otherPublisher,
  provenanceOf,
  readWithoutScripts,
  serveBuilds,
  stancesOf,
  untrustedPublisher,
} from './harness.mjs';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
/** The studio's text: two paragraphs with a stance cue. */
const STUDIO_TEXT = 'Talks resume in Oman\n\nIranian Foreign Minister Abbas Aragchi said Iran is ready to negotiate with the United States.\n\nThe United States insists that any deal must cover missiles.';
const env = {};
/** The quotes of the example article's Russia × Reconnecting the bank cell, in text order, run together. */
const GRAIN_BANK = 'any deal must first ease sanctions on its agricultural bankthe Kremlin would not sign unless the Russian Agricultural Bank (Rosselkhozbank) was reconnected to the SWIFT payment network';

before(async () => {
  env.builds = await serveBuilds();
  env.blogs = await blogs();
  env.browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
});
after(async () => {
  await env.browser?.close();
  await env.builds?.close();
  await env.blogs?.close();
});

/** A page that records console errors and warnings and uncaught errors in `page.errors`. */
async function newPage({ width = 1280, height = 900 } = {}) {
  const page = await env.browser.newPage();
  await page.setViewport({ width, height });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (['error', 'warn', 'warning'].includes(m.type())) page.errors.push(`console ${m.type()}: ${m.text()}`);
  });
  return page;
}

/** The name of the entity whose card is on screen, once one is. */
async function openCard(page) {
  await page.waitForSelector(CARD);
  return page.$eval(`${CARD} .sm-card-name`, (name) => name.textContent);
}
/** The ids of the open previews, once one is. */
async function openPreviews(page) {
  await page.waitForSelector(PREVIEW);
  return page.$$eval(PREVIEW, (previews) => previews.map((p) => p.id));
}
/** Waits until nothing matches `selector`. */
const gone = (page, selector) => page.waitForFunction((s) => !document.querySelector(s), {}, selector);

describe('Firefox', () => {
  it('runs the reader: cards on hover and keyboard focus, a matrix cell highlights its quotes', async () => {
    const page = await newPage();
    await page.goto(`${env.builds.url}/`);
    await page.waitForFunction(() => performance.getEntriesByName('app').length > 0);
    assert.equal(await page.$('[data-prerendered]'), null, 'the app took the page over');

    await page.hover('.sm-body [data-entity="trump"]');
    assert.equal(await openCard(page), 'Donald Trump');
    await page.mouse.move(5, 5);
    await gone(page, CARD);

    await page.focus('.sm-body [data-entity="iran"]');
    assert.equal(await openCard(page), 'Iran');
    await page.keyboard.press('Escape');
    await gone(page, CARD);
    assert.equal(await page.evaluate(() => document.activeElement.dataset.entity), 'iran', 'focus stays on the mention');

    await page.click('table [data-cell="0-1"]');
    await page.waitForFunction(() => document.querySelector('.sm-q-current'));
    const quotes = stancesOf('iran', 'missiles');
    assert.equal(quotes.length, 3);
    for (const { i } of quotes) {
      const on = await page.$$eval(`[data-quotes~="${i}"]`, (els) => els.length > 0 && els.every((e) => e.classList.contains('sm-q-on')));
      assert.ok(on, `quote ${i} highlighted`);
    }
    const text = await page.$$eval('.sm-q-on', (els) => els.map((e) => e.textContent).join(''));
    assert.equal(text, quotes.map((q) => q.quote).join(''), 'nothing else is highlighted');
    assert.equal(await page.evaluate(() => { const m = document.querySelector('.sm-matrix'); return m.scrollWidth - m.clientWidth; }), 0, 'the matrix does not scroll sideways');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('opens the prerendered previews by script before the app arrives, on a phone too', async () => {
    for (const width of [1280, 390]) {
      const page = await newPage({ width, height: 844 });
      await page.goto(`${env.builds.noWasmUrl}/`);
      await page.waitForFunction(() => performance.getEntriesByName('interactive').length > 0);
      assert.notEqual(await page.$('[data-prerendered]'), null);

      await page.hover('.sm-body [data-entity="trump"]');
      assert.deepEqual(await openPreviews(page), ['sm-preview-trump']);
      // Measured once it has settled (a phone's sheet slides in).
      const box = await page.$eval('#sm-preview-trump', async (p) => {
        await Promise.all(p.getAnimations().map((a) => a.finished));
        return p.getBoundingClientRect().toJSON();
      });
      assert.ok(box.left >= 0 && box.right <= width && box.top >= 0 && box.bottom <= 844, `${width} px: inside the window: ${JSON.stringify(box)}`);
      if (width < 600) assert.equal(Math.round(box.bottom), 844, 'a bottom sheet on a phone');
      await page.mouse.move(5, 5);
      await gone(page, PREVIEW);

      await page.focus('.sm-body [data-entity="iran"]');
      assert.deepEqual(await openPreviews(page), ['sm-preview-iran']);
      await page.keyboard.press('Escape');
      await gone(page, PREVIEW);
      await page.close();
    }
  });

  it('renders an article embedded in a hostile blog, in its shadow root', async () => {
    const page = await newPage();
    await page.goto(`${env.builds.url}/fixtures/e2e/blog.html`);
    await page.waitForFunction(() => document.querySelector('#first')?.shadowRoot?.querySelector('.sm-body [data-entity]'));
    const mentions = await page.$eval('#first', (el) => el.shadowRoot.querySelectorAll('.sm-body [data-entity]').length);
    assert.ok(mentions > 40, `${mentions} mentions`);
    // The blog's styles stayed out of the reader.
    assert.notEqual(await page.$eval('#first', (el) => getComputedStyle(el.shadowRoot.querySelector('.sm-body p')).display), 'none');
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  it('shows a matrix cell’s quotes before the app, from a #cell= link and from a click', async () => {
    const page = await newPage();
    const on = () => page.$$eval('.sm-body .sm-q-on', (els) => els.map((e) => e.textContent).join(''));
    await page.goto(`${env.builds.noWasmUrl}/grain-corridor.html#cell=russia/bank`);
    await page.waitForFunction(() => document.activeElement?.dataset?.cell === '1-2');
    assert.equal(await on(), GRAIN_BANK);
    await page.click('table [data-cell="0-0"]');
    assert.equal(await on(), 'Kyiv was ready to accept joint inspections of ships in Turkish waters');
    assert.match(await page.evaluate(() => location.hash), /^#cell=ukraine\/inspections$/);
    await page.close();
  });

  it('reads every library article’s page with scripts off, its meta tags and JSON-LD parsed', async () => {
    const page = await newPage();
    await page.goto(`${env.builds.url}/`);
    for (const entry of LIBRARY) assertReadable(await page.evaluate(readWithoutScripts, `${entry.id}.html`), entry);
    await page.close();
  });

  it('the Embed dialog’s codes work in a blog on another origin: the iframe fitted, the element’s text first, then the reader', async () => {
    const reader = await newPage();
    await reader.goto(`${env.builds.url}/grain-corridor.html`);
    await reader.waitForFunction(() => !document.querySelector('[data-prerendered]') && document.querySelector('.sm-edit button'));
    await reader.click('.sm-edit button');
    await reader.waitForSelector('#sm-embed-element');
    const frame = await reader.$eval('#sm-embed-frame', (t) => t.value);
    const element = await reader.$eval('#sm-embed-element', (t) => t.value);
    assert.deepEqual(reader.errors, []);
    await reader.close();

    const framed = await newPage();
    await framed.goto(env.blogs.write('frame.html', frame));
    await framed.waitForFunction(() => /^\d+px$/.test(document.querySelector('iframe').style.height));
    const height = await framed.$eval('iframe', (f) => parseInt(f.style.height, 10));
    assert.ok(height > 300 && height !== 900, `fitted to ${height} px`);
    assert.deepEqual(framed.errors, []);
    await framed.close();

    // Before the wasm (here: a copy of the build without it), the element shows the text.
    const early = await newPage();
    await early.goto(env.blogs.write('text.html', element.replaceAll(env.builds.url, env.builds.noWasmUrl)));
    await early.waitForFunction(() => document.querySelector('stancemap-article')?.shadowRoot);
    assert.ok(await early.$eval('stancemap-article > h2', (h) => h.getBoundingClientRect().height > 0));
    assert.ok(await early.$eval('stancemap-article a[href$="#entity=ukraine"]', (a) => a.getBoundingClientRect().width > 0));
    await early.close();

    const full = await newPage();
    await full.goto(env.blogs.write('element.html', element));
    await full.waitForFunction(() => {
      const shadow = document.querySelector('stancemap-article').shadowRoot;
      return shadow?.querySelector('[data-article="grain-corridor"] [data-entity]') && !shadow.querySelector('slot');
    });
    assert.equal(await full.$eval('stancemap-article > h2', (h) => h.getBoundingClientRect().height), 0, 'the reader replaced the text');
    assert.deepEqual(full.errors, []);
    await full.close();
  });

  it('opens only trusted sources, and says where an article the site did not publish came from', async () => {
    const untrusted = await untrustedPublisher();
    const other = await otherPublisher();
    const at = (src) => `${env.builds.url}/?src=${encodeURIComponent(`${src}/e2e/other-article.json`)}`;
    try {
      const page = await newPage();
      await page.goto(at(untrusted.url));
      const alert = await page.waitForSelector('[role="alert"]');
      assert.match(await alert.evaluate((e) => e.textContent), new RegExp(`and ${untrusted.url} is not one of them`));
      assert.deepEqual(untrusted.log, [], 'nothing was asked of the untrusted origin');

      await page.goto(at(OTHER_PUBLISHER));
      await page.waitForSelector('.sm-provenance');
      assertProvenance(await page.evaluate(provenanceOf), NOTICE.other);

      await page.goto(`${env.builds.url}/grain-corridor.html`);
      await page.waitForFunction(() => performance.getEntriesByName('app').length > 0);
      assertProvenance(await page.evaluate(provenanceOf), null);

      await page.evaluate(chooseFile, readFileSync(`${FIXTURES}/e2e/other-article.json`, 'utf8'), 'other-article.json');
      await page.waitForSelector('.sm-provenance');
      assertProvenance(await page.evaluate(provenanceOf), NOTICE.file);
      assert.deepEqual(page.errors, []);
      await page.close();
    } finally {
      await untrusted.close();
      await other.close();
    }
  });

  it('runs the studio: a draft from text by keyboard, a stance, kept in IndexedDB through a reload', async () => {
    const page = await newPage();
    await page.goto(`${env.builds.url}/?view=studio`);
    await page.waitForSelector('#st-text');
    await page.$eval('#st-text', (t, text) => {
      t.value = text;
      t.dispatchEvent(new Event('input', { bubbles: true }));
    }, STUDIO_TEXT);
    await page.focus('#st-text');
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    await page.waitForFunction(() => document.activeElement?.classList.contains('st-editor'));
    for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
    await page.waitForFunction(() => new Set([...document.querySelectorAll('.st-preview .sm-body [data-entity]')].map((m) => m.dataset.entity)).size === 3);
    await page.keyboard.down('Alt');
    await page.keyboard.press('2');
    await page.keyboard.up('Alt');
    await page.waitForSelector('.st-stances .st-suggestion');
    await page.keyboard.press('Enter');
    await page.keyboard.press('s');
    await page.waitForSelector('#st-topic');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.st-preview .sm-matrix [data-cell]').length > 0);
    await page.waitForFunction(() => document.querySelector('.st-status').textContent.includes('Saved on this device'));
    await page.reload();
    await page.waitForSelector('.st-editor');
    await page.waitForFunction(() => document.querySelectorAll('.st-preview .sm-matrix [data-cell]').length > 0);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
