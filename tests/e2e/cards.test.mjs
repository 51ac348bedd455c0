// End-to-end: entity cards by mouse (dwell, pass-over, safe path, grace), keyboard, touch, placement, deep links.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, newPage, useBrowser } from './harness.mjs';

const env = useBrowser();
const card = (page) => page.locator('.sm-card');

async function open(options = {}, hash = '') {
  const page = await newPage(env, { viewport: { width: 1280, height: 800 }, ...options });
  await page.goto(`${env.base}${hash}`);
  await page.locator('[data-article="iran-talks"] [data-entity]').first().waitFor();
  return page;
}

/** Centre of an element's box (or of one of its line boxes). */
async function centre(locator, line = 0) {
  const r = await locator.evaluate((el, i) => {
    const rect = el.getClientRects()[i];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, line);
  return r;
}

async function box(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  });
}

/** Waits for the element's entry animation to finish (boxes include transforms). */
const settled = (locator) => locator.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));

const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('mouse', () => {
  it('opens after a short dwell, not before', async () => {
    const page = await open();
    const trump = page.locator('[data-entity="trump"]').first();
    const c = await centre(trump);
    await page.mouse.move(c.x, c.y);
    await page.waitForTimeout(90);
    assert.equal(await card(page).count(), 0, 'no card during the dwell');
    await card(page).waitFor({ timeout: 1000 });
    assert.equal(await card(page).locator('h2').textContent(), 'Donald Trump');
    assert.equal(await trump.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(page.errors, []);
  });

  it('opens nothing when the pointer sweeps quickly across mentions', async () => {
    const page = await open();
    const from = await centre(page.locator('[data-entity="iran"]').first());
    const to = await centre(page.locator('[data-entity="middle-east"]').first());
    await page.mouse.move(from.x - 40, from.y);
    // ~16 ms per step: a brisk sweep over several mentions and lines.
    for (let i = 0; i <= 12; i++) {
      await page.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12);
      await page.waitForTimeout(16);
    }
    await page.mouse.move(to.x + 300, to.y + 200);
    await page.waitForTimeout(450);
    assert.equal(await card(page).count(), 0);
  });

  it('lets the pointer travel into the card, and closes after a grace once it leaves', async () => {
    const page = await open();
    const mention = page.locator('[data-entity="netanyahu"]').first();
    const c = await centre(mention);
    await page.mouse.move(c.x, c.y);
    await card(page).waitFor();
    await page.waitForTimeout(50);
    const cardBox = await box(card(page));
    const target = { x: cardBox.left + cardBox.width / 2, y: cardBox.top + 30 };
    if (cardBox.top < c.y) target.y = cardBox.bottom - 30;
    await page.mouse.move(target.x, target.y, { steps: 12 });
    await page.waitForTimeout(600);
    assert.equal(await card(page).count(), 1, 'card survives the trip into it');
    await page.mouse.move(5, 5);
    await page.waitForTimeout(120);
    assert.equal(await card(page).count(), 1, 'still there during the grace');
    await card(page).waitFor({ state: 'detached', timeout: 1000 });
  });

  it('switches promptly to another mention', async () => {
    const page = await open();
    const a = await centre(page.locator('[data-entity="trump"]').first());
    await page.mouse.move(a.x, a.y);
    await card(page).waitFor();
    const b = await centre(page.locator('[data-entity="middle-east"]').first());
    await page.mouse.move(b.x, b.y);
    await page.waitForTimeout(150);
    assert.equal(await card(page).locator('h2').textContent(), 'Middle East');
    assert.equal(await card(page).count(), 1, 'one card at a time');
  });

  it('anchors a wrapped mention to the hovered line and never covers the mention', async () => {
    const page = await open();
    const wrapped = await page.$$eval('[data-mention]', (els) =>
      els.findIndex((el) => el.getClientRects().length === 2),
    );
    assert.ok(wrapped >= 0, 'the seed has a mention that wraps at 1280 px');
    const mention = page.locator(`[data-mention="${wrapped}"]`);
    await mention.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const second = await centre(mention, 1);
    await page.mouse.move(second.x, second.y);
    await card(page).waitFor();
    await settled(card(page));
    const cardBox = await box(card(page));
    const cardCentre = cardBox.left + cardBox.width / 2;
    assert.ok(Math.abs(cardCentre - second.x) < 60 || cardBox.left <= 9 || cardBox.right >= 1271,
      `card centred on the second line (${cardCentre} vs ${second.x})`);
    for (const r of await mention.evaluate((el) => [...el.getClientRects()].map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })))) {
      assert.ok(!overlaps(cardBox, r), 'card covers part of the mention');
    }
  });

  it('stays fully visible for a mention at the right edge and bottom of the viewport', async () => {
    const page = await open({ viewport: { width: 720, height: 600 } });
    const index = await page.$$eval('[data-mention]', (els) => {
      let best = -1;
      els.forEach((el, i) => {
        const single = el.getClientRects().length === 1;
        if (single && (best < 0 || el.getBoundingClientRect().right > els[best].getBoundingClientRect().right)) best = i;
      });
      return best;
    });
    const mention = page.locator(`[data-mention="${index}"]`);
    await mention.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - window.innerHeight + 6));
    const m = await box(mention);
    assert.ok(m.bottom > 580 && m.right > 600, `mention at the bottom right (${JSON.stringify(m)})`);
    await page.mouse.move(m.right - 3, m.top + m.height / 2);
    await card(page).waitFor();
    await settled(card(page));
    const c = await box(card(page));
    assert.ok(c.left >= 0 && c.top >= 0 && c.right <= 720 && c.bottom <= 600, `card inside: ${JSON.stringify(c)}`);
    assert.ok(!overlaps(c, m), 'card covers the mention');
  });

  it('follows its mention when the page scrolls', async () => {
    const page = await open();
    await page.locator('[data-entity="oman"]').first().click();
    await card(page).waitFor();
    await page.waitForTimeout(50);
    const before = await box(card(page));
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(250);
    const after = await box(card(page));
    const moved = before.top - after.top;
    assert.ok(moved > 60, `card moved with the text (${moved}px)`);
  });
});

