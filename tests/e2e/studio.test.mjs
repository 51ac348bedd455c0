// The authoring studio in Chromium: the seed built from its plain text with the keyboard alone
// (its key presses counted), round trips, drafts that survive a reload and list in the library,
// undo and redo, a full storage quota reported, live problems, axe, and the reader's file sizes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SEED, axeViolations, newPage, useBrowser } from './harness.mjs';

const env = useBrowser();
const TEXT = readFileSync(new URL('../fixtures/iran-talks.txt', import.meta.url), 'utf8');
const SEED_JSON = readFileSync(new URL('../../public/articles/iran-talks.json', import.meta.url), 'utf8');

/** Words as the studio steps over them: dotted abbreviations, or runs of letters and digits. */
const words = (text) => [...text.matchAll(/(?:[A-Z]\.){2,}|[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

/** Where a quote may start and end, word by word, by the rules the studio's { } < > jumps follow
 * (crates/core/src/suggest/phrases.rs). */
const CONNECTORS = ['and', 'but', 'or', 'yet', 'while', 'whereas', 'although', 'though', 'because', 'since', 'that', 'when', 'so', 'as', 'after', 'before', 'unless', 'if', 'including'];
const RELATIVES = ['who', 'which', 'whom', 'whose'];
function stops(text) {
  const ws = words(text);
  const word = (i) => text.slice(ws[i].start, ws[i].end).toLowerCase();
  const punctuated = (a, b) => /[,;:“”"()—.!?]/.test(text.slice(ws[a].end, ws[b].start));
  const starts = ws.map((_, i) => i === 0 || punctuated(i - 1, i) || CONNECTORS.includes(word(i - 1)) || RELATIVES.includes(word(i)));
  const ends = ws.map((_, i) => i === ws.length - 1 || punctuated(i, i + 1) || CONNECTORS.includes(word(i + 1)) || RELATIVES.includes(word(i + 1)));
  return { starts, ends };
}

/** A studio page whose key presses are counted in `page.keys`. */
async function studioPage(options = {}) {
  const page = await newPage(env, { waitForApp: false, ...options });
  page.keys = 0;
  page.press = async (key, times = 1) => {
    for (let i = 0; i < times; i++) {
      await page.keyboard.press(key);
      page.keys += 1;
    }
  };
  page.type = async (text) => {
    for (const c of text) await page.press(c);
  };
  return page;
}

/** The editor open on a new draft of `text`, started with the keyboard. */
async function startFrom(page, text) {
  await page.goto(`${env.base}?view=studio`);
  await page.waitForSelector('#st-text:focus');
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.press('Control+V');
  await page.press('Control+Enter');
  // The keys work at once: the editor has the focus.
  await page.waitForFunction(() => document.activeElement?.classList.contains('st-editor'));
}

/** The article the studio would download. */
async function downloaded(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download JSON')]);
  const path = await download.path();
  return { name: download.suggestedFilename(), json: readFileSync(path, 'utf8') };
}

/** The unique prefix to type to pick `label` among a select's options, or '' if it is chosen. */
async function typeahead(page, selector, label) {
  const { options, current } = await page.$eval(selector, (s) => ({
    options: [...s.options].map((o) => o.text),
    current: s.selectedOptions[0]?.text,
  }));
  assert.ok(options.includes(label), `${label} is among ${options}`);
  if (current === label) return '';
  const lower = label.toLowerCase();
  for (let n = 1; n <= lower.length; n++) {
    const prefix = lower.slice(0, n);
    if (options.filter((o) => o.toLowerCase().startsWith(prefix))[0] === label) return prefix;
  }
  return lower;
}

describe('studio', () => {
  it('builds the seed from its plain text with the keyboard alone', async () => {
    const page = await studioPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await startFrom(page, TEXT);

    // Every suggested entity (the library's, with their cards), then both descriptions.
    // (Accepting an entity can bring its description in: the list changes rather than shrinks.)
    const state = () => page.$eval('.st-review', (r) => r.textContent);
    while ((await page.$$('.st-review .st-suggestion')).length > 0) {
      const before = await state();
      await page.press('Enter');
      await page.waitForFunction((b) => document.querySelector('.st-review').textContent !== b, before);
    }

    await page.press('Alt+2');
    await page.waitForSelector('.st-stances');
    const body = SEED.body;
    // Where the selection's last word is (paragraph, word), once a quote has been selected.
    let head = null;
    const global = (p, w) => body.slice(0, p).reduce((n, text) => n + words(text).length, 0) + w;
    for (const stance of SEED.stances) {
      const paragraph = body.findIndex((p) => p.includes(stance.quote));
      const at = body[paragraph].indexOf(stance.quote);
      const ws = words(body[paragraph]);
      const first = ws.findIndex((w) => w.end > at);
      const last = ws.findLastIndex((w) => w.start < at + stance.quote.length);
      // The suggested phrase that meets the quote; else word by word from the selection.
      const phrases = await page.$$eval('.st-stances .st-suggestion .st-quote', (qs) => qs.map((q) => q.textContent));
      const placed = phrases.map((q) => ({ q, from: body[paragraph].indexOf(q) }));
      const target = placed.findIndex(({ q, from }) => from >= 0 && from < at + stance.quote.length && at < from + q.length);
      let cur;
      if (target >= 0) {
        const cursor = await page.$$eval('.st-stances .st-suggestion', (rows) => rows.findIndex((r) => r.getAttribute('aria-current') === 'true'));
        await page.press(target > cursor ? 'ArrowDown' : 'ArrowUp', Math.abs(target - cursor));
        await page.press('Enter');
        const { q, from } = placed[target];
        cur = [ws.findIndex((w) => w.end > from), ws.findLastIndex((w) => w.start < from + q.length)];
      } else {
        assert.ok(head, `a selection to start from for ${stance.quote}`);
        const steps = global(paragraph, first) - global(...head);
        await page.press(steps > 0 ? 'ArrowRight' : 'ArrowLeft', Math.abs(steps));
        cur = [first, first];
      }
      const { starts, ends } = stops(body[paragraph]);
      // The start, then the end: by phrase stops where one lands on the way, else by words.
      while (cur[0] !== first) {
        const later = first > cur[0];
        const stop = later
          ? starts.findIndex((s, i) => s && i > cur[0] && i <= cur[1])
          : starts.findLastIndex((s, i) => s && i < cur[0]);
        const useStop = stop >= 0 && (later ? stop <= first : stop >= first);
        await page.press(useStop ? (later ? '}' : '{') : later ? ']' : '[');
        cur[0] = useStop ? stop : cur[0] + (later ? 1 : -1);
        cur[1] = Math.max(cur[1], cur[0]);
      }
      while (cur[1] !== last) {
        const later = last > cur[1];
        const stop = later
          ? ends.findIndex((s, i) => s && i > cur[1])
          : ends.findLastIndex((s, i) => s && i < cur[1] && i >= cur[0]);
        const useStop = stop >= 0 && (later ? stop <= last : stop >= last);
        await page.press(useStop ? (later ? '>' : '<') : later ? 'Shift+ArrowRight' : 'Shift+ArrowLeft');
        cur[1] = useStop ? stop : cur[1] + (later ? 1 : -1);
      }
      assert.equal(await page.$eval('.st-selection', (s) => s.textContent), `Selected: “${stance.quote}”`);
      head = [paragraph, last];
      await page.press('s');
      await page.waitForSelector('#st-topic:focus');

      const name = (id) => SEED.entities.find((e) => e.id === id).name;
      const inArticle = await page.$$eval('#st-topic option', (os) => os.map((o) => o.text));
      const label = SEED.topics.find((t) => t.id === stance.topic).label;
      const topic = inArticle.includes(label) ? label : `${label} (from your library)`;
      // The topic is focused; the party, position and speaker follow it, each reached with Tab
      // only if its guess is wrong.
      await page.type(await typeahead(page, '#st-topic', topic));
      let field = 0;
      const fields = [
        ['#st-party', name(stance.party)],
        ['#st-position', stance.stance],
        ['#st-speaker', stance.speaker ? name(stance.speaker) : 'No one named'],
      ];
      for (const [i, [selector, wanted]] of fields.entries()) {
        const prefix = await typeahead(page, selector, wanted);
        if (!prefix) continue;
        await page.press('Tab', i + 1 - field);
        field = i + 1;
        await page.type(prefix);
      }
      await page.press('Enter');
      await page.waitForFunction(() => !document.querySelector('.st-stance-form'));
    }
    console.log(`studio: the seed took ${page.keys} key presses`);

    const { name, json } = await downloaded(page);
    assert.equal(name, 'iran-rejects-broader-talks-with-u-s-as-tensions-escalate.json');
    const built = JSON.parse(json);
    const byId = (a, b) => a.id.localeCompare(b.id);
    assert.deepEqual([...built.entities].sort(byId), [...SEED.entities].sort(byId));
    assert.deepEqual(built.mentions, SEED.mentions);
    assert.deepEqual(built.parties, SEED.parties);
    assert.deepEqual(built.topics, SEED.topics);
    const cells = (a) => a.stances.map(({ note, ...s }) => s);
    assert.deepEqual(cells(built), cells(SEED));
    assert.deepEqual(page.errors, []);
  });

  it('opens an article to edit and exports it byte for byte', async () => {
    const page = await studioPage();
    await page.goto(`${env.base}?view=studio&src=articles/iran-talks.json`);
    await page.waitForSelector('.st-editor');
    assert.match(page.url(), /view=studio&draft=d/);
    const { name, json } = await downloaded(page);
    assert.equal(name, 'iran-talks.json');
    assert.equal(json, SEED_JSON);
    assert.equal(await page.$eval('.st-review h2', (h) => h.textContent), 'Suggested entities (0)');

    // From the reader: "Edit this article in the studio".
    await page.goto(env.base);
    await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
    await page.click('text=Edit this article in the studio');
    await page.waitForSelector('.st-editor');
    assert.equal((await downloaded(page)).json, SEED_JSON);
    assert.deepEqual(page.errors, []);
  });

  it('keeps the draft through a reload, lists it under Drafts, undoes and redoes, and deletes it', async () => {
    const page = await studioPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await startFrom(page, TEXT);
    const accepted = () => page.$$eval('.st-preview .sm-body [data-entity]', (ms) => new Set(ms.map((m) => m.dataset.entity)).size);
    await page.press('Enter');
    await page.press('Enter');
    assert.equal(await accepted(), 2);
    await page.press('Control+z');
    assert.equal(await accepted(), 1);
    await page.press('Control+Shift+Z');
    assert.equal(await accepted(), 2);
    await page.waitForFunction(() => document.querySelector('.st-status').textContent.includes('Saved on this device'));
    const url = page.url();
    await page.reload();
    await page.waitForSelector('.st-editor');
    assert.equal(page.url(), url);
    assert.equal(await accepted(), 2, 'the reloaded draft is where it was');

    await page.goto(`${env.base}?view=library`);
    const draft = page.locator('.sm-drafts a', { hasText: SEED.title });
    await draft.waitFor();
    await draft.click();
    await page.waitForSelector('.st-editor');
    assert.equal(await accepted(), 2);

    // Deleting asks first, then the draft is gone from the device and the library.
    page.once('dialog', (dialog) => dialog.dismiss());
    await page.click('text=Delete draft');
    assert.match(page.url(), /view=studio&draft=/, 'dismissed: nothing happens');
    page.once('dialog', (dialog) => dialog.accept());
    await page.click('text=Delete draft');
    await page.waitForURL(/view=library/);
    await page.locator('.sm-drafts').waitFor();
    assert.equal(await page.locator('.sm-drafts a', { hasText: SEED.title }).count(), 0);
    await page.goto(url);
    await page.locator('.st-missing [role="alert"]').waitFor();
    assert.deepEqual(page.errors, []);
  });

  it('says when the browser has no room left for the draft', async () => {
    const page = await studioPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.addInitScript(() => {
      IDBObjectStore.prototype.put = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(`${env.base}?view=studio`);
    await page.waitForSelector('#st-text:focus');
    await page.fill('#st-text', TEXT);
    await page.keyboard.press('Control+Enter');
    const alert = page.locator('.st-status [role="alert"]');
    await alert.waitFor();
    assert.match(await alert.textContent(), /storage for the site is full\. Download the JSON/);
  });

  it('lists problems live and takes the author to each', async () => {
    const page = await studioPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await startFrom(page, TEXT);
    await page.keyboard.press('Alt+4');
    await page.fill('#st-d-language', 'not a language!');
    await page.click('text=Save details');
    await page.keyboard.press('Alt+5');
    const problem = page.locator('.st-problems button', { hasText: 'language' });
    await problem.click();
    // The field takes focus in the frame after its panel is shown.
    await page.waitForFunction(() => document.activeElement?.id === 'st-d-language');
    assert.match(await page.locator('.st-tabs [aria-pressed="true"]').textContent(), /Details/);
  });

  it('passes axe on the start page and in the editor, at desktop and phone widths', async () => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 800 }]) {
      const page = await studioPage({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
      await page.goto(`${env.base}?view=studio`);
      await page.waitForSelector('#st-text');
      assert.deepEqual(await axeViolations(page), [], `start page at ${viewport.width}`);
      await page.evaluate((t) => navigator.clipboard.writeText(t), TEXT);
      await page.press('Control+V');
      await page.press('Control+Enter');
      await page.waitForFunction(() => document.activeElement?.classList.contains('st-editor'));
      await page.press('Enter');
      await page.press('ArrowRight');
      await page.press('Alt+2');
      await page.press('Enter');
      await page.press('s');
      await page.waitForSelector('.st-stance-form');
      assert.deepEqual(await axeViolations(page), [], `editor at ${viewport.width}`);
      assert.deepEqual(page.errors, []);
    }
  });
});
