// The documented ways to configure before the wasm has loaded: the element's config
// property, and mount() (here twice in a row on a plain div).
document.getElementById('configured').config = { locale: 'en', storage: { persist: false } };
window.RefundGuide.mount('#twice', { storage: { persist: false } });
window.RefundGuide.mount('#twice', { locale: 'en', storage: { persist: false } });
