// End-to-end: the prerendered default article in headless Chromium, readable and responsive before the app, then taken over by it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { serve } from './server.mjs';
import { DIST, PREVIEW, axeViolations, newPage, useBrowser } from './harness.mjs';

const env = useBrowser();

describe('prerendered default article', () => {
  /** A page whose wasm is held back until `release()`; layout shifts are recorded, each as its
   * score, time and what moved from where to where. */
  async function held(options = {}) {
    const page = await newPage(env, { waitForApp: false, ...options });
    await page.addInitScript(() => {
      window.shifts = [];
      const box = (r) => [r.x, r.y, r.width, r.height].map(Math.round).join(' ');
      const name = (node) =>
        node?.nodeType === Node.ELEMENT_NODE ? `${node.localName}.${node.className}` : String(node?.nodeName);
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          const moved = e.sources.map((s) => `${name(s.node)} ${box(s.previousRect)} → ${box(s.currentRect)}`);
          window.shifts.push(`${e.value} at ${Math.round(e.startTime)} ms: ${moved.join('; ')}`);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    let release;
    const gate = new Promise((ok) => (release = ok));
    await page.route('**/*.wasm', async (route) => {
      await gate;
      await route.continue();
    });
    return { page, release };
  }

  const openPreviews = (page) => page.evaluate(() => [...document.querySelectorAll(':popover-open')].map((e) => e.id));

  /** Every mention is bound to its preview once the page is parsed: the page marks itself
   * interactive then (before DOMContentLoaded), as the static HTML + Tippy.js baseline does. */
  async function assertBoundWhenParsed(page) {
    await page.waitForFunction(() => performance.getEntriesByName('interactive').length === 1);
    const [mark, parsed] = await page.evaluate(() => [
      performance.getEntriesByName('interactive')[0].startTime,
      performance.getEntriesByType('navigation')[0].domContentLoadedEventStart,
    ]);
    assert.ok(mark <= parsed, `interactive at ${mark} ms, parsed at ${parsed} ms`);
  }

  /** The app, once released, waits for an open preview to close before it takes the page over;
   * then its own cards answer and the prerendered previews are gone. */
  async function assertTakeoverWaitsForPreview(page, release) {
    await page.locator('[data-entity="iran"]').first().hover();
    await page.locator('#sm-preview-iran').waitFor();
    release();
    // The app has rendered its article off-screen, and waits.
    await page.waitForFunction(() => performance.getEntriesByName('app').length === 1);
    await page.waitForTimeout(300);
    assert.equal(await page.locator('[data-prerendered]').count(), 1);
    assert.deepEqual(await openPreviews(page), ['sm-preview-iran']);
    await page.mouse.move(1200, 5);
    await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
    assert.equal(await page.locator('.sm-preview').count(), 0);
    assert.equal(await page.locator('[interestfor]').count(), 0);
    await page.locator('[data-entity="iran"]').first().hover();
    await page.locator('.sm-card[data-card="iran"]').waitFor();
    assert.deepEqual(await openPreviews(page), []);
  }

  /** A phone's bottom sheet, once it has slid in: [x, width, bottom]. */
  async function sheet(preview) {
    await preview.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
    const box = await preview.boundingBox();
    return { edges: [box.x, box.width, Math.round(box.y + box.height)], height: box.height };
  }

  it('is readable before any wasm arrives, and the app takes it over without a shift', async () => {
    const { page, release } = await held();
    await page.goto(env.base);
    const body = page.locator('[data-article="iran-talks"]');
    assert.equal(await body.locator('p').count(), 8);
    assert.ok((await body.locator('[data-entity]').count()) > 40);
    assert.equal(await page.locator('h1').textContent(), 'Iran Rejects Broader Talks with U.S. as Tensions Escalate');
    assert.equal(await page.title(), 'Iran Rejects Broader Talks with U.S. as Tensions Escalate · Stancemap');
    assert.equal(await page.locator('[data-prerendered]').count(), 1);
    assert.equal(await page.evaluate(() => performance.getEntriesByName('app').length), 0);
    assert.deepEqual(await axeViolations(page), []);
    const before = await body.locator('p').nth(3).boundingBox();
    // The reader moved focus to a mention before the app arrived (its preview opened and was
    // dismissed): focus stays there.
    await page.locator('[data-mention="5"]').focus();
    await page.locator(PREVIEW).waitFor();
    await page.keyboard.press('Escape');
    await page.locator(PREVIEW).waitFor({ state: 'detached' });
    release();
    await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
    assert.deepEqual(await body.locator('p').nth(3).boundingBox(), before);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-mention')), '5');
    assert.deepEqual(await page.evaluate(() => window.shifts), []);
    // The mentions respond now.
    await page.locator('[data-entity="trump"]').first().click();
    await page.locator('.sm-card').waitFor();
    assert.deepEqual(page.errors, []);
  });

  it('arrives on a slow connection without a shift: nothing above the text paints half-parsed', async () => {
    const { page, release } = await held();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    // 1.6 Mbit/s with 150 ms round trips and a slow CPU: the page arrives in pieces, and the
    // parser stops at each one.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 200_000,
      uploadThroughput: 93_750,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(env.base, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('interactive').length === 1);
    assert.deepEqual(await page.evaluate(() => window.shifts), []);
    // Chromium holds the first paint until the text begins.
    const expect = await page.evaluate(() => document.head.querySelector('link[rel="expect"][blocking="render"]')?.href);
    assert.equal(expect, `${page.url()}#${await page.locator('.sm-body').getAttribute('id')}`);
    release();
    assert.deepEqual(page.errors, []);
  });

  it('opens native previews on hover and keyboard focus before the app arrives', async () => {
    const { page, release } = await held();
    await page.goto(env.base);
    await assertBoundWhenParsed(page);
    const open = () => openPreviews(page);
    const mention = page.locator('[data-entity="araghchi"]').first();
    await mention.hover();
    const preview = page.locator('#sm-preview-araghchi');
    await preview.waitFor();
    assert.equal(await preview.locator('.sm-card-name').textContent(), 'Abbas Araghchi');
    assert.equal(await preview.locator('.sm-card-role').textContent(), 'Foreign Minister of Iran · Speaks for Iran');
    assert.match(await preview.locator('.sm-card-stances').textContent(), /accepts\s*Nuclear program/);
    assert.equal(await preview.locator('.sm-card-count').textContent(), 'Mentioned once');
    // Beside its mention, inside the window.
    const [m, p] = [await mention.boundingBox(), await preview.boundingBox()];
    assert.ok(p.y >= m.y + m.height || p.y + p.height <= m.y, `${JSON.stringify(m)} ${JSON.stringify(p)}`);
    assert.ok(p.x >= 0 && p.x + p.width <= 1280);
    assert.deepEqual(await axeViolations(page), []);
    // The pointer leaves: it closes after the grace period.
    await page.mouse.move(1200, 5);
    await page.waitForFunction(() => !document.querySelector(':popover-open'));
    // Keyboard: focus opens a mention's preview, Escape closes it.
    await page.locator('[data-entity="trump"]').first().focus();
    await page.waitForFunction(() => document.querySelector(':popover-open')?.id === 'sm-preview-trump');
    assert.match(await page.locator('#sm-preview-trump').textContent(), /President of the United States/);
    await page.keyboard.press('Escape');
    assert.deepEqual(await open(), []);
    // Escape within the delay after focus: the preview does not open when the delay ends,
    // and pointing at the mention opens it again.
    const oman = page.locator('[data-entity="oman"]').first();
    await oman.focus();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(600);
    assert.deepEqual(await open(), []);
    await oman.hover();
    await page.locator('#sm-preview-oman').waitFor();
    await page.mouse.move(1200, 5);
    await page.waitForFunction(() => !document.querySelector(':popover-open'));
    await assertTakeoverWaitsForPreview(page, release);
    assert.deepEqual(page.errors, []);
  });

  it('applies the reader\'s display choices and the address from the first part that paints', async () => {
    // A slow connection: the page arrives up to the end of its first paragraph, then, a second
    // later, the rest; the first part is painted meanwhile.
    const html = readFileSync(`${DIST}/index.html`, 'utf8');
    const cut = html.indexOf('</p>', html.indexOf('elementtiming="article-text"')) + '</p>'.length;
    const server = createServer((req, res) => {
      if (new URL(req.url, 'http://x').pathname !== '/') {
        res.writeHead(404).end(); // the app itself is not needed here
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.write(html.slice(0, cut));
      setTimeout(() => res.end(html.slice(cut)), 1000);
    });
    await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
    const base = `http://127.0.0.1:${server.address().port}/`;
    try {
      for (const [address, shown] of [['', true], ['?view=library', false]]) {
        const page = await newPage(env, { waitForApp: false });
        await page.addInitScript(() => {
          localStorage.setItem('stancemap:prefs', 'theme=dark size=4');
          const probe = () => {
            const first = document.querySelector('[elementtiming="article-text"]');
            if (!first) return requestAnimationFrame(probe);
            window.firstPart = {
              parsing: document.readyState === 'loading',
              shown: first.getClientRects().length > 0,
              theme: first.closest('.stancemap').dataset.theme,
              size: first.closest('.stancemap').dataset.size,
              notice: document.querySelector('.sm-boot')?.textContent ?? null,
            };
          };
          requestAnimationFrame(probe);
        });
        await page.goto(base + address, { waitUntil: 'commit' });
        await page.waitForFunction(() => window.firstPart);
        assert.deepEqual(await page.evaluate(() => window.firstPart), {
          parsing: true,
          shown,
          theme: 'dark',
          size: '4',
          notice: shown ? null : 'Loading Stancemap…',
        }, address);
        await page.context().close();
      }
    } finally {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    }
  });

  it('shows a preview as a bottom sheet on a phone', async () => {
    const page = await newPage(env, { waitForApp: false, viewport: { width: 375, height: 700 } });
    await page.route('**/*.wasm', () => {}); // the app never arrives
    await page.goto(env.base);
    await page.locator('[data-entity="trump"]').first().focus();
    const preview = page.locator('#sm-preview-trump');
    await preview.waitFor();
    const { edges, height } = await sheet(preview);
    assert.deepEqual(edges, [0, 375, 700]);
    assert.ok(height <= 0.75 * 700 + 1, `${height}`);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  /** As in a browser with popovers but no interest invokers (Firefox, Safari). */
  async function withoutInterestInvokers(options) {
    const held_ = await held(options);
    await held_.page.addInitScript(() => delete HTMLAnchorElement.prototype.interestForElement);
    return held_;
  }
  it('opens the previews by script where the browser has popovers but no interest invokers', async () => {
    const { page, release } = await withoutInterestInvokers({ viewport: { width: 1280, height: 800 } });
    await page.goto(env.base);
    // Bound once the page is parsed, as with interest invokers; the inert attribute is gone.
    await assertBoundWhenParsed(page);
    assert.equal(await page.locator('[interestfor]').count(), 0);
    // Hover: opens after the dwell, beside the mention's line, inside the window.
    const mention = page.locator('[data-entity="araghchi"]').first();
    await mention.hover();
    assert.deepEqual(await openPreviews(page), []);
    const preview = page.locator('#sm-preview-araghchi');
    await preview.waitFor();
    assert.equal(await mention.getAttribute('aria-expanded'), 'true');
    const m = await mention.evaluate((el) => el.getClientRects()[0].toJSON());
    const p = await preview.boundingBox();
    assert.ok(p.y >= m.bottom || p.y + p.height <= m.top, `${JSON.stringify(m)} ${JSON.stringify(p)}`);
    assert.ok(p.x >= 0 && p.x + p.width <= 1280 && p.y >= 0 && p.y + p.height <= 800, JSON.stringify(p));
    assert.deepEqual(await axeViolations(page), []);
    // Into the preview: it stays; away from both: it closes after the grace period.
    await page.mouse.move(p.x + 20, p.y + 20, { steps: 4 });
    await page.waitForTimeout(600);
    assert.deepEqual(await openPreviews(page), ['sm-preview-araghchi']);
    await page.mouse.move(1200, 5);
    await page.waitForFunction(() => !document.querySelector(':popover-open'));
    assert.equal(await mention.getAttribute('aria-expanded'), 'false');
    // Keyboard: focus opens one, Escape closes it.
    await page.locator('[data-entity="trump"]').first().focus();
    await page.waitForFunction(() => document.querySelector(':popover-open')?.id === 'sm-preview-trump');
    await page.keyboard.press('Escape');
    assert.deepEqual(await openPreviews(page), []);
    await assertTakeoverWaitsForPreview(page, release);
    assert.deepEqual(page.errors, []);
  });

  it('opens a preview by script on a tap, as a bottom sheet, where there are no interest invokers', async () => {
    const { page } = await withoutInterestInvokers({ viewport: { width: 375, height: 700 }, hasTouch: true, isMobile: true });
    await page.goto(env.base);
    await page.locator('[data-entity="trump"]').first().tap();
    const preview = page.locator('#sm-preview-trump');
    await preview.waitFor();
    assert.deepEqual((await sheet(preview)).edges, [0, 375, 700]);
    // The tap showed the preview instead of following the mention's link.
    assert.equal(new URL(page.url()).hash, '');
    // A tap elsewhere closes it.
    await page.locator('h1.sm-title').tap();
    await page.waitForFunction(() => !document.querySelector(':popover-open'));
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it('leaves the mentions to the app where the browser has no popovers', async () => {
    const { page, release } = await held();
    await page.addInitScript(() => delete HTMLElement.prototype.showPopover);
    await page.goto(env.base);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => performance.getEntriesByName('interactive').length), 0);
    release();
    await page.waitForFunction(() => performance.getEntriesByName('interactive').length === 1);
    await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
    await page.locator('[data-entity="iran"]').first().hover();
    await page.locator('.sm-card[data-card="iran"]').waitFor();
    assert.deepEqual(page.errors, []);
  });

  it('shows no prerendered article on another page of the reader', async () => {
    const { page, release } = await held();
    await page.goto(`${env.base}?view=library`);
    assert.equal(await page.locator('[data-article]').isVisible(), false);
    assert.equal(await page.locator('#stancemap').innerText(), 'Loading Stancemap…');
    release();
    await page.locator('.sm-library-item').first().waitFor();
    assert.equal(await page.locator('[data-article]').count(), 0);
    assert.deepEqual(page.errors, []);
  });

  it('reads with JavaScript off', async () => {
    const page = await newPage(env, { javaScriptEnabled: false });
    await page.goto(env.base);
    const body = page.locator('[data-article="iran-talks"]');
    assert.equal(await body.locator('p').count(), 8);
    assert.equal(await body.locator('[data-entity="trump"]').first().textContent(), 'President Donald Trump');
    assert.equal(await page.locator('table [data-cell="0-1"] .sm-state').textContent(), 'rejects');
    // The header's actions need the app; they are not offered.
    assert.equal(await page.locator('.sm-appbar-nav').isVisible(), false);
    // The mentions' previews need no script.
    await body.locator('[data-entity="khamenei"]').first().hover();
    const preview = page.locator('#sm-preview-khamenei');
    await preview.waitFor();
    assert.equal(await preview.locator('.sm-card-name').textContent(), 'Ali Khamenei');
  });

  /** The text of the quotes the page highlights, in text order. */
  const highlighted = (page) => page.$$eval('.sm-body .sm-q-on', (els) => els.map((e) => e.textContent).join(''));
  const grain = JSON.parse(readFileSync(new URL('../../public/articles/grain-corridor.json', import.meta.url), 'utf8'));
  const quotesOf = (party, topic) => grain.stances.filter((s) => s.party === party && s.topic === topic).map((s) => s.quote);

  it('shows a matrix cell’s quotes before the wasm, and the app opens on the same cell', async () => {
    const { page, release } = await held();
    await page.goto(`${env.base}grain-corridor.html`);
    await page.waitForFunction(() => performance.getEntriesByName('interactive').length === 1);
    await page.locator('table [data-cell="1-2"]').click();
    const bank = quotesOf('russia', 'bank');
    // In text order: the second quote of the cell comes first in the article.
    assert.equal(await highlighted(page), bank[1] + bank[0]);
    assert.equal(await page.locator('table [data-cell="1-2"]').getAttribute('aria-pressed'), 'true');
    assert.match(page.url(), /grain-corridor\.html#cell=russia\/bank$/);
    assert.notEqual(await page.locator('[data-prerendered]').count(), 0, 'still before the app');
    release();
    await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
    assert.equal(await highlighted(page), bank[1] + bank[0], 'the app shows the same cell');
    assert.equal(await page.locator('table [data-cell="1-2"]').getAttribute('aria-pressed'), 'true');
    assert.deepEqual(page.errors, []);
  });

  it('opens a #cell= deep link on its cell before the wasm', async () => {
    const { page } = await held();
    await page.goto(`${env.base}grain-corridor.html#cell=ukraine/officers`);
    await page.waitForFunction(() => document.activeElement?.dataset?.cell === '0-1');
    assert.equal(await highlighted(page), quotesOf('ukraine', 'officers').join(''));
    assert.notEqual(await page.locator('[data-prerendered]').count(), 0, 'still before the app');
  });
});
