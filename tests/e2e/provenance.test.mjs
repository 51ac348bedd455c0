// End-to-end: a reader always knows who published what they read. `?src=` opens only this site's
// articles and those of the sources its build trusts (tests/e2e/sources.txt), refusing others
// before any request; an article the site did not publish carries a notice above its title;
// saved copies and embeds say where their article came from.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  FIXTURES,
  NOTICE,
  OTHER_PUBLISHER,
  assertProvenance,
  axeViolations,
  blogs,
  newPage,
  otherPublisher,
  provenanceOf,
  serveBuilds,
  untrustedPublisher,
  useBrowser,
} from './harness.mjs';

const env = useBrowser();
const OTHER = JSON.parse(readFileSync(`${FIXTURES}/e2e/other-article.json`, 'utf8'));
const at = (src) => `${env.base}?src=${encodeURIComponent(src)}`;

describe('sources', () => {
  it('refuses an article from an origin the site does not trust, before any request', async () => {
    const untrusted = await untrustedPublisher();
    try {
      const page = await newPage(env);
      await page.goto(at(`${untrusted.url}/e2e/other-article.json`));
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.textContent();
      assert.match(text, new RegExp(`and ${untrusted.url} is not one of them`));
      assert.match(text, new RegExp(`add it as a line of articles/sources\\.txt`));
      assert.equal(await page.title(), 'Could not open the article · Stancemap');
      assert.deepEqual(untrusted.log, [], 'nothing was asked of the untrusted origin');
      assert.deepEqual(page.errors, [], 'and the CSP had nothing to block');
      assert.deepEqual(await axeViolations(page), []);
      await page.context().close();
    } finally {
      await untrusted.close();
    }
  });

  it('refuses addresses with no origin, such as data:', async () => {
    const page = await newPage(env);
    await page.goto(at(`data:application/json,${encodeURIComponent(JSON.stringify(OTHER))}`));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /a “data:” address is not one/);
    assert.equal(await page.locator('h1.sm-title').count(), 0);
    await page.context().close();
  });

  it('opens an article from a trusted origin with a notice above its title', async () => {
    const other = await otherPublisher();
    try {
      const page = await newPage(env);
      await page.goto(at(`${OTHER_PUBLISHER}/e2e/other-article.json`));
      await page.locator('h1.sm-title').waitFor();
      const seen = await page.evaluate(provenanceOf);
      assert.equal(seen.title, OTHER.title);
      assertProvenance(seen, NOTICE.other);
      assert.deepEqual(other.log, ['/e2e/other-article.json']);
      await page.getByRole('link', { name: 'See the articles this site publishes' }).click();
      await page.getByRole('heading', { name: 'Library' }).first().waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await page.goBack();
      await page.locator('.sm-provenance').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'axe finds nothing with the notice shown');
      assert.deepEqual(page.errors, []);
      await page.context().close();
    } finally {
      await other.close();
    }
  });

  it('writes the trusted origins into the page’s Content-Security-Policy and nothing more', async () => {
    const page = await newPage(env);
    await page.goto(env.base);
    const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
    const connect = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('connect-src'));
    assert.equal(connect, `connect-src 'self' ${OTHER_PUBLISHER}`);
    assert.equal(await page.locator('meta[name="stancemap-sources"]').getAttribute('content'), OTHER_PUBLISHER);
    await page.context().close();
  });
});

describe('the notice', () => {
  it('is on no library article, however it is opened', async () => {
    const page = await newPage(env);
    for (const path of ['', 'grain-corridor.html', '?src=articles/iran-talks.json', '?src=fixtures/e2e/other-article.json']) {
      await page.goto(`${env.base}${path}`);
      await page.locator('h1.sm-title').waitFor();
      assertProvenance(await page.evaluate(provenanceOf), null);
    }
    await page.context().close();
  });

  it('says a file from this device is one', async () => {
    const page = await newPage(env);
    await page.goto(env.base);
    await page.locator('.sm-open-file input[type=file]').setInputFiles(`${FIXTURES}/e2e/other-article.json`);
    await page.getByRole('heading', { name: OTHER.title }).waitFor();
    assertProvenance(await page.evaluate(provenanceOf), NOTICE.file);
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();
  });

  it('marks the studio’s preview as a draft', async () => {
    const page = await newPage(env);
    await page.goto(`${env.base}?view=studio&src=${encodeURIComponent('fixtures/e2e/other-article.json')}`);
    const notice = page.locator('.st-preview .sm-provenance');
    await notice.waitFor();
    assert.equal(await notice.textContent(), 'A draft. Not published: it is kept on this device only.');
    await page.context().close();
  });

  it('keeps the studio from opening what the reader refuses', async () => {
    const untrusted = await untrustedPublisher();
    try {
      const page = await newPage(env);
      await page.goto(`${env.base}?view=studio&src=${encodeURIComponent(`${untrusted.url}/e2e/other-article.json`)}`);
      await page.getByText(`and ${untrusted.url} is not one of them`, { exact: false }).waitFor();
      assert.deepEqual(untrusted.log, []);
      await page.context().close();
    } finally {
      await untrusted.close();
    }
  });
});

