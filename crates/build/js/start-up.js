// Runs first inside the prerendered view: sends ?src= of a library article to its page; in an iframe of this article (?embed) keeps the view in the embed's look for the app to take over; else applies the stored display preferences, and hides the view behind a loading notice where the address names another page of the reader.
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
if (keys.includes('embed') && keys.every((k) => ['embed', 'theme', 'matrix', 'origin'].includes(k))) {
  // As the app renders an embed: none of the site's display choices, the code's theme and
  // matrix, and no header (the stylesheet hides it).
  document.documentElement.classList.add('sm-embed');
  for (const key of {pref_names}) delete view.dataset[key];
  if (['light', 'sepia', 'dark'].includes(params.get('theme'))) view.dataset.theme = params.get('theme');
  if (params.get('matrix') === 'hidden') view.dataset.matrix = 'hidden';
  // The height the app reports once it runs, from the first layout on, so that the blog's
  // host script fits the frame before the app arrives.
  if (parent !== window) {
    new ResizeObserver(() => {
      if (!view.isConnected) return;
      const height = Math.ceil(view.getBoundingClientRect().height);
      const id = view.querySelector('[data-article]')?.dataset.article ?? null;
      parent.postMessage({ type: 'stancemap:height', height, id }, params.get('origin') ?? '*');
    }).observe(view);
  }
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
