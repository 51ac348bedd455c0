// The page's loader, written in place of Trunk's (Trunk.toml's pattern_script): it starts the app after the first paint, checking its wasm against its integrity; as Trunk's own, it sets window.wasmBindings and fires TrunkApplicationStarted.
await new Promise((ok) => {
  requestAnimationFrame(() => setTimeout(ok));
  setTimeout(ok, 100);
});
const bindings = await import('{glue}');
const init = bindings.default;
const wasm = await init({ module_or_path: fetch('{wasm_file}', { integrity: '{wasm_integrity}' }) });


window.wasmBindings = bindings;


dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
