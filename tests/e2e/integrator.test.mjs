// The integrator's kit (issue 19): the npm package the release build writes (dist/npm/), its
// types compiled by tsc --strict, the SRI hashes, one configuration checker behind three
// doors (the browser's RefundGuide.check(), npx refund-guide-check in Node, the native
// check-content --config) giving the same verdicts, <refund-guide> as its own handle, and
// loading that fails visibly: the fallback inside the element, CORS from a second origin,
// and the load-failed message with its link and event.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch, startServer, step, answer, merchantSteps } from './helpers.mjs';
import { serve } from '../../scripts/serve.mjs';

const dist = resolve(process.env.DIST || 'dist');
const npmDir = join(dist, 'npm');
const configsDir = resolve('model/tests/configs');
const verdicts = JSON.parse(readFileSync(join(configsDir, 'verdicts.json'), 'utf8'));
const line = (i) => `${i.key}: ${i.message} (${i.code})`;

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await startServer({ root: 'tests/e2e/pages', mounts: { '/bundle/': dist } });
});
after(async () => { await browser?.close(); await server?.close(); });

test('the release build writes an npm package that packs, with exports, types, files and a bin', () => {
  const pkg = JSON.parse(readFileSync(join(npmDir, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'refund-guide');
  assert.equal(pkg.license, 'MIT OR Apache-2.0');
  assert.equal(pkg.types, './refund-guide.d.ts');
  assert.deepEqual(pkg.exports['.'], { types: './refund-guide.d.ts', default: './refund-guide.js' });
  assert.deepEqual(pkg.sideEffects, ['./refund-guide.js']);
  assert.equal(pkg.bin['refund-guide-check'], './bin/refund-guide-check.mjs');
  const wasm = readdirSync(dist).filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 1, 'dist/ itself still holds one wasm');
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: npmDir, encoding: 'utf8' }));
  const files = packed[0].files.map((f) => f.path).sort();
  for (const name of ['refund-guide.js', wasm[0], 'refund-guide.files.json', 'refund-guide.d.ts', 'check.mjs', 'bin/refund-guide-check.mjs', 'package.json', 'README.md']) {
    assert.ok(files.includes(name), `${name} is in the package: ${files.join(', ')}`);
  }
  // Copies of the embed's files, byte for byte.
  for (const name of ['refund-guide.js', wasm[0]]) {
    assert.ok(readFileSync(join(npmDir, name)).equals(readFileSync(join(dist, name))), `${name} is the embed's own`);
  }
});

