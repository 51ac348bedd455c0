// End-to-end: the library, every way to open an article, and bad input that never breaks the reader.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIST, FIXTURES, OTHER_PUBLISHER, axeViolations, newPage, otherPublisher, recordDialogs, useBrowser } from './harness.mjs';

const env = useBrowser();
const manifest = JSON.parse(readFileSync(`${FIXTURES}/broken/manifest.json`, 'utf8'));

async function open(path = '', options = {}) {
  const page = await newPage(env, { viewport: { width: 1280, height: 800 }, ...options });
  await page.goto(`${env.base}${path}`);
  return page;
}

/** The page text a fixture's expected error must show. */
function expectedTexts(c) {
  switch (c.kind) {
    case 'syntax':
      return [c.message, `at line ${c.line}, column ${c.column === 0 ? '' : c.column}`.replace(/, column $/, ', column')];
    case 'shape':
      return [c.path, c.message];
    case 'format':
      return [`Format ${c.found} is not supported`];
    case 'invalid':
      return [`${c.path} `, c.message];
  }
  throw new Error(c.kind);
}

describe('library', () => {
  it('lists the articles with details, opens one, and back/forward/reload keep their place', async () => {
    const page = await open();
    await page.locator('[data-article="iran-talks"]').waitFor();
    await page.getByRole('link', { name: 'Library' }).click();
    await page.locator('.sm-library-item').first().waitFor();
    assert.match(page.url(), /\?view=library$/);
    assert.equal(await page.title(), 'Library · Stancemap');
    const item = page.locator('[data-library-entry="iran-talks"]');
    await item.locator('.sm-library-meta', { hasText: 'min read' }).waitFor();
    assert.equal(await item.locator('.sm-library-meta').textContent(), '3 min read · 20 entities · 3 parties');
    await item.getByRole('link').click();
    await page.waitForURL(/\/iran-talks\.html$/);
    await page.locator('[data-article="iran-talks"]').waitFor();
    await page.goBack();
    await page.locator('.sm-library-item').first().waitFor();
    assert.match(page.url(), /\?view=library$/);
    await page.goForward();
    await page.locator('[data-article="iran-talks"]').waitFor();
    await page.reload();
    await page.locator('[data-article="iran-talks"]').waitFor();
    await page.getByRole('link', { name: 'Library' }).click();
    await page.reload();
    await page.locator('.sm-library-item').first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
  });

  it('lists a right-to-left article right to left, its details in its language', async () => {
    const page = await newPage(env, { viewport: { width: 1280, height: 800 } });
    const index = JSON.parse(readFileSync(`${DIST}/articles/index.json`, 'utf8'));
    index.articles.push({ id: 'rtl-stances', src: '../fixtures/e2e/rtl-stances.json', title: 'איראן דוחה שיחות רחבות' });
    await page.route('**/articles/index.json', (route) => route.fulfill({ json: index }));
    await page.goto(`${env.base}?view=library`);
    const item = page.locator('[data-library-entry="rtl-stances"]');
    await item.locator('.sm-library-meta', { hasText: 'min read' }).waitFor();
    const direction = (locator) => locator.evaluate((el) => getComputedStyle(el).direction);
    const language = (locator) => locator.evaluate((el) => el.closest('[lang]').lang);
    assert.equal(await direction(item.getByRole('link')), 'rtl', 'the title');
    const subtitle = item.locator('.sm-library-subtitle span');
    assert.deepEqual([await language(subtitle), await direction(subtitle)], ['he', 'rtl']);
    const source = item.locator('.sm-library-meta span', { hasText: 'סוכנות הידיעות' });
    assert.deepEqual([await language(source), await direction(source)], ['he', 'rtl']);
    const meta = item.locator('.sm-library-meta');
    assert.deepEqual([await language(meta), await direction(meta)], ['en', 'ltr']);
    assert.equal(await meta.textContent(), 'סוכנות הידיעות · 7 February 2026 · 1 min read · 3 entities · 2 parties');
    assert.deepEqual(page.errors, []);
  });

  it('the root address still opens the default article, with deep links alongside the route', async () => {
    const page = await open('?src=articles/iran-talks.json#cell=iran/missiles');
    await page.waitForFunction(() => document.activeElement?.dataset?.cell === '0-1');
    await page.locator('.sm-brand').click();
    await page.locator('[data-article="iran-talks"]').waitFor();
    assert.equal(new URL(page.url()).search, '');
  });
});

