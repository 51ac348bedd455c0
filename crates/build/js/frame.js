// Stancemap frames (written at build time): fits every Stancemap iframe of this page to its article's height. Include it once: <script async src="https://your.host/reader/frame.js"></script>
(() => {
  // Heights are believed only from the reader's own origin, the one this script comes from.
  const reader = new URL(document.currentScript?.src ?? location.href).origin;
  const origins = (window.stancemapFrameOrigins ??= new Set());
  if (origins.has(reader)) return;
  origins.add(reader);
  addEventListener('message', (event) => {
    const data = event.data;
    if (event.origin !== reader || data?.type !== 'stancemap:height') return;
    const height = Number(data.height);
    if (!Number.isFinite(height) || height <= 0) return;
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.ceil(height)}px`;
    }
  });
})();
