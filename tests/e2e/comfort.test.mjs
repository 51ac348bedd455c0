// End-to-end: reading comfort around the text — skip link, reading time, the way to the
// matrix, reading progress, and right-to-left articles.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, markersOffTheirLine, newPage, useBrowser } from './harness.mjs';

const env = useBrowser();

describe('reading comfort', () => {
  it('offers a skip link to the article as the first tab stop', async () => {
    const page = await newPage(env);
    await page.goto(env.base);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    assert.equal(await skip.evaluate((el) => el === document.activeElement), true);
    assert.ok((await skip.boundingBox()).y >= 0, 'visible once focused');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
    assert.deepEqual(page.errors, []);
  });

  it('states the reading time and jumps to the stance matrix', async () => {
    const page = await newPage(env, { viewport: { width: 800, height: 700 } });
    await page.goto(env.base);
    assert.match(await page.locator('.sm-article-meta').textContent(), /^\d+ min read · Jump to stance matrix$/);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.getByRole('link', { name: 'Jump to stance matrix' }).click();
    await page.waitForTimeout(800);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Stance matrix');
    const top = await page.locator('.sm-matrix h2').evaluate((el) => el.getBoundingClientRect().top);
    assert.ok(top >= 0 && top < 700, `matrix heading in view (${top})`);
  });

  it('opens on the article\'s first lines on a phone, a tablet and a laptop, with the matrix after the text', async () => {
    for (const [width, height] of [[390, 844], [1024, 768], [1280, 720]]) {
      const page = await newPage(env, { viewport: { width, height } });
      await page.goto(env.base);
      // Two lines of the first paragraph in the first screen, without scrolling.
      const first = await page.locator('.sm-body p').first().boundingBox();
      const line = await page.locator('.sm-body p').first().evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      assert.ok(first.y + 2 * line <= height, `${width}×${height}: the text starts at ${first.y}`);
      // The matrix comes after the text, to the eye below 1280 px and to a screen reader always.
      const follows = await page.evaluate(() =>
        Boolean(document.querySelector('.sm-body').compareDocumentPosition(document.querySelector('.sm-matrix')) & Node.DOCUMENT_POSITION_FOLLOWING));
      assert.ok(follows, 'the matrix after the text in the document');
      if (width < 1280) {
        const [text, matrix] = [await page.locator('.sm-body').boundingBox(), await page.locator('.sm-matrix').boundingBox()];
        assert.ok(matrix.y >= text.y + text.height, `${width}×${height}: the matrix under the text`);
      }
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  });

  it('keeps each quote\'s marker on the line of the quote\'s last word and of the punctuation after it', async () => {
    const page = await newPage(env, { viewport: { width: 320, height: 800 } });
    await page.goto(env.base);
    const misplaced = [];
    for (let width = 300; width <= 720; width += 10) {
      await page.setViewportSize({ width, height: 800 });
      misplaced.push(...(await page.evaluate(markersOffTheirLine)));
    }
    assert.deepEqual(misplaced, []);
  });

  it('shows how far through the article the reader is', async () => {
    const page = await newPage(env, { viewport: { width: 800, height: 700 } });
    await page.goto(env.base);
    const bar = page.locator('.sm-progress-bar');
    const scale = () => bar.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
    assert.equal(await scale(), 0);
    // The middle of the text at the middle of the window.
    await page.evaluate(() => {
      const text = document.querySelector('.sm-body').getBoundingClientRect();
      window.scrollTo(0, scrollY + text.top + text.height / 2 - innerHeight / 2);
    });
    await page.waitForTimeout(100);
    const half = await scale();
    assert.ok(half > 0.2 && half < 0.9, `part-way (${half})`);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(100);
    assert.equal(await scale(), 1);
    assert.equal(await page.locator('.sm-progress').getAttribute('aria-hidden'), 'true');
  });

  it('renders a right-to-left article right to left', async () => {
    const page = await newPage(env);
    await page.goto(`${env.base}?src=fixtures/e2e/rtl-article.json`);
    const article = page.locator('article.sm-article');
    await article.locator('[data-entity="iran"]').first().waitFor();
    assert.equal(await article.getAttribute('dir'), 'rtl');
    assert.equal(await article.getAttribute('lang'), 'he');
    assert.equal(await article.evaluate((el) => getComputedStyle(el).direction), 'rtl');
    // The text starts at the right edge of its column.
    const p = await page.locator('.sm-body p').first().boundingBox();
    const first = await page.locator('.sm-body p [data-entity="iran"]').first().boundingBox();
    assert.ok(first.x + first.width > p.x + p.width - 2, 'first word at the right');
    await page.locator('.sm-body [data-entity="iran"]').first().click();
    await page.locator('.sm-card').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
  });

  it('marks the reader’s own words as English, left to right, and the article’s as its own, in a right-to-left article', async () => {
    const page = await newPage(env);
    await page.goto(`${env.base}?src=fixtures/e2e/rtl-stances.json`);
    await page.locator('.sm-body [data-entity="araghchi"]').first().waitFor();
    // Every phrase on the page, with the language and direction it is in: Hebrew ones in the
    // article's, English ones (the reader's) in English, left to right; no text node mixes
    // both. Labels for screen readers are in English too.
    const misplaced = () =>
      page.evaluate(() => {
        const wrong = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node; (node = walker.nextNode()); ) {
          const el = node.parentElement;
          if (el.closest('script, style')) continue;
          const text = node.textContent.trim();
          const hebrew = /[\u0590-\u05ff]/.test(text);
          const latin = /[a-z]/i.test(text);
          if (!hebrew && !latin) continue;
          const lang = el.closest('[lang]').lang;
          const dir = getComputedStyle(el).direction;
          const [wantLang, wantDir] = hebrew ? ['he', 'rtl'] : ['en', 'ltr'];
          if ((hebrew && latin) || lang !== wantLang || dir !== wantDir) wrong.push(`${lang} ${dir}: ${text}`);
        }
        for (const el of document.body.querySelectorAll('[aria-label]')) {
          const lang = el.closest('[lang]').lang;
          if (lang !== 'en') wrong.push(`${lang} aria-label: ${el.getAttribute('aria-label')}`);
        }
        return wrong;
      });
    assert.deepEqual(await misplaced(), [], 'the page');

    await page.locator('.sm-body [data-entity="araghchi"]').first().click();
    await page.locator('.sm-card').waitFor();
    assert.match(await page.locator('.sm-card-role').textContent(), /Speaks for/);
    assert.deepEqual(await misplaced(), [], 'with a card open');
    await page.keyboard.press('Escape');

    await page.locator('table [data-cell="0-1"]').click();
    await page.locator('.sm-evidence-panel').waitFor();
    assert.deepEqual(await misplaced(), [], 'with a cell\'s evidence shown');
    assert.deepEqual(page.errors, []);
  });

  it('prints the article, the matrix as a table and the entities as a numbered glossary', async () => {
    const page = await newPage(env, { colorScheme: 'dark' });
    await page.goto(env.base);
    const glossary = page.locator('.sm-glossary');
    assert.equal(await glossary.isVisible(), false, 'not on screen');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await glossary.isVisible(), true);
    assert.equal(await glossary.locator('li').count(), 20);
    const trump = glossary.locator('li', { hasText: 'Donald Trump' });
    assert.match(await trump.textContent(), /^Donald Trump — Person · President of the United States/);
    const note = await trump.getAttribute('value');
    // Each mention points to its entry.
    const mention = page.locator('.sm-body [data-entity="trump"]').first();
    const after = await mention.evaluate((el) => getComputedStyle(el, '::after').content);
    assert.equal(after, `"${note}"`);
    assert.equal(await page.locator('.sm-appbar').isVisible(), false);
    assert.equal(await page.locator('.sm-legend').isVisible(), false);
    // The grid, whatever the page's width (not the narrow screens' list).
    assert.equal(await page.locator('.sm-matrix-table').evaluate((el) => getComputedStyle(el).display), 'table');
    assert.equal(await page.locator('.sm-cell-topic').first().isVisible(), false);
    // Always black on white, whatever the screen theme.
    const colors = await page.locator('.sm-body p').first().evaluate((el) => getComputedStyle(el).color);
    assert.equal(colors, 'rgb(0, 0, 0)');
    // The glossary comes after the text, the matrix between them.
    const y = (sel) => page.locator(sel).first().evaluate((el) => el.getBoundingClientRect().top);
    assert.ok((await y('.sm-body')) < (await y('.sm-matrix')));
    assert.ok((await y('.sm-matrix')) < (await y('.sm-glossary')));
  });

  it('gives every control a touch target of at least 44 px on a phone, the header in one row', async () => {
    for (const width of [375, 320]) {
      const page = await newPage(env, { viewport: { width, height: 800 }, hasTouch: true, isMobile: true });
      await page.goto(env.base);
      // The header's actions keep to one row under the name, down to the smallest phones.
      const rows = await page.evaluate(() =>
        new Set([...document.querySelectorAll('.sm-appbar-nav :is(a, button)')].map((el) => el.getBoundingClientRect().top)).size,
      );
      assert.equal(rows, 1, `${width} px`);
      await page.getByRole('button', { name: 'Display' }).click();
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('.stancemap :is(a, button, label)')]
          // Links and markers inside sentences are exempt (WCAG 2.5.8, inline).
          .filter((el) => el.getClientRects().length > 0 && !el.closest('.sm-body'))
          .map((el) => ({ el: `${el.className || el.tagName} ${el.textContent.trim().slice(0, 24)}`, ...el.getBoundingClientRect().toJSON() }))
          .filter((r) => r.height < 44 || r.width < 44)
          .map((r) => `${r.el} (${Math.round(r.width)}×${Math.round(r.height)})`),
      );
      assert.deepEqual(small, [], `${width} px`);
      await page.context().close();
    }
  });
});
