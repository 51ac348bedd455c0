// The page's loader, written in place of Trunk's (Trunk.toml's pattern_script): it starts the app after the first paint, checking its wasm against its integrity; as Trunk's own, it sets window.wasmBindings and fires TrunkApplicationStarted. At ?view=studio it starts the studio instead, with the studio's stylesheet.
await new Promise((ok) => {
  requestAnimationFrame(() => setTimeout(ok));
  setTimeout(ok, 100);
});
const studio = new URLSearchParams(location.search).get('view') === 'studio';
if (studio) {
  fetch('{wasm_file}').catch(() => {});
  const sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = '{studio_css}';
  document.head.append(sheet);
}
const bindings = await import(studio ? '{studio_glue}' : '{glue}');
const init = bindings.default;
const wasm = await init({
  module_or_path: studio
    ? fetch('{studio_wasm}', { integrity: '{studio_wasm_integrity}' })
    : fetch('{wasm_file}', { integrity: '{wasm_integrity}' }),
});


window.wasmBindings = bindings;


dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
