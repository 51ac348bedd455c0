// The baselines a blogger would pick, generated from the reader's own prerendered page so the
// text and the mentions are exactly the same: (c) the article as plain static HTML and (b) the
// same with Tippy.js cards on every mention.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const decode = (s) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Title and paragraphs of the prerendered article: each paragraph a list of text and mentions. */
export function articleOf(indexHtml) {
  const title = decode(indexHtml.match(/<h1 [^>]*class="sm-title"[^>]*>([^<]*)<\/h1>/)[1]);
  const body = indexHtml.slice(indexHtml.indexOf('class="sm-body"'));
  const paragraphs = [...body.slice(0, body.indexOf('</div>')).matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map(([, inner]) => {
    const parts = [];
    // Mentions are <a … data-entity="id" …>…</a>; everything else is text once tags are dropped.
    const re = /<a [^>]*data-entity="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g;
    let last = 0;
    for (const m of inner.matchAll(re)) {
      parts.push({ text: decode(inner.slice(last, m.index).replace(/<button[\s\S]*?<\/button>|<[^>]+>/g, '')) });
      parts.push({ text: decode(m[2].replace(/<[^>]+>/g, '')), entity: m[1] });
      last = m.index + m[0].length;
    }
    parts.push({ text: decode(inner.slice(last).replace(/<button[\s\S]*?<\/button>|<[^>]+>/g, '')) });
    return parts;
  });
  return { title, paragraphs };
}

const STYLE = `body { max-width: 40rem; margin: 2rem auto; padding: 0 1.25rem; font: 1.0625rem/1.65 system-ui, sans-serif; color: #1f2328; }
h1 { font-size: 2.25rem; line-height: 1.2; } a.m { color: inherit; text-decoration: underline; text-decoration-color: #8aa4c8; }`;

function page(article, { tippy, entities }) {
  const paragraphs = article.paragraphs
    .map((parts, i) => {
      const inner = parts
        .map((p) => {
          if (!p.entity) return escape(p.text);
          const e = entities.get(p.entity);
          const tip = tippy ? ` data-tippy-content="${escape(`${e.name}: ${e.summary ?? ''}`)}"` : '';
          return `<a class="m" href="${escape(e.link ?? '#')}"${tip}>${escape(p.text)}</a>`;
        })
        .join('');
      return `<p${i === 0 ? ' elementtiming="article-text"' : ''}>${inner}</p>`;
    })
    .join('\n');
  const scripts = tippy
    ? `<script src="popper.min.js"></script><script src="tippy-bundle.umd.min.js"></script>
<script>tippy('[data-tippy-content]', { delay: [200, 300] }); performance.mark('interactive');</script>`
    : `<script>performance.mark('interactive');</script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(article.title)}</title><style>${STYLE}</style></head>
<body><article><h1>${escape(article.title)}</h1>
${paragraphs}
</article>${scripts}</body></html>`;
}

/** Writes `plain/<page>` and `tippy/<page>` (with Tippy and Popper) under `dir` for each of the
 * build's `pages`, given as [page file, its article's JSON under articles/]. */
export function writeBaselines(dir, distDir, nodeModules, pages) {
  for (const [file, json] of pages) {
    const article = articleOf(readFileSync(join(distDir, file), 'utf8'));
    const data = JSON.parse(readFileSync(join(distDir, 'articles', json), 'utf8'));
    const entities = new Map(data.entities.map((e) => [e.id, e]));
    for (const [name, tippy] of [['plain', false], ['tippy', true]]) {
      mkdirSync(join(dir, name), { recursive: true });
      writeFileSync(join(dir, name, file), page(article, { tippy, entities }));
    }
  }
  copyFileSync(join(nodeModules, '@popperjs/core/dist/umd/popper.min.js'), join(dir, 'tippy/popper.min.js'));
  copyFileSync(join(nodeModules, 'tippy.js/dist/tippy-bundle.umd.min.js'), join(dir, 'tippy/tippy-bundle.umd.min.js'));
}

/** A blog post around `embed`: (d) with the Embed dialog's element code as it is, and (e) with
 * the same text as the blog's own paragraphs (the element and its script taken away). Written
 * as `blog/element.html` and `blog/plain.html` under `dir`. */
export function writeBlogs(dir, elementCode) {
  const post = (embed) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A blog post</title><style>${STYLE}</style></head>
<body><article><h1>A blog post</h1><p>The blog's own introduction to the article below.</p>
${embed}
</article></body></html>`;
  const text = elementCode
    .replace(/^<script type="module" src="[^"]*"><\/script>\n/, '')
    .replace(/^<stancemap-article [^>]*>/, '<div class="embed">')
    .replace(/<\/stancemap-article>$/, '</div>');
  mkdirSync(join(dir, 'blog'), { recursive: true });
  writeFileSync(join(dir, 'blog/element.html'), post(elementCode));
  writeFileSync(join(dir, 'blog/plain.html'), post(text));
}
