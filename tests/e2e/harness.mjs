// Shared end-to-end setup: the release build served on 127.0.0.1, and Debian's headless Chromium.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = `${root}dist`;
export const FIXTURES = `${root}tests/fixtures`;
const AXE = `${root}node_modules/axe-core/axe.min.js`;

/** The seed article, as the build ships it. */
export const SEED = JSON.parse(readFileSync(`${root}public/articles/iran-talks.json`, 'utf8'));
/** The seed's stances of `party` on `topic`, each with its index `i`. */
export const stancesOf = (party, topic) =>
  SEED.stances.map((s, i) => ({ ...s, i })).filter((s) => s.party === party && s.topic === topic);

/** The app's card on screen, and the prerendered previews open. */
/** Runs in the page: the markers of evidence quotes that begin a line, and those after which
 * the next character (a full stop, a comma) begins one, as "<width>: …" lines. */
export function markersOffTheirLine() {
  const found = [];
  for (const marker of document.querySelectorAll('.sm-body .sm-marker')) {
    const m = marker.getBoundingClientRect();
    // Nothing of its paragraph's text before it on its line.
    const before = document.createRange();
    before.setStart(marker.closest('p'), 0);
    before.setEndBefore(marker);
    const rects = [...before.getClientRects()].filter((r) => r.width > 0);
    if (!rects.some((r) => r.bottom > m.top + 2 && r.top < m.bottom - 2)) {
      found.push(`${innerWidth}: a line starts with marker ${marker.dataset.marker}`);
    }
    const after = marker.nextSibling;
    if (after?.nodeType === Node.TEXT_NODE && after.data && !/^\s/.test(after.data)) {
      const next = document.createRange();
      next.setStart(after, 0);
      next.setEnd(after, 1);
      if (next.getBoundingClientRect().top > m.bottom - 2) {
        found.push(`${innerWidth}: "${after.data[0]}" after marker ${marker.dataset.marker} starts a line`);
      }
    }
  }
  return found;
}

export const CARD = '.sm-card:not(.sm-preview):not([hidden])';
export const PREVIEW = '.sm-preview:popover-open';

/** The build served with gzip (`url`, fixtures under `/fixtures`), and a copy of it without
 * its wasm (`noWasmUrl`), whose page stays the prerendered one, as it is until the app
 * arrives. For the suites that drive other browsers than Playwright's Chromium. */
export async function serveBuilds() {
  const noWasmDir = mkdtempSync(join(tmpdir(), 'stancemap-no-wasm-'));
  cpSync(DIST, noWasmDir, { recursive: true, filter: (file) => !file.endsWith('.wasm') });
  // Both allow reading by other origins, as a host of embeds must (blogs() below).
  const app = await serve({ '/': DIST, '/fixtures': FIXTURES }, { gzip: true, cors: true });
  const noWasm = await serve({ '/': noWasmDir }, { gzip: true, cors: true });
  return {
    url: app.url,
    noWasmUrl: noWasm.url,
    async close() {
      await app.close();
      await noWasm.close();
      rmSync(noWasmDir, { recursive: true, force: true });
    },
  };
}

/** The site address the end-to-end build is made for (`STANCEMAP_SITE_URL` in the Makefile). */
export const SITE = 'https://reader.example/news/';

/** The one other origin the end-to-end build trusts (tests/e2e/sources.txt). */
export const OTHER_PUBLISHER = 'http://127.0.0.1:47613';

/** The fixtures served at `OTHER_PUBLISHER` (readable by any origin unless `cors: false`),
 * with the server's `log` of requested paths. A test file running at the same time may hold
 * the port: this waits for it. */
export async function otherPublisher({ cors = true } = {}) {
  const port = Number(new URL(OTHER_PUBLISHER).port);
  for (let waited = 0; ; waited += 250) {
    try {
      return await serve({ '/': FIXTURES }, { cors, port });
    } catch (e) {
      if (e.code !== 'EADDRINUSE' || waited > 60_000) throw e;
      await new Promise((ok) => setTimeout(ok, 250));
    }
  }
}

