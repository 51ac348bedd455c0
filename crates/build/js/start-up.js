// Runs first inside the prerendered view: sends ?src= of a library article to its page, applies the stored display preferences, and hides the view behind a loading notice where the address names another page of the reader.
const view = document.currentScript.parentElement;
const only = new URLSearchParams(location.search);
if ([...only.keys()].join() === 'src') {
  const wanted = new URL(only.get('src'), location.href).href;
  for (const [file, page] of Object.entries({library})) {
    if (new URL(file, location.href).href === wanted) location.replace(page + location.hash);
  }
}
document.currentScript.remove();
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
