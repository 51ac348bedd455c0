// Stancemap service worker (generated at build time by crates/build).
// Precaches this build (app shell, library articles); keeps the studio's files when the studio
// asks (it opens rarely: not every reader downloads it), and articles opened by URL as they are read. A new build installs beside the old one and waits: a page never mixes two builds, and
// the reader is told "updated — reload".
const VERSION = '{version}';
const SHELL = `stancemap-shell-${VERSION}`;
const ARTICLES = 'stancemap-articles';
const PRECACHE = {files};
const LAZY = {lazy};
const scope = new URL(self.registration.scope);

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('stancemap-shell-') && key !== SHELL) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  // waitUntil keeps the worker alive until skipWaiting has taken effect.
  if (event.data?.type === 'stancemap:activate') event.waitUntil(self.skipWaiting());
  if (event.data?.type === 'stancemap:keep-studio') event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(LAZY)));
  if (event.data?.type === 'stancemap:version') event.source?.postMessage({ type: 'stancemap:version', version: VERSION });
});

/** The cached page a navigation to `url` opens, whatever its query: the reader's own
 * (`/reader/`, `/reader/index.html?src=…`) or an article's (`/reader/iran-talks.html`). */
function pageOf(url) {
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return null;
  const name = url.pathname.slice(scope.pathname.length);
  if (name === '') return 'index.html';
  return /^[a-z0-9-]+\.html$/.test(name) ? name : null;
}

async function networkThenCache(request) {
  const cache = await caches.open(ARTICLES);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const hit = await cache.match(request);
    if (hit) return hit;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (request.mode === 'navigate') {
    const page = pageOf(url);
    if (!page) return;
    event.respondWith(caches.open(SHELL).then(async (cache) => (await cache.match(page)) ?? fetch(request)));
    return;
  }
  event.respondWith((async () => {
    const hit = await (await caches.open(SHELL)).match(request);
    if (hit) return hit;
    if (url.pathname.endsWith('.json')) return networkThenCache(request);
    return fetch(request);
  })());
});