/** A server on an origin no build trusts, logging what is asked of it. */
export const untrustedPublisher = () => serve({ '/': FIXTURES }, { cors: true });

/** The library the build ships: its entries, each with its article. */
export const LIBRARY = JSON.parse(readFileSync(`${DIST}/articles/index.json`, 'utf8')).articles.map((entry) => ({
  ...entry,
  article: JSON.parse(readFileSync(`${DIST}/articles/${entry.src}`, 'utf8')),
}));

/** A server for blog pages on an origin of its own: `write(name, code)` pastes an embed code
 * between two paragraphs of a new page and returns its URL. */
export async function blogs() {
  const dir = mkdtempSync(join(tmpdir(), 'stancemap-blog-'));
  const server = await serve({ '/': dir });
  return {
    write(name, code) {
      writeFileSync(
        join(dir, name),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog</title><link rel="icon" href="data:,">
<style>body { font: 18px/1.5 Georgia, serif; max-width: 44rem; margin: 2rem auto; }</style></head>
<body><h1>A blog post</h1><p id="before">Before the embed.</p>
${code}
<p id="after">After the embed.</p></body></html>`,
      );
      return `${server.url}/${name}`;
    },
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Run in a page of the reader's origin: reads the page at `url` with its scripts off (in an
 * iframe sandboxed without scripts) and says what it shows and declares. The same check in
 * every engine. */
export async function readWithoutScripts(url) {
  const frame = document.createElement('iframe');
  frame.sandbox = 'allow-same-origin';
  frame.style.cssText = 'width: 1000px; height: 800px';
  const loaded = new Promise((ok) => (frame.onload = ok));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument;
  const content = (selector) => doc.head.querySelector(selector)?.getAttribute('content') ?? null;
  const heading = doc.querySelector('h1');
  const read = {
    // The start-up script removes itself when it runs: still there, no script ran.
    scriptsRan: !doc.querySelector('main[data-prerendered] > .stancemap > script'),
    title: doc.title,
    heading: heading?.textContent,
    headingShown: (heading?.getBoundingClientRect().height ?? 0) > 0,
    paragraphs: doc.querySelectorAll('.sm-body > p').length,
    mentions: doc.querySelectorAll('.sm-body [data-entity]').length,
    matrixRows: doc.querySelectorAll('.sm-matrix table tbody tr').length,
    description: content('meta[name="description"]'),
    ogTitle: content('meta[property="og:title"]'),
    canonical: doc.head.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    ld: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)),
    // Its oEmbed response (the page links it on the configured site; here, the same file).
    oembed: await fetch(`oembed/${url.replace(/\.html$/, '')}.json`).then((r) => r.json()),
  };
  frame.remove();
  return read;
}

/** Asserts what `readWithoutScripts` found on `entry`'s page. */
export function assertReadable(read, { id, article }) {
  assert.equal(read.scriptsRan, false, `${id}: scripts were off`);
  assert.equal(read.title, `${article.title} · Stancemap`);
  assert.equal(read.heading, article.title);
  assert.ok(read.headingShown, `${id}: the headline is laid out`);
  assert.equal(read.paragraphs, article.body.length);
  assert.ok(read.mentions >= article.entities.length, `${id}: ${read.mentions} mentions`);
  assert.equal(read.matrixRows, article.parties.length);
  assert.ok(read.description?.length > 20);
  assert.equal(read.ogTitle, article.title);
  assert.match(read.canonical, new RegExp(`${id}\\.html$`));
  assert.equal(read.ld.length, 1);
  assert.equal(read.ld[0]['@type'], 'NewsArticle');
  assert.equal(read.ld[0].headline, article.title);
  assert.equal(read.ld[0].mentions.length, article.entities.length);
  // What the oEmbed spec requires of a rich response.
  assert.equal(read.oembed.version, '1.0');
  assert.equal(read.oembed.type, 'rich');
  assert.match(read.oembed.html, /^<iframe src="[^"]+\?embed" /);
  for (const size of ['width', 'height']) assert.ok(Number.isInteger(read.oembed[size]) && read.oembed[size] > 0, size);
  assert.equal(read.oembed.title, article.title);
}

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Starts the server and browser for the calling test file; returns a live handle. */
export function useBrowser() {
  const env = {};
  before(async () => {
    if (!existsSync(`${DIST}/index.html`)) throw new Error('dist/ is missing: run `make build` first');
    env.server = await serve({ '/': DIST, '/fixtures': FIXTURES });
    env.base = `${env.server.url}/`;
    env.browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** A fresh page that fails the test on any uncaught page error, console error or warning, or CSP
 * violation.
 * `waitForApp: false` returns from navigations before the app has taken the page over. */
export async function newPage(env, { waitForApp = true, ...options } = {}) {
  // Service workers would answer requests that tests intercept; only offline tests allow them.
  const context = await env.browser.newContext({ serviceWorkers: 'block', ...options });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  const page = await context.newPage();
  // The default article is prerendered into index.html: readable at once, its mentions open
  // native previews, but the app's cards, matrix and controls respond only once the app has
  // taken the page over. Navigations wait for that.
  for (const method of waitForApp && options.javaScriptEnabled !== false ? ['goto', 'reload'] : []) {
    const navigate = page[method].bind(page);
    page[method] = async (...args) => {
      const response = await navigate(...args);
      await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
      return response;
    };
  }
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(`console: ${m.text()}`);
    // Warnings too (such as an ignored attribute), but Playwright's own about the service
    // workers it blocks.
    if (m.type() === 'warning' && !m.text().includes('blocked by Playwright')) {
      page.errors.push(`console warning: ${m.text()}`);
    }
  });
  return page;
}

/** Runs axe-core on the page and returns its violations (empty when clean). axe is evaluated
 * through DevTools, which the page's Content-Security-Policy does not apply to. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Dismisses and records every dialog (alert, confirm…) the page opens: none should. */
export function recordDialogs(page) {
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  return dialogs;
}

/** Runs in a page, in any engine: the article's title and the provenance notice above it, as
 * shown and as a screen reader is told it, and the page's CSP `connect-src`. */
export function provenanceOf() {
  const notice = document.querySelector('.sm-provenance');
  const title = document.querySelector('h1.sm-title');
  const described = title?.getAttribute('aria-describedby');
  const box = (el) => el.getBoundingClientRect();
  return {
    title: title?.textContent ?? null,
    notice: notice?.textContent ?? null,
    role: notice?.getAttribute('role') ?? null,
    noticeShown: !!notice && box(notice).height > 0 && getComputedStyle(notice).visibility === 'visible',
    noticeAboveTitle: !!notice && !!title && box(notice).bottom <= box(title).top,
    titleDescribedBy: described ? (document.getElementById(described)?.textContent ?? null) : null,
    connectSrc:
      document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.content.split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith('connect-src')) ?? null,
  };
}

/** Runs in a page, in any engine: opens `json` as the file `name` through the header's "Open
 * file", as a reader choosing it would. */
export function chooseFile(json, name) {
  const input = document.querySelector('.sm-open-file input[type=file]');
  const files = new DataTransfer();
  files.items.add(new File([json], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The notice on an article from `OTHER_PUBLISHER`, and on one from a file. */
export const NOTICE = {
  other: `Not published by this site. This article comes from ${OTHER_PUBLISHER}, shown as that address serves it. See the articles this site publishes`,
  file: 'Not published by this site. This article comes from a file on this device. See the articles this site publishes',
};

/** Asserts what `provenanceOf` found on a page with `notice` (none: `null`) in the build whose
 * CSP trusts `OTHER_PUBLISHER`. */
export function assertProvenance(seen, notice) {
  assert.equal(seen.notice, notice);
  assert.equal(seen.connectSrc, `connect-src 'self' ${OTHER_PUBLISHER}`);
  if (notice === null) {
    assert.equal(seen.titleDescribedBy, null);
    return;
  }
  assert.ok(seen.noticeShown, 'the notice is shown');
  assert.ok(seen.noticeAboveTitle, 'above the title');
  assert.equal(seen.role, 'note');
  assert.equal(seen.titleDescribedBy, notice, 'the title is described by it');
}
