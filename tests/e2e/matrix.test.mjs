// End-to-end: the stance matrix shows the seed's positions and ties every cell to its exact quotes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SEED as seed, axeViolations, newPage, stancesOf, useBrowser } from './harness.mjs';

const env = useBrowser();

async function open(options = {}, hash = '') {
  const page = await newPage(env, { viewport: { width: 1366, height: 860 }, ...options });
  await page.goto(`${env.base}${hash}`);
  await page.locator('.sm-matrix').waitFor();
  return page;
}

/** The text of every piece of a stance's quote, joined, and whether all are highlighted. */
async function quoteInText(page, stance) {
  return page.$$eval(`[data-quotes~="${stance}"]`, (els) => ({
    text: els.map((e) => e.textContent).join(''),
    on: els.length > 0 && els.every((e) => e.classList.contains('sm-q-on')),
    current: els.length > 0 && els.every((e) => e.classList.contains('sm-q-current')),
  }));
}

const cell = (page, r, c) => page.locator(`table [data-cell="${r}-${c}"]`);

describe('matrix', () => {
  it('shows the seed article’s positions, with icon and word in every cell', async () => {
    const page = await open();
    const rows = await page.$$eval('.sm-matrix-table tbody tr', (trs) =>
      trs.map((tr) => ({
        party: tr.querySelector('.sm-party').textContent,
        summary: tr.querySelector('.sm-row-summary').textContent,
        cells: [...tr.querySelectorAll('td')].map((td) => td.querySelector('[data-state]').dataset.state),
      })),
    );
    assert.deepEqual(rows, [
      { party: 'Iran', summary: 'accepts 2 · rejects 2', cells: ['accepts', 'rejects', 'none', 'rejects', 'accepts'] },
      { party: 'United States', summary: 'demands 2', cells: ['demands', 'demands', 'none', 'none', 'none'] },
      { party: 'Israel', summary: 'demands 3', cells: ['demands', 'demands', 'demands', 'none', 'none'] },
    ]);
    const headers = await page.locator('.sm-matrix-table thead th .sm-topic').allTextContents();
    assert.deepEqual(headers, ['Nuclear program', 'Ballistic missiles', 'Regional militant groups', 'Broader talks', 'Verification']);
    const missiles = cell(page, 0, 1);
    // What a screen reader hears: the computed accessible name of the cell.
    const named = page.locator('table').getByRole('button', {
      name: 'Iran, Ballistic missiles: rejects, 3 quotes',
      exact: true,
    });
    assert.equal(await named.getAttribute('data-cell'), '0-1');
    assert.equal(await missiles.locator('.sm-state').textContent(), 'rejects');
    assert.equal(await missiles.locator('.sm-state svg').count(), 1);
    assert.equal(await page.locator('table td .sm-state-none').first().textContent(), '— no stated position');
    assert.deepEqual(page.errors, []);
  });

  it('shows a topic summary on hover and on keyboard focus', async () => {
    const page = await open();
    const topic = page.locator('.sm-matrix-table .sm-topic', { hasText: 'Ballistic missiles' });
    const tip = page.locator(`#${await topic.getAttribute('aria-describedby')}`);
    assert.equal(await tip.isVisible(), false);
    await topic.hover();
    await page.waitForTimeout(200);
    assert.equal(await tip.isVisible(), true);
    assert.equal(await tip.textContent(), seed.topics[1].summary);
    await page.mouse.move(5, 5);
    await topic.focus();
    await page.waitForTimeout(200);
    assert.equal(await tip.isVisible(), true);
  });

  it('opens every topic summary inside the matrix, which never scrolls sideways, in either direction', async () => {
    for (const width of [1366, 1024]) {
      const page = await open({ viewport: { width, height: 860 } });
      for (const dir of ['ltr', 'rtl']) {
        await page.locator('article.sm-article').evaluate((el, d) => el.setAttribute('dir', d), dir);
        const where = `${width} px, ${dir}`;
        const matrix = page.locator('.sm-matrix');
        const sideways = await matrix.evaluate((m) => m.scrollWidth - m.clientWidth);
        assert.ok(sideways <= 0, `${where}: the matrix scrolls sideways by ${sideways} px`);
        const box = await matrix.boundingBox();
        const topics = page.locator('.sm-matrix-table .sm-topic');
        assert.equal(await topics.count(), seed.topics.length);
        for (let i = 0; i < seed.topics.length; i++) {
          await topics.nth(i).hover();
          const tip = page.locator(`#${await topics.nth(i).getAttribute('aria-describedby')}`);
          await page.waitForTimeout(200);
          assert.equal(await tip.isVisible(), true, `${where}: summary ${i} shown`);
          const t = await tip.boundingBox();
          assert.ok(t.x >= box.x - 0.5 && t.x + t.width <= box.x + box.width + 0.5, `${where}: summary ${i} inside the matrix`);
        }
        await page.mouse.move(5, 5);
      }
      assert.deepEqual(page.errors, []);
    }
  });

  it('a click highlights exactly the quoted text and steps through several quotes', async () => {
    const page = await open();
    await cell(page, 0, 1).click();
    assert.equal(await cell(page, 0, 1).getAttribute('aria-pressed'), 'true');
    const quotes = stancesOf('iran', 'missiles');
    assert.equal(quotes.length, 3);
    for (const q of quotes) {
      const found = await quoteInText(page, q.i);
      assert.equal(found.text, q.quote, 'exactly the quote, not the paragraph');
      assert.ok(found.on, `quote ${q.i} highlighted`);
    }
    const highlighted = await page.$$eval('.sm-q-on', (els) => els.map((e) => e.textContent).join(''));
    assert.equal(highlighted, quotes.map((q) => q.quote).join(''), 'nothing else is highlighted');
    assert.ok((await quoteInText(page, quotes[0].i)).current);
    const bar = page.getByRole('region', { name: 'Highlighted evidence' });
    assert.match(await bar.textContent(), /Iran · Ballistic missiles: rejects/);
    assert.match(await bar.textContent(), /Quote 1 of 3/);
    assert.match(page.url(), /#cell=iran\/missiles$/);
    await bar.getByRole('button', { name: 'Next quote' }).click();
    await page.waitForTimeout(700);
    assert.match(await bar.textContent(), /Quote 2 of 3/);
    assert.ok((await quoteInText(page, quotes[1].i)).current);
    const inView = await page.locator(`[data-quotes~="${quotes[1].i}"]`).first().evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    assert.ok(inView, 'scrolled to the current quote');
    // The evidence panel lists quote, speaker (or "reported") and note.
    const who = await page.locator('.sm-evidence-panel .sm-evidence-who').allTextContents();
    assert.deepEqual(who, ['— reported', '— reported', '— Ali Shamkhani']);
    await bar.getByRole('button', { name: 'Clear highlighting' }).click();
    assert.equal(await page.locator('.sm-q-on').count(), 0);
    assert.equal(new URL(page.url()).hash, '');
  });

  it('Enter and Space on a cell work like a click', async () => {
    const page = await open();
    await cell(page, 1, 0).focus();
    await page.keyboard.press('Enter');
    for (const q of stancesOf('us', 'nuclear')) assert.ok((await quoteInText(page, q.i)).on);
    await cell(page, 2, 2).focus();
    await page.keyboard.press('Space');
    const [q] = stancesOf('israel', 'militant-groups');
    const found = await quoteInText(page, q.i);
    assert.equal(found.text, 'support for regional militant groups, including Hamas and Hezbollah');
    assert.ok(found.on && found.current);
    assert.equal(await cell(page, 1, 0).getAttribute('aria-pressed'), 'false');
  });

  it('a quote’s marker in the text leads to its cell', async () => {
    const page = await open();
    const [q] = stancesOf('iran', 'nuclear').filter((s) => s.speaker === 'araghchi');
    const marker = page.locator(`[data-marker="${q.i}"]`);
    assert.match(await marker.getAttribute('aria-label'), /Evidence: Iran accepts on Nuclear program/);
    await marker.click();
    assert.equal(await page.evaluate(() => document.activeElement.dataset.cell), '0-0');
    assert.equal(await cell(page, 0, 0).getAttribute('aria-pressed'), 'true');
    assert.ok((await quoteInText(page, q.i)).current, 'the marker’s own quote is current');
  });

  it('a #cell= deep link opens the matrix at that cell with its evidence highlighted', async () => {
    const page = await open({ viewport: { width: 1000, height: 700 } }, '#cell=israel/militant-groups');
    await page.waitForFunction(() => document.activeElement?.dataset?.cell === '2-2');
    const [q] = stancesOf('israel', 'militant-groups');
    assert.ok((await quoteInText(page, q.i)).on);
    const box = await cell(page, 2, 2).boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= 700, 'cell scrolled into view');
  });

  it('has no accessibility violations with a cell selected', async () => {
    const page = await open();
    await cell(page, 0, 3).click();
    assert.deepEqual(await axeViolations(page), []);
  });
});

