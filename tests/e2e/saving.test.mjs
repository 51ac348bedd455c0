// End-to-end: "Save for offline" downloads one self-contained HTML file that works from file://.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { axeViolations, newPage, recordDialogs, useBrowser } from './harness.mjs';

const env = useBrowser();
const downloads = mkdtempSync(join(tmpdir(), 'stancemap-saved-'));

/** Opens `path` on the served build, saves the article and returns the file written. */
async function save(path, id) {
  const page = await newPage(env);
  await page.goto(`${env.base}${path}`);
  await page.locator(`[data-article="${id}"] [data-entity]`).first().waitFor();
  const button = page.getByRole('button', { name: 'Save for offline' });
  // As it reads on screen, spaces included (the default viewport is wide).
  assert.equal(await button.innerText(), 'Save for offline');
  const actions = await actionBoxes(page);
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  assert.equal(download.suggestedFilename(), `${id}.html`);
  const file = join(downloads, download.suggestedFilename());
  await download.saveAs(file);
  const status = page.getByRole('status').filter({ hasText: 'Saved as' });
  assert.equal(await status.textContent(), `Saved as “${id}.html”: open it from your downloads any time, even offline.`);
  await assertStatusUnderActions(page, actions);
  assert.deepEqual(page.errors, []);
  await page.context().close();
  return file;
}

/** Where the header's actions are: Library, Open file, Save for offline and Display. */
async function actionBoxes(page) {
  const boxes = await page.locator('.sm-appbar-nav > :not(.sm-save-status)').evaluateAll((els) =>
    els.map((e) => {
      const { left, top, bottom } = e.getBoundingClientRect();
      return { left, top, bottom };
    }),
  );
  assert.equal(boxes.length, 4);
  return boxes;
}

/** The save's message is a line of its own under the header's actions, which neither moved
 * (`before`: where they were) nor left their one row (Display too). */
async function assertStatusUnderActions(page, before) {
  const actions = await actionBoxes(page);
  assert.deepEqual(actions, before, 'the actions stay where they were');
  assert.equal(new Set(actions.map((a) => a.top)).size, 1, 'the actions in one row');
  const status = await page.locator('.sm-save-status').evaluate((e) => e.getBoundingClientRect().top);
  assert.ok(actions.every((a) => a.bottom <= status), `the message under every action: ${status} ${JSON.stringify(actions)}`);
}

/** The saved file opened from disk with the network off; records any request it makes. */
async function openSaved(file) {
  const page = await newPage(env, { offline: true });
  page.requests = [];
  page.on('request', (r) => {
    if (!/^(file|data|blob):/.test(r.url())) page.requests.push(r.url());
  });
  await page.goto(pathToFileURL(file).href);
  return page;
}

describe('save for offline', () => {
  it('saves the article as one file that opens from file:// offline, with cards and the matrix', async () => {
    const file = await save('', 'iran-talks');
    const html = readFileSync(file, 'utf8');
    // One file: no reference to anything beside it.
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+rel="stylesheet"/);
    const page = await openSaved(file);
    await page.locator('[data-article="iran-talks"] [data-entity]').first().waitFor();
    assert.equal(await page.title(), 'Iran Rejects Broader Talks with U.S. as Tensions Escalate · Stancemap');
    assert.ok((await page.locator('[data-article] [data-entity]').count()) > 40);
    // A card, by mouse...
    await page.locator('[data-entity="trump"]').first().hover();
    const card = page.locator('.sm-card');
    await card.waitFor();
    assert.equal(await card.locator('h2').textContent(), 'Donald Trump');
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'detached' });
    // ...and by keyboard.
    await page.locator('[data-entity="araghchi"]').first().focus();
    await page.keyboard.press('Enter');
    await card.waitFor();
    await page.keyboard.press('Escape');
    // A matrix cell highlights its quotes.
    await page.locator('table [data-cell="0-1"]').click();
    assert.equal(await page.locator('table [data-cell="0-1"]').getAttribute('aria-pressed'), 'true');
    assert.ok((await page.locator('.sm-q-on').count()) > 0);
    assert.match(await page.getByRole('region', { name: 'Highlighted evidence' }).textContent(), /Quote 1 of 3/);
    // Nothing to fetch and nowhere to go: no library link, no second save.
    assert.equal(await page.getByRole('link', { name: 'Library', exact: true }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Save for offline' }).count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.requests, []);
    assert.deepEqual(page.errors, []);
    // The header's name leads back to the saved article.
    await page.getByRole('link', { name: 'Stancemap' }).click();
    await page.locator('[data-article="iran-talks"]').waitFor();
    assert.deepEqual(page.errors, []);
  });

  it('saves an article opened by URL as it was written, hostile strings included, and runs none of them', async () => {
    const file = await save('?src=fixtures/e2e/hostile.json', 'hostile');
    // The file's own JSON text, layout and all, with only `<` written as `\u003c`.
    const inline = readFileSync(file, 'utf8').match(/<script type="application\/json" id="stancemap-article">([\s\S]*?)<\/script>/)[1];
    assert.equal(inline, readFileSync('tests/fixtures/e2e/hostile.json', 'utf8').replaceAll('<', '\\u003c'));
    const page = await openSaved(file);
    const dialogs = recordDialogs(page);
    await page.locator('[data-article="hostile"]').waitFor();
    assert.equal(await page.locator('h1.sm-title').textContent(), `<img src=x onerror="window.pwned='title'">Title`);
    assert.equal(await page.title(), `<img src=x onerror="window.pwned='title'">Title · Stancemap`);
    const body = await page.locator('.sm-body').textContent();
    assert.ok(body.includes(`<script>window.pwned='body'</script>`));
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(page.requests, []);
    assert.deepEqual(page.errors, []);
  });

  it('offers saving only with an article on screen, and says why a save failed', async () => {
    const page = await newPage(env);
    await page.goto(`${env.base}?view=library`);
    await page.locator('.sm-library-item').first().waitFor();
    assert.equal(await page.getByRole('button', { name: 'Save for offline' }).count(), 0);
    await page.goto(env.base);
    await page.locator('[data-article="iran-talks"]').waitFor();
    await page.route('**/saved.html', (route) => route.fulfill({ status: 404, body: 'gone' }));
    // On a phone, where the button reads "Save offline".
    await page.setViewportSize({ width: 390, height: 844 });
    const actions = await actionBoxes(page);
    await page.getByRole('button', { name: 'Save offline' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Could not save' });
    await status.waitFor();
    assert.match(await status.textContent(), /Could not save the article: this site has no saved\.html \(HTTP 404\)/);
    await assertStatusUnderActions(page, actions);
    assert.deepEqual(page.errors.filter((e) => !e.includes('404')), []);
  });
});
