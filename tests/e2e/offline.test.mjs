// End-to-end: offline reading through the service worker, and picking up a new deployment.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { DIST, FIXTURES, newPage, useBrowser } from './harness.mjs';

const env = useBrowser();

/** A page whose service worker has taken control. */
async function controlled(base, path = '') {
  const page = await newPage(env, { serviceWorkers: 'allow' });
  await page.goto(`${base}${path}`);
  await page.locator('[data-article] [data-entity]').first().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

describe('offline', () => {
  it('after one online visit, the studio opens with the network off, and its draft with it', async () => {
    const page = await newPage(env, { serviceWorkers: 'allow', waitForApp: false });
    await page.goto(`${env.base}?view=studio`);
    await page.waitForSelector('#st-text');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The studio's files are kept once the worker controls the page.
    await page.waitForFunction(async () => (await caches.keys()).length > 0 && (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).some((r) => /studio-[0-9a-f]+_bg\.wasm$/.test(r.url))))).some(Boolean));
    await page.fill('#st-text', 'Talks resume\n\nIranian Foreign Minister Abbas Aragchi said Iran is ready to talk.');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('st-editor'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('.st-status').textContent.includes('Saved on this device'));
    await page.context().setOffline(true);
    await page.reload();
    await page.waitForSelector('.st-editor');
    assert.equal(await page.$$eval('.st-preview .sm-body [data-entity]', (ms) => ms.length > 0), true, 'the draft reopened offline');
    await page.goto(`${env.base}?view=studio`);
    await page.waitForSelector('#st-text');
    assert.deepEqual(page.errors.filter((e) => !e.includes('Failed to load resource')), []);
    await page.context().close();
  });

  it('after one online visit, the app, the library and its articles open with the network off', async () => {
    const page = await controlled(env.base);
    // An article opened by URL is cached as it is read.
    await page.goto(`${env.base}?src=fixtures/e2e/other-article.json`);
    await page.locator('[data-article="oman-mediation"]').waitFor();
    await page.context().setOffline(true);
    await page.goto(env.base);
    await page.locator('[data-article="iran-talks"] [data-entity]').first().waitFor();
    await page.locator('[data-entity="trump"]').first().click();
    await page.locator('.sm-card').waitFor();
    await page.keyboard.press('Escape');
    // Saving needs no network either: the single-file template is precached.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save for offline' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'iran-talks.html');
    assert.match(readFileSync(await download.path(), 'utf8'), /id="stancemap-article">\{"format":1/);
    await page.getByRole('link', { name: 'Library', exact: true }).click();
    const item = page.locator('[data-library-entry="iran-talks"]');
    await item.locator('.sm-library-meta', { hasText: 'min read' }).waitFor();
    await page.reload();
    await page.locator('.sm-library-item').first().waitFor();
    await item.getByRole('link').click();
    await page.locator('[data-article="iran-talks"]').waitFor();
    await page.goto(`${env.base}?src=fixtures/e2e/other-article.json`);
    await page.locator('[data-article="oman-mediation"]').waitFor();
    // What was never read is not there, and the reader says why.
    await page.goto(`${env.base}?src=fixtures/e2e/hostile.json`);
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').textContent(), /check that you are online/);
  });

  it('picks up a new deployment without mixing builds, and tells the reader to reload', async () => {
    const site = mkdtempSync(join(tmpdir(), 'stancemap-deploy-'));
    cpSync(DIST, site, { recursive: true });
    const server = await serve({ '/': site, '/fixtures': FIXTURES });
    try {
      const page = await controlled(`${server.url}/`);
      const versionOf = () =>
        page.evaluate(
          () =>
            new Promise((resolve) => {
              navigator.serviceWorker.addEventListener('message', (e) => resolve(e.data.version), { once: true });
              navigator.serviceWorker.controller.postMessage({ type: 'stancemap:version' });
            }),
        );
      const before = await versionOf();
      // Deploy a changed build: any change gives sw.js a new version.
      const sw = readFileSync(join(site, 'sw.js'), 'utf8');
      writeFileSync(join(site, 'sw.js'), sw.replace(`const VERSION = '${before}'`, "const VERSION = 'next-build'"));
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
      const notice = page.getByRole('status').filter({ hasText: 'Stancemap has been updated.' });
      await notice.waitFor();
      // Until the reader reloads, the old build keeps serving this page.
      assert.equal(await versionOf(), before);
      // A pinned card is open: the click on "Reload" closes it, rewriting the address's
      // fragment in the same moment (which once left the new build waiting).
      await page.locator('[data-entity="trump"]').first().click();
      await page.locator('.sm-card').waitFor();
      // (That rewrite is a same-document navigation: wait for a real load.)
      const reloaded = page.waitForEvent('load');
      await notice.getByRole('button', { name: 'Reload' }).click();
      await reloaded;
      await page.locator('[data-article] [data-entity]').first().waitFor();
      const navigation = await page.evaluate(() => performance.getEntriesByType('navigation')[0].type);
      assert.equal(navigation, 'reload');
      assert.equal(await versionOf(), 'next-build');
      const caches = await page.evaluate(() => caches.keys());
      assert.deepEqual(caches.filter((k) => k.startsWith('stancemap-shell-')), ['stancemap-shell-next-build']);
    } finally {
      await server.close();
    }
  });
});