describe('matrix layout', () => {
  it('sits beside the text on wide screens and stays there while reading', async () => {
    const page = await open({ viewport: { width: 1440, height: 900 } });
    const matrix = await page.locator('.sm-matrix').boundingBox();
    const body = await page.locator('.sm-body').boundingBox();
    assert.ok(matrix.x >= body.x + body.width, 'beside, not over, the text');
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(300);
    const after = await page.locator('.sm-matrix').boundingBox();
    assert.ok(after.y >= 0 && after.y < 100, `sticky (y = ${after.y})`);
  });

  it('is a complete per-party list on narrow screens, still one table to a screen reader', async () => {
    const page = await open({ viewport: { width: 375, height: 740 } });
    const table = page.locator('.sm-matrix-table');
    assert.equal(await table.evaluate((el) => getComputedStyle(el).display), 'block');
    assert.match(await table.ariaSnapshot(), /^- table:/);
    // Each party a heading with its summary, then a row per topic: its name beside its position.
    const parties = table.locator('tbody th');
    assert.deepEqual(await parties.allTextContents(), [
      'Iranaccepts 2 · rejects 2', 'United Statesdemands 2', 'Israeldemands 3',
    ]);
    const rows = table.locator('tbody td');
    assert.equal(await rows.count(), 15);
    const heading = await parties.first().boundingBox();
    const topic = await rows.first().locator('.sm-cell-topic').boundingBox();
    const cell = await rows.first().locator('.sm-cell').boundingBox();
    assert.ok(topic.y >= heading.y + heading.height - 1, 'the topics come under the party');
    assert.ok(cell.x >= topic.x + topic.width, 'each position beside its topic');
    assert.equal(await rows.nth(2).innerText(), 'Regional militant groups\n— no stated position');
    // The column headers are only heard.
    assert.ok((await table.locator('thead').boundingBox()).width <= 1);
    await page.locator('[data-cell="0-4"]').click();
    const [q] = stancesOf('iran', 'verification');
    assert.ok((await quoteInText(page, q.i)).on);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.equal(width, 375, 'nothing overflows');
    assert.deepEqual(await axeViolations(page), []);
  });

  it('offers the matrix from the margin beside the text while it is out of view', async () => {
    const page = await open({ viewport: { width: 1100, height: 700 } });
    const toggle = page.getByRole('button', { name: 'Stance matrix', exact: true });
    // The matrix comes after the text: out of view at the start.
    await toggle.waitFor();
    const button = await toggle.boundingBox();
    const text = await page.locator('.sm-body').boundingBox();
    assert.ok(button.x >= text.x + text.width, 'the button does not cover the text');
    await toggle.click();
    await page.waitForTimeout(900);
    const box = await page.locator('.sm-matrix h2').boundingBox();
    assert.ok(box.y >= 0 && box.y < 700, 'matrix in view');
    await toggle.waitFor({ state: 'detached' });
    // Back at the top, the matrix is out of view again.
    await page.evaluate(() => window.scrollTo(0, 0));
    await toggle.waitFor();
  });
});
