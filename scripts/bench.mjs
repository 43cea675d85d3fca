// Benchmark of the release build in headless Chromium, side by side with a reference page
// (issue 20 point 4; definitions in DESIGN §8). Reported, never asserted: these machines are
// shared and noisy. Prints a Markdown table, or the raw results with --json.
//   node scripts/bench.mjs [--runs N] [--json]        (build first: trunk build --release)
//
// Two pages, served beside dist/ (scripts/bench/), brotli-compressed as a CDN would serve them:
//  - host.html embeds the widget with the README's snippet (no preload hints);
//  - reference.html shows the same first question from one small hand-written script,
//    reference.js: the least an embed can cost (the page plus one script request);
// and, in a table of its own against the same reference, the standalone page (dist/index.html),
// which carries the build's first screen in its HTML (js/page.js shows it before the wasm;
// its first question is seen by the per-frame check, as no attachShadow creates its root).
// Three modes: 1x CPU, 4x CPU (CDP Emulation.setCPUThrottlingRate), and a phone on slow 4G
// (4x CPU plus CDP Network.emulateNetworkConditions: 562.5 ms latency, 1.47 Mbit/s each
// way, Lighthouse's mobile figures). Each run is a fresh browser context with the HTTP cache
// off; in each mode the pages take turns, N runs each. Per run:
//  - first question visible: performance.now() when [data-step] inside the element's shadow
//    root passes checkVisibility() and has a non-empty box (checked on every mutation of the
//    shadow root); painted: after the next animation frame from then;
//  - taken over: the refund-guide:ready event (the reference has nothing to take over: its
//    visible time);
//  - click -> next step in the DOM, per kind (Continue to the next question, Back), over 100
//    steps back and forth (and click -> the frame after it, in --json only: it is mostly the
//    wait for the next frame);
//  - the longest main-thread task (PerformanceObserver 'longtask', so only tasks over 50 ms
//    are seen), during load and during the clicks;
//  - wasm memory after 100 steps and its growth over the second 50 (flat means 0);
//  - on the host page only, past the first question (JOURNEY): a merchant refund answered to
//    the plan, the case file's pages, the texts and a know-how page, each click timed to its
//    step in the DOM, with the longest task from the click to the next frame, per kind of step;
//  - requests and bytes on the wire (CDP, headers included).
// Timings are medians over the runs (clicks: the median of every click of that kind); longest
// tasks are the maximum over the runs. Exits 1 only if something failed to run.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { launch, startServer } from '../tests/e2e/helpers.mjs';
import { compressedSizes, embedFiles } from './size-budget.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const asJson = process.argv.includes('--json');
const dist = process.env.DIST || 'dist';
const benchDir = fileURLToPath(new URL('./bench/', import.meta.url));
const STEPS = 100; // clicks per run: Continue and Back in turn

// Lighthouse's "slow 4G" as DevTools applies it: 562.5 ms per request and 1,474.56 kbit/s
// (the 1.47 Mbit/s of issue 20; kbit = 1024 bit), in bytes per second for CDP. Upload is set
// the same, as the issue gives one figure (the requests here are a few hundred bytes).
const SLOW_4G_BYTES_PER_S = (1474.56 * 1024) / 8;
const MODES = [
  { id: '1x', label: '1× CPU', cpu: 1, network: null },
  { id: '4x', label: '4× CPU', cpu: 4, network: null },
  {
    id: 'slow4g',
    label: 'phone on slow 4G',
    cpu: 4,
    network: { offline: false, latency: 562.5, downloadThroughput: SLOW_4G_BYTES_PER_S, uploadThroughput: SLOW_4G_BYTES_PER_S },
  },
];
const TARGETS = [
  { id: 'widget', path: '/bench/host.html', selector: 'refund-guide', ready: true },
  { id: 'reference', path: '/bench/reference.html', selector: 'refund-guide-reference', ready: false },
  // The project's own page, which carries the build's first screen (scripts/post-build.mjs).
  { id: 'standalone', path: '/index.html', selector: 'refund-guide', ready: true },
];

