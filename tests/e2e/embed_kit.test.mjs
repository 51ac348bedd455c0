// End-to-end: the reader's Embed dialog, and its two codes pasted into a blog on another origin — the iframe fitted by frame.js, the element showing the article's text before the wasm and the reader after.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serve } from './server.mjs';
import { DIST, FIXTURES, SITE, axeViolations, blogs, newPage, useBrowser } from './harness.mjs';

const env = useBrowser();
const servers = {};
before(async () => {
  // The reader's host allows reading by other origins, as a host of embeds must (README).
  servers.reader = await serve({ '/': DIST, '/fixtures': FIXTURES }, { cors: true });
  servers.blogs = await blogs();
});
after(async () => {
  await servers.reader?.close();
  await servers.blogs?.close();
});
const blogWith = (name, code) => servers.blogs.write(name, code);

/** The dialog's two codes for the article whose page is `pageName`, with `choose` applied. */
async function codes(pageName, choose = async () => {}) {
  const page = await newPage(env, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${servers.reader.url}/${pageName}`);
  await page.getByRole('button', { name: 'Embed this article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this article' });
  await dialog.waitFor();
  await choose(dialog);
  return {
    page,
    dialog,
    frame: await page.locator('#sm-embed-frame').inputValue(),
    element: await page.locator('#sm-embed-element').inputValue(),
  };
}

describe('Embed dialog', () => {
  it('gives both codes with this copy’s absolute addresses, follows the options, and copies', async () => {
    const { page, dialog, frame, element } = await codes('grain-corridor.html');
    const base = `${servers.reader.url}/`;
    assert.match(frame, new RegExp(`^<iframe src="${base}grain-corridor\\.html\\?embed" title="Stancemap: Grain Corridor`));
    assert.match(frame, new RegExp(`<script async src="${base}frame\\.js"></script>$`));
    assert.ok(element.startsWith(`<script type="module" src="${base}embed.js"></script>\n<stancemap-article src="${base}articles/grain-corridor.json" lang="en" dir="ltr" style="display:flow-root">`), element);
    assert.match(element, /<h2>Grain Corridor Talks Stall Over Insurance and Inspections<\/h2>/);
    assert.match(element, new RegExp(`<a href="${base}grain-corridor\\.html#entity=ukraine">Ukraine</a> and`));
    // The preview shows the iframe's page.
    const preview = dialog.locator('iframe');
    assert.equal(await preview.getAttribute('src'), `${base}grain-corridor.html?embed`);
    await preview.contentFrame().locator('[data-article="grain-corridor"]').waitFor();

    await dialog.getByRole('radio', { name: 'Dark' }).check();
    await dialog.getByRole('checkbox', { name: 'Show the stance matrix' }).uncheck();
    await dialog.getByRole('spinbutton', { name: /Maximum height/ }).fill('500');
    const frameNow = await page.locator('#sm-embed-frame').inputValue();
    assert.match(frameNow, /grain-corridor\.html\?embed&amp;theme=dark&amp;matrix=hidden"/);
    assert.match(frameNow, /style="width:100%;border:0;max-height:500px"/);
    assert.match(await page.locator('#sm-embed-element').inputValue(), /theme="dark" matrix="hidden" style="display:flow-root;max-height:500px;overflow:auto">/);
    assert.equal(await preview.getAttribute('src'), `${base}grain-corridor.html?embed&theme=dark&matrix=hidden`);
    const inner = preview.contentFrame().locator('.stancemap[data-theme="dark"][data-matrix="hidden"]');
    await inner.locator('[data-article="grain-corridor"]').waitFor();
    assert.equal(await inner.locator('.sm-matrix').isVisible(), false);

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await dialog.getByRole('button', { name: 'Copy iframe code' }).click();
    await dialog.getByText('Copied.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), frameNow);
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Embed this article');
    assert.deepEqual(page.errors, []);
  });

  it('is offered for an article opened by URL, through ?src=, and not for a local file', async () => {
    const other = `fixtures/e2e/other-article.json`;
    const { page, frame, element } = await codes(`?src=${other}`);
    const json = `${servers.reader.url}/${other}`;
    assert.ok(frame.startsWith(`<iframe src="${servers.reader.url}/index.html?embed&amp;src=${encodeURIComponent(json)}"`), frame);
    assert.ok(element.includes(`<stancemap-article src="${json}"`));
    assert.ok(element.includes(`<a href="${servers.reader.url}/index.html?src=${encodeURIComponent(json)}#entity=oman">Oman</a>`), element);
    await page.keyboard.press('Escape');
    await page.locator('.sm-open-file input[type=file]').setInputFiles(`${FIXTURES}/e2e/other-article.json`);
    await page.locator('[data-article="oman-mediation"]').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Embed this article' }).count(), 0);
  });
});