describe('content', () => {
  it('shows name, kind, role, party, summary, positions, quotes, count and an external link', async () => {
    const page = await open();
    await page.locator('[data-entity="shamkhani"]').first().click();
    const c = card(page);
    await c.waitFor();
    assert.equal(await c.getAttribute('role'), 'dialog');
    assert.equal(await c.getAttribute('aria-labelledby'), await c.locator('h2').getAttribute('id'));
    assert.equal(await c.locator('.sm-card-kind').textContent(), 'Person');
    assert.equal(await c.locator('.sm-card-role').textContent(), 'Adviser to the Supreme Leader · Speaks for Iran');
    assert.match(await c.locator('.sm-card-summary').textContent(), /Supreme National Security Council/);
    assert.deepEqual(await c.locator('.sm-card-stances li').allTextContents(), [
      'rejectsBallistic missiles (show in the stance matrix)',
    ]);
    assert.deepEqual(await c.locator('.sm-card-quotes li').allTextContents(), [
      'reiterated that Iran’s missile capabilities are not open to discussion',
    ]);
    assert.equal(await c.locator('.sm-card-count').textContent(), 'Mentioned once');
    const link = c.locator('a.sm-card-link');
    assert.equal(await link.getAttribute('href'), 'https://en.wikipedia.org/wiki/Ali_Shamkhani');
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match(await link.getAttribute('rel'), /noopener/);
  });

  it('a position in the card leads to its matrix cell', async () => {
    const page = await open();
    await page.locator('[data-entity="shamkhani"]').first().click();
    await card(page).getByRole('button', { name: /Ballistic missiles/ }).click();
    await card(page).waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement.dataset.cell), '0-1');
    assert.equal(await page.locator('table [data-cell="0-1"]').getAttribute('aria-pressed'), 'true');
    assert.match(page.url(), /#cell=iran\/missiles$/);
  });

  it('steps through mentions with previous/next, scrolling to and flashing each', async () => {
    const page = await open();
    await page.locator('[data-entity="trump"]').first().click();
    const c = card(page);
    await c.waitFor();
    assert.equal(await c.locator('.sm-card-count').textContent(), 'Mentioned 7 times');
    assert.equal(await c.locator('.sm-card-ordinal').textContent(), '1 of 7');
    await c.getByRole('button', { name: 'Next mention' }).click();
    assert.equal(await c.locator('.sm-card-ordinal').textContent(), '2 of 7');
    const second = page.locator('[data-entity="trump"]').nth(1);
    assert.match(await second.getAttribute('class'), /sm-flash/);
    assert.equal(await second.getAttribute('aria-expanded'), 'true');
    await c.getByRole('button', { name: 'Previous mention' }).click();
    await c.getByRole('button', { name: 'Previous mention' }).click();
    assert.equal(await c.locator('.sm-card-ordinal').textContent(), '7 of 7');
    await page.waitForTimeout(900);
    const last = await box(page.locator('[data-entity="trump"]').nth(6));
    assert.ok(last.top > 0 && last.bottom < 800, 'scrolled to the last mention');
  });
});