describe('saved copies and embeds', () => {
  it('a saved copy says where it was saved from, and links there', async () => {
    const other = await otherPublisher();
    const downloads = mkdtempSync(join(tmpdir(), 'stancemap-provenance-'));
    try {
      const page = await newPage(env);
      const address = at(`${OTHER_PUBLISHER}/e2e/other-article.json`);
      await page.goto(`${address}#entity=iran`);
      await page.locator('h1.sm-title').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Save for offline' }).click(),
      ]);
      const file = join(downloads, download.suggestedFilename());
      await download.saveAs(file);
      await page.context().close();
      assert.match(readFileSync(file, 'utf8'), new RegExp(`<meta name="stancemap-saved-from" content="${address.replace(/[?.]/g, '\\$&')}">`));

      const saved = await newPage(env, { offline: true });
      await saved.goto(pathToFileURL(file).href);
      await saved.locator('h1.sm-title').waitFor();
      const seen = await saved.evaluate(provenanceOf);
      assert.equal(
        seen.notice,
        `A saved copy. Saved from ${address}. This file stays as it was saved, whatever changes there. Open the address it was saved from`,
      );
      assert.equal(await saved.getByRole('link', { name: 'Open the address it was saved from' }).getAttribute('href'), address);
      assert.deepEqual(await axeViolations(saved), []);
      await saved.context().close();
    } finally {
      await other.close();
    }
  });

  it('an embed credits the publisher, and names another origin it came from', async () => {
    const other = await otherPublisher();
    const blog = await blogs();
    // The reader's host allows reading by other origins, as a host of embeds must.
    const builds = await serveBuilds();
    try {
      const script = `<script type="module" src="${builds.url}/embed.js"></script>`;
      const url = blog.write(
        'credits.html',
        `${script}<stancemap-article id="ours" src="${builds.url}/articles/grain-corridor.json"></stancemap-article>
<stancemap-article id="theirs" src="${OTHER_PUBLISHER}/e2e/other-article.json"></stancemap-article>`,
      );
      const page = await newPage(env);
      await page.goto(url);
      const credit = (id) => page.locator(`#${id} .sm-credit`);
      await credit('ours').waitFor();
      await credit('theirs').waitFor();
      assert.equal(await credit('ours').textContent(), 'Source: Stancemap examples');
      assert.equal(await credit('theirs').textContent(), `Source: Stancemap test desk · from ${OTHER_PUBLISHER}`);
      // Embeds say it in their credit, not in a notice above the title.
      assert.equal(await page.locator('stancemap-article .sm-provenance').count(), 0);

      await page.goto(`${env.base}?embed&src=${encodeURIComponent(`${OTHER_PUBLISHER}/e2e/other-article.json`)}`);
      await page.locator('.sm-credit').waitFor();
      assert.equal(await page.locator('.sm-credit').textContent(), `Source: Stancemap test desk · from ${OTHER_PUBLISHER}`);
      await page.goto(`${env.base}grain-corridor.html?embed`, { waitUntil: 'commit' });
      assert.match(await page.locator('.sm-credit').textContent(), /^Source: [^·]+$/);
      assert.ok(await page.locator('.sm-credit').isVisible(), 'the prerendered iframe shows it too');
      await page.goto(`${env.base}grain-corridor.html`);
      assert.equal(await page.locator('.sm-credit:visible').count(), 0, 'a site page has none');
      assert.deepEqual(page.errors, []);
      await page.context().close();
    } finally {
      await other.close();
      await blog.close();
      await builds.close();
    }
  });
});
