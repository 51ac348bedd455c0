// Shared end-to-end setup: the release build served on 127.0.0.1, and Debian's headless Chromium.
import { after, before } from 'node:test';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
  const app = await serve({ '/': DIST, '/fixtures': FIXTURES }, { gzip: true });
  const noWasm = await serve({ '/': noWasmDir }, { gzip: true });
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
