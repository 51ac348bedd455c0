// `make bench`: what the reader costs against what a blogger would otherwise use, measured
// side by side on this machine (headless Chromium, 127.0.0.1, gzip). Prints a markdown table
// and writes bench/results.md. Never part of `make test`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../tests/e2e/server.mjs';
import { writeBaselines, writeBlogs } from './baselines.mjs';
import { median, quantile, ratio, verdict } from './stats.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const SITE = join(ROOT, 'target/bench/site');
const RUNS = Number(process.env.RUNS ?? 20);
const HOVERS = Number(process.env.HOVERS ?? 50);
const SHELL_BUDGET = 120 * 1024;
const THROTTLE = { latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (0.75e6 / 8), cpu: 4 };
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n) => (n == null ? '—' : `${Math.round(n)} ms`);
const out = [];
const say = (line = '') => {
  out.push(line);
  console.log(line);
};

// --- bundle -------------------------------------------------------------------------------
function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function bundle() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const named = (re) => html.match(re)[1];
  const css = readdirSync(DIST).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(DIST, f)));
  const article = html.match(/<script type="application\/json" id="stancemap-article"[^>]*>([^<]*)<\/script>/)[1];
  const files = [
    ['index.html (prerendered article, inline CSS and article JSON)', readFileSync(join(DIST, 'index.html'))],
    ['wasm', readFileSync(join(DIST, named(/'\.\/(reader-[0-9a-f]+_bg\.wasm)'/)))],
    ['JS glue', readFileSync(join(DIST, named(/'\.\/(reader-[0-9a-f]+\.js)'/)))],
  ];
  say('## Bundle: every byte the reader loads');
  say();
  say('| File | raw | gzip | brotli |');
  say('| --- | ---: | ---: | ---: |');
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const [name, bytes] of files) {
    const s = sizes(bytes);
    for (const k of Object.keys(total)) total[k] += s[k];
    say(`| ${name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
  }
  say(`| **sum** | **${kb(total.raw)}** | **${kb(total.gzip)}** | **${kb(total.brotli)}** |`);
  const cssBytes = Buffer.concat(css);
  const shell = sizes(Buffer.concat([files[1][1], files[2][1], cssBytes]));
  say();
  say(`Within index.html: CSS ${kb(cssBytes.length)} raw, article JSON ${kb(article.length)} raw.`);
  say(`Shell (wasm + JS + CSS): ${kb(shell.brotli)} brotli against a budget of ${kb(SHELL_BUDGET)}: ` +
    `${shell.brotli <= SHELL_BUDGET ? 'within' : `**over by ${kb(shell.brotli - SHELL_BUDGET)}**`}.`);
  const page = sizes(files[0][1]);
  say(`Needed before the mentions respond: index.html alone (${kb(page.gzip)} gzip, ${kb(page.brotli)} brotli), ` +
    'whose prerendered previews open without the wasm; the wasm and its JS are preloaded beside it and start the app ' +
    'after the first paint.');
  say();
  wasmByCrate(sizes(files[1][1]).brotli);
}

// --- where the wasm's bytes go ---------------------------------------------------------------
// twiggy on wasm-bindgen's output before wasm-opt (it still has function names), summed by the
// crate each function belongs to; a generic function counts for the crate of its outer type
// (`<tachys::…Render for F>::build` is tachys, `core::ptr::drop_in_place<…>` is core).
function crateOf(name) {
  if (name.startsWith('data segment') || name.startsWith('data[')) return 'data (strings, tables)';
  const m = name.match(/^<*&?(?:mut |dyn )?([A-Za-z_][A-Za-z0-9_]*)/);
  const crate = m ? m[1] : 'other';
  if (crate === 'stancemap') {
    const own = name.match(/^<*stancemap::(\w+)(?:::(\w+))?/);
    return own && ['components', 'core'].includes(own[1]) && own[2] ? `stancemap::${own[1]}::${own[2]}` : `stancemap::${own?.[1] ?? ''}`;
  }
  if (['import', 'export', 'type', 'elem', 'table', 'T', 'F'].includes(crate)) return 'other (wasm tables, closures)';
  return crate;
}

function wasmByCrate(wasmBrotli) {
  const wasm = join(ROOT, 'target/wasm-bindgen/release/reader_bg.wasm');
  let csv;
  try {
    csv = execFileSync('twiggy', ['top', '-n', '1000000', '-f', 'csv', wasm], { encoding: 'utf8', maxBuffer: 1 << 28 });
  } catch {
    say('(twiggy is not installed: `cargo install twiggy` for where the wasm\'s bytes go.)');
    say();
    return;
  }
  const totals = new Map();
  for (const line of csv.trim().split('\n').slice(1)) {
    // Name,ShallowSize,ShallowSizePercent,RetainedSize,RetainedSizePercent; names may hold commas.
    const fields = line.split(',');
    const size = Number(fields.at(-4));
    const name = fields.slice(0, -4).join(',').replace(/^"|"$/g, '');
    if (name.includes('function names') || !Number.isFinite(size)) continue;
    const crate = crateOf(name);
    totals.set(crate, (totals.get(crate) ?? 0) + size);
  }
  const sum = [...totals.values()].reduce((a, b) => a + b, 0);
  const ours = [...totals].filter(([c]) => c.startsWith('stancemap::')).reduce((a, [, n]) => a + n, 0);
  const rows = [...totals].filter(([c]) => !c.startsWith('stancemap::'));
  rows.push(['stancemap (our code, not counting the generic code it instantiates)', ours]);
  rows.sort((a, b) => b[1] - a[1]);
  say('## Where the wasm\'s bytes go (twiggy, before wasm-opt, by crate)');
  say();
  say('| Crate | share | ≈ brotli after wasm-opt |');
  say('| --- | ---: | ---: |');
  let rest = 0;
  for (const [crate, n] of rows) {
    if (n / sum < 0.01) {
      rest += n;
      continue;
    }
    say(`| ${crate} | ${((100 * n) / sum).toFixed(1)} % | ${kb((n / sum) * wasmBrotli)} |`);
  }
  say(`| everything under 1 % | ${((100 * rest) / sum).toFixed(1)} % | ${kb((rest / sum) * wasmBrotli)} |`);
  say();
  say('Leptos is tachys (the views), reactive_graph (signals, effects) and the `core::ptr::drop_in_place` ' +
    'and closure code their generic view types instantiate; generic code is counted where it is defined, ' +
    'so the cost of each of our components mostly shows up under tachys.');
  say();
}

// --- cold loads -----------------------------------------------------------------------------
/** One cold load of `url`: when the element `probe` finds was first painted, and the page's
 * own `interactive` and `app` marks where `marks` says it sets them. */
async function coldLoad(browser, url, throttled, { probe, marks }) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    const { latency, downloadThroughput, uploadThroughput, cpu } = THROTTLE;
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput, uploadThroughput });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  }
  // Text visible: the frame after the first paragraph is in the document and laid out, by
  // the same probe on every page (Element Timing loses the entry of a prerendered paragraph
  // that the app replaces before the entry is reported).
  await page.addInitScript((selector) => {
    window.textPaint = null;
    const probe = () => {
      const first = document.querySelector(selector);
      if (first && first.getClientRects().length > 0) {
        // A task queued in this frame runs after its paint.
        const channel = new MessageChannel();
        channel.port1.onmessage = () => (window.textPaint = performance.now());
        channel.port2.postMessage(0);
        return;
      }
      requestAnimationFrame(probe);
    };
    requestAnimationFrame(probe);
  }, probe);
  await page.goto(url, { waitUntil: 'commit' });
  // The page records its own times; read them only once it has loaded. Playwright's first
  // evaluation in a page compiles its injected script on the page's main thread (30–60 ms
  // with the CPU throttled), and polling from the commit put that work in the middle of
  // whichever page was still parsing, our longer one most often.
  await page.waitForLoadState('load');
  await page.waitForFunction(
    (marks) => window.textPaint != null && marks.every((m) => performance.getEntriesByName(m).length > 0),
    marks,
    { timeout: 60_000, polling: 50 },
  );
  const result = await page.evaluate(() => ({
    text: window.textPaint,
    interactive: performance.getEntriesByName('interactive')[0]?.startTime,
    app: performance.getEntriesByName('app')[0]?.startTime,
  }));
  await context.close();
  return result;
}

/** The first paragraph of an article page, ours or a baseline. */
const ARTICLE_TEXT = '[elementtiming="article-text"]';

/** Cold loads of `variants` ([name, url, probe, marks]), interleaved, unthrottled then
 * throttled; the first is ours, the last the plain baseline its text is held to. */
async function coldLoads(browser, title, variants, { tippy }) {
  for (const throttled of [false, true]) {
    const samples = variants.map(() => ({ text: [], interactive: [], app: [] }));
    for (let run = 0; run < RUNS; run++) {
      for (const [i, [, url, probe, marks]] of variants.entries()) {
        const r = await coldLoad(browser, url, throttled, { probe, marks });
        samples[i].text.push(r.text);
        if (r.interactive != null) samples[i].interactive.push(r.interactive);
        if (r.app != null) samples[i].app.push(r.app);
      }
    }
    const condition = throttled ? 'throttled: 150 ms RTT, 1.6 Mbit/s, CPU 4×' : 'unthrottled';
    say(`## Cold load of ${title}, ${condition} (${RUNS} runs each, interleaved, fresh context)`);
    say();
    say('| Page | text visible p50 | p90 | interactive p50 | p90 | text vs plain | app p50 | p90 |');
    say('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const plain = samples.at(-1);
    for (const [i, [name]] of variants.entries()) {
      const s = samples[i];
      const pair = (xs) => (xs.length ? `${ms(median(xs))} | ${ms(quantile(xs, 0.9))}` : '— | —');
      say(`| ${name} | ${pair(s.text)} | ${pair(s.interactive)} | ${ratio(median(s.text), median(plain.text))} | ${pair(s.app)} |`);
    }
    say();
    const [ours] = samples;
    say(verdict('Text visible vs plain:', ours.text, plain.text, throttled ? 1.2 : 1.3));
    if (tippy) say(verdict('Interactive vs (b):', ours.interactive, samples[1].interactive, 1.5));
    say();
  }
}

/** The element code the reader's Embed dialog gives for `page`. */
async function elementCode(browser, url) {
  const page = await browser.newPage();
  await page.goto(url);
  await page.getByRole('button', { name: 'Embed this article' }).click();
  const code = await page.locator('#sm-embed-element').inputValue();
  await page.close();
  return code;
}

async function allColdLoads(browser, base) {
  for (const [title, file] of [['the default page', ''], ['a second library page', 'grain-corridor.html']]) {
    const marks = ['interactive'];
    await coldLoads(browser, title, [
      ['(a) Stancemap', `${base}/${file}`, ARTICLE_TEXT, [...marks, 'app']],
      ['(b) static HTML + Tippy.js', `${base}/tippy/${file}`, ARTICLE_TEXT, marks],
      ['(c) static HTML', `${base}/plain/${file}`, ARTICLE_TEXT, marks],
    ], { tippy: true });
  }
  say('Intervals: the ratio of medians over the runs resampled 2,000 times; a wide one asks for ' +
    'more runs (`RUNS=…`). Budgets: text visible ≤ 1.3× plain unthrottled, ≤ 1.2× throttled.');
  say('Interactive: every mention is bound to its card — on our page once the page is parsed, by the ' +
    'prerendered native previews (interest invokers; Chromium), otherwise when the app takes over; on (b) ' +
    'once Tippy is bound. Both are marked by a script after the text, just before the first paint. ' +
    'App: the wasm app has rendered the article (its cards, matrix and controls work once no preview is open).');
  say();
  writeBlogs(SITE, await elementCode(browser, `${base}/grain-corridor.html`));
  await coldLoads(browser, 'an embed in a blog post', [
    ['(d) blog + the element code', `${base}/blog/element.html`, 'stancemap-article > p', []],
    ['(e) blog, the same text as its own', `${base}/blog/plain.html`, '.embed > p', []],
  ], { tippy: false });
  say('The embed: a blog post with the Embed dialog\'s element code for the second library article, ' +
    'against the same post with that text as its own paragraphs. Text visible: the embed\'s first ' +
    'paragraph (the element\'s own text, before the reader replaces it).');
  say();
}

// --- interaction ------------------------------------------------------------------------------
async function interaction(browser, base) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
  // Dwell end → card painted: from the pointer's arrival, minus the 200 ms dwell, to the
  // animation frame after the card entered the DOM.
  const install = () =>
    page.evaluate(() => {
      window.samples = [];
      window.started = 0;
      document.addEventListener('pointerover', (e) => {
        if (e.target.closest('[data-mention]')) window.started = e.timeStamp;
      }, true);
      new MutationObserver((records) => {
        const added = records.some((r) => [...r.addedNodes].some((n) => n.classList?.contains('sm-card')));
        const lit = records.some((r) => r.type === 'attributes' && r.target.classList.contains('sm-q-on'));
        if (added || (lit && window.clicked)) {
          const from = added ? window.started + 200 : window.clicked;
          window.clicked = 0;
          const updated = performance.now() - from;
          requestAnimationFrame(() => window.samples.push({ painted: performance.now() - from, updated }));
        }
      }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
      document.addEventListener('click', (e) => {
        if (e.target.closest('[data-cell]')) window.clicked = e.timeStamp;
      }, true);
    });
  await install();
  const mentions = page.locator('.sm-body [data-mention]');
  const count = await mentions.count();
  for (let i = 0; i < HOVERS; i++) {
    await page.mouse.move(1200, 880);
    await page.locator('.sm-card').waitFor({ state: 'detached' });
    const mention = mentions.nth((i * 7) % count);
    await mention.scrollIntoViewIfNeeded();
    // The first line of the mention (a wrapped one has a bounding box wider than its text).
    const box = await mention.evaluate((el) => {
      const r = el.getClientRects()[0];
      return { x: r.left, y: r.top, height: r.height };
    });
    await page.mouse.move(box.x + 3, box.y + box.height / 2);
    await page.locator('.sm-card').waitFor();
  }
  const cards = await page.evaluate(() => window.samples.splice(0));
  await page.mouse.move(1200, 880);
  await page.locator('.sm-card').waitFor({ state: 'detached' });
  const cells = page.locator('table [data-cell]:not([disabled])');
  const cellCount = await cells.count();
  for (let i = 0; i < HOVERS; i++) {
    const cell = cells.nth(i % cellCount);
    await cell.click();
    await page.waitForFunction((n) => window.samples.length >= n, i + 1);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.sm-q-on'));
  }
  const highlights = await page.evaluate(() => window.samples.splice(0));
  await context.close();
  say(`## Interaction (${HOVERS} of each, unthrottled)`);
  say();
  say('| Measure | p50 | p95 | budget | DOM updated p50 | p95 |');
  say('| --- | ---: | ---: | ---: | ---: | ---: |');
  const t = (xs, q) => (xs.length ? `${quantile(xs, q).toFixed(1)} ms` : '—');
  const row = (name, samples) => {
    const painted = samples.map((s) => s.painted);
    const updated = samples.map((s) => s.updated);
    say(`| ${name} | ${t(painted, 0.5)} | ${t(painted, 0.95)} | ≤ 16 ms (p95) | ${t(updated, 0.5)} | ${t(updated, 0.95)} |`);
  };
  row('dwell end → card painted', cards);
  row('matrix cell click → evidence highlighted', highlights);
  say();
  say('Painted: the animation frame after the DOM update, so it includes the wait for the next ' +
    'frame (up to 16.7 ms at 60 Hz, wherever in a frame the event falls). DOM updated: the ' +
    'reader\'s own work, from the event to the changed DOM.');
  say();
}

// --- scale --------------------------------------------------------------------------------------
async function scale(browser, base) {
  say('## Scale: the seed at 1×, 10× and 100× its length (20, 200 and 2,000 entities)');
  say();
  say('| Article | size | interactive p50 | JS heap | native linker | growth (time per byte vs 1×) |');
  say('| --- | ---: | ---: | ---: | ---: | ---: |');
  const native = criterion();
  for (const k of [1, 10, 100]) {
    const file = join(SITE, `scale/scale-${k}x.json`);
    const times = [];
    let heap = 0;
    for (let run = 0; run < Math.max(3, Math.floor(RUNS / 3)); run++) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(`${base}/?src=scale/scale-${k}x.json`);
      await page.waitForFunction(() => performance.getEntriesByName('interactive').length > 0, null, { timeout: 60_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName('interactive')[0].startTime));
      const { metrics } = await cdp.send('Performance.getMetrics');
      heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
      await context.close();
    }
    const n = native[`${k}x`];
    say(`| ${k}× | ${kb(readFileSync(file).length)} | ${ms(median(times))} | ${(heap / 1048576).toFixed(1)} MB | ` +
      `${n ? `${n.mbps.toFixed(0)} MB/s` : '—'} | ${n && native['1x'] ? ratio(n.nsPerByte, native['1x'].nsPerByte) : '—'} |`);
  }
  say();
  const worst = native.adversarial;
  say(`Adversarial spellings (a 51-word alias whose first 50 words repeat through a 1 MB body, beside a one-word alias): ` +
    `${worst ? `${worst.mbps.toFixed(0)} MB/s natively` : '—'}.`);
  say();
  say('Budget: 100× interactive ≤ 1 s; linking linear in text size; ≥ 100 MB/s natively.');
  say();
}

