// The harness of tests/e2e/hostile.test.mjs: `window.__rgRun(specText)` mounts one widget
// from a generated case, drives it a little, takes it down again and reports what happened,
// so one page load runs hundreds of cases without the test driving each step over the
// protocol.
//
// Text crosses the protocol as JSON (a lone surrogate travels escaped, `\ud800`, and
// arrives intact); values JSON cannot hold are tagged `{"$rg": kind}` by the test and built
// here. The report goes back as JSON text too, for the same reason. Stored values, which
// can be megabytes, are compared here and reported by length and by which injected value
// they equal.
(() => {
  const PANIC = /panicked|RuntimeError|unreachable/;
  const seen = { uncaught: [], panics: [], warnings: [] };
  const text = (value) => {
    try { return String(value); } catch { return Object.prototype.toString.call(value); }
  };
  const short = (value, max = 300) => {
    const s = text(value);
    return s.length > max ? `${s.slice(0, max)}… (${s.length} characters)` : s;
  };
  addEventListener('error', (e) => seen.uncaught.push(short((e.error && e.error.stack) || e.message, 600)));
  addEventListener('unhandledrejection', (e) => seen.uncaught.push(`in a promise: ${short((e.reason && e.reason.stack) || e.reason, 600)}`));
  for (const level of ['error', 'warn', 'info', 'log', 'debug']) {
    const original = console[level];
    console[level] = function (...args) {
      const line = args.map(text).join(' ');
      if (PANIC.test(line)) seen.panics.push(`console.${level}: ${short(line, 600)}`);
      if (level === 'warn' && line.startsWith('Refund Guide: ')) seen.warnings.push(short(line));
      return original.apply(this, args);
    };
  }

  // Built-in prototypes as the page started: a case must not add to them.
  const PROTOTYPES = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype };
  const names = (o) => Reflect.ownKeys(o).map(String).sort().join(',');
  const pristine = Object.fromEntries(Object.entries(PROTOTYPES).map(([n, p]) => [n, names(p)]));
  const polluted = () => Object.entries(PROTOTYPES).filter(([n, p]) => names(p) !== pristine[n]).map(([n]) => n);

  const TAG = '$rg';
  function special(kind, v) {
    switch (kind) {
      case 'NaN': return NaN;
      case 'Infinity': return Infinity;
      case '-Infinity': return -Infinity;
      case '-0': return -0;
      case 'undefined': return undefined;
      case 'bigint': return BigInt(v);
      case 'function': return function hostile() { return v; };
      case 'symbol': return Symbol(v);
      case 'date': return new Date(v);
      case 'regexp': return /x/g;
      case 'map': return new Map([['locale', 'en']]);
      case 'sparse': return new Array(v);
      case 'typed': return new Uint8Array(v);
      case 'cycle': { const o = { name: 'cycle' }; o.self = o; return o; }
      case 'throwing-getter':
        return Object.defineProperty({}, v || 'locale', { enumerable: true, get() { throw new Error('a throwing getter'); } });
      case 'proxy':
        return new Proxy({}, { ownKeys() { throw new Error('a hostile proxy'); } });
      case 'null-prototype': return Object.assign(Object.create(null), { locale: 'en' });
      default: throw new Error(`unknown tag ${kind}`);
    }
  }
  /** Replaces each tag in a parsed tree (iteratively: trees nest thousands deep). */
  function build(root) {
    const holder = { root };
    const stack = [[holder, 'root']];
    while (stack.length) {
      const [parent, key] = stack.pop();
      const v = parent[key];
      if (v === null || typeof v !== 'object') continue;
      if (!Array.isArray(v) && typeof v[TAG] === 'string') {
        // defineProperty: JSON.parse made `__proto__` an own property; keep it one.
        Object.defineProperty(parent, key, { value: special(v[TAG], v.v), writable: true, enumerable: true, configurable: true });
        continue;
      }
      for (const k of Object.keys(v)) stack.push([v, k]);
    }
    return holder.root;
  }

  const sleep = (ms) => new Promise((done) => setTimeout(done, ms));
  async function until(test, ms) {
    const end = performance.now() + ms;
    for (;;) {
      const value = test();
      if (value || performance.now() > end) return value;
      await sleep(4);
    }
  }

  function snapshot(injected) {
    const out = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      const value = localStorage.getItem(key);
      out.push({
        key,
        length: value.length,
        // Which injected keys held exactly this value (code unit for code unit)...
        same: injected.filter(([, v]) => v === value).map(([k]) => k),
        // ...or held it but for lone surrogates, each now U+FFFD.
        wellFormed: injected.filter(([, v]) => v !== value && v.toWellFormed() === value).map(([k]) => k),
        head: value.slice(0, 120),
      });
    }
    return out.sort((a, b) => (a.key < b.key ? -1 : 1));
  }

  const stepOf = (root) => {
    const el = root && root.querySelector('[data-step]');
    return el ? el.getAttribute('data-step') : null;
  };

  /** Chooses the first choice not yet chosen (or skips) and continues. */
  async function clickOn(root) {
    const from = stepOf(root);
    const choice = root.querySelector('[data-choice]:not(:checked)') || root.querySelector('[data-choice]');
    if (choice) choice.click();
    await sleep(0);
    const next = root.querySelector('[data-action="next"]') || root.querySelector('[data-action="skip"]');
    if (next) next.click();
    const advanced = Boolean(await until(() => stepOf(root) !== from, 1500));
    await sleep(10); // effects (the save) run after the render
    return { clicked: [choice && choice.getAttribute('data-choice'), next && next.getAttribute('data-action')], advanced, to: stepOf(root) };
  }

  window.__rgRun = async (specText) => {
    const spec = JSON.parse(specText);
    // The mount() object comes as JSON text of its own (it may nest deeper than the
    // protocol's own serialiser allows).
    let config = spec.config === undefined ? undefined : JSON.parse(spec.config);
    if (spec.tagged) config = build(config);
    const report = { uncaught: [], panics: [], warnings: [] };
    const marks = Object.fromEntries(Object.keys(seen).map((k) => [k, seen[k].length]));
    const stage = document.getElementById('stage');

    localStorage.clear();
    const injected = spec.storage || [];
    report.injectFailed = [];
    report.roundTrip = [];
    for (const [key, value] of injected) {
      try { localStorage.setItem(key, value); } catch (err) { report.injectFailed.push(`${key}: ${short(err)}`); }
      if (localStorage.getItem(key) !== value) report.roundTrip.push(key);
    }

    const el = document.createElement(spec.tag);
    if (spec.id != null) el.id = spec.id;
    for (const [name, value] of Object.entries(spec.attrs || {})) el.setAttribute(name, value);
    if (spec.child != null) {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = spec.child;
      el.append(script);
    }
    const events = [];
    for (const name of ['ready', 'step', 'error']) {
      el.addEventListener(`refund-guide:${name}`, (e) => events.push({ type: name, detail: e.detail }));
    }
    stage.append(el); // a <refund-guide> mounts itself here, from its attributes and child JSON
    let handle = null;
    if (spec.mount) {
      try { handle = window.RefundGuide.mount(el, config); } catch (err) { report.mountThrew = short(err); }
    }
    const readies = (spec.tag === 'refund-guide' ? 1 : 0) + (handle ? 1 : 0);
    await until(() => events.filter((e) => e.type === 'ready').length >= readies, 8000);
    // Each mount (the element's own, and mount()) answers with its ready.
    report.readies = { expected: readies, got: events.filter((e) => e.type === 'ready').length };
    const root = el.shadowRoot;
    await until(() => root && (root.querySelector('[data-step]') || root.querySelector('[role="alert"]')), 3000);
    report.step = stepOf(root);
    const alert = root && root.querySelector('[role="alert"]');
    report.alert = alert && !report.step ? short(alert.textContent) : null;
    report.lang = root && root.querySelector('.rg') ? root.querySelector('.rg').getAttribute('lang') : null;
    report.notices = root ? [...root.querySelectorAll('[data-notice]')].map((n) => n.getAttribute('data-notice')) : [];
    report.afterMount = snapshot(injected);
    if (report.step) report.click = await clickOn(root);
    report.afterClick = snapshot(injected);

    if (handle) handle.destroy();
    el.remove(); // a <refund-guide> destroys its widget when it leaves the page
    await sleep(0);
    report.emptied = !root || root.childNodes.length === 0;
    report.afterDestroy = snapshot(injected);
    report.polluted = polluted();
    report.events = events.map(({ type, detail }) => {
      const d = detail && typeof detail === 'object' ? detail : { detail };
      return { type, code: d.code, key: typeof d.key === 'string' ? short(d.key) : d.key, message: typeof d.message === 'string' ? short(d.message) : d.message, locale: d.locale, version: d.version, step: d.step };
    });
    await sleep(0);
    for (const k of Object.keys(seen)) report[k] = seen[k].slice(marks[k]);
    return JSON.stringify(report);
  };
})();
