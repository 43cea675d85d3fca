// Records each ready and step with whether the widget's first screen was in its shadow root.
window.__seen = [];
for (const name of ['ready', 'step']) {
  document.addEventListener(`refund-guide:${name}`, (e) => {
    const shown = Boolean(e.target.shadowRoot && e.target.shadowRoot.querySelector('[data-step]'));
    window.__seen.push([e.target.id, name, shown]);
  });
}