describe('opening files', () => {
  it('opens a local file with the file picker, and says nothing is uploaded', async () => {
    const page = await open();
    await page.locator('[data-article]').waitFor();
    const uploads = [];
    page.on('request', (r) => r.method() !== 'GET' && uploads.push(r.url()));
    assert.match(await page.locator('.sm-open-file').getAttribute('title'), /nothing is uploaded/);
    await page.locator('.sm-open-file input[type=file]').setInputFiles(`${FIXTURES}/e2e/other-article.json`);
    await page.locator('[data-article="oman-mediation"]').waitFor();
    assert.deepEqual(uploads, []);
    await page.locator('.sm-open-file input[type=file]').setInputFiles(`${FIXTURES}/broken/unknown-party.json`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /parties\[1\] unknown entity "atlantis"/);
    assert.match(await alert.textContent(), /unknown-party\.json/);
  });

  it('opens a file dropped onto the page', async () => {
    const page = await open();
    await page.locator('[data-article]').waitFor();
    const json = readFileSync(`${FIXTURES}/e2e/other-article.json`, 'utf8');
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      return dt;
    }, json);
    await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
    await page.locator('.sm-dropzone').waitFor();
    assert.match(await page.locator('.sm-dropzone').textContent(), /never uploaded/);
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await page.locator('[data-article="oman-mediation"]').waitFor();
    assert.equal(await page.locator('.sm-dropzone').count(), 0);
  });

  it('reads an article inlined in the host page instead of fetching', async () => {
    const page = await newPage(env);
    const article = readFileSync(`${FIXTURES}/e2e/other-article.json`, 'utf8');
    // The build inlines the default article this way, marked as the library's; a host can
    // inline another instead.
    const html = readFileSync(`${DIST}/index.html`, 'utf8').replace(
      /(<script type="application\/json" id="stancemap-article") data-library>[^<]*(<\/script>)/,
      (_, open, close) => `${open}>${article}${close}`,
    );
    assert.ok(html.includes('"oman-mediation"'));
    const fetched = [];
    page.on('request', (r) => r.url().includes('/articles/') && fetched.push(r.url()));
    await page.route(`${env.base}inline.html`, (route) =>
      route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
    );
    await page.goto(`${env.base}inline.html`);
    await page.locator('[data-article="oman-mediation"]').waitFor();
    assert.deepEqual(fetched, [], 'no article was fetched');
    // Not one of the library's: the reader says so.
    assert.equal(
      await page.locator('.sm-provenance').textContent(),
      'Not in this site’s library. This article is written into this page itself, not taken from the site’s library. See the articles this site publishes',
    );
  });
});

describe('limits', () => {
  it('opens a 5 MB article, and refuses one over the limit before reading it', async () => {
    const page = await newPage(env);
    const para = 'The delegation from Iran met again in Oman, and the talks went on late into the night. '.repeat(10);
    const big = (mb) => JSON.stringify({
      format: 1, id: 'big', title: 'Big',
      body: Array.from({ length: Math.ceil((mb * 1024 * 1024) / para.length) }, () => para),
      entities: [{ id: 'iran', name: 'Iran', kind: 'country' }, { id: 'oman', name: 'Oman', kind: 'country' }],
    });
    const five = big(5.1);
    assert.ok(five.length > 5 * 1024 * 1024);
    await page.route('**/five.json', (r) => r.fulfill({ body: five, contentType: 'application/json' }));
    await page.goto(`${env.base}?src=five.json`);
    await page.locator('[data-article="big"]').waitFor({ timeout: 60000 });
    assert.ok((await page.locator('.sm-body p').count()) > 4000);
    await page.route('**/seventeen.json', (r) =>
      r.fulfill({ body: big(17), contentType: 'application/json' }),
    );
    await page.goto(`${env.base}?src=seventeen.json`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /The file is 17\.\d MiB; articles are limited to 16 MiB/);
  });
});

