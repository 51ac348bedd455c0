// Stancemap: start the reader from the wasm inlined below (in a block of its own,
// beside the glue's names).
{
const base64 = document.getElementById('stancemap-wasm').textContent;
await {init}({ module_or_path: Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)) });
}