const median = (xs) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// What each page transfers, counted as scripts/size-budget.mjs counts the embed (each file
// compressed on its own, brotli q 11 and gzip -9): the host page plus the embed's files for the
// widget, the reference page plus its script for the reference.
const sumSizes = (paths) => paths
  .map((p) => compressedSizes(readFileSync(p)))
  .reduce((sum, s) => ({ brotli: sum.brotli + s.brotli, gzip: sum.gzip + s.gzip }), { brotli: 0, gzip: 0 });
const embed = embedFiles(dist);
const sizes = {
  widget: sumSizes([`${benchDir}host.html`, ...embed.map((f) => `${dist}/${f}`)]),
  embedOnly: sumSizes(embed.map((f) => `${dist}/${f}`)),
  reference: sumSizes([`${benchDir}reference.html`, `${benchDir}reference.js`]),
  // The page, its own script and stylesheet, and the embed (icons and manifest left out).
  standalone: sumSizes(['index.html', 'page.js', ...readdirSync(dist).filter((f) => /^page-[0-9a-f]+\.css$/.test(f)), ...embed].map((f) => `${dist}/${f}`)),
};

// Runs in the page before any of its scripts. Records performance.now() (time since the
// navigation started) at the first question visible, painted and (widget) ready, and keeps
// every long task. `__bench.done` resolves when the figures this page will have are in.
const PROBE = ({ selector, ready }) => `(() => {
  const b = window.__bench = { visible: null, painted: null, ready: null, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
  let finish;
  b.done = new Promise((resolve) => { finish = resolve; });
  const settle = () => { if (b.painted !== null && (!${ready} || b.ready !== null)) finish(); };
  document.addEventListener('refund-guide:ready', () => { if (b.ready === null) b.ready = performance.now(); settle(); }, true);
  // A requestAnimationFrame callback runs before that frame is painted; a message posted from
  // it is handled after the frame (the usual estimate of "painted").
  b.afterNextFrame = (fn) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => fn(performance.now());
    channel.port2.postMessage(0);
  });
  // The step on show in a shadow root, and a promise of the time it changes from \`from\`.
  b.stepOf = (root) => root.querySelector('[data-step]')?.getAttribute('data-step');
  b.stepChanged = (root, from) => new Promise((done) => {
    const observer = new MutationObserver(() => {
      if (b.stepOf(root) !== from) { observer.disconnect(); done(performance.now()); }
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
  // Visible as Playwright's 'visible': checkVisibility() and a non-empty box.
  b.visibleIn = (root) => {
    const step = root && root.querySelector('[data-step]');
    if (!step || !step.checkVisibility()) return false;
    const box = step.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const observers = [];
  const check = () => {
    if (b.visible !== null) return;
    const host = document.querySelector(${JSON.stringify(selector)});
    if (!b.visibleIn(host && host.shadowRoot)) return;
    b.visible = performance.now();
    for (const o of observers) o.disconnect();
    b.afterNextFrame((t) => { b.painted = t; settle(); });
  };
  // Mutations inside a shadow root are not seen from the document, so every shadow root is
  // watched from its creation on: the visible time is the mutation's, not the next frame's.
  // The host and reference pages create theirs with attachShadow, so both are measured the
  // same way; the standalone page's is declarative, seen by the per-frame check below.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    observers.push(observer);
    return root;
  };
  // And on every frame, for a change that is not a mutation (a stylesheet adopted last).
  const tick = () => { check(); if (b.visible === null) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})();`;

