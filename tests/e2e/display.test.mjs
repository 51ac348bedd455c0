// End-to-end: the reader's Display controls (theme, text size, typeface, line width), kept
// across reloads and applied before the first paint of the prerendered page.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { axeViolations, newPage, useBrowser } from './harness.mjs';

const env = useBrowser();

const rootData = (page) =>
  page.locator('#stancemap > .stancemap').evaluate((el) => ({ ...el.dataset }));
const background = (page) =>
  page.locator('#stancemap > .stancemap').evaluate((el) => getComputedStyle(el).backgroundColor);

describe('display controls', () => {
  it('follows the system theme by default and switches theme, size, font and width', async () => {
    const page = await newPage(env, { colorScheme: 'dark' });
    await page.goto(env.base);
    assert.deepEqual(await rootData(page), { theme: 'auto', size: '2', font: 'sans', width: 'medium' });
    assert.equal(await background(page), 'rgb(21, 23, 27)', 'auto follows the dark system theme');
    const toggle = page.getByRole('button', { name: 'Display' });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    const panel = page.getByRole('group', { name: 'Display settings' });
    await panel.getByRole('radio', { name: 'Sepia' }).check();
    assert.equal(await background(page), 'rgb(245, 236, 217)');
    const measure = () => page.locator('.sm-body').evaluate((el) => el.getBoundingClientRect().width);
    const medium = await measure();
    await panel.getByRole('radio', { name: 'Narrow' }).check();
    assert.ok((await measure()) < medium);
    const text = page.locator('.sm-body p').first();
    const before = await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await panel.getByRole('button', { name: 'Larger text' }).click();
    await panel.getByRole('button', { name: 'Larger text' }).click();
    assert.equal(await panel.locator('output').textContent(), 'Larger');
    assert.equal(await panel.getByRole('button', { name: 'Larger text' }).isDisabled(), true);
    const after = await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(after > before * 1.2, `${after} > 1.2 × ${before}`);
    await panel.getByRole('radio', { name: 'Serif', exact: true }).check();
    assert.match(await text.evaluate((el) => getComputedStyle(el).fontFamily), /Georgia|serif/);
    assert.deepEqual(await axeViolations(page), []);
    // Escape closes the panel and gives focus back to its button.
    await panel.getByRole('radio', { name: 'Narrow' }).focus();
    await page.keyboard.press('Escape');
    assert.equal(await panel.count(), 0);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Display');
    assert.deepEqual(await rootData(page), { theme: 'sepia', size: '4', font: 'serif', width: 'narrow' });
    assert.deepEqual(page.errors, []);
  });

  it('keeps the choices across reloads, painted before the app arrives', async () => {
    const page = await newPage(env, { waitForApp: false });
    await page.goto(env.base);
    await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
    await page.getByRole('button', { name: 'Display' }).click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    // A click outside closes the panel.
    await page.locator('h1').click();
    assert.equal(await page.getByRole('group', { name: 'Display settings' }).count(), 0);
    let release;
    const held = new Promise((ok) => (release = ok));
    await page.route('**/*.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    // The prerendered page, before any wasm: already dark.
    assert.equal(await page.locator('[data-prerendered]').count(), 1);
    assert.equal((await rootData(page)).theme, 'dark');
    assert.equal(await background(page), 'rgb(21, 23, 27)');
    release();
    await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
    assert.equal((await rootData(page)).theme, 'dark');
    assert.deepEqual(page.errors, []);
  });

  it('is clean for axe in every theme, on a phone too, with nothing overflowing down to 320 px', async () => {
    // Screenshots of every theme at each width are kept in test-results/themes/ to look at.
    mkdirSync('test-results/themes', { recursive: true });
    for (const theme of ['light', 'sepia', 'dark']) {
      for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 800 }, { width: 320, height: 700 }]) {
        const page = await newPage(env, { viewport });
        await page.addInitScript((t) => localStorage.setItem('stancemap:prefs', `theme=${t}`), theme);
        await page.goto(env.base);
        await page.screenshot({ path: `test-results/themes/${theme}-${viewport.width}.png` });
        await page.locator('[data-cell="0-1"]').click();
        assert.deepEqual(await axeViolations(page), [], `${theme} at ${viewport.width} px`);
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true);
        await page.context().close();
      }
    }
  });
});
