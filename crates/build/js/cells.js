// Matrix cells before the app: a cell, activated or named by #cell=party/topic, highlights its quotes in the text as the app does, and names itself in the address, where the app reads it when it takes over.
(() => {
  const view = document.querySelector('#stancemap[data-prerendered] > .stancemap');
  if (!view) return;
  // The article's JSON follows this script: read once the reader asks.
  let article = null;
  const data = () => (article ??= JSON.parse(document.getElementById('stancemap-article').textContent));
  const show = (row, col, focus) => {
    const { parties, stances, topics } = data();
    const party = parties[row];
    const topic = topics[col]?.id;
    const cell = view.querySelector(`[data-cell="${row}-${col}"]`);
    if (!party || !topic || !cell) return;
    for (const other of view.querySelectorAll('[data-cell]')) other.setAttribute('aria-pressed', String(other === cell));
    for (const quote of view.querySelectorAll('.sm-q-on')) quote.classList.remove('sm-q-on');
    stances.forEach((stance, i) => {
      if (stance.party !== party || stance.topic !== topic) return;
      for (const quote of view.querySelectorAll(`.sm-body [data-quotes~="${i}"]`)) quote.classList.add('sm-q-on');
    });
    history.replaceState(history.state, '', `#cell=${encodeURIComponent(party)}/${encodeURIComponent(topic)}`);
    if (focus) cell.focus();
  };
  view.addEventListener('click', (e) => {
    const cell = e.target.closest?.('[data-cell]');
    if (!cell || !view.isConnected) return;
    const [row, col] = cell.dataset.cell.split('-').map(Number);
    show(row, col, false);
  });
  const named = /^#cell=([^/]+)\/(.+)$/.exec(location.hash);
  if (named) {
    addEventListener('DOMContentLoaded', () => {
      const { parties, topics } = data();
      const party = decodeURIComponent(named[1]);
      const topic = decodeURIComponent(named[2]);
      show(parties.indexOf(party), topics.findIndex((t) => t.id === topic), true);
    });
  }
})();
