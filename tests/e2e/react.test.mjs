// A framework host (issue 19): examples/react/, a React 19 page bundled by esbuild from JSX,
// built here from the release build's embed and served under the strict CSP with Trusted
// Types. The widget mounts inside the React tree with the config set through the element's
// property; a click inside the widget updates the React-rendered step id (refund-guide:step);
// the plan's refund-guide:complete reaches React state; React's buttons call setLocale() and
// reset() on the element; re-renders do not disturb the widget.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { launch, answer, merchantSteps, expectNoAxeViolations } from './helpers.mjs';
import { serve } from '../../scripts/serve.mjs';
import { build } from '../../examples/react/build.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; require-trusted-types-for 'script'";
let browser;
let server;
before(async () => {
  const out = await build({ dist: resolve(process.env.DIST || 'dist') });
  browser = await launch();
  server = await serve({ root: out, headers: (path) => (path === '/' || path.endsWith('.html') ? { 'content-security-policy': CSP } : {}) });
});
after(async () => { await browser?.close(); await server?.close(); });

test('the React page mounts the widget, follows its steps and completion, and drives it with setLocale and reset', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${server.url}/`);
  const guide = page.locator('#root refund-guide');
  const lastStep = page.locator('[data-last-step]');
  await guide.locator('[data-step="money_kind"]').waitFor();
  // The first step event reached React state; the config property reached the widget.
  await page.waitForFunction(() => document.querySelector('[data-last-step]').textContent === 'money_kind');
  await page.waitForFunction(() => document.querySelector('refund-guide').shadowRoot.querySelector('.rg-brand').textContent.trim() === 'ReactPay');
  assert.equal(await guide.locator('.rg').getAttribute('lang'), 'en', 'the locale attribute applied from the first mount');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('refund-guide').shadowRoot.querySelector('[data-action="next"]')).backgroundColor), 'rgb(10, 125, 60)');

  // A click in the widget: React renders the new step id.
  await guide.locator('[data-choice="merchant_refund"]').check();
  await guide.locator('[data-action="next"]').click();
  await guide.locator('[data-step="merchant_response"]').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-last-step]').textContent === 'merchant_response');

  // React's buttons call the element's methods: the language switches, the place is kept...
  await page.locator('[data-react-locale="zh-CN"]').click();
  await guide.locator('.rg[lang="zh-CN"]').waitFor();
  assert.equal(await guide.locator('[data-step]').getAttribute('data-step'), 'merchant_response');
  await page.locator('[data-react-locale="en"]').click();
  await guide.locator('.rg[lang="en"]').waitFor();
  // ...and reset goes back to the first question, which React shows.
  await page.locator('[data-react-reset]').click();
  await guide.locator('[data-step="money_kind"]').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-last-step]').textContent === 'money_kind');
  assert.equal((await guide.locator('.rg-brand').innerText()).trim(), 'ReactPay', 'the brand survives the reset and the re-renders');

  // A whole path to the plan: refund-guide:complete lands in React state.
  for (const [node, reply] of [...merchantSteps('skip'), ['summary', null]]) {
    await answer(page, node, reply, { axe: false, root: '#root refund-guide' });
  }
  await page.locator('[data-outcome]').filter({ hasText: 'merchant_error' }).waitFor();
  assert.match(await page.locator('[data-outcome]').innerText(), /clock: overdue/);
  assert.equal(await lastStep.textContent(), await guide.locator('[data-step]').getAttribute('data-step'));
  // The progress went to the prefix given as an attribute, never to the default key.
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.some((k) => k.startsWith('react-example:v')), `saved under react-example: ${keys}`);
  assert.ok(!keys.some((k) => k.startsWith('refund-guide')), `nothing under the default prefix: ${keys}`);

  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the React page with the widget in it passes axe', async () => {
  // axe is injected as a script, which Trusted Types would refuse: this context bypasses the CSP.
  const context = await browser.newContext({ serviceWorkers: 'block', bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.locator('#root refund-guide [data-step="money_kind"]').waitFor();
  await page.waitForFunction(() => document.querySelector('[data-last-step]').textContent === 'money_kind');
  await expectNoAxeViolations(page, 'the React example');
  await context.close();
});
