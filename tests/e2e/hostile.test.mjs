// Hostile input in the browser (issue 21, point 3; the native side is model/tests/fuzz.rs).
// 200 generated configurations reach the widget through the three layers the loader reads
// (attributes, the child JSON, the mount() object), and 100 generated saved states are
// written to localStorage before a widget mounts. For every case: no page error, no panic in
// the console, a step on screen that still answers a click, the widget gone on destroy, no
// built-in prototype touched; an unreadable save kept aside under `<prefix>:corrupt:<ms>`;
// a newer save left byte for byte as it was, after the widget ran and after a click.
//
// One page (tests/e2e/pages/sequence.html) runs the cases one after another; a fresh widget
// reads storage when it mounts, so no case needs a reload (the page is reloaded only after
// a case broke it). Generators: tests/e2e/hostile-cases.mjs. Reproducible: the seed is
// printed, and a failure names its case; rerun one with
//   HOSTILE_SEED=<seed> HOSTILE_ONLY=config:17,state:3 node --test tests/e2e/hostile.test.mjs
// HOSTILE_CONFIGS and HOSTILE_STATES change the counts (200 and 100).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch, startServer } from './helpers.mjs';
import { configCase, stateCase, newerKey, SCHEMA } from './hostile-cases.mjs';

const SEED = process.env.HOSTILE_SEED || '21';
const CONFIGS = Number(process.env.HOSTILE_CONFIGS || 200);
const STATES = Number(process.env.HOSTILE_STATES || 100);
const ONLY = process.env.HOSTILE_ONLY ? process.env.HOSTILE_ONLY.split(',') : null;
const PANIC = /panicked|RuntimeError|unreachable/;
/** At most this long for one case (mount, click, destroy): a hang is a failure. */
const CASE_LIMIT = 60_000;

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await startServer({ root: 'tests/e2e/pages', mounts: { '/bundle/': process.env.DIST || 'dist' } });
});
after(async () => { await browser?.close(); await server?.close(); });

/** The harness page, with the errors Playwright sees, attributed to the case running. */
async function harness() {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const seen = { current: null, errors: new Map() };
  const note = (text) => {
    const list = seen.errors.get(seen.current) || [];
    list.push(text.slice(0, 500));
    seen.errors.set(seen.current, list);
  };
  page.on('pageerror', (e) => note(`page error: ${e.stack || e}`));
  page.on('crash', () => note('the page crashed'));
  page.on('console', (m) => { if (PANIC.test(m.text())) note(`console ${m.type()}: ${m.text()}`); });
  const load = async () => {
    await page.goto(`${server.url}/sequence.html`);
    await page.waitForFunction(() => window.RefundGuide && window.__rgRun);
  };
  await load();
  const run = async (name, spec) => {
    seen.current = name;
    let timer;
    const limit = new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`no answer within ${CASE_LIMIT} ms`)), CASE_LIMIT); });
    try {
      return JSON.parse(await Promise.race([page.evaluate((s) => window.__rgRun(s), JSON.stringify(spec)), limit]));
    } finally {
      clearTimeout(timer);
    }
  };
  return { context, page, seen, load, run };
}

/** Which of `names` to run (all, or the ones HOSTILE_ONLY names). */
const selected = (kind, n) => Array.from({ length: n }, (_, i) => i).filter((i) => !ONLY || ONLY.includes(`${kind}:${i}`));

/** Whether a reported key names the path, a setting above it, or one inside it. */
const related = (key, path) => key === path || [key, path].some((a) => {
  const b = a === key ? path : key;
  return b.startsWith(`${a}.`) || b.startsWith(`${a}[`);
});

/** What every case must show, whatever it was given. */
function common(out) {
  const problems = [];
  if (out.uncaught.length) problems.push(`uncaught: ${out.uncaught.join(' | ')}`);
  if (out.panics.length) problems.push(`panic in the console: ${out.panics.join(' | ')}`);
  if (out.mountThrew) problems.push(`RefundGuide.mount threw: ${out.mountThrew}`);
  if (!out.step) problems.push(`no step on screen${out.alert ? ` (an alert instead: ${out.alert})` : ' (blank)'}`);
  if (out.readies && out.readies.got < out.readies.expected) problems.push(`${out.readies.got} ready for ${out.readies.expected} mounts`);
  if (out.step && !out.click?.to) problems.push('no step on screen after a click');
  if (!['zh-CN', 'en'].includes(out.lang)) problems.push(`lang ${out.lang}`);
  if (!out.emptied) problems.push('destroy left the shadow root full');
  if (out.polluted.length) problems.push(`built-in prototypes changed: ${out.polluted.join(', ')}`);
  for (const e of out.events) {
    if (e.type === 'ready' && !['zh-CN', 'en'].includes(e.locale)) problems.push(`ready with locale ${e.locale}`);
    if (e.type !== 'error') continue;
    if (!e.code || !e.key || !e.message) problems.push(`an error event without code, key or message: ${JSON.stringify(e)}`);
    // One widget at a time: a key still in use means a destroyed widget kept it.
    if (['storage_prefix_in_use', 'load_failed'].includes(e.code)) problems.push(`error ${e.code}: ${e.message}`);
  }
  return problems;
}

