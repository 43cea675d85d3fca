// The standalone page's own script (not part of the embed): shows the first screen the build
// put into the page and carries over what the person does there until the widget takes over;
// registers the service worker so the guide works offline, and offers a new version when one
// has been downloaded (switching only when the person agrees, or on their next visit).

// The first screen (scripts/post-build.mjs, writeFirstScreen): the widget's own markup in
// the declarative shadow root of <refund-guide>, hidden until now. It is shown only when its
// stylesheet applied (a CSP without 'unsafe-inline' styles blocks the <style> it comes with;
// the page then waits for the widget, as before). With saved progress the widget will open on
// another screen, so a "restoring" line stands in for it. Otherwise it is shown and answerable: the choice made and a Continue pressed are kept and
// done again on the widget's first screen when it takes over (its first `step` event; the
// wasm empties the shadow root and renders the same elements in the same places, so nothing
// moves), and focus goes back where it was. The data panel waits for the widget.
const widget = document.querySelector('refund-guide');
const first = widget?.shadowRoot?.querySelector('[data-first-screen]');
const styled = first && getComputedStyle(first.firstElementChild).getPropertyValue('--_primary') !== '';
if (styled) {
  let saved = null;
  try {
    saved = localStorage.getItem('refund-guide:v1');
  } catch {
    // Storage blocked: nothing saved to restore.
  }
  if (saved) {
    let locale = 'zh-CN';
    try {
      locale = JSON.parse(saved).data.locale || locale;
    } catch {
      // Unreadable: the widget says so itself.
    }
    const line = document.createElement('p');
    line.setAttribute('role', 'status');
    line.setAttribute('data-restoring', '');
    line.className = 'rg';
    line.lang = locale === 'en' ? 'en' : 'zh-CN';
    line.textContent = locale === 'en' ? 'Restoring your progress…' : '正在恢复你的进度…';
    first.before(line);
  } else {
    const early = { choice: null, go: false, locale: null, focus: null };
    first.querySelector('.rg-data').inert = true;
    first.addEventListener('change', (e) => {
      if (e.target.dataset.choice && e.target.checked) early.choice = e.target.dataset.choice;
    });
    first.addEventListener('submit', (e) => {
      e.preventDefault();
      early.go = true;
    });
    first.addEventListener('click', (e) => {
      const to = e.target.closest('[data-locale]');
      if (to) early.locale = early.locale ? null : to.dataset.locale;
    });
    first.addEventListener('focusin', (e) => { early.focus = e.target.id || null; });
    widget.addEventListener('refund-guide:step', () => {
      const root = widget.shadowRoot;
      if (early.locale) widget.setLocale(early.locale);
      if (early.choice) root.querySelector(`[data-choice="${CSS.escape(early.choice)}"]`)?.click();
      if (early.go) root.querySelector('form')?.requestSubmit();
      else if (early.focus) root.getElementById(early.focus)?.focus();
    }, { once: true });
    first.hidden = false;
  }
}
const banner = document.querySelector('[data-update]');

if ('serviceWorker' in navigator && banner) {
  let switching = false;
  const offer = (worker) => {
    banner.hidden = false;
    banner.querySelector('button').addEventListener('click', () => {
      switching = true;
      worker.postMessage('skip-waiting');
    }, { once: true });
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (switching) location.reload();
  });
  navigator.serviceWorker.register('./sw.js').then((registration) => {
    if (!registration) return; // blocked (some embedded browsers and test harnesses)
    if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        // "installed" with a controller means an update, not the first install.
        if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
      });
    });
  }, (err) => console.warn('Refund Guide: offline support is unavailable:', err));
}
