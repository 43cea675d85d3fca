// Refund Guide loader (ES module). A host page needs only:
//   <script type="module" src=".../refund-guide.js"></script>
//   <refund-guide></refund-guide>
// The build bundles the wasm-bindgen glue into this file (one module to load); it defines
// <refund-guide> and sets window.RefundGuide = { mount, check, version } at once. The element
// is the handle: <refund-guide> has reset(), setLocale(), destroy() and a `config` property
// itself, and mount() on it returns the element.
// Calls made before the wasm is ready are queued; so are calls made before this script ran,
// through the stub `window.RefundGuide = window.RefundGuide || { q: [] }` (each entry
// `[selectorOrElement, config]`).
import init, { mount as wasmMount, check as wasmCheck } from '__RG_GLUE__';

const VERSION = '__RG_VERSION__';
let wasmReady = null; // Promise, once loading started
let wasmError = null;
let wasmExports = null;

// The wasm is found relative to this file's own URL, so the bundle works from any folder or
// CDN path (the build fills in the hashed file name). It ships raw: the server compresses
// it, and the glue compiles it with `WebAssembly.instantiateStreaming` while it downloads,
// which needs the `application/wasm` MIME type. Served as anything else it still loads
// (whole, then compiled: slower), with a console warning saying what to fix.
function fetchWasm() {
  const url = new URL('./__RG_WASM__', import.meta.url);
  return fetch(url).then((response) => {
    if (!response.ok) throw new Error(`${response.status} ${response.statusText} loading ${url}`);
    const type = (response.headers.get('content-type') || '').trim().toLowerCase();
    if (type === 'application/wasm') return response; // the glue streams it
    console.warn(`Refund Guide: ${url} was served ${type ? `as ${type}` : 'without a Content-Type'}; serve .wasm files as application/wasm so the browser can compile the wasm while it downloads (loading it the slower way now).`);
    return response.arrayBuffer();
  });
}

function load() {
  if (!wasmReady) {
    // `init` takes a Response (streamed) or the bytes, and builds the wasm's imports itself.
    wasmReady = fetchWasm().then((module_or_path) => init({ module_or_path })).then((exports) => {
      wasmExports = exports;
      return exports;
    }, (err) => {
      wasmError = err;
      throw err;
    });
  }
  return wasmReady;
}

function resolveElement(target) {
  if (typeof target === 'string') return document.querySelector(target);
  return target instanceof HTMLElement ? target : null;
}

