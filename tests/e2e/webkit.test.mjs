// End-to-end in WebKit, Safari's engine: Debian's WebKitGTK (its MiniBrowser in a virtual X
// display), driven over classic WebDriver by selenium-webdriver. Like the Firefox file, it checks
// the main paths in another engine; WebKit has popovers but no interest invokers, so the previews
// run on their script. Classic WebDriver reads no console: each page records its own errors from
// the moment the test reaches it, and loads are judged by what they end in (the app's marks).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Builder, By, Key, until } from 'selenium-webdriver';
import {
  CARD,
  FIXTURES,
  LIBRARY,
  NOTICE,
  OTHER_PUBLISHER,
  PREVIEW,
  assertProvenance,
  assertReadable,
  blogs,
  chooseFile,
  markersOffTheirLine,
  otherPublisher,
  provenanceOf,
  readWithoutScripts,
  serveBuilds,
  stancesOf,
  untrustedPublisher,
} from './harness.mjs';

const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const env = {};

/** A port nothing listens on now. */
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Starts WebKitWebDriver: xvfb-run gives it (and the MiniBrowser it starts) a free virtual
 * display. Their output goes to a log, shown when WebKit stops answering. */
async function startDriver() {
  const port = await freePort();
  env.driverUrl = `http://127.0.0.1:${port}`;
  env.log = join(mkdtempSync(join(tmpdir(), 'stancemap-webkit-')), 'driver.log');
  const log = openSync(env.log, 'w');
  env.driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1600x1200x24', 'WebKitWebDriver', `--port=${port}`], {
    detached: true,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  for (let tries = 0; ; tries++) {
    const ready = await fetch(`${env.driverUrl}/status`)
      .then((r) => r.json())
      .then((s) => s.value.ready, () => false);
    if (ready) break;
    if (tries > 100) throw new Error('WebKitWebDriver did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}
/** Stops the driver, its display and its browsers (one process group), and drops its log. */
function stopDriver() {
  if (env.driver) process.kill(-env.driver.pid);
  env.driver = null;
  if (env.log) rmSync(dirname(env.log), { recursive: true, force: true });
}

before(async () => {
  env.builds = await serveBuilds();
  env.blogs = await blogs();
  await startDriver();
});
after(async () => {
  stopDriver();
  await env.builds?.close();
  await env.blogs?.close();
});

/** A new browser window of (at least) `width` × `height`; MiniBrowser's toolbar keeps it from
 * getting narrower than about 450 px, still a phone's layout. */
async function newBrowser({ width = 1280, height = 900 } = {}) {
  const browser = await new Builder()
    .usingServer(env.driverUrl)
    .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } })
    .build();
  await browser.manage().window().setRect({ width, height });
  return browser;
}

/** How long a test's browser may go without finishing; each takes 1–4 s. */
const HANG = 30_000;
class Hang extends Error {}
/** `promise`, or a `Hang` after `ms`. */
function within(promise, ms, what) {
  let timer;
  const hang = new Promise((_, fail) => (timer = setTimeout(() => fail(new Hang(`${what}: no answer in ${ms} ms`)), ms)));
  return Promise.race([promise, hang]).finally(() => clearTimeout(timer));
}

/** Runs `test` with a new browser window, and closes it. When WebKit stops answering (once in
 * CI: a whole file timed out after two tests had passed; never reproduced in 40 runs of the
 * file alone), the driver's log is shown, and the test runs once more on a fresh driver: a
 * test that fails, or hangs twice, fails. */
async function withBrowser(options, test) {
  for (let attempt = 1; ; attempt++) {
    let browser;
    const run = (async () => {
      browser = await newBrowser(options);
      return test(browser);
    })();
    try {
      return await within(run, HANG, 'WebKit');
    } catch (error) {
      if (!(error instanceof Hang)) throw error;
      run.catch(() => {});
      const log = readFileSync(env.log, 'utf8').split('\n').slice(-30).join('\n');
      console.error(`${error.message} (attempt ${attempt}); the driver's log ends:\n${log}`);
      if (attempt === 2) throw error;
      stopDriver();
      browser = null;
      await startDriver();
    } finally {
      await within(browser?.quit() ?? Promise.resolve(), 5000, 'closing the browser').catch(() => {});
    }
  }
}