/** Checks one configuration case. */
function checkConfig(out, expect) {
  const problems = common(out);
  if (out.step && !out.click.advanced) problems.push(`a click did not move on from ${out.step} (${out.click.clicked})`);
  const written = out.afterClick.filter((s) => !s.same.length);
  if (written.length > 1) problems.push(`more than one key written: ${written.map((s) => s.key)}`);
  for (const s of written) {
    if (!/:v1$/.test(s.key) || !s.head.startsWith(`{"schema":${SCHEMA},`)) problems.push(`wrote ${s.key}: ${s.head}`);
  }
  if (expect) {
    // A valid configuration with one bad value: the value is named, the rest applies.
    const keys = out.events.filter((e) => e.type === 'error').map((e) => e.key)
      .concat(out.warnings.map((w) => w.slice('Refund Guide: '.length, w.lastIndexOf(': '))));
    if (!keys.some((k) => related(k, expect.path))) problems.push(`${expect.path} not named; reported: ${JSON.stringify(keys).slice(0, 300)}`);
    if (expect.locale && out.lang !== expect.locale) problems.push(`the rest did not apply: lang ${out.lang}, configured ${expect.locale}`);
    if (expect.persist === false && written.length) problems.push(`persist false, yet ${written.map((s) => s.key)} written`);
    if (expect.persist && !written.some((s) => s.key === `${expect.prefix}:v${SCHEMA}`)) {
      problems.push(`progress not saved under ${expect.prefix}:v${SCHEMA} (written: ${written.map((s) => s.key)})`);
    }
  }
  return problems;
}