// In the page: 100 steps, Continue and Back in turn, from the first question with its first
// choice (merchant_refund) chosen. Each click is timed to the mutation that changes
// [data-step] inside the shadow root, then the next frame is let through before the next click.
async function clickSteps({ selector, steps }) {
  const b = window.__bench;
  const root = document.querySelector(selector).shadowRoot;
  const stepId = () => b.stepOf(root);
  const changed = (from) => b.stepChanged(root, from);
  const frame = () => new Promise((done) => b.afterNextFrame(done));
  const mem = () => (window.RefundGuide ? window.RefundGuide.stats().wasmMemoryBytes : null);
  const start = performance.now();
  root.querySelector('[data-choice="merchant_refund"]').click();
  await frame();
  const forward = [];
  const back = [];
  const painted = { forward: [], back: [] };
  let memAt50 = null;
  for (let i = 0; i < steps; i++) {
    const isForward = i % 2 === 0;
    const from = stepId();
    const rendered = changed(from);
    const t0 = performance.now();
    root.querySelector(isForward ? '[data-action="next"]' : '[data-action="back"]').click();
    (isForward ? forward : back).push((await rendered) - t0);
    painted[isForward ? 'forward' : 'back'].push((await frame()) - t0);
    if (i === steps / 2 - 1) memAt50 = mem();
  }
  const end = performance.now();
  return { start, end, forward, back, painted, memAt50, memEnd: mem() };
}

// The widget's path past the first questions (host.html only; the reference has no more): a
// merchant refund answered to the plan, then the case file's pages, the texts, a know-how page
// and back, each click timed as in clickSteps, with the long tasks that start before its next
// frame. Each entry: what to answer first (choices, or text typed into the step's field), what
// to click, and the step that must follow (anything else fails the run: the flow changed).
// `kind` groups the clicks by the step they lead to, for the table.
const NEXT = '[data-action="next"]';
const BACK = '[data-action="back"]';
const open = (node) => `[data-action="open"][data-node="${node}"]`;
const JOURNEY = [
  { choose: ['merchant_refund'], click: NEXT, to: 'merchant_response', kind: 'question' },
  { choose: ['no_reply'], click: NEXT, to: 'scam_contact', kind: 'question' },
  { choose: ['no_such_contact'], click: NEXT, to: 'status', kind: 'question' },
  { choose: ['processing'], click: NEXT, to: 'started_on', kind: 'input' },
  { type: '2020-01-02', click: NEXT, to: 'security_signs', kind: 'question' },
  { choose: ['none_of_these'], click: NEXT, to: 'notices', kind: 'question' },
  { choose: ['none_of_these'], click: NEXT, to: 'amount', kind: 'input' },
  { type: '3000', click: NEXT, to: 'pay_later', kind: 'question' },
  { choose: ['no'], click: NEXT, to: 'summary', kind: 'summary' },
  { click: NEXT, to: 'plan', kind: 'plan' },
  { click: open('case_facts'), to: 'case_facts', kind: 'case' },
  { click: NEXT, to: 'evidence', kind: 'case' },
  { click: NEXT, to: 'contact_log', kind: 'case' },
  { click: NEXT, to: 'letters', kind: 'letters' },
  { click: BACK, to: 'contact_log', kind: 'case' },
  { click: BACK, to: 'evidence', kind: 'case' },
  { click: BACK, to: 'case_facts', kind: 'case' },
  { click: BACK, to: 'plan', kind: 'plan' },
  { click: open('letters'), to: 'letters', kind: 'letters' },
  { click: BACK, to: 'plan', kind: 'plan' },
  { click: open('talk_tips'), to: 'talk_tips', kind: 'knowhow' },
  { click: BACK, to: 'plan', kind: 'plan' },
];
const KINDS = [
  ['question', 'a question'],
  ['input', 'a date or amount to enter'],
  ['summary', '"check your answers"'],
  ['plan', 'the plan'],
  ['case', 'a case-file page (facts, evidence, contact log)'],
  ['letters', 'the ready-to-send texts'],
  ['knowhow', 'a know-how page'],
];

