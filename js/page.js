// The standalone page's own script (not part of the embed): shows the first screen the build
// put into the page and carries over what the person does there until the widget takes over;
// registers the service worker so the guide works offline, and offers a new version when one
// has been downloaded (switching only when the person agrees, or on their next visit).

// The first screen (scripts/post-build.mjs, writeFirstScreen): the widget's own markup in
// the declarative shadow root of <refund-guide>, hidden until now. What the widget will open
// on decides what shows meanwhile:
// - progress saved in this build's schema: a "restoring" line in the saved language, as the
//   widget will open on the saved step;
// - anything else in storage the widget will speak of first (storage blocked, a save it cannot
//   read, one from a newer version), or a stylesheet that did not apply (a CSP without
//   'unsafe-inline' styles blocks the <style> the screen comes with): nothing early; the page
//   waits for the widget, as before, rather than show a screen that would then jump or be
//   unstyled;
// - otherwise the first screen, answerable. The choices made, a Continue pressed (the form does
//   not submit the page), the language switch and the focused control are kept and done again
//   on the widget's own first screen when it takes over, right after its `ready` (its first
//   `step` event; the wasm empties the shadow root and renders the same elements in the same
//   places, so nothing moves). The data panel opens, its controls wait for the widget.
//
// The storage key and schema come with the screen (the build asks the model for them).

/** `{ saved }` (the envelope's language), `{ fresh: true }`, or null for "nothing early". */
function storageState(first) {
  const key = first.dataset.storageKey;
  const schema = Number(first.dataset.schema);
  const prefix = key.slice(0, key.lastIndexOf(':v') + 2);
  try {
    const others = Object.keys(localStorage).filter((k) => k !== key && k.startsWith(prefix) && /^\d+$/.test(k.slice(prefix.length)));
    if (others.length) return null;
    const raw = localStorage.getItem(key);
    if (raw === null) return { fresh: true };
    const envelope = JSON.parse(raw);
    return envelope.schema === schema ? { saved: envelope.data?.locale === 'en' ? 'en' : 'zh-CN' } : null;
  } catch {
    return null;
  }
}

function restoring(first, locale) {
  const line = document.createElement('p');
  line.setAttribute('role', 'status');
  line.setAttribute('data-restoring', '');
  line.className = 'rg';
  line.lang = locale;
  first.before(line);
  // Text put into a live region after it exists is what screen readers announce.
  requestAnimationFrame(() => {
    line.textContent = locale === 'en' ? 'Restoring your progress…' : '正在恢复你的进度…';
  });
}

// Where focus is, as a selector the widget's own screen answers the same way.
// (The language switch names the other language, which a switch changes: any switch will do.)
function place(el) {
  if (el.id) return `#${CSS.escape(el.id)}`;
  if (el.hasAttribute('data-action')) return `[data-action="${CSS.escape(el.dataset.action)}"]`;
  if (el.hasAttribute('data-locale')) return '[data-locale]';
  return el.localName === 'summary' ? 'summary' : null;
}

function answerable(widget, first) {
  const early = { choices: [], go: false, locale: null, focus: null, open: false };
  first.querySelector('.rg-data__list').inert = true;
  first.addEventListener('change', (e) => {
    const { choice } = e.target.dataset;
    if (!choice) return;
    if (e.target.type === 'radio') early.choices = [];
    early.choices = early.choices.filter((c) => c !== choice);
    if (e.target.checked) early.choices.push(choice);
  });
  first.addEventListener('submit', (e) => {
    e.preventDefault();
    early.go = true;
  });
  // The language switch shows the other language's screen at once (the build's, kept in a
  // template), with the choices made so far, and the widget opens in it.
  const screens = { 'zh-CN': [...first.childNodes] };
  const en = widget.shadowRoot.querySelector('template[data-first-screen-en]');
  if (en) screens.en = [...en.content.cloneNode(true).childNodes];
  first.addEventListener('click', (e) => {
    const to = e.target.closest('[data-locale]')?.dataset.locale;
    if (!to) return;
    early.locale = to;
    if (!screens[to]) return;
    first.replaceChildren(...screens[to]);
    first.querySelector('.rg-data__list').inert = true;
    early.open = false;
    for (const input of first.querySelectorAll('[data-choice]')) input.checked = early.choices.includes(input.dataset.choice);
    first.querySelector('[data-locale]')?.focus();
  });
  first.addEventListener('toggle', (e) => { early.open = e.target.open; }, true);
  first.addEventListener('focusin', (e) => { early.focus = place(e.target); });
  // Focus that leaves the screen is not pulled back to it. (The takeover removes the screen,
  // and with it the focused element, which fires this too: that one is not the person's.)
  first.addEventListener('focusout', (e) => {
    if (first.contains(e.relatedTarget)) return;
    queueMicrotask(() => {
      if (first.isConnected) early.focus = null;
    });
  });
  widget.addEventListener('refund-guide:step', () => {
    const root = widget.shadowRoot;
    if (early.locale && early.locale !== root.querySelector('.rg')?.lang) widget.setLocale(early.locale);
    for (const choice of early.choices) {
      const input = root.querySelector(`[data-choice="${CSS.escape(choice)}"]`);
      if (input && !input.checked) input.click();
    }
    if (early.open) root.querySelector('details.rg-data')?.setAttribute('open', '');
    if (early.go) root.querySelector('form')?.requestSubmit();
    else if (early.focus) root.querySelector(early.focus)?.focus();
  }, { once: true });
  first.hidden = false;
}

const widget = document.querySelector('refund-guide');
const first = widget?.shadowRoot?.querySelector('[data-first-screen]');
if (first && getComputedStyle(first.firstElementChild).getPropertyValue('--_primary') !== '') {
  const state = storageState(first);
  if (state?.saved) restoring(first, state.saved);
  else if (state?.fresh) answerable(widget, first);
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
