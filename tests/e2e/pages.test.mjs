// End-to-end: every library article is a prerendered page of its own, readable with scripts off, described for search and sharing (meta tags, JSON-LD, oEmbed), and the library and ?src= lead to it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DIST, SITE, newPage, useBrowser } from './harness.mjs';

const env = useBrowser();
const library = JSON.parse(readFileSync(`${DIST}/articles/index.json`, 'utf8'));
const articleOf = (entry) => JSON.parse(readFileSync(`${DIST}/articles/${entry.src}`, 'utf8'));
/** An absolute URL of the configured site, as served by the test server. */
const local = (url) => {
  assert.ok(url.startsWith(SITE), `${url} is on the configured site`);
  return env.base + url.slice(SITE.length);
};

describe('library pages', () => {
  it('has more than one article, so that pages other than the default are tested', () => {
    assert.ok(library.articles.length >= 2);
  });

  for (const entry of library.articles) {
    it(`${entry.id}.html reads with scripts off: title, text, mentions and matrix`, async () => {
      const article = articleOf(entry);
      const page = await newPage(env, { javaScriptEnabled: false });
      await page.goto(`${env.base}${entry.id}.html`);
      assert.equal(await page.title(), `${article.title} · Stancemap`);
      assert.equal(await page.locator('h1.sm-title').textContent(), article.title);
      const paragraphs = page.locator(`.sm-body[data-article="${article.id}"] > p`);
      assert.equal(await paragraphs.count(), article.body.length);
      // Each paragraph's words, without the quotes' markers (buttons joined to the quote).
      const words = await paragraphs.evaluateAll((ps) =>
        ps.map((p) => {
          const copy = p.cloneNode(true);
          for (const marker of copy.querySelectorAll('.sm-marker')) marker.remove();
          return copy.textContent.replaceAll('\u2060', '');
        }),
      );
      assert.deepEqual(words, article.body);
      assert.ok((await page.locator('.sm-body [data-entity]').count()) >= article.entities.length);
      assert.equal(await page.locator('.sm-matrix table').count(), 1);
      assert.deepEqual(page.errors, []);
    });

    it(`${entry.id}.html tells search and link previews what it is`, async () => {
      const article = articleOf(entry);
      const page = await newPage(env, { javaScriptEnabled: false });
      await page.goto(`${env.base}${entry.id}.html`);
      const head = await page.evaluate(() => {
        const content = (selector) => document.head.querySelector(selector)?.getAttribute('content');
        return {
          description: content('meta[name="description"]'),
          descriptions: document.head.querySelectorAll('meta[name="description"]').length,
          canonical: document.head.querySelector('link[rel="canonical"]')?.href,
          ogTitle: content('meta[property="og:title"]'),
          ogType: content('meta[property="og:type"]'),
          ogUrl: content('meta[property="og:url"]'),
          ogImage: content('meta[property="og:image"]'),
          twitter: content('meta[name="twitter:card"]'),
          ld: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)),
          oembed: document.head.querySelector('link[type="application/json+oembed"]')?.href,
          feed: document.head.querySelector('link[type="application/atom+xml"]')?.href,
        };
      });
      assert.equal(head.descriptions, 1);
      assert.ok(head.description.length > 20 && head.description.length <= 201, head.description);
      assert.equal(head.canonical, `${SITE}${entry.id}.html`);
      assert.equal(head.ogUrl, head.canonical);
      assert.equal(head.ogTitle, article.title);
      assert.equal(head.ogType, 'article');
      assert.equal(head.twitter, 'summary');
      assert.equal((await page.request.get(local(head.ogImage))).status(), 200);
      assert.equal(head.ld.length, 1);
      const [ld] = head.ld;
      assert.equal(ld['@context'], 'https://schema.org');
      assert.equal(ld['@type'], 'NewsArticle');
      assert.equal(ld.headline, article.title);
      assert.equal(ld.url, head.canonical);
      assert.deepEqual(ld.mentions.map((m) => m.name), article.entities.map((e) => e.name));
      if (article.source) assert.equal(ld.publisher.name, article.source.name);
      assert.equal(head.feed, `${SITE}feed.xml`);
      assert.equal(head.oembed, `${SITE}oembed/${article.id}.json`);
    });

    it(`${entry.id}'s oEmbed response has what the spec requires of a rich one`, async () => {
      const article = articleOf(entry);
      const page = await newPage(env, { javaScriptEnabled: false });
      const response = await page.request.get(`${env.base}oembed/${article.id}.json`);
      assert.equal(response.status(), 200);
      const oembed = await response.json();
      assert.equal(oembed.version, '1.0');
      assert.equal(oembed.type, 'rich');
      assert.equal(oembed.title, article.title);
      assert.equal(oembed.provider_name, 'Stancemap');
      for (const size of ['width', 'height']) assert.ok(Number.isInteger(oembed[size]) && oembed[size] > 0, size);
      // The html is the iframe code, its page on the configured site.
      await page.setContent(oembed.html);
      const frame = page.locator('iframe');
      assert.equal(await frame.getAttribute('src'), `${SITE}${entry.id}.html?embed`);
      assert.match(await frame.getAttribute('title'), /^Stancemap: /);
      assert.equal(await page.locator('script').getAttribute('src'), `${SITE}frame.js`);
    });
  }

  it('writes a sitemap and an Atom feed of the library that parse', async () => {
    const page = await newPage(env);
    await page.goto(env.base);
    const parsed = await page.evaluate(async () => {
      const xml = async (file) => new DOMParser().parseFromString(await (await fetch(file)).text(), 'application/xml');
      const sitemap = await xml('sitemap.xml');
      const feed = await xml('feed.xml');
      return {
        errors: [sitemap, feed].filter((d) => d.querySelector('parsererror')).length,
        locations: [...sitemap.getElementsByTagName('loc')].map((l) => l.textContent),
        entries: [...feed.getElementsByTagName('entry')].map((e) => e.getElementsByTagName('id')[0].textContent),
        updated: feed.getElementsByTagName('updated').length,
      };
    });
    assert.equal(parsed.errors, 0);
    const pages = library.articles.map((e) => `${SITE}${e.id}.html`);
    assert.deepEqual(parsed.locations, [SITE, ...pages]);
    assert.deepEqual([...parsed.entries].sort(), [...pages].sort());
    assert.equal(parsed.updated, library.articles.length + 1);
  });

  it('the library links to each page; ?src= of a library article goes to its page, deep link and all', async () => {
    const page = await newPage(env);
    await page.goto(`${env.base}?view=library`);
    const item = page.locator('[data-library-entry="grain-corridor"]');
    assert.equal(await item.getByRole('link').getAttribute('href'), 'grain-corridor.html');
    await item.getByRole('link').click();
    await page.waitForURL(/\/grain-corridor\.html$/);
    await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
    await page.locator('[data-article="grain-corridor"]').waitFor();

    await page.goto(`${env.base}?src=articles/grain-corridor.json#cell=russia/bank`, { waitUntil: 'commit' });
    await page.waitForURL(/\/grain-corridor\.html#cell=russia\/bank$/);
    await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
    await page.waitForFunction(() => document.activeElement?.dataset?.cell !== undefined);
    const article = articleOf(library.articles.find((e) => e.id === 'grain-corridor'));
    const quotes = article.stances.filter((s) => s.party === 'russia' && s.topic === 'bank').map((s) => s.quote);
    const on = await page.$$eval('.sm-body .sm-q-on', (els) => els.map((e) => e.textContent).join(''));
    assert.equal(on, quotes.sort((a, b) => article.body.join().indexOf(a) - article.body.join().indexOf(b)).join(''));
    // Not a library article: the reader opens it as before.
    await page.goto(`${env.base}?src=fixtures/e2e/other-article.json`);
    await page.locator('[data-article="oman-mediation"]').waitFor();
    assert.match(page.url(), /\?src=fixtures/);
    assert.deepEqual(page.errors, []);
  });
});