// In the page: walks `path` (JOURNEY) from the first question.
async function walkJourney({ selector, path }) {
  const b = window.__bench;
  const root = document.querySelector(selector).shadowRoot;
  const frame = () => new Promise((done) => b.afterNextFrame(done));
  const out = [];
  for (const { choose, type, click, to, kind } of path) {
    for (const id of choose || []) root.querySelector(`[data-choice="${id}"]`).click();
    if (type !== undefined) {
      const field = root.querySelector('[data-field]');
      field.value = type;
      field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    await frame();
    const from = b.stepOf(root);
    const rendered = b.stepChanged(root, from);
    const t0 = performance.now();
    root.querySelector(click).click();
    const t1 = await rendered;
    const t2 = await frame();
    if (b.stepOf(root) !== to) throw new Error(`journey: ${click} on ${from} showed ${b.stepOf(root)}, not ${to}`);
    out.push({ kind, from, to, start: t0, end: t2, rendered: t1 - t0, painted: t2 - t0 });
  }
  return out;
}

async function runOnce(browser, baseUrl, mode, target) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: mode.cpu });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (mode.network) await cdp.send('Network.emulateNetworkConditions', mode.network);
    // Requests of the page itself. Left out: Chromium's own favicon request, and `data:` URLs,
    // which CDP reports though nothing goes on the wire (the date controls of the case facts
    // page draw their calendar icon from one in Chromium's own stylesheet).
    const requests = [];
    let wireBytes = 0;
    cdp.on('Network.requestWillBeSent', (e) => {
      const { url } = e.request;
      if (!url.endsWith('/favicon.ico') && !url.startsWith('data:')) requests.push(url);
    });
    cdp.on('Network.loadingFinished', (e) => { wireBytes += e.encodedDataLength; });
    await page.addInitScript(PROBE(target));
    await page.goto(`${baseUrl}${target.path}`, { timeout: 120000 });
    await page.evaluate(() => window.__bench.done);
    // Let what the page does after its first step run before the clicks (its long tasks count
    // as load).
    await page.waitForTimeout(1000);
    const load = await page.evaluate(() => ({
      visible: window.__bench.visible,
      painted: window.__bench.painted,
      ready: window.__bench.ready,
      wasmEnd: performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'))?.responseEnd ?? null,
    }));
    const requestsAtLoad = requests.length;
    const wireAtLoad = wireBytes;
    const clicks = await page.evaluate(clickSteps, { selector: target.selector, steps: STEPS });
    const journey = target.id === 'widget' ? await page.evaluate(walkJourney, { selector: target.selector, path: JOURNEY }) : [];
    await page.waitForTimeout(200); // long-task entries are delivered asynchronously
    const longTasks = await page.evaluate(() => window.__bench.longTasks);
    if (errors.length) throw new Error(`${target.id}, ${mode.id}: page errors: ${errors.join('; ')}`);
    const longest = (from, to) => Math.max(0, ...longTasks.filter((t) => t.start >= from && t.start < to).map((t) => t.duration));
    return {
      ...load,
      // The reference has nothing to take over: it is done when its question is visible.
      takenOver: target.ready ? load.ready : load.visible,
      requests: requestsAtLoad,
      requestsDuringClicks: requests.length - requestsAtLoad,
      wireBytes: wireAtLoad,
      longestTaskLoad: longest(0, clicks.start),
      longestTaskClicks: longest(clicks.start, clicks.end),
      journey: journey.map((j) => ({ kind: j.kind, from: j.from, to: j.to, rendered: j.rendered, painted: j.painted, longestTask: longest(j.start, j.end) })),
      longTasks,
      forward: clicks.forward,
      back: clicks.back,
      forwardPainted: clicks.painted.forward,
      backPainted: clicks.painted.back,
      memAt50: clicks.memAt50,
      memEnd: clicks.memEnd,
    };
  } finally {
    await context.close();
  }
}

// brotli compression of each file happens once, here, before anything is timed; this also
// checks that the files are served as the benchmark means (brotli, application/wasm).
async function warm(baseUrl) {
  const paths = ['/bench/host.html', '/bench/reference.html', '/bench/reference.js', '/index.html', '/page.js', ...embed.map((f) => `/${f}`)];
  for (const path of paths) {
    const res = await fetch(`${baseUrl}${path}`, { headers: { 'accept-encoding': 'br' } });
    await res.arrayBuffer();
    if (!res.ok || res.headers.get('content-encoding') !== 'br') throw new Error(`${path}: not served with brotli (${res.status})`);
    if (path.endsWith('.wasm') && res.headers.get('content-type') !== 'application/wasm') throw new Error(`${path}: not application/wasm`);
  }
}