test('the types compile under tsc --strict: correct use passes, every wrong key or value fails', () => {
  const work = mkdtempSync(join(tmpdir(), 'rg-types-'));
  try {
    writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        strict: true, noEmit: true, target: 'es2020', module: 'es2020', moduleResolution: 'bundler',
        lib: ['es2020', 'dom'], paths: { 'refund-guide': [join(npmDir, 'refund-guide.d.ts')] },
      },
      files: [resolve('tests/types/usage.ts')],
    }));
    const tsc = resolve('node_modules/.bin/tsc');
    const ok = spawnSync(tsc, ['-p', work], { encoding: 'utf8' });
    assert.equal(ok.status, 0, `tsc --strict on tests/types/usage.ts:\n${ok.stdout}${ok.stderr}`);
    // The same file without its expect-error markers must fail, once per marked line.
    const marked = readFileSync('tests/types/usage.ts', 'utf8');
    const count = marked.split('// @ts-expect-error').length - 1;
    assert.ok(count >= 8, 'the wrong uses are there');
    writeFileSync(join(work, 'wrong.ts'), marked.split('// @ts-expect-error').join('//'));
    writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({
      ...JSON.parse(readFileSync(join(work, 'tsconfig.json'), 'utf8')), files: [join(work, 'wrong.ts')],
    }));
    const wrong = spawnSync(tsc, ['-p', work], { encoding: 'utf8' });
    assert.notEqual(wrong.status, 0);
    const errors = wrong.stdout.split('\n').filter((l) => l.includes('error TS'));
    assert.equal(errors.length, count, `one error per wrong use:\n${wrong.stdout}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('refund-guide.files.json gives each file its SHA-256 and an SRI integrity that match the bytes', () => {
  const listed = JSON.parse(readFileSync(join(dist, 'refund-guide.files.json'), 'utf8'));
  assert.equal(listed.files.length, 2);
  for (const f of listed.files) {
    const bytes = readFileSync(join(dist, f.path));
    assert.equal(f.sha256, createHash('sha256').update(bytes).digest('hex'), f.path);
    assert.equal(f.integrity, `sha384-${createHash('sha384').update(bytes).digest('base64')}`, f.path);
    assert.equal(f.bytes, bytes.length);
  }
});

test('one checker, three doors: RefundGuide.check(), npx refund-guide-check and check-content --config agree', async () => {
  const names = Object.keys(verdicts);
  assert.ok(names.some((n) => n.startsWith('good-')) && names.some((n) => n.startsWith('bad-')));
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/handle.html`);
  await page.locator('#plain [data-step]').waitFor();
  for (const name of names) {
    const config = JSON.parse(readFileSync(join(configsDir, name), 'utf8'));
    const inBrowser = (await page.evaluate((c) => window.RefundGuide.check(c), config)).map(line);
    assert.deepEqual(inBrowser, verdicts[name], `RefundGuide.check() on ${name}`);
    const node = spawnSync(process.execPath, [join(npmDir, 'bin', 'refund-guide-check.mjs'), join(configsDir, name)], { encoding: 'utf8' });
    assert.deepEqual(node.stdout.split('\n').filter(Boolean), verdicts[name], `refund-guide-check on ${name}: ${node.stderr}`);
    assert.equal(node.status, verdicts[name].length ? 1 : 0, `refund-guide-check's exit code on ${name}`);
    const native = spawnSync('cargo', ['run', '-q', '--locked', '-p', 'refund-guide-model', '--bin', 'check-content', '--', '--config', join(configsDir, name)], { encoding: 'utf8' });
    assert.deepEqual(native.stdout.split('\n').filter(Boolean), verdicts[name], `check-content --config on ${name}: ${native.stderr}`);
    assert.equal(native.status, verdicts[name].length ? 1 : 0, `check-content's exit code on ${name}`);
  }
  // What mount() reports is what check() said it would.
  const config = JSON.parse(readFileSync(join(configsDir, 'bad-values.json'), 'utf8'));
  const reported = await page.evaluate(async (c) => {
    const el = document.createElement('div');
    document.body.append(el);
    const seen = [];
    el.addEventListener('refund-guide:error', (e) => seen.push(e.detail));
    const ready = new Promise((ok) => el.addEventListener('refund-guide:ready', ok));
    window.RefundGuide.mount(el, c);
    await ready;
    return seen;
  }, config);
  assert.deepEqual(reported.map(line), verdicts['bad-values.json']);
  // Not JSON at all: the bin says so and fails.
  const work = mkdtempSync(join(tmpdir(), 'rg-check-'));
  writeFileSync(join(work, 'broken.json'), '{ oops');
  const broken = spawnSync(process.execPath, [join(npmDir, 'bin', 'refund-guide-check.mjs'), join(work, 'broken.json')], { encoding: 'utf8' });
  assert.equal(broken.status, 1);
  assert.match(broken.stderr, /not JSON/);
  rmSync(work, { recursive: true, force: true });
  await context.close();
});