/** Opens `url` and, once `ready` (a script's condition) holds, records the page's errors:
 * console errors and warnings, uncaught errors and rejections, CSP violations. */
async function open(browser, url, ready) {
  await browser.get(url);
  await browser.wait(() => browser.executeScript(`return ${ready}`), 20000, `not ready: ${ready}`);
  await browser.executeScript(() => {
    window.recorded = [];
    for (const level of ['error', 'warn']) {
      const log = console[level];
      console[level] = (...args) => {
        window.recorded.push(`console ${level}: ${args.join(' ')}`);
        log.apply(console, args);
      };
    }
    addEventListener('error', (e) => window.recorded.push(`error: ${e.message}`));
    addEventListener('unhandledrejection', (e) => window.recorded.push(`rejection: ${e.reason}`));
    document.addEventListener('securitypolicyviolation', (e) => window.recorded.push(`CSP: ${e.violatedDirective}`));
  });
}
const errors = (browser) => browser.executeScript(() => window.recorded);

/** Waits until the script `condition` returns something truthy. */
const holds = (browser, condition, what) => browser.wait(() => browser.executeScript(condition), 5000, what);
/** The name of the entity whose card is on screen, once one is. */
async function openCard(browser) {
  const name = await browser.wait(until.elementLocated(By.css(`${CARD} .sm-card-name`)), 5000, 'no card opened');
  await browser.wait(until.elementIsVisible(name), 5000, 'the card stayed invisible');
  return browser.executeScript((e) => e.textContent, name);
}
/** The ids of the open previews, once one is. */
async function openPreviews(browser) {
  await browser.wait(until.elementLocated(By.css(PREVIEW)), 5000, 'no preview opened');
  return browser.executeScript((s) => [...document.querySelectorAll(s)].map((p) => p.id), PREVIEW);
}
/** Waits until nothing matches `selector`. */
const gone = (browser, selector) =>
  holds(browser, `return !document.querySelector(${JSON.stringify(selector)})`, `${selector} stayed`);

/** The mention of entity `id` in the text (its first). */
const mention = (browser, id) => browser.findElement(By.css(`.sm-body [data-entity="${id}"]`));
/** Rests the pointer on `element`, scrolled into view first, as a reader would. */
async function hover(browser, element) {
  await browser.executeScript((e) => e.scrollIntoView({ block: 'center' }), element);
  await browser.actions().move({ origin: element }).perform();
}
/** Moves the pointer away, to the window's top left corner. */
const leave = (browser) => browser.actions().move({ x: 5, y: 5 }).perform();
/** Keyboard focus on `element`, as Tab would give it. */
const focus = (browser, element) => browser.executeScript((e) => e.focus({ focusVisible: true }), element);
/** Presses `key` where the focus is. */
const press = (browser, key) => browser.actions().sendKeys(key).perform();