function summarise(list) {
  const pick = (key) => list.map((r) => r[key]);
  const visible = pick('visible');
  return {
    visible: median(visible),
    visibleMin: Math.min(...visible),
    visibleMax: Math.max(...visible),
    painted: median(pick('painted')),
    takenOver: median(pick('takenOver')),
    wasmEnd: list[0].wasmEnd === null ? null : median(pick('wasmEnd')),
    forward: median(list.flatMap((r) => r.forward)),
    back: median(list.flatMap((r) => r.back)),
    forwardPainted: median(list.flatMap((r) => r.forwardPainted)),
    backPainted: median(list.flatMap((r) => r.backPainted)),
    longestTaskLoad: Math.max(...pick('longestTaskLoad')),
    longestTaskClicks: Math.max(...pick('longestTaskClicks')),
    requests: median(pick('requests')),
    requestsDuringClicks: Math.max(...pick('requestsDuringClicks')),
    wireBytes: median(pick('wireBytes')),
    memEnd: list[0].memEnd === null ? null : Math.max(...pick('memEnd')),
    memGrowth: list[0].memEnd === null ? null : Math.max(...list.map((r) => r.memEnd - r.memAt50)),
    // Per kind of step reached on the journey: median and slowest click, longest task.
    journey: Object.fromEntries(KINDS.map(([kind]) => {
      const of = list.flatMap((r) => r.journey).filter((j) => j.kind === kind);
      return [kind, of.length ? {
        rendered: median(of.map((j) => j.rendered)),
        renderedMax: Math.max(...of.map((j) => j.rendered)),
        painted: median(of.map((j) => j.painted)),
        longestTask: Math.max(...of.map((j) => j.longestTask)),
      } : null];
    })),
  };
}

let failed = false;
const results = {};
const server = await startServer({ root: dist, mounts: { '/bench/': benchDir }, compress: true });
let browser;
let browserVersion = '';
try {
  await warm(server.url);
  browser = await launch();
  browserVersion = browser.version();
  for (const mode of MODES) {
    results[mode.id] = { widget: [], reference: [], standalone: [] };
    for (let i = 0; i < runs; i++) {
      // Take turns (and swap who goes first) so a slow patch of the machine hits both.
      const order = i % 2 ? [...TARGETS].reverse() : TARGETS;
      for (const target of order) results[mode.id][target.id].push(await runOnce(browser, server.url, mode, target));
    }
  }
} catch (e) {
  console.error(`bench: ${e.stack || e}`);
  failed = true;
} finally {
  if (browser) await browser.close();
  await server.close();
}
if (failed) process.exit(1);

const summary = Object.fromEntries(MODES.map((m) => [m.id, {
  widget: summarise(results[m.id].widget),
  reference: summarise(results[m.id].reference),
  standalone: summarise(results[m.id].standalone),
}]));

if (asJson) {
  console.log(JSON.stringify({ date: new Date().toISOString(), browser: browserVersion, runs, steps: STEPS, modes: MODES, sizes, summary, results }, null, 2));
  process.exit(0);
}