describe('keyboard and screen reader', () => {
  it('Tab previews, Enter pins and moves focus in, Escape closes and returns focus', async () => {
    const page = await open();
    const first = page.locator('[data-mention="0"]');
    assert.equal(await first.getAttribute('aria-haspopup'), 'dialog');
    assert.equal(await first.getAttribute('aria-expanded'), 'false');
    await first.evaluate((el) => {
      const before = document.createElement('button');
      before.id = 'before';
      before.textContent = 'before';
      el.closest('.sm-body').before(before);
    });
    await page.focus('#before');
    await page.keyboard.press('Tab');
    await card(page).waitFor();
    assert.equal(await card(page).locator('h2').textContent(), 'Iran');
    assert.equal(await first.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100);
    assert.ok(await card(page).evaluate((el) => el.contains(document.activeElement)), 'focus moved into the card');
    assert.match(page.url(), /#entity=iran$/);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement.getAttribute('aria-label') ?? document.activeElement.textContent);
    assert.equal(focused, 'Close');
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement.dataset.mention), '0');
    assert.equal(new URL(page.url()).hash, '');
  });

  it('Tab past the card continues with the next mention; blur closes an unpinned card', async () => {
    const page = await open();
    await page.locator('[data-mention="2"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100);
    // Focus is on the card itself: Tab walks its controls, then one more leaves it.
    const controls = await card(page).locator('a[href], button').count();
    for (let i = 0; i < controls; i++) await page.keyboard.press('Tab');
    assert.ok(await card(page).evaluate((el) => el.contains(document.activeElement)));
    await page.keyboard.press('Tab');
    // Mentions 2 and 3 are "U.S." and "Iran" in "U.S.-Iran relations".
    assert.equal(await page.evaluate(() => document.activeElement.dataset.mention), '3');
    assert.equal(await page.locator('[data-mention="3"]').getAttribute('data-entity'), 'iran');
    assert.equal(await card(page).locator('h2').textContent(), 'Iran', 'the next mention previews its card');
    await page.evaluate(() => document.activeElement.blur());
    await card(page).waitFor({ state: 'detached' });
  });

  it('has no accessibility violations with a card open', async () => {
    const page = await open();
    await page.locator('[data-entity="pezeshkian"]').first().click();
    await card(page).waitFor();
    assert.deepEqual(await axeViolations(page), []);
  });
});