describe('the codes in a blog on another origin', () => {
  it('the iframe shows the article at once, in the code’s look, and the app takes it over', async () => {
    const { frame } = await codes('grain-corridor.html', async (dialog) => {
      await dialog.getByRole('radio', { name: 'Dark' }).check();
      await dialog.getByRole('checkbox', { name: 'Show the stance matrix' }).uncheck();
    });
    const page = await newPage(env, { viewport: { width: 1000, height: 800 } });
    let release;
    const gate = new Promise((ok) => (release = ok));
    await page.route('**/*.wasm', async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(blogWith('iframe-early.html', frame));
    const inner = page.locator('iframe[title^="Stancemap"]').contentFrame();
    const root = inner.locator('#stancemap[data-prerendered] > .stancemap[data-theme="dark"][data-matrix="hidden"]');
    await root.locator('.sm-body[data-article="grain-corridor"] p').first().waitFor();
    assert.equal(await root.locator('.sm-appbar').isVisible(), false, 'no site header');
    assert.equal(await root.locator('.sm-matrix').isVisible(), false, 'the matrix hidden, as the code asks');
    assert.equal(await root.getAttribute('data-size'), null, 'none of the site’s display choices');
    // Fitted before the app: the prerendered page reports its height too.
    await page.waitForFunction(() => /^\d+px$/.test(document.querySelector('iframe').style.height));
    const early = await page.locator('iframe').evaluate((f) => f.style.height);
    release();
    await inner.locator('#stancemap:not([data-prerendered]) .stancemap[data-theme="dark"] [data-article="grain-corridor"]').waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.locator('iframe').evaluate((f) => f.style.height), early, 'the app reports the same height');
    assert.deepEqual(page.errors, []);
  });

  it('the iframe fits its article with frame.js, and believes heights from the reader only', async () => {
    const { frame } = await codes('grain-corridor.html');
    // A frame of the blog's own origin that claims a height: frame.js must not believe it.
    const impostor = `<iframe id="impostor" srcdoc="<script>parent.postMessage({type:'stancemap:height',height:5},'*')</script>" style="height:77px"></iframe>`;
    const page = await newPage(env, { viewport: { width: 1000, height: 800 } });
    await page.goto(blogWith('iframe.html', `${frame}\n${impostor}`));
    const iframe = page.locator('iframe[title^="Stancemap"]');
    const inner = iframe.contentFrame();
    await inner.locator('[data-article="grain-corridor"]').waitFor();
    await page.waitForFunction(() => document.querySelector('iframe[title^="Stancemap"]').style.height !== '');
    const content = await inner.locator('.stancemap').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await page.waitForFunction((h) => document.querySelector('iframe[title^="Stancemap"]').style.height === `${h}px`, content);
    assert.notEqual(content, 900, 'fitted, not the code’s starting height');
    assert.equal(await page.locator('#impostor').evaluate((el) => el.style.height), '77px');
    assert.deepEqual(page.errors, []);
  });

  it('the element shows the article’s text before the wasm, with scripts off, and the reader after', async () => {
    const { element } = await codes('grain-corridor.html');
    const url = blogWith('element.html', element);

    const off = await newPage(env, { javaScriptEnabled: false });
    await off.goto(url);
    assert.equal(await off.locator('stancemap-article h2').textContent(), 'Grain Corridor Talks Stall Over Insurance and Inspections');
    assert.equal(await off.locator('stancemap-article p').count(), 7);
    assert.ok(await off.locator('stancemap-article a[href$="#entity=ukraine"]').first().isVisible());

    const page = await newPage(env, { viewport: { width: 1000, height: 800 } });
    let release;
    const gate = new Promise((ok) => (release = ok));
    await page.route('**/*.wasm', async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto(url);
    const text = page.locator('stancemap-article > h2');
    await text.waitFor();
    assert.ok(await text.isVisible(), 'the text is there before the wasm');
    const top = await page.locator('stancemap-article').evaluate((el) => el.getBoundingClientRect().top);
    release();
    await page.locator('stancemap-article [data-article="grain-corridor"] [data-entity]').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('stancemap-article').shadowRoot.querySelector('slot'));
    assert.equal(await text.isVisible(), false, 'the reader replaced the text');
    assert.equal(await page.locator('stancemap-article').evaluate((el) => el.getBoundingClientRect().top), top, 'the embed did not move');
    await page.locator('stancemap-article [data-entity="ukraine"]').first().click();
    await page.locator('stancemap-article .sm-card[data-card="ukraine"]').waitFor();
    assert.deepEqual(page.errors, []);
  });

  it('a page’s address pasted into WordPress embeds it: found by oEmbed discovery, filtered as WordPress filters a provider it does not list, fitted by WordPress’s own embed messages', async () => {
    // What WordPress finds from the address: the discovery link in the page's head, then the
    // oEmbed response (the build's, for this test's host instead of its site address).
    const local = (url) => url.replace(SITE, `${servers.reader.url}/`);
    const head = await (await fetch(`${servers.reader.url}/grain-corridor.html`)).text();
    const discovery = head.match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/)[1];
    const oembed = await (await fetch(local(discovery))).json();
    assert.equal(oembed.type, 'rich');
    const secret = 'Wp5ecret42';
    const page = await newPage(env, { viewport: { width: 1000, height: 800 } });
    await page.goto(blogWith('wordpress.html', wordpressEmbed(local(oembed.html), secret)));
    const iframe = page.locator('iframe.wp-embedded-content');
    assert.equal(await iframe.getAttribute('sandbox'), 'allow-scripts');
    const inner = iframe.contentFrame();
    await inner.locator('#stancemap:not([data-prerendered]) [data-article="grain-corridor"] [data-entity]').first().waitFor();
    // The article is taller than WordPress allows (1000 px): the frame takes the most it may.
    const content = await inner.locator('#stancemap').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    assert.ok(content > 1000, `${content}`);
    await page.waitForFunction(() => document.querySelector('iframe').height === '1000');
    const heights = await page.evaluate(() => window.heights);
    assert.ok(heights.includes(content), `the frame reported ${content}: ${heights}`);
    // Its cards work, sandboxed as WordPress has it (an opaque origin, no storage).
    await inner.locator('[data-entity="ukraine"]').first().click();
    await inner.locator('.sm-card[data-card="ukraine"]').waitFor();
    assert.deepEqual(page.errors, []);
  });
});