describe('bad input', () => {
  it(`shows the expected error for each of the ${manifest.length} broken fixtures, and stays usable`, async () => {
    const page = await newPage(env);
    for (const c of manifest) {
      await page.goto(`${env.base}?src=fixtures/broken/${c.file}`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = await alert.textContent();
      for (const want of expectedTexts(c)) {
        assert.ok(text.includes(want), `${c.file}: "${want}" not in "${text}"`);
      }
      assert.equal(await page.getByRole('link', { name: 'Library', exact: true }).count(), 1, `${c.file}: header still there`);
    }
    await page.getByRole('link', { name: 'Browse the library' }).click();
    await page.locator('.sm-library-item').first().waitFor();
    assert.deepEqual(page.errors.filter((e) => !e.includes('Failed to load resource')), []);
  });

  it('says when the server sends a web page instead of JSON', async () => {
    const page = await open('?src=fixtures/e2e/not-an-article.html');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /is a web page \(text\/html; charset=utf-8\), not an article JSON file/);
  });

  it('names CORS as the cause when another origin does not allow reading', async () => {
    // The one other origin the test build trusts, this time without CORS.
    const other = await otherPublisher({ cors: false });
    try {
      const page = await open(`?src=${encodeURIComponent(`${OTHER_PUBLISHER}/e2e/other-article.json`)}`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.textContent(), /did not let this page read the file: it sends no CORS header/);
    } finally {
      await other.close();
    }
  });

  it('reports a network failure in the page', async () => {
    const page = await newPage(env);
    await page.route((url) => url.pathname.endsWith('/other-article.json'), (route) => route.abort('internetdisconnected'));
    await page.goto(`${env.base}?src=fixtures/e2e/other-article.json`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /the network request failed .*check that you are online/);
  });

  it('renders hostile strings as text and runs none of them', async () => {
    const page = await open('?src=fixtures/e2e/hostile.json');
    const dialogs = recordDialogs(page);
    await page.locator('[data-article="hostile"]').waitFor();
    assert.equal(await page.locator('h1.sm-title').textContent(), `<img src=x onerror="window.pwned='title'">Title`);
    assert.equal(await page.locator('.sm-subtitle').textContent(), "<script>window.pwned='subtitle'</script>");
    assert.equal(await page.locator('.sm-source').textContent(), `"><svg onload="window.pwned='source'">`);
    const mention = page.locator('[data-entity="evil"]').first();
    await mention.click();
    const card = page.locator('.sm-card');
    await card.waitFor();
    assert.equal(await card.locator('.sm-card-summary').textContent(), `<iframe src="javascript:window.parent.pwned='summary'"></iframe>`);
    assert.equal(await card.locator('a.sm-card-link').getAttribute('href'), `https://example.org/"><script>window.pwned='link'</script>`);
    assert.equal(await card.locator('.sm-card-role').textContent(), `<img src=x onerror="window.pwned='role'">`);
    await page.keyboard.press('Escape');
    const named = page.locator('[data-entity="named"]');
    assert.equal(await named.textContent(), `<img src=x onerror="window.pwned='name'">`);
    await named.click();
    assert.equal(await page.locator('.sm-card h2').textContent(), `<img src=x onerror="window.pwned='name'">`);
    await page.keyboard.press('Escape');
    await page.locator('table [data-cell="0-0"]').click();
    await page.locator('.sm-topic').hover();
    assert.equal(await page.locator('.sm-evidence-note').textContent(), `<img src=x onerror="window.pwned='note'">`);
    const body = await page.locator('.sm-body').textContent();
    assert.ok(body.includes(`<script>window.pwned='body'</script>`) && body.includes('&lt;b&gt;entities&lt;/b&gt;'));
    const injected = await page.locator('.stancemap :is(img, script, svg:not(.sm-icon), iframe, u, b)').count();
    assert.equal(injected, 0, 'no element came from article text');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(page.errors, []);
  });

  it('refuses javascript: links in entity links and source URLs', async () => {
    for (const file of ['javascript-link.json', 'javascript-source-url.json']) {
      const page = await open(`?src=fixtures/broken/${file}`);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      assert.match(await alert.textContent(), /only http: and https: links are allowed/);
      assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0);
    }
  });
});