// The configuration (DESIGN §4.2) from its three layers, later ones winning key by key:
// the element's attributes, its child <script type="application/json">, the mount() object.
// The widget checks the values; here they are only gathered.
function attributeConfig(el) {
  const out = {};
  const attr = (name) => el.getAttribute(name);
  if (attr('locale')) out.locale = attr('locale');
  if (attr('brand-name')) out.brand = { name: attr('brand-name') };
  if (attr('primary-color')) out.brand = { ...out.brand, colors: { primary: attr('primary-color') } };
  if (attr('storage-prefix')) out.storage = { prefix: attr('storage-prefix') };
  const persist = attr('persist');
  // "true"/"false" become booleans; anything else goes on as text, for the widget to refuse.
  if (persist !== null) out.storage = { ...out.storage, persist: { true: true, false: false }[persist] ?? persist };
  return out;
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function merge(base, over) {
  for (const [key, value] of Object.entries(isObject(over) ? over : {})) {
    base[key] = isObject(value) && isObject(base[key]) ? merge({ ...base[key] }, value) : value;
  }
  return base;
}

// An unreadable child JSON is reported (by the caller's `emit`) and left out.
function childConfig(el, emit) {
  const script = el.querySelector(':scope > script[type="application/json"]');
  try {
    return script ? JSON.parse(script.textContent) : {};
  } catch (err) {
    emit('error', JSON.stringify({ code: 'invalid_value', key: 'script', message: `not valid JSON, ignored: ${err.message}` }));
    return {};
  }
}

// The configuration as JSON for the widget, gathered by `gather` inside the try: a host's
// object can throw while it is read (a getter, a Proxy) or nest too deep for `merge`, or
// not be writable (a cycle, a BigInt); that is reported through `report` and the defaults
// are used. A lone UTF-16 surrogate (a string cut inside an emoji) becomes U+FFFD:
// JSON.stringify would write it as `\ud800`, which the widget's JSON reader refuses, and
// with it the whole configuration (its storage settings included). Only strings have
// `toWellFormed`; a browser without it passes the text on as it is.
function configJson(gather, report) {
  try {
    return JSON.stringify(gather(), (k, v) => v?.toWellFormed?.() ?? v) ?? '{}';
  } catch (err) {
    report(JSON.stringify({ code: 'invalid_value', key: 'config', message: `cannot be read (${err.message}); the defaults are used` }));
    return '{}';
  }
}

// Events are DOM CustomEvents on the host element; `detail` carries ids only (DESIGN §4.1).
function fire(el, name, detail) {
  el.dispatchEvent(new CustomEvent(`refund-guide:${name}`, { bubbles: true, composed: true, detail }));
}

function showLoadError(el, err) {
  // Plain text only (no innerHTML: hosts may enforce Trusted Types).
  const root = el.shadowRoot || el.attachShadow({ mode: 'open' });
  while (root.firstChild) root.removeChild(root.firstChild);
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = '退款指南无法加载，请检查网络后刷新页面，或打开 Refund Guide could not load; check your connection and reload, or open ';
  const a = document.createElement('a');
  a.href = new URL('./index.html', import.meta.url).href;
  a.textContent = '退款指南 · Refund Guide';
  p.appendChild(a);
  root.appendChild(p);
  fire(el, 'error', { code: 'load_failed', key: null, message: String(err && err.message || err) });
}

const handles = new WeakMap(); // element -> Handle
const live = new Set(); // mounted Handles, told about `storage` events (another tab saved)
const shown = new WeakSet(); // elements whose widget has put its first screen in the shadow root
const pending = new WeakMap(); // element -> mount()s whose `ready` waits for that first screen
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    for (const h of live) if (h._inner) h._inner.storageChanged(e.key === null ? undefined : e.key);
  });
}

class Handle {
  constructor(el, config) {
    this.element = el;
    this._ops = [];
    this._inner = null;
    this._dead = false;
    // The widget this element showed until now: reconfigured rather than mounted twice.
    const previous = handles.get(el);
    handles.set(el, this);
    load().then(() => {
      if (this._dead) return;
      // `ready` says the widget has taken over: its first screen is in the shadow root, which
      // the root announces with its first `step` (sent once rendered; Yew renders after
      // mount returns). Each mount() has its `ready`: at once when that screen is shown
      // already (a reconfiguring mount()), else with the first `step`, for every mount()
      // made before it (the element's config set, or mount() called, before the wasm came).
      const ready = () => {
        const inner = handles.get(el)?._inner;
        if (inner) fire(el, 'ready', { version: VERSION, locale: inner.locale() });
      };
      const emit = (name, detail) => {
        const parsed = JSON.parse(detail);
        // Configuration problems are for the web team: name the setting in the console too.
        // An unknown key is only a warning (no event): the rest of the config still applies.
        if (name === 'warning') { console.warn(`Refund Guide: ${parsed.key}: ${parsed.message}`); return; }
        if (name === 'error') console.error(`Refund Guide: ${parsed.key}: ${parsed.message}`);
        if (name === 'step' && !shown.has(el)) {
          shown.add(el);
          const waiting = pending.get(el) || 0;
          pending.delete(el);
          for (let i = 0; i < waiting; i += 1) ready();
        }
        fire(el, name, parsed);
      };
      const json = configJson(() => merge(merge(attributeConfig(el), childConfig(el, emit)), config), (d) => emit('error', d));
      const reconfigured = previous && previous !== this && previous._inner && previous._inner.configure(json);
      if (reconfigured) {
        // mount() on an element that already shows a widget reconfigures that widget: the
        // settings reach it as one message, and the person keeps their place.
        this._inner = previous._inner;
        previous._inner = null;
        previous._dead = true;
        live.delete(previous);
      } else {
        if (previous && previous !== this) previous._teardown();
        // A new widget (the storage key changed): the mount()s still waiting are answered
        // by its first screen.
        shown.delete(el);
        this._inner = wasmMount(el, json, emit);
      }
      live.add(this);
      // Shown already (reconfigured, or rendered before mount returned, when no handle had
      // its widget yet): ready now; else when the first screen is.
      if (shown.has(el)) ready();
      else pending.set(el, (pending.get(el) || 0) + 1);
      for (const [name, args] of this._ops.splice(0)) this._run(name, args);
    }, (err) => showLoadError(el, err));
  }
  _run(name, args) {
    if (!this._inner) return;
    if (name === 'destroy') { pending.delete(this.element); this._teardown(); return; }
    this._inner[name](...args);
    if (name === 'reset') fire(this.element, 'reset', {});
  }
  _call(name, args) {
    if (this._inner) this._run(name, args);
    else if (!this._dead) this._ops.push([name, args]);
    if (name === 'destroy') this._dead = true;
  }
  _teardown() {
    if (this._inner) { this._inner.destroy(); this._inner.free(); this._inner = null; }
    if (handles.get(this.element) === this) handles.delete(this.element);
    live.delete(this);
    this._dead = true;
  }
  reset() { this._call('reset', []); }
  setLocale(locale) { this._call('setLocale', [String(locale)]); }
  destroy() { this._call('destroy', []); }
}