describe('WebKit', () => {
  it('runs the reader: cards on hover and keyboard focus, topic summaries, a matrix cell highlights its quotes', async () => {
    await withBrowser({}, async (browser) => {
      await open(browser, `${env.builds.url}/`, "performance.getEntriesByName('app').length > 0");
      assert.equal(await browser.executeScript(() => document.querySelector('[data-prerendered]')), null, 'the app took the page over');

      await hover(browser, await mention(browser, 'trump'));
      assert.equal(await openCard(browser), 'Donald Trump');
      await leave(browser);
      await gone(browser, CARD);

      await focus(browser, await mention(browser, 'iran'));
      assert.equal(await openCard(browser), 'Iran');
      await press(browser, Key.ESCAPE);
      await gone(browser, CARD);
      assert.equal(await browser.executeScript(() => document.activeElement.dataset.entity), 'iran', 'focus stays on the mention');

      // A topic with a summary is marked as one, and shows it on keyboard focus.
      const topic = await browser.findElement(By.css('.sm-topic[tabindex]'));
      const underline = await browser.executeScript((t) => {
        const style = getComputedStyle(t);
        return `${style.textDecorationLine} ${style.textDecorationStyle}`;
      }, topic);
      assert.equal(underline, 'underline dotted');
      await focus(browser, topic);
      await holds(browser, "return getComputedStyle(document.querySelector('.sm-topic[tabindex] + .sm-tip')).visibility === 'visible'", 'no summary');
      await browser.executeScript((t) => t.blur(), topic);

      await browser.findElement(By.css('table [data-cell="0-1"]')).click();
      await holds(browser, "return document.querySelector('.sm-q-current')", 'no quote highlighted');
      const quotes = stancesOf('iran', 'missiles');
      assert.equal(quotes.length, 3);
      for (const { i } of quotes) {
        const on = await browser.executeScript(
          (i) => [...document.querySelectorAll(`[data-quotes~="${i}"]`)].map((e) => e.classList.contains('sm-q-on')),
          i,
        );
        assert.ok(on.length > 0 && on.every(Boolean), `quote ${i} highlighted`);
      }
      const text = await browser.executeScript(() => [...document.querySelectorAll('.sm-q-on')].map((e) => e.textContent).join(''));
      assert.equal(text, quotes.map((q) => q.quote).join(''), 'nothing else is highlighted');
      const sideways = await browser.executeScript(() => {
        const m = document.querySelector('.sm-matrix');
        return m.scrollWidth - m.clientWidth;
      });
      assert.equal(sideways, 0, 'the matrix does not scroll sideways');
      assert.deepEqual(await errors(browser), []);
    });
  });

  it('opens on the text on a phone, and keeps each quote\'s marker on its quote\'s line', async () => {
    await withBrowser({ width: 450, height: 900 }, async (browser) => {
      await open(browser, `${env.builds.url}/`, "performance.getEntriesByName('app').length > 0");
      const [top, height] = await browser.executeScript(() => [document.querySelector('.sm-body p').getBoundingClientRect().top, innerHeight]);
      assert.ok(top < height - 100, `the text starts at ${top}`);
      const misplaced = [];
      for (let width = 450; width <= 720; width += 10) {
        await browser.manage().window().setRect({ width, height: 900 });
        misplaced.push(...(await browser.executeScript(markersOffTheirLine)));
      }
      assert.deepEqual(misplaced, []);
      assert.deepEqual(await errors(browser), []);
    });
  });

  it('opens the prerendered previews by script before the app arrives, on a phone too', async () => {
    for (const width of [1280, 390]) {
      await withBrowser({ width, height: 844 }, async (browser) => {
        await open(browser, `${env.builds.noWasmUrl}/`, "performance.getEntriesByName('interactive').length > 0");
        assert.notEqual(await browser.executeScript(() => document.querySelector('[data-prerendered]')), null);
        const [innerWidth, innerHeight] = await browser.executeScript(() => [window.innerWidth, window.innerHeight]);
        if (width < 600) assert.ok(innerWidth < 600, `a phone's width: ${innerWidth} px`);

        await hover(browser, await mention(browser, 'trump'));
        assert.deepEqual(await openPreviews(browser), ['sm-preview-trump']);
        // Measured once it has settled (a phone's sheet slides in).
        const box = await browser.executeAsyncScript((done) => {
          const p = document.getElementById('sm-preview-trump');
          Promise.all(p.getAnimations().map((a) => a.finished)).then(() => done(p.getBoundingClientRect().toJSON()));
        });
        const inside = box.left >= 0 && box.right <= innerWidth && box.top >= 0 && box.bottom <= innerHeight;
        assert.ok(inside, `${innerWidth} px: inside the window: ${JSON.stringify(box)}`);
        if (width < 600) assert.equal(Math.round(box.bottom), innerHeight, 'a bottom sheet on a phone');
        await leave(browser);
        await gone(browser, PREVIEW);

        await focus(browser, await mention(browser, 'iran'));
        assert.deepEqual(await openPreviews(browser), ['sm-preview-iran']);
        await press(browser, Key.ESCAPE);
        await gone(browser, PREVIEW);
        assert.deepEqual(await errors(browser), []);
      });
    }
  });

  it('renders an article embedded in a hostile blog, in its shadow root', async () => {
    await withBrowser({}, async (browser) => {
      const ready = "document.querySelector('#first')?.shadowRoot?.querySelector('.sm-body [data-entity]')";
      await open(browser, `${env.builds.url}/fixtures/e2e/blog.html`, ready);
      const mentions = await browser.executeScript(() => document.querySelector('#first').shadowRoot.querySelectorAll('.sm-body [data-entity]').length);
      assert.ok(mentions > 40, `${mentions} mentions`);
      // The blog's styles stayed out of the reader.
      const display = await browser.executeScript(() => getComputedStyle(document.querySelector('#first').shadowRoot.querySelector('.sm-body p')).display);
      assert.notEqual(display, 'none');
      assert.deepEqual(await errors(browser), []);
    });
  });

  it('shows a matrix cell’s quotes before the app, from a #cell= link and from a click', async () => {
    await withBrowser({}, async (browser) => {
      const on = () => browser.executeScript(() => [...document.querySelectorAll('.sm-body .sm-q-on')].map((e) => e.textContent).join(''));
      await open(browser, `${env.builds.noWasmUrl}/grain-corridor.html#cell=russia/bank`, "document.activeElement?.dataset?.cell === '1-2'");
      assert.equal(await on(), 'any deal must first ease sanctions on its agricultural bankthe Kremlin would not sign unless the Russian Agricultural Bank (Rosselkhozbank) was reconnected to the SWIFT payment network');
      await browser.findElement(By.css('table [data-cell="0-0"]')).click();
      assert.equal(await on(), 'Kyiv was ready to accept joint inspections of ships in Turkish waters');
      assert.equal(await browser.executeScript(() => location.hash), '#cell=ukraine/inspections');
    });
  });

  it('reads every library article’s page with scripts off, its meta tags and JSON-LD parsed', async () => {
    await withBrowser({}, async (browser) => {
      await open(browser, `${env.builds.url}/`, "performance.getEntriesByName('app').length > 0");
      for (const entry of LIBRARY) {
        const read = await browser.executeAsyncScript(
          `(${readWithoutScripts})(arguments[0]).then(arguments[arguments.length - 1])`,
          `${entry.id}.html`,
        );
        assertReadable(read, entry);
      }
    });
  });

  it('the Embed dialog’s codes work in a blog on another origin: the iframe fitted, the element’s text first, then the reader', async () => {
    await withBrowser({}, async (browser) => {
      await open(browser, `${env.builds.url}/grain-corridor.html`, "!document.querySelector('[data-prerendered]') && document.querySelector('.sm-edit button')");
      await browser.executeScript(() => document.querySelector('.sm-edit button').click());
      await holds(browser, "return document.querySelector('#sm-embed-element')", 'the dialog opened');
      const [frame, element] = await browser.executeScript(() => ['#sm-embed-frame', '#sm-embed-element'].map((id) => document.querySelector(id).value));
      assert.deepEqual(await errors(browser), []);

      await open(browser, env.blogs.write('frame.html', frame), "/^\\d+px$/.test(document.querySelector('iframe').style.height)");
      const height = await browser.executeScript(() => parseInt(document.querySelector('iframe').style.height, 10));
      assert.ok(height > 300 && height !== 900, `fitted to ${height} px`);

      // Before the wasm (here: a copy of the build without it), the element shows the text.
      await open(browser, env.blogs.write('text.html', element.replaceAll(env.builds.url, env.builds.noWasmUrl)), "document.querySelector('stancemap-article')?.shadowRoot");
      assert.ok(await browser.executeScript(() => document.querySelector('stancemap-article > h2').getBoundingClientRect().height > 0));

      const ready = "document.querySelector('stancemap-article').shadowRoot?.querySelector('[data-article=\"grain-corridor\"] [data-entity]') && !document.querySelector('stancemap-article').shadowRoot.querySelector('slot')";
      await open(browser, env.blogs.write('element.html', element), ready);
      assert.equal(await browser.executeScript(() => document.querySelector('stancemap-article > h2').getBoundingClientRect().height), 0);
      assert.deepEqual(await errors(browser), []);
    });
  });

  it('opens only trusted sources, and says where an article the site did not publish came from', async () => {
    const untrusted = await untrustedPublisher();
    const other = await otherPublisher();
    const at = (src) => `${env.builds.url}/?src=${encodeURIComponent(`${src}/e2e/other-article.json`)}`;
    const seen = (browser) => browser.executeScript(`return (${provenanceOf})()`);
    try {
      await withBrowser({}, async (browser) => {
        await open(browser, at(untrusted.url), "document.querySelector('[role=alert]')");
        const alert = await browser.executeScript(() => document.querySelector('[role=alert]').textContent);
        assert.match(alert, new RegExp(`and ${untrusted.url} is not one of them`));
        assert.deepEqual(untrusted.log, [], 'nothing was asked of the untrusted origin');

        await open(browser, at(OTHER_PUBLISHER), "document.querySelector('.sm-provenance')");
        assertProvenance(await seen(browser), NOTICE.other);
        assert.deepEqual(await errors(browser), []);

        await open(browser, `${env.builds.url}/grain-corridor.html`, "performance.getEntriesByName('app').length > 0");
        assertProvenance(await seen(browser), null);
        await browser.executeScript(`(${chooseFile})(arguments[0], arguments[1])`, readFileSync(`${FIXTURES}/e2e/other-article.json`, 'utf8'), 'other-article.json');
        await holds(browser, "return document.querySelector('.sm-provenance')", 'no notice for the file');
        assertProvenance(await seen(browser), NOTICE.file);
        assert.deepEqual(await errors(browser), []);
      });
    } finally {
      await untrusted.close();
      await other.close();
    }
  });

  it('runs the studio: a draft from text by keyboard, a stance, kept in IndexedDB through a reload', async () => {
    await withBrowser({}, async (browser) => {
      await open(browser, `${env.builds.url}/?view=studio`, "document.querySelector('#st-text')");
      const text = 'Talks resume in Oman\n\nIranian Foreign Minister Abbas Aragchi said Iran is ready to negotiate with the United States.\n\nThe United States insists that any deal must cover missiles.';
      await browser.executeScript((t) => {
        const area = document.querySelector('#st-text');
        area.value = t;
        area.dispatchEvent(new Event('input', { bubbles: true }));
        area.focus();
      }, text);
      // (WebKitWebDriver's key chords do not hold the modifier; actions do.)
      const chord = (modifier, key) => browser.actions().keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
      await chord(Key.CONTROL, Key.ENTER);
      await holds(browser, "return document.activeElement?.classList.contains('st-editor')", 'the editor has no focus');
      for (let i = 0; i < 3; i++) await press(browser, Key.ENTER);
      await holds(
        browser,
        "return new Set([...document.querySelectorAll('.st-preview .sm-body [data-entity]')].map((m) => m.dataset.entity)).size === 3",
        'three entities linked in the preview',
      );
      await chord(Key.ALT, '2');
      await holds(browser, "return document.querySelector('.st-stances .st-suggestion')", 'no stance phrases');
      await press(browser, Key.ENTER);
      await press(browser, 's');
      await holds(browser, "return document.activeElement?.id === 'st-topic'", 'the stance form has no focus');
      await press(browser, Key.ENTER);
      await holds(browser, "return document.querySelectorAll('.st-preview .sm-matrix [data-cell]').length > 0", 'no matrix in the preview');
      await holds(browser, "return document.querySelector('.st-status').textContent.includes('Saved on this device')", 'not saved');
      assert.deepEqual(await errors(browser), []);
      await open(browser, await browser.getCurrentUrl(), "document.querySelectorAll('.st-preview .sm-matrix [data-cell]').length > 0");
      assert.deepEqual(await errors(browser), []);
    });
  });
});
