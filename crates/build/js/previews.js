// Previews before the app: where interest invokers are missing, opens them as `interestfor` would; where they exist, keeps shut a preview dismissed during its delay; marks the page interactive.
(() => {
  const view = document.querySelector('#stancemap[data-prerendered] > .stancemap');
  if (!view || !('showPopover' in HTMLElement.prototype)) return;
  if (!('interestForElement' in HTMLAnchorElement.prototype)) {
    // The same timing as the native previews and the app's cards (`interest-delay`, cards.rs).
    const DWELL = 200;
    const GRACE = 300;
    const GAP = 8;
    // `interestfor` is inert here: this script takes its part.
    for (const m of view.querySelectorAll('[interestfor]')) {
      m.dataset.preview = m.getAttribute('interestfor');
      m.removeAttribute('interestfor');
    }
    // Where the stylesheet makes a preview a bottom sheet.
    const sheet = matchMedia('(max-width: 600px)');
    let mention = null; // whose preview is open
    let pending = null; // whose preview opens when the dwell ends
    let timer = 0;
    let touch = false;
    const later = (f, ms) => {
      clearTimeout(timer);
      timer = setTimeout(f, ms);
    };
    const previewOf = (m) => document.getElementById(m.dataset.preview);
    const mentionAt = (t) => (t instanceof Element ? t.closest('[data-preview]') : null);
    const inOpen = (t) =>
      mention !== null && t instanceof Node && (mention.contains(t) || previewOf(mention).contains(t));
    // Under the mention's first line, or above it where it fits only there (or there is more
    // room there), inside the window: scrolling within itself if it fits on neither side.
    const place = () => {
      const p = previewOf(mention);
      p.style.cssText = '';
      if (sheet.matches) return;
      const r = mention.getClientRects()[0];
      const { offsetWidth: w, offsetHeight: h } = p;
      const below = innerHeight - r.bottom - 2 * GAP;
      const above = r.top - 2 * GAP;
      const under = h <= below || (h > above && below >= above);
      const height = Math.min(h, under ? below : above);
      const top = under ? r.bottom + GAP : r.top - GAP - height;
      const left = Math.max(GAP, Math.min(r.left, innerWidth - w - GAP));
      Object.assign(p.style, {
        positionArea: 'none', inset: 'auto', margin: '0', maxHeight: `${height}px`, top: `${top}px`, left: `${left}px`,
      });
    };
    const hide = () => {
      clearTimeout(timer);
      if (mention === null) return;
      const p = previewOf(mention);
      mention.setAttribute('aria-expanded', 'false');
      mention = null;
      if (p.matches(':popover-open')) p.hidePopover();
    };
    const show = (m) => {
      clearTimeout(timer);
      pending = null;
      if (m === mention || !view.isConnected || !previewOf(m)) return;
      hide();
      mention = m;
      m.setAttribute('aria-expanded', 'true');
      previewOf(m).showPopover();
      place();
    };
    view.addEventListener('pointerover', (e) => {
      if (e.pointerType === 'touch') return;
      const m = mentionAt(e.target);
      if (m !== null && m !== mention) {
        if (m !== pending) {
          pending = m;
          later(() => show(m), DWELL);
        }
      } else if (inOpen(e.target)) {
        clearTimeout(timer);
      }
    });
    view.addEventListener('pointerout', (e) => {
      if (e.pointerType === 'touch' || inOpen(e.relatedTarget)) return;
      // Within one mention (over the words of a quote inside it) the dwell goes on.
      if (mentionAt(e.target)?.contains(e.relatedTarget)) return;
      pending = null;
      later(hide, GRACE);
    });
    view.addEventListener('focusin', (e) => {
      const m = mentionAt(e.target);
      if (m !== null) later(() => show(m), DWELL);
    });
    view.addEventListener('focusout', (e) => {
      if (!inOpen(e.relatedTarget)) later(hide, GRACE);
    });
    // A tap shows the preview instead of following the mention's link; a tap elsewhere closes it.
    addEventListener('pointerdown', (e) => {
      touch = e.pointerType === 'touch';
      if (mention !== null && !inOpen(e.target)) hide();
    }, true);
    view.addEventListener('click', (e) => {
      const m = mentionAt(e.target);
      if (m !== null && touch) {
        e.preventDefault();
        show(m);
      }
    });
    addEventListener('keydown', (e) => {
      if (e.key === 'Escape') hide();
    });
    for (const event of ['scroll', 'resize']) {
      addEventListener(event, () => mention !== null && place(), { passive: true });
    }
  } else {
    // Escape during the delay: the browser still opens the preview when the delay ends, though
    // the reader has dismissed it. That preview opens hidden and closes at once, which ends the
    // mention's interest as Escape would have; pointing at or focusing a mention undoes it.
    let dismissed = null;
    const undismiss = () => {
      if (dismissed !== null) delete dismissed.dataset.dismissed;
      dismissed = null;
    };
    addEventListener('keydown', (e) => {
      const p = e.key === 'Escape' ? document.activeElement?.closest('[interestfor]')?.interestForElement : null;
      if (!p || p.matches(':popover-open')) return;
      undismiss();
      dismissed = p;
      p.dataset.dismissed = '';
    });
    view.addEventListener('focusin', undismiss);
    view.addEventListener('pointerover', (e) => e.target.closest?.('[interestfor]') && undismiss());
    view.addEventListener('toggle', (e) => {
      if (e.newState !== 'open' || e.target !== dismissed) return;
      undismiss();
      e.target.hidePopover();
    }, true);
  }
  performance.mark('interactive');
})();