/** Criterion's mean estimates for `link_article` and `link_adversarial` (run by `make bench` before this script). */
function criterion() {
  const result = {};
  const articles = Object.fromEntries([1, 10, 100].map((k) => {
    const a = JSON.parse(readFileSync(join(SITE, `scale/scale-${k}x.json`), 'utf8'));
    return [`${k}x`, a.body.reduce((n, p) => n + Buffer.byteLength(p), 0)];
  }));
  for (const [id, bytes] of Object.entries(articles)) {
    const file = join(ROOT, `target/criterion/link_article/${id}/new/estimates.json`);
    if (!existsSync(file)) continue;
    const ns = JSON.parse(readFileSync(file, 'utf8')).mean.point_estimate;
    result[id] = { mbps: bytes / 1e6 / (ns / 1e9), nsPerByte: ns / bytes };
  }
  const worst = join(ROOT, 'target/criterion/link_adversarial/1MB/new/estimates.json');
  if (existsSync(worst)) {
    const ns = JSON.parse(readFileSync(worst, 'utf8')).mean.point_estimate;
    const bytes = 1e6; // "a " 500,000 times
    result.adversarial = { mbps: bytes / 1e6 / (ns / 1e9) };
  }
  return result;
}

/** The studio's suggestions against annotated articles (the core's suggest_quality example). */
function suggestions() {
  say('## Authoring suggestions');
  say();
  say('Entity suggestions from the plain text against the annotated entities and mentions (a mention counts when a suggested spelling covers exactly its span); stances found: gold quotes a suggested phrase overlaps (exactly equal in brackets). The four invented articles are tests/fixtures/suggest/.');
  say();
  const table = execFileSync('cargo', ['run', '--quiet', '--release', '--package', 'stancemap-core', '--example', 'suggest_quality'], { encoding: 'utf8' });
  for (const line of table.trimEnd().split('\n')) say(line);
  say();
}

// --- main -----------------------------------------------------------------------------------------
if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `make build` first');
writeBaselines(SITE, DIST, join(ROOT, 'node_modules'), [['index.html', 'iran-talks.json'], ['grain-corridor.html', 'grain-corridor.json']]);
execFileSync('cargo', ['run', '--quiet', '--package', 'stancemap-core', '--example', 'scale_articles', '--', join(SITE, 'scale')], { stdio: 'inherit' });
const server = await serve({ '/': DIST, '/plain': join(SITE, 'plain'), '/tippy': join(SITE, 'tippy'), '/blog': join(SITE, 'blog'), '/scale': join(SITE, 'scale') }, { gzip: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
try {
  say(`# Stancemap benchmarks`);
  say();
  say(`The library's articles (the seed, and the example of a second page), headless Chromium ${browser.version()}, served on 127.0.0.1 with gzip; ${new Date().toISOString().slice(0, 10)}.`);
  say();
  bundle();
  await allColdLoads(browser, server.url);
  await interaction(browser, server.url);
  await scale(browser, server.url);
  suggestions();
} finally {
  await browser.close();
  await server.close();
}
writeFileSync(join(ROOT, 'bench/results.md'), `${out.join('\n')}\n`);