test('<refund-guide> written in HTML is its own handle: setLocale, reset, config and destroy on the element', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/handle.html`);
  const el = page.locator('#plain');
  await el.locator('[data-step="money_kind"]').waitFor();
  const lang = () => page.evaluate(() => document.getElementById('plain').shadowRoot.querySelector('.rg').lang);
  // The widget starts in zh-CN (the default); the element switches it.
  assert.equal(await lang(), 'zh-CN');
  await page.evaluate(() => document.getElementById('plain').setLocale('en'));
  await page.waitForFunction(() => document.getElementById('plain').shadowRoot.querySelector('.rg').lang === 'en');
  await el.locator('h1, h2').filter({ hasText: 'Which money is the problem?' }).first().waitFor();
  // mount() on the element returns the element, and reconfigures what it shows.
  const same = await page.evaluate(() => {
    const g = document.getElementById('plain');
    return window.RefundGuide.mount(g, { locale: 'en', brand: { name: 'Element Wallet' } }) === g;
  });
  assert.ok(same, 'mount() on <refund-guide> returns the element');
  await page.waitForFunction(() => document.getElementById('plain').shadowRoot.textContent.includes('Element Wallet'));
  // Answer one question, then reset() from the element: back to the first question.
  await el.locator('[data-choice="merchant_refund"]').check();
  await el.locator('[data-action="next"]').click();
  await page.waitForFunction(() => !document.getElementById('plain').shadowRoot.querySelector('[data-step="money_kind"]'));
  const reset = page.evaluate(() => new Promise((ok) => document.getElementById('plain').addEventListener('refund-guide:reset', () => ok(true), { once: true })));
  await page.evaluate(() => document.getElementById('plain').reset());
  assert.ok(await reset);
  await el.locator('[data-step="money_kind"]').waitFor();
  // The config property reconfigures, and reads back what was set.
  await page.evaluate(() => { document.getElementById('plain').config = { locale: 'en', brand: { name: 'Property Wallet' } }; });
  await page.waitForFunction(() => document.getElementById('plain').shadowRoot.textContent.includes('Property Wallet'));
  assert.equal(await page.evaluate(() => document.getElementById('plain').config.brand.name), 'Property Wallet');
  // destroy() empties it; putting the element back in the page mounts it again.
  await page.evaluate(() => document.getElementById('plain').destroy());
  await page.waitForFunction(() => !document.getElementById('plain').shadowRoot.querySelector('[data-step]'));
  await page.evaluate(() => { const g = document.getElementById('plain'); g.remove(); document.body.append(g); });
  await el.locator('[data-step="money_kind"]').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('legalHelpAmount: the plan raises legal help from the amount the host sets', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/handle.html`);
  await page.locator('#plain [data-step="money_kind"]').waitFor();
  const legalNow = async (config) => {
    await page.evaluate((c) => { document.getElementById('plain').config = c; }, config);
    await page.evaluate(() => document.getElementById('plain').reset());
    await page.locator('#plain [data-step="money_kind"]').waitFor();
    for (const [node, reply] of [...merchantSteps({ type: '300' }), ['summary', null]]) {
      await answer(page, node, reply, { axe: false, root: '#plain' });
    }
    assert.equal(await step(page, '#plain'), 'plan');
    return page.locator('#plain [data-plan-step="legal_help"] .rg-legal-now').count();
  };
  assert.equal(await legalNow({ persist: false }), 0, '300 is below the default 5,000');
  assert.equal(await legalNow({ persist: false, legalHelpAmount: 200 }), 1, '300 is above the host amount, 200');
  await context.close();
});

test('a config set on <refund-guide> before the loader defined it is not lost', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/early.html`);
  await page.locator('#early [data-step="money_kind"]').waitFor();
  await page.waitForFunction(() => document.getElementById('early').shadowRoot.textContent.includes('Early Wallet'));
  assert.equal(await page.evaluate(() => document.getElementById('early').shadowRoot.querySelector('.rg').lang), 'en');
  assert.equal(await page.evaluate(() => document.getElementById('early').config.brand.name), 'Early Wallet');
  await context.close();
});

test('ready fires once the first screen is shown, whether the page set config or called mount() before the wasm arrived', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/ready.html`);
  for (const id of ['plain', 'configured', 'twice']) await page.locator(`#${id} [data-step="money_kind"]`).waitFor();
  // One ready per mount: the element's own, its config's, and each of the two mount() calls.
  const expected = { plain: 1, configured: 2, twice: 2 };
  await page.waitForFunction(() => window.__seen.filter(([, name]) => name === 'ready').length >= 5);
  const seen = await page.evaluate(() => window.__seen);
  for (const [id, n] of Object.entries(expected)) {
    const own = seen.filter(([el]) => el === id);
    const first = own.findIndex(([, name]) => name === 'step');
    assert.deepEqual(own.slice(0, first + 1), [...Array(n).fill([id, 'ready', true]), [id, 'step', true]], `${id}: ${n} ready with the first screen shown, then step`);
  }
  assert.equal(await page.evaluate(() => document.querySelector('#configured').shadowRoot.querySelector('.rg').lang), 'en');
  await context.close();
});