describe('touch', () => {
  it('a tap opens a bottom sheet; a tap outside or the close button dismisses it', async () => {
    const page = await open({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    const mention = page.locator('[data-entity="netanyahu"]').first();
    await mention.scrollIntoViewIfNeeded();
    await mention.tap();
    await card(page).waitFor();
    await settled(card(page));
    assert.match(await card(page).getAttribute('class'), /sm-card-sheet/);
    const sheet = await box(card(page));
    assert.ok(Math.abs(sheet.bottom - 740) < 1 && sheet.left === 0 && Math.abs(sheet.width - 375) < 1, JSON.stringify(sheet));
    await page.waitForTimeout(400);
    assert.equal(await card(page).count(), 1, 'a tap is not a hover: the sheet stays');
    await page.touchscreen.tap(180, 30);
    await card(page).waitFor({ state: 'detached' });
    await mention.tap();
    await card(page).waitFor();
    await card(page).getByRole('button', { name: 'Close' }).tap();
    await card(page).waitFor({ state: 'detached' });
  });

  it('an open card follows the window across the sheet’s width: beside its mention when wide, a sheet when narrow', async () => {
    const page = await open({ viewport: { width: 375, height: 740 }, hasTouch: true });
    const mention = page.locator('[data-entity="netanyahu"]').first();
    await mention.scrollIntoViewIfNeeded();
    await mention.tap();
    await card(page).waitFor();
    assert.match(await card(page).getAttribute('class'), /sm-card-sheet/);
    // Turned or widened: a card beside its mention, the width of a card.
    await page.setViewportSize({ width: 1024, height: 740 });
    await page.waitForFunction(() => !document.querySelector('.sm-card-sheet'));
    await settled(card(page));
    // Beside the mention's first line (a wrapped mention's box spans its lines).
    const m = await mention.evaluate((el) => JSON.parse(JSON.stringify(el.getClientRects()[0])));
    const c = await box(card(page));
    assert.ok(c.width < 400 && c.left > 0, JSON.stringify(c));
    assert.ok(c.top >= m.bottom || c.bottom <= m.top, `${JSON.stringify(m)} ${JSON.stringify(c)}`);
    // Narrow again: the sheet along the bottom edge.
    await page.setViewportSize({ width: 375, height: 740 });
    await page.waitForFunction(() => document.querySelector('.sm-card-sheet'));
    await settled(card(page));
    const sheet = await box(card(page));
    assert.ok(Math.abs(sheet.bottom - 740) < 1 && sheet.left === 0 && Math.abs(sheet.width - 375) < 1, JSON.stringify(sheet));
    assert.deepEqual(page.errors, []);
  });
});

describe('motion', () => {
  it('animates the card, except under prefers-reduced-motion', async () => {
    for (const [reducedMotion, expected] of [['no-preference', 'sm-card-in'], ['reduce', 'none']]) {
      const page = await open({ reducedMotion });
      await page.locator('[data-entity="oman"]').first().click();
      await card(page).waitFor();
      const name = await card(page).evaluate((el) => getComputedStyle(el).animationName);
      assert.ok(name === expected || (expected !== 'none' && name.startsWith('sm-card-in')), `${reducedMotion}: ${name}`);
    }
  });
});

describe('around the text', () => {
  it('a #entity= deep link opens that card at its first mention; opening updates the hash in place', async () => {
    const page = await open({ viewport: { width: 1280, height: 500 } }, '#entity=abraham-lincoln');
    await card(page).waitFor();
    assert.equal(await card(page).locator('h2').textContent(), 'USS Abraham Lincoln');
    await page.waitForTimeout(800);
    const m = await box(page.locator('[data-entity="abraham-lincoln"]').first());
    assert.ok(m.top >= 0 && m.bottom <= 500, 'scrolled to the mention');
    const length = await page.evaluate(() => history.length);
    await page.keyboard.press('Escape');
    await page.locator('[data-entity="hamas"]').first().click();
    await page.locator('[data-entity="oman"]').first().click();
    assert.match(page.url(), /#entity=oman$/);
    assert.equal(await page.evaluate(() => history.length), length, 'no history entries added');
  });

  it('the legend counts kinds and switches a kind off, remembered across reloads', async () => {
    const page = await open();
    const people = page.locator('.sm-legend-item[data-kind="person"]');
    assert.equal(await people.textContent(), 'People6');
    assert.equal(await people.getAttribute('aria-pressed'), 'true');
    await people.click();
    assert.equal(await people.getAttribute('aria-pressed'), 'false');
    const trump = page.locator('[data-entity="trump"]').first();
    assert.equal(await trump.evaluate((el) => getComputedStyle(el).textDecorationLine), 'none');
    assert.equal(await trump.getAttribute('tabindex'), '-1');
    const c = await centre(trump);
    await page.mouse.move(c.x, c.y);
    await page.waitForTimeout(500);
    assert.equal(await card(page).count(), 0, 'no card for a hidden kind');
    await page.reload();
    await page.locator('[data-entity="trump"]').first().waitFor();
    assert.equal(await page.locator('.sm-legend-item[data-kind="person"]').getAttribute('aria-pressed'), 'false');
    await page.locator('.sm-legend-item[data-kind="person"]').click();
    assert.equal(
      await page.locator('[data-entity="trump"]').first().evaluate((el) => getComputedStyle(el).textDecorationLine),
      'underline',
    );
  });
});