// mount() on a <refund-guide> returns the element itself (it is the handle); on any other
// element, a Handle with the same three methods.
function mount(target, config) {
  const el = resolveElement(target);
  if (!el) throw new Error(`RefundGuide.mount: no element for ${String(target)}`);
  const handle = new Handle(el, config);
  if (!(el instanceof RefundGuideElement)) return handle;
  el._rgConfig = config;
  return el;
}

// What mount() would report for `config` (the widget's own checker, nothing mounted):
// resolves to a list of { code, key, message }, empty when every setting is fine.
function check(config) {
  return load().then(() => {
    const found = [];
    const add = (detail) => found.push(JSON.parse(detail));
    wasmCheck(configJson(() => config ?? {}, add), (name, detail) => add(detail));
    return found;
  });
}

// `stats()` is for diagnostics and the benchmark: the wasm's linear memory size in bytes.
function stats() {
  return { wasmMemoryBytes: wasmExports ? wasmExports.memory.buffer.byteLength : 0, error: wasmError ? String(wasmError) : null };
}

// <refund-guide> mounts itself when it joins a document and unmounts when it leaves; its
// methods drive the widget it shows, and setting `config` reconfigures it.
class RefundGuideElement extends HTMLElement {
  connectedCallback() {
    // A `config` set before this script defined the element is an own property hiding the
    // setter: take it over (the usual custom-element upgrade).
    if (Object.prototype.hasOwnProperty.call(this, 'config')) {
      const value = this.config;
      delete this.config;
      this._rgConfig = value;
    }
    if (!handles.has(this)) mount(this, this._rgConfig);
  }
  disconnectedCallback() {
    this.destroy();
  }
  get config() { return this._rgConfig; }
  set config(value) {
    this._rgConfig = value;
    if (this.isConnected) mount(this, value);
  }
  reset() { handles.get(this)?.reset(); }
  setLocale(locale) { handles.get(this)?.setLocale(locale); }
  destroy() {
    const h = handles.get(this);
    if (h) h.destroy();
    handles.delete(this);
  }
}

const api = { mount, check, version: VERSION, stats };
const queued = window.RefundGuide && Array.isArray(window.RefundGuide.q) ? window.RefundGuide.q : [];
window.RefundGuide = api;
for (const entry of queued) {
  try { mount(entry[0], entry[1]); } catch (err) { console.error(err); }
}

if (!customElements.get('refund-guide')) customElements.define('refund-guide', RefundGuideElement);
load().catch(() => {});
