// Records every CSP violation and every widget event for the test to read.
window.__violations = [];
window.__events = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
});
for (const name of ['ready', 'step', 'cause', 'clock', 'letter', 'complete', 'reset', 'error']) {
  document.addEventListener(`refund-guide:${name}`, (e) => {
    // `shown`: whether the widget's first screen was in its shadow root when this fired.
    const shown = Boolean(e.target.shadowRoot && e.target.shadowRoot.querySelector('[data-step]'));
    window.__events.push({ type: e.type, target: e.target.id, detail: e.detail, shown });
  });
}