/** Checks one saved-state case. */
function checkState(out, c) {
  const problems = common(out);
  const [mainInjected] = c.spec.storage.filter(([k]) => k === c.main);
  const newer = c.spec.storage.some(([k]) => newerKey(k, c.prefix));
  const notices = out.notices;
  const unreadable = notices.includes('saved_data_unreadable');
  const isNewer = notices.includes('saved_by_newer_version');
  const expect = newer ? 'newer' : c.expect;
  const untouched = (snap, when) => {
    for (const [key] of c.spec.storage) {
      const now = snap.find((s) => s.key === key);
      if (!now || !now.same.includes(key)) problems.push(`${key} changed ${when} (now ${now ? `${now.length} characters: ${now.head.slice(0, 60)}` : 'gone'})`);
    }
  };
  if (out.injectFailed.length) problems.push(`could not write the case: ${out.injectFailed}`);

  // Whatever the case expected, a save the widget calls newer is left alone.
  if (expect === 'newer' || isNewer) {
    if (!isNewer) problems.push(`a newer save, notices ${JSON.stringify(notices)}`);
    // Never used, never overwritten, nothing written beside it.
    untouched(out.afterMount, 'when the widget mounted');
    untouched(out.afterClick, 'after a click');
    untouched(out.afterDestroy, 'after destroy');
    if (out.afterClick.length !== c.spec.storage.length) problems.push(`keys written beside a newer save: ${out.afterClick.map((s) => s.key)}`);
  }
  if (isNewer && !['newer', 'any'].includes(expect)) problems.push('called newer');
  if (expect === 'unreadable' && !unreadable) problems.push(`unreadable data, notices ${JSON.stringify(notices)}`);
  if (['readable', 'nothing'].includes(expect) && unreadable) problems.push('readable data called unreadable');
  if (expect === 'readable' && !notices.some((n) => ['resume', 'follow_up'].includes(n))) problems.push(`a readable save not offered back: ${JSON.stringify(notices)}`);
  if (expect === 'not-resumed' && notices.some((n) => ['resume', 'follow_up'].includes(n))) problems.push('a save of the wrong shape resumed');
  if (expect === 'nothing' && notices.length) problems.push(`nothing saved, yet notices ${JSON.stringify(notices)}`);

  const aside = out.afterMount.filter((s) => s.key.startsWith(`${c.prefix}:corrupt:`) && !c.spec.storage.some(([k]) => k === s.key));
  if (unreadable) {
    // Kept aside as stored (a lone surrogate, which a Rust String cannot hold, as U+FFFD),
    // or, when there is no room for the copy, left where it was and nothing written.
    const raw = mainInjected ? mainInjected[1] : '';
    const kept = aside.filter((s) => /:corrupt:\d+$/.test(s.key) && (s.same.includes(c.main) || s.wellFormed.includes(c.main)));
    if (aside.length === 1 && kept.length === 1) {
      if (!kept[0].same.includes(c.main)) c.note = 'unreadable data kept aside with U+FFFD for each lone surrogate';
    } else if (aside.length === 0) {
      untouched(out.afterClick, 'though it could not be kept aside');
      if (out.afterClick.length !== c.spec.storage.length) problems.push('written over data that could not be kept aside');
      c.note = 'no room for the copy: left in place';
    } else {
      problems.push(`kept aside: ${JSON.stringify(aside.map((s) => [s.key, s.length, s.same]))}, expected one copy of ${raw.length} characters`);
    }
  } else if (aside.length) {
    problems.push(`a copy made of data not called unreadable: ${aside.map((s) => s.key)}`);
  }
  // Other widgets' entries and this one's old backups are never touched.
  for (const [key] of c.spec.storage.filter(([k]) => k !== c.main)) {
    const now = out.afterClick.find((s) => s.key === key);
    if (!now || !now.same.includes(key)) problems.push(`${key} changed`);
  }
  if (!isNewer && expect !== 'newer' && (unreadable ? aside.length : true)) {
    const main = out.afterClick.find((s) => s.key === c.main);
    const moved = out.click?.advanced;
    if (moved && (!main || !main.head.startsWith(`{"schema":${SCHEMA},`))) problems.push(`no progress saved after a click (${c.main}: ${main ? main.head.slice(0, 60) : 'none'})`);
  }
  return problems;
}

/** Runs cases, collecting failures; reloads the page after a case that broke it. */
async function runAll(t, kind, indices, make, check) {
  const h = await harness();
  const failures = [];
  const started = Date.now();
  const notes = new Map();
  for (const index of indices) {
    const c = make(SEED, index);
    const name = `${kind}:${index}`;
    let problems;
    try {
      const out = await h.run(name, c.spec);
      problems = check(out, kind === 'config' ? c.expect : c);
    } catch (err) {
      problems = [`the harness failed: ${String(err).slice(0, 300)}`];
    }
    await new Promise((done) => setTimeout(done, 0));
    problems.push(...(h.seen.errors.get(name) || []));
    if (c.note) notes.set(c.note, (notes.get(c.note) || 0) + 1);
    if (problems.length) {
      failures.push(`${name} (${c.describe}): ${problems.join('; ')}`);
      mkdirSync('test-results/hostile', { recursive: true });
      writeFileSync(`test-results/hostile/seed-${SEED}-${kind}-${index}.json`, JSON.stringify({ seed: SEED, case: name, describe: c.describe, problems, spec: c.spec }, null, 1));
      await h.load().catch(() => {});
    }
  }
  for (const [note, n] of notes) t.diagnostic(`${n} × ${note}`);
  t.diagnostic(`seed ${SEED}: ${indices.length} ${kind} cases in ${((Date.now() - started) / 1000).toFixed(1)} s, ${failures.length} failed`);
  await h.context.close();
  assert.deepEqual(failures, [], `seed ${SEED}: ${failures.length} of ${indices.length} ${kind} cases failed (specs in test-results/hostile/; rerun one with HOSTILE_SEED=${SEED} HOSTILE_ONLY=<case>)`);
}

test(`${CONFIGS} hostile configurations through attributes, the child JSON and mount() (HOSTILE_SEED=${SEED})`, async (t) => {
  await runAll(t, 'config', selected('config', CONFIGS), configCase, checkConfig);
});

test(`${STATES} hostile saved states in localStorage before the widget mounts (HOSTILE_SEED=${SEED})`, async (t) => {
  await runAll(t, 'state', selected('state', STATES), stateCase, checkState);
});
