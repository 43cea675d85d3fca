// The README's one-line stub, used before the bundle has even been requested: its queue must
// be drained, not lost.
window.RefundGuide = window.RefundGuide || { q: [] };
window.RefundGuide.q.push(['#early', { locale: 'en' }]);
window.__events = [];
document.addEventListener('refund-guide:ready', (e) => window.__events.push(e.target.id));
// As soon as the loader has defined the real API (before the wasm is ready), call it: the
// handle's calls are queued until the widget exists.
const waitForApi = setInterval(() => {
  if (typeof window.RefundGuide.mount !== 'function') return;
  clearInterval(waitForApi);
  const h = window.RefundGuide.mount('#before-ready', { locale: 'zh-CN' });
  h.setLocale('en');
  const gone = window.RefundGuide.mount('#destroyed', {});
  gone.destroy();
  window.__early = true;
}, 0);