const ms = (x) => (x === null ? '–' : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
const ratio = (w, r) => (w === null || r === null || r === 0 ? '–' : `${(w / r).toFixed(2)}×`);
const task = (x) => (x === 0 ? 'none > 50 ms' : ms(x));
// One cell: the widget's figure, the reference's, and widget / reference.
const pair = (w, r, fmt = ms) => `${fmt(w)} vs ${fmt(r)} (${ratio(w, r)})`;
const taskPair = (w, r) => (w === 0 && r === 0 ? 'none > 50 ms either' : `${task(w)} vs ${task(r)}`);

const rows = [
  ['first question visible (DOM), median', (w, r) => pair(w.visible, r.visible)],
  ['first question visible, min–max over the runs', (w, r) => `${ms(w.visibleMin)}–${ms(w.visibleMax)} vs ${ms(r.visibleMin)}–${ms(r.visibleMax)}`],
  ['first question painted (next frame), median', (w, r) => pair(w.painted, r.painted)],
  ['taken over (`refund-guide:ready`; reference: visible), median', (w, r) => pair(w.takenOver, r.takenOver)],
  ['wasm response end (resource timing), median', (w) => `${ms(w.wasmEnd)} (ready − wasm end: ${ms(w.takenOver - w.wasmEnd)})`],
  ['click → next question in the DOM, median', (w, r) => pair(w.forward, r.forward)],
  ['click Back → previous question in the DOM, median', (w, r) => pair(w.back, r.back)],
  ['longest main-thread task, load (max over runs)', (w, r) => taskPair(w.longestTaskLoad, r.longestTaskLoad)],
  [`longest main-thread task, ${STEPS} clicks (max over runs)`, (w, r) => taskPair(w.longestTaskClicks, r.longestTaskClicks)],
  ['requests to load (requests during the clicks)', (w, r) => `${w.requests} (${w.requestsDuringClicks}) vs ${r.requests} (${r.requestsDuringClicks})`],
  ['bytes on the wire as served (brotli, headers included)', (w, r) => pair(w.wireBytes, r.wireBytes, kib)],
  [`wasm memory after ${STEPS} steps (growth over the last ${STEPS / 2})`, (w) => `${(w.memEnd / 1048576).toFixed(2)} MiB (+${w.memGrowth} B) vs no wasm`],
];

const date = new Date().toISOString().slice(0, 10);
console.log(`Refund Guide benchmark, ${date}, headless Chromium ${browserVersion}, ${runs} fresh contexts per page and mode, `
  + `${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} at the end\n`);
console.log('Each cell: widget (host.html, the README snippet) vs reference (reference.js, one hand-written script) (widget / reference).\n');
console.log(`| measure | ${MODES.map((m) => m.label).join(' | ')} |`);
console.log(`| --- | ${MODES.map(() => '---').join(' | ')} |`);
console.log(`| transfer, each file brotli q 11 (gzip -9), page included | ${pair(sizes.widget.brotli, sizes.reference.brotli, kib)}; gzip ${pair(sizes.widget.gzip, sizes.reference.gzip, kib)} | same | same |`);
for (const [label, cell] of rows) {
  console.log(`| ${label} | ${MODES.map((m) => cell(summary[m.id].widget, summary[m.id].reference)).join(' | ')} |`);
}
// The standalone page against the same reference: what the first screen in the page buys.
const pageRows = rows.filter(([label]) => /^(first question (visible \(DOM\)|painted)|taken over|longest main-thread task, load|requests to load|bytes on the wire)/.test(label));
console.log('\nThe standalone page (dist/index.html, with the build\'s first screen in it) vs the same reference (standalone / reference):\n');
console.log(`| measure | ${MODES.map((m) => m.label).join(' | ')} |`);
console.log(`| --- | ${MODES.map(() => '---').join(' | ')} |`);
console.log(`| transfer, each file brotli q 11 (gzip -9), page, its script and stylesheet included | ${pair(sizes.standalone.brotli, sizes.reference.brotli, kib)}; gzip ${pair(sizes.standalone.gzip, sizes.reference.gzip, kib)} | same | same |`);
for (const [label, cell] of pageRows) {
  console.log(`| ${label} | ${MODES.map((m) => cell(summary[m.id].standalone, summary[m.id].reference)).join(' | ')} |`);
}
console.log('\nThe widget beyond the first question (host.html): a merchant refund answered to the plan, the case file\'s pages, the texts, a know-how page and back; '
  + 'each cell: click → that step in the DOM, median (slowest), and the longest main-thread task from the click to the next frame (max over the runs):\n');
console.log(`| click that leads to | ${MODES.map((m) => m.label).join(' | ')} |`);
console.log(`| --- | ${MODES.map(() => '---').join(' | ')} |`);
for (const [kind, label] of KINDS) {
  const cell = (j) => (j ? `${ms(j.rendered)} (${ms(j.renderedMax)}); ${task(j.longestTask)}` : '–');
  console.log(`| ${label} | ${MODES.map((m) => cell(summary[m.id].widget.journey[kind])).join(' | ')} |`);
}
console.log(`\nThe embed alone (the size budget's figure): ${kib(sizes.embedOnly.brotli)} brotli, ${kib(sizes.embedOnly.gzip)} gzip -9.`);
