// Runs first inside the prerendered view: sends ?src= of a library article to its page; in an iframe of this article (?embed) keeps the view in the embed's look for the app to take over; else applies the stored display preferences, and hides the view behind a loading notice where the address names another page of the reader. In any iframe it reports the reader's height to the parent.
const view = document.currentScript.parentElement;
const params = new URLSearchParams(location.search);
const keys = [...params.keys()];
if (keys.join() === 'src') {
  const wanted = new URL(params.get('src'), location.href).href;
  for (const [file, page] of Object.entries({library})) {
    if (new URL(file, location.href).href === wanted) location.replace(page + location.hash);
  }
}
document.currentScript.remove();
const embedded = keys.includes('embed');
if (embedded) document.documentElement.classList.add('sm-embed');
if (embedded && keys.every((k) => ['embed', 'theme', 'matrix', 'origin'].includes(k))) {
  // As the app renders an embed: none of the site's display choices, the code's theme and
  // matrix, and no header (the stylesheet hides it).
  for (const key of {pref_names}) delete view.dataset[key];
  if (['light', 'sepia', 'dark'].includes(params.get('theme'))) view.dataset.theme = params.get('theme');
  if (params.get('matrix') === 'hidden') view.dataset.matrix = 'hidden';
} else {
  try {
    for (const word of (localStorage.getItem('{prefs_key}') ?? '').split(' ')) {
      const [key, value] = word.split('=');
      if ({pref_names}.includes(key) && /^[a-z0-9]+$/.test(value ?? '')) {
        view.dataset[key] = value;
      }
    }
  } catch {}
  if (/[?&](src|view|embed)(=|&|$)/.test(location.search)) {
    const notice = document.createElement('p');
    notice.className = 'sm-boot';
    notice.textContent = 'Loading Stancemap…';
    view.style.display = 'none';
    view.parentElement.removeAttribute('data-prerendered');
    view.before(notice);
  }
}
// In an iframe, the reader's height from the first layout on, through the app's takeover and
// whatever it shows next: for frame.js, and for WordPress's embed script when WordPress placed
// the frame from the page's oEmbed (its secret in the fragment; it answers `ready`).
if (embedded && parent !== window) {
  const root = view.parentElement;
  const secret = /secret=([A-Za-z0-9]{10})/.exec(location.hash)?.[1];
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    const id = root.querySelector('[data-article]')?.dataset.article ?? null;
    parent.postMessage({ type: 'stancemap:height', height, id }, params.get('origin') ?? '*');
    if (secret) parent.postMessage({ message: 'height', value: height, secret }, '*');
  };
  new ResizeObserver(report).observe(root);
  addEventListener('message', (event) => {
    if (secret && event.source === parent && event.data?.message === 'ready' && event.data.secret === secret) report();
  });
}