/** A post as WordPress (4.4 and later) shows the oEmbed `html` of a provider it does not list
 * (`wp_filter_oembed_result`): only the iframe, with only its src, size and title attributes,
 * its secret added to the address, sandboxed; and, as WordPress's `wp-embed` script does, the
 * frame's height set from `{message: 'height', value, secret}` messages of that frame (between
 * 200 and 1000 px) after a `ready` message to it. Written from WordPress's documented behaviour;
 * `window.heights` records what the frame reported. */
function wordpressEmbed(html, secret) {
  const tag = html.match(/<iframe\b[^>]*>/)[0];
  const kept = [...tag.matchAll(/\s(src|width|height|frameborder|marginwidth|marginheight|scrolling|title)="([^"]*)"/g)]
    .map(([, name, value]) => (name === 'src' ? ` src="${value}#?secret=${secret}" data-secret="${secret}"` : ` ${name}="${value}"`))
    .join('');
  const host = `<script>
window.heights = [];
addEventListener('message', (e) => {
  const frame = document.querySelector('iframe[data-secret="${secret}"]');
  if (e.source !== frame.contentWindow || e.data?.secret !== '${secret}' || e.data.message !== 'height') return;
  window.heights.push(e.data.value);
  frame.height = Math.min(1000, Math.max(200, parseInt(e.data.value, 10)));
});
document.querySelector('iframe').addEventListener('load', (e) => e.target.contentWindow.postMessage({ message: 'ready', secret: '${secret}' }, '*'));
</script>`;
  return `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"${kept}></iframe>${host}`;
}
