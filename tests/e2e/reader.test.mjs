// End-to-end: the release build in headless Chromium opens articles, links mentions and reports errors.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { DIST, FIXTURES, axeViolations, newPage, useBrowser } from './harness.mjs';

const env = useBrowser();

describe('default article', () => {
  it('opens the seed with linked mentions, mounted in #stancemap', async () => {
    const page = await newPage(env);
    await page.goto(env.base);
    const body = page.locator('main#stancemap [data-article="iran-talks"]');
    await body.waitFor();
    assert.equal(
      await page.locator('h1').textContent(),
      'Iran Rejects Broader Talks with U.S. as Tensions Escalate',
    );
    assert.equal(await body.locator('p').count(), 8);
    assert.ok((await body.locator('[data-entity]').count()) > 40);
    const trump = body.locator('[data-entity="trump"]').first();
    assert.equal(await trump.textContent(), 'President Donald Trump');
    assert.equal(await body.locator('[data-entity="hrana"]', { hasText: 'The agency' }).count(), 1);
    // "Iranian" is linked as a whole word; "Iran" never inside it.
    const iranTexts = await body.locator('[data-entity="iran"]').allTextContents();
    assert.ok(iranTexts.every((t) => t === 'Iran' || t === 'Iranian'), iranTexts.join());
    assert.equal(await page.title(), 'Iran Rejects Broader Talks with U.S. as Tensions Escalate · Stancemap');
    assert.deepEqual(page.errors, []);
  });

  it('says it is loading while the article is on its way', async () => {
    const page = await newPage(env);
    let release;
    const held = new Promise((ok) => (release = ok));
    await page.route((url) => url.pathname.endsWith('/other-article.json'), async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${env.base}?src=fixtures/e2e/other-article.json`);
    const status = page.getByRole('status');
    await status.waitFor();
    assert.equal(await status.textContent(), 'Loading article…');
    release();
    await page.locator('[data-article="oman-mediation"]').waitFor();
    assert.equal(await page.getByRole('status').count(), 0);
  });

  it('has no accessibility violations', async () => {
    const page = await newPage(env);
    await page.goto(env.base);
    await page.locator('[data-article="iran-talks"]').waitFor();
    assert.deepEqual(await axeViolations(page), []);
  });
});

describe('?src=', () => {
  it('opens another article by relative URL', async () => {
    const page = await newPage(env);
    await page.goto(`${env.base}?src=fixtures/e2e/other-article.json`);
    const body = page.locator('[data-article="oman-mediation"]');
    await body.waitFor();
    assert.equal(await page.locator('h1').textContent(), 'Oman Hosts a Quiet Round of Talks');
    assert.equal(await body.locator('[data-entity="muscat"]').textContent(), 'Muscat');
    assert.equal(await body.locator('[data-entity="oman"]').textContent(), 'Oman');
    const byline = page.locator('.sm-byline');
    assert.equal(await byline.textContent(), 'Stancemap test desk · 7 February 2024');
    assert.equal(await byline.locator('time').getAttribute('datetime'), '2024-02-07');
    assert.equal(await byline.locator('a').getAttribute('rel'), 'noopener noreferrer');
    assert.deepEqual(page.errors, []);
  });

  it('opens an article by absolute URL', async () => {
    const page = await newPage(env);
    const src = encodeURIComponent(`${env.server.url}/fixtures/e2e/other-article.json`);
    await page.goto(`${env.base}?src=${src}`);
    await page.locator('[data-article="oman-mediation"]').waitFor();
  });

  it('shows a JSON syntax error with line, column and the offending line', async () => {
    const page = await newPage(env);
    await page.goto(`${env.base}?src=fixtures/e2e/broken-syntax.json`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const text = await alert.textContent();
    assert.match(text, /This article could not be opened/);
    assert.match(text, /not valid JSON: expected `,` or `}` at line 5, column 3/);
    assert.equal(await alert.locator('pre').textContent(), '  "body": ["x"]\n  ^');
    assert.deepEqual(await axeViolations(page), []);
  });

  it('lists every validation problem with its JSON path', async () => {
    const page = await newPage(env);
    await page.goto(`${env.base}?src=fixtures/e2e/invalid-references.json`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const problems = await alert.locator('.sm-problems li').allTextContents();
    assert.deepEqual(problems, [
      'entities[0].aliases[0] alias must not be empty',
      'parties[1] unknown entity "atlantis"',
      'stances[0].topic unknown topic "missiles"',
      'stances[1].quote "Iran agreed." does not occur verbatim in any paragraph of the body',
    ]);
  });

  it('reports a missing file and offers the default article', async () => {
    const page = await newPage(env);
    await page.goto(`${env.base}?src=fixtures/e2e/nope.json`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /The server answered 404/);
    await alert.getByRole('link', { name: 'Open the default article' }).click();
    await page.locator('[data-article="iran-talks"]').waitFor();
  });
});

describe('content security policy', () => {
  it('runs under a strict CSP with no violation reports', async () => {
    const page = await newPage(env);
    const violations = [];
    await page.exposeFunction('reportViolation', (v) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(e.violatedDirective));
    });
    await page.goto(env.base);
    await page.locator('[data-article="iran-talks"] [data-entity]').first().waitFor();
    await page.locator('[data-entity="trump"]').first().click();
    await page.locator('.sm-card').waitFor();
    await page.locator('table [data-cell="0-1"]').click();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const scripts = csp.split(';').find((d) => d.trim().startsWith('script-src'));
    assert.doesNotMatch(scripts, /'unsafe-inline'|'unsafe-eval'/);
    assert.match(scripts, /'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/]+=*'/);
    assert.match(csp, /object-src 'none'/);
    // Inline styles only by hash (the build inlines its stylesheets).
    assert.match(csp, /style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+;/);
    assert.deepEqual(violations, []);
    assert.deepEqual(page.errors, []);
  });

  it('blocks an injected inline script (the policy is really enforced)', async () => {
    const page = await newPage(env);
    await page.goto(env.base);
    await page.locator('[data-entity]').first().waitFor();
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.head.append(s);
    });
    assert.equal(await page.evaluate(() => window.injected), undefined);
    assert.ok(page.errors.some((e) => e.includes('CSP violation: script-src')), page.errors.join());
  });
});

describe('subresource integrity', () => {
  it('fetches the wasm once, preloaded, with no console warning', async () => {
    const page = await newPage(env, { waitForApp: false });
    const fetched = [];
    page.on('request', (r) => r.url().endsWith('_bg.wasm') && fetched.push(r.url()));
    await page.goto(env.base);
    await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
    assert.equal(fetched.length, 1, fetched.join());
    // Warnings are errors too (harness.mjs).
    assert.deepEqual(page.errors, []);
  });

  /** The build's file, changed by `tamper` on its way to the page. */
  async function tampered(pattern, tamper) {
    const page = await newPage(env, { waitForApp: false });
    await page.route(pattern, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: tamper(await response.body()) });
    });
    await page.goto(env.base);
    return page;
  }

  /** The app never starts; the prerendered article stays, its previews bound. */
  async function assertRefused(page) {
    await page.waitForFunction(() => performance.getEntriesByName('interactive').length === 1);
    await page.waitForTimeout(1000);
    assert.equal(await page.evaluate(() => performance.getEntriesByName('app').length), 0);
    assert.equal(await page.locator('[data-prerendered]').count(), 1);
    assert.equal(await page.locator('[data-article="iran-talks"] p').count(), 8);
    assert.ok(page.errors.some((e) => e.includes('integrity')), page.errors.join('\n'));
  }

  it('refuses a wasm that is not the build\'s, and the prerendered article stays readable', async () => {
    // Still a valid module: one more custom section ("evil", empty) after the build's.
    const page = await tampered(/_bg\.wasm$/, (body) => Buffer.concat([body, Buffer.from([0, 5, 4, ...Buffer.from('evil')])]));
    await assertRefused(page);
  });

  it('refuses app JS that is not the build\'s, though the loader imports it again', async () => {
    const page = await tampered(/reader-[0-9a-f]+\.js$/, (body) => Buffer.concat([body, Buffer.from('\n// evil\n')]));
    await assertRefused(page);
  });
});

describe('static hosting', () => {
  it('works unchanged from a sub-path', async () => {
    const sub = await serve({ '/blog/reader': DIST, '/fixtures': FIXTURES });
    try {
      const page = await newPage(env);
      const failed = [];
      page.on('response', (r) => r.status() >= 400 && failed.push(r.url()));
      await page.goto(`${sub.url}/blog/reader/`);
      await page.locator('[data-article="iran-talks"]').waitFor();
      assert.deepEqual(failed.filter((u) => !u.endsWith('favicon.ico')), []);
      assert.deepEqual(page.errors, []);
    } finally {
      await sub.close();
    }
  });
});
