// Stancemap embed (generated at build time). In a page:
//   <script type="module" src="https://your.host/reader/embed.js"></script>
//   <stancemap-article src="articles/iran-talks.json"></stancemap-article>
// Each element shows one article in its own shadow root: the page's CSS cannot change the
// reader, and the reader's CSS cannot leak out. `src` is resolved against the page.
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
    const mount = document.createElement('div');
    shadow.append(style, mount);
    const src = new URL(this.getAttribute('src') ?? '', document.baseURI).href;
    ready.then(() => mount_element(mount, src));
  }
}

if (!customElements.get('stancemap-article')) {
  customElements.define('stancemap-article', StancemapArticle);
}
