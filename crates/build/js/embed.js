// Stancemap embed (generated at build time). In a page:
//   <script type="module" src="https://your.host/reader/embed.js"></script>
//   <stancemap-article src="articles/iran-talks.json">…the article's text…</stancemap-article>
// Each element shows one article in its own shadow root: the page's CSS cannot change the
// reader, and the reader's CSS cannot leak out. `src` is resolved against the page; `theme`
// (auto, light, sepia, dark) and `matrix="hidden"` set its look. The element's own children,
// the article's text in the Embed dialog's code, show until the reader has rendered, so the
// blog shows the text at its first paint, without scripts and to search engines.
import init, { mount_element } from './{js}';

const ready = init({ module_or_path: new URL('./{wasm}', import.meta.url) });
const stylesheet = new URL('./{css}', import.meta.url).href;

class StancemapArticle extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = stylesheet;
    const fallback = document.createElement('slot');
    const mount = document.createElement('div');
    mount.hidden = true;
    shadow.append(style, fallback, mount);
    const src = new URL(this.getAttribute('src') ?? '', document.baseURI).href;
    const attribute = (name) => this.getAttribute(name) ?? '';
    // The reader replaces the text once its article (or what stopped it) is on screen.
    const swap = () => {
      if (!mount.querySelector('[data-article], [role="alert"]')) return false;
      mount.hidden = false;
      fallback.remove();
      return true;
    };
    ready.then(() => {
      mount_element(mount, src, attribute('theme'), attribute('matrix'), new URL(import.meta.url).origin);
      if (swap()) return;
      const observer = new MutationObserver(() => swap() && observer.disconnect());
      observer.observe(mount, { childList: true, subtree: true });
    });
  }
}

if (!customElements.get('stancemap-article')) {
  customElements.define('stancemap-article', StancemapArticle);
}
