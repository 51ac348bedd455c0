// Writes the README screenshots (tests/e2e/screenshots/*.png) from the release build: `make screenshots`.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { serve } from './server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = `${root}tests/e2e/screenshots`;
const server = await serve({ '/': `${root}dist` });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function shot(name, contextOptions, act) {
  const context = await browser.newContext({ deviceScaleFactor: 1, reducedMotion: 'reduce', ...contextOptions });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.locator('[data-article] [data-entity]').first().waitFor();
  await act(page);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/${name}.png` });
  await context.close();
  console.log(`${out}/${name}.png`);
}

await shot('reader-desktop', { viewport: { width: 1280, height: 800 } }, async () => {});
await shot('card-desktop', { viewport: { width: 1280, height: 800 } }, async (page) => {
  const m = page.locator('[data-entity="netanyahu"]').first();
  await m.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await m.hover();
});
await shot('card-phone', { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true }, async (page) => {
  const m = page.locator('[data-entity="pezeshkian"]').first();
  await m.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await m.tap();
});
await shot('matrix-desktop', { viewport: { width: 1366, height: 860 } }, async (page) => {
  await page.locator('table [data-cell="0-1"]').click();
});
await shot('matrix-phone', { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true }, async (page) => {
  await page.locator('.sm-matrix').evaluate((el) => el.scrollIntoView({ block: 'start' }));
});
for (const [name, viewport, touch] of [
  ['embed-desktop', { width: 1280, height: 860 }, false],
  ['embed-phone', { width: 375, height: 740 }, true],
]) {
  await shot(name, { viewport, hasTouch: touch, isMobile: touch }, async (page) => {
    await page.getByRole('button', { name: 'Embed this article' }).click();
    await page.locator('.sm-embed-dialog iframe').contentFrame().locator('[data-article] [data-entity]').first().waitFor();
  });
}
// An article from a file on this device: the notice above its title.
for (const [name, viewport, touch] of [
  ['notice-desktop', { width: 1280, height: 600 }, false],
  ['notice-phone', { width: 375, height: 600 }, true],
]) {
  await shot(name, { viewport, hasTouch: touch, isMobile: touch }, async (page) => {
    await page.locator('.sm-open-file input[type=file]').setInputFiles(`${root}tests/fixtures/e2e/other-article.json`);
    await page.locator('.sm-provenance').waitFor();
  });
}
/** The studio on the seed's text: a few entities accepted, a stance being made. */
async function studioShot(name, contextOptions) {
  const context = await browser.newContext({ deviceScaleFactor: 1, reducedMotion: 'reduce', ...contextOptions });
  const page = await context.newPage();
  await page.goto(`${server.url}/?view=studio`);
  await page.locator('#st-text').fill(readFileSync(`${root}tests/fixtures/iran-talks.txt`, 'utf8'));
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => document.activeElement?.classList.contains('st-editor'));
  for (let i = 0; i < 6; i++) await page.keyboard.press('Enter');
  await page.keyboard.press('Alt+2');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('s');
  await page.locator('.st-stance-form').waitFor();
  await page.waitForTimeout(400);
  await page.evaluate(() => scrollTo(0, 0));
  await page.screenshot({ path: `${out}/${name}.png` });
  await context.close();
  console.log(`${out}/${name}.png`);
}
await studioShot('studio-desktop', { viewport: { width: 1280, height: 860 } });
await studioShot('studio-phone', { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
await browser.close();
await server.close();
