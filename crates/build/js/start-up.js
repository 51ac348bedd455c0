// Runs first inside the prerendered view: applies the stored display preferences, and hides the view behind a loading notice where the address names another page of the reader.
const view = document.currentScript.parentElement;
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