test('the fallback inside <refund-guide> shows until the widget mounts; a wasm that fails shows a message, a link and load_failed', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(`${server.url}/handle.html`);
  const fallback = page.locator('#plain > [data-fallback]');
  await fallback.waitFor({ state: 'visible' });
  assert.match(await fallback.textContent(), /Refund Guide/);
  assert.equal(await page.locator('#plain [data-step]').count(), 0);
  release();
  await page.locator('#plain [data-step]').waitFor();
  assert.equal(await fallback.isVisible(), false, 'the widget replaces the fallback');
  await context.close();

  const failing = await browser.newContext();
  const broken = await failing.newPage();
  await broken.route('**/*.wasm', (route) => route.abort());
  const event = broken.waitForEvent('console', (m) => m.type() === 'error' || m.type() === 'warning').catch(() => null);
  await broken.addInitScript(() => {
    window.__rgErrors = [];
    document.addEventListener('refund-guide:error', (e) => window.__rgErrors.push(e.detail));
  });
  await broken.goto(`${server.url}/handle.html`);
  const alert = broken.locator('#plain [role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not load/);
  const href = await alert.locator('a').getAttribute('href');
  assert.equal(new URL(href).pathname, '/bundle/index.html', 'the link opens the standalone page next to the bundle');
  const codes = await broken.evaluate(() => window.__rgErrors.map((d) => d.code));
  assert.ok(codes.includes('load_failed'), `load_failed fired: ${codes}`);
  await event;
  await failing.close();
});

test('a bundle on another origin loads with CORS headers; without them the fallback stays, and a wasm without them fails visibly', async () => {
  let cors = { module: true, wasm: true };
  const cdn = await serve({
    root: dist,
    host: '127.0.0.2',
    headers: (path) => {
      const allow = path.endsWith('.wasm') ? cors.wasm : cors.module;
      return allow ? { 'access-control-allow-origin': '*' } : {};
    },
  });
  const openHost = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The host page is on 127.0.0.1 (its own origin); the bundle comes from 127.0.0.2.
    await page.addInitScript(() => {
      window.__rgErrors = [];
      document.addEventListener('refund-guide:error', (e) => window.__rgErrors.push(e.detail));
    });
    await page.goto(`${server.url}/cdn-host.html?bundle=${encodeURIComponent(cdn.url)}`);
    return { context, page };
  };
  try {
    // With Access-Control-Allow-Origin on both files: the widget runs.
    let { context, page } = await openHost();
    await page.locator('#cdn [data-step="money_kind"]').waitFor();
    await context.close();

    // Without it on the module: the browser refuses the script; the fallback stays.
    cors = { module: false, wasm: false };
    ({ context, page } = await openHost());
    await page.waitForLoadState('networkidle');
    assert.ok(await page.locator('#cdn > [data-fallback]').isVisible(), 'the fallback stays visible');
    assert.equal(await page.locator('#cdn [data-step]').count(), 0);
    await context.close();

    // The module allowed but not the wasm: the loader runs, says so, and fires load_failed.
    cors = { module: true, wasm: false };
    ({ context, page } = await openHost());
    await page.locator('#cdn [role="alert"]').waitFor();
    const codes = await page.evaluate(() => window.__rgErrors.map((d) => d.code));
    assert.deepEqual(codes, ['load_failed']);
    await context.close();
  } finally {
    await cdn.close();
  }
});

test('the package checker runs in Node without a DOM', () => {
  assert.ok(existsSync(join(npmDir, 'check.mjs')));
  const out = execFileSync(process.execPath, ['--input-type=module', '-e',
    `import { check } from ${JSON.stringify(join(npmDir, 'check.mjs'))}; console.log(JSON.stringify([check({ locale: 'en' }), check({ locale: 1 }), check(['en'])]));`,
  ], { encoding: 'utf8' });
  const [good, bad, list] = JSON.parse(out);
  assert.deepEqual(good, []);
  assert.deepEqual(bad.map((i) => i.key), ['locale']);
  assert.deepEqual(list.map((i) => i.key), ['config']);
});
