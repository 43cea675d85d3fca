// The standalone page's first screen (issue 20, points 1 and 2, on the page the project serves
// itself): the build puts the widget's own first screen into the page, so the first question
// is on screen and answerable while the wasm is still on its way. Each test holds the wasm
// request back, acts on the page as a person would, then lets the wasm through and checks
// that the widget took over with nothing lost, nothing moved and focus kept; with saved
// progress, a "restoring" line stands in for the first question, in the saved language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, startServer, expectNoAxeViolations } from './helpers.mjs';

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await startServer();
});
after(async () => { await browser?.close(); await server?.close(); });

const FIRST = 'refund-guide [data-first-screen]';

/** Opens the standalone page with the wasm held back; `release()` lets it through. */
async function openHeld(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let asked = false;
  await page.route('**/*.wasm', async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    window.rgReady = [];
    document.addEventListener('refund-guide:ready', (e) => {
      window.rgReady.push({ locale: e.detail.locale, firstScreenGone: !document.querySelector('refund-guide').shadowRoot.querySelector('[data-first-screen]') });
    });
  });
  await page.goto(`${server.url}/`);
  // The wasm is held: whatever shows now is the page's own doing (its scripts have run by
  // `load`; the "restoring" line gets its text on the next frame).
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return { page, errors, release, asked: () => asked };
}

async function takeOver(page, release) {
  release();
  await page.waitForFunction(() => window.rgReady.length > 0);
  return page.evaluate(() => window.rgReady);
}

// Every element's box on the widget's screen, in document order (the early screen and the
// widget's have the same elements: tests/e2e/prerender.test.mjs).
const boxes = (page) => page.evaluate(() => [...document.querySelector('refund-guide').shadowRoot.querySelectorAll('.rg *')]
  .map((el) => { const r = el.getBoundingClientRect(); return [el.localName, r.x, r.y, r.width, r.height]; }));

const checked = (page, choice) => page.locator(`refund-guide [data-choice="${choice}"]`).isChecked();

test('with the wasm held back the first question is on screen and answerable, and the choice is still made once the widget takes over, in the same place', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, errors, release, asked } = await openHeld(context);
  assert.ok(await page.locator(`${FIRST} [data-step="money_kind"]`).isVisible(), 'the first question shows before the wasm');
  assert.ok(asked(), 'the wasm was asked for and is still held');
  assert.deepEqual(await page.evaluate(() => window.rgReady), [], 'no ready before the widget has taken over');
  await expectNoAxeViolations(page, 'the first screen before the wasm');
  const label = page.locator(`${FIRST} label[for="rg-choice-bank_withdrawal"]`);
  await label.click();
  assert.ok(await checked(page, 'bank_withdrawal'));
  const before = await boxes(page);

  const ready = await takeOver(page, release);
  assert.deepEqual(ready, [{ locale: 'zh-CN', firstScreenGone: true }], 'ready once, when the widget shows its own screen');
  assert.equal(await page.locator(FIRST).count(), 0);
  assert.equal(await page.locator('refund-guide [data-step]').getAttribute('data-step'), 'money_kind');
  assert.ok(await checked(page, 'bank_withdrawal'), 'the early choice is kept');
  assert.deepEqual(await boxes(page), before, 'nothing moved');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a Continue pressed before the wasm arrives does not leave the page, and is carried out when the widget takes over', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, errors, release } = await openHeld(context);
  const url = page.url();
  await page.locator(`${FIRST} label[for="rg-choice-bank_withdrawal"]`).click();
  await page.locator(`${FIRST} [data-action="next"]`).click();
  assert.equal(page.url(), url, 'the form did not submit the page');
  assert.equal(await page.locator(`${FIRST} [data-step]`).getAttribute('data-step'), 'money_kind');

  await takeOver(page, release);
  await page.locator('refund-guide [data-step]:not([data-step="money_kind"])').waitFor();
  // The answer was recorded: back on the first question, it is still chosen.
  await page.locator('refund-guide [data-action="back"]').click();
  await page.locator('refund-guide [data-step="money_kind"]').waitFor();
  assert.ok(await checked(page, 'bank_withdrawal'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a keyboard user choosing before the wasm arrives keeps their choice and their focus when the widget takes over', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, release } = await openHeld(context);
  await page.locator(`${FIRST} #rg-choice-merchant_refund`).focus();
  await page.keyboard.press('ArrowDown'); // the next radio of the group: chosen and focused
  assert.ok(await checked(page, 'payment_failed'));

  await takeOver(page, release);
  assert.equal(await page.locator(FIRST).count(), 0);
  assert.ok(await checked(page, 'payment_failed'));
  assert.equal(await page.evaluate(() => document.querySelector('refund-guide').shadowRoot.activeElement?.id), 'rg-choice-payment_failed');
  // Focus is on the widget's own input: the keyboard goes on from there.
  await page.keyboard.press('ArrowDown');
  assert.ok(await checked(page, 'bank_withdrawal'));
  await context.close();
});

test('the language switch pressed before the wasm arrives shows the English screen at once, keeps the choice made, and the widget opens in English', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, release } = await openHeld(context);
  await page.locator(`${FIRST} label[for="rg-choice-frozen"]`).click();
  await page.locator(`${FIRST} [data-locale="en"]`).click();
  assert.ok(await page.locator(`${FIRST} .rg[lang="en"] [data-step="money_kind"]`).isVisible(), 'the English screen shows before the wasm');
  assert.ok(await checked(page, 'frozen'), 'with the choice made before the switch');
  assert.equal(await page.evaluate(() => document.querySelector('refund-guide').shadowRoot.activeElement?.dataset.locale), 'zh-CN', 'focus on the switch, now back to Chinese');
  const before = await boxes(page);
  await takeOver(page, release);
  await page.locator('refund-guide .rg[lang="en"] [data-step="money_kind"]').waitFor();
  assert.equal(await page.locator(FIRST).count(), 0);
  assert.ok(await checked(page, 'frozen'));
  assert.deepEqual(await boxes(page), before, 'nothing moved');
  await context.close();
});

test('switched to English and back before the wasm arrives, the widget opens in Chinese', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, release } = await openHeld(context);
  await page.locator(`${FIRST} [data-locale="en"]`).click();
  await page.locator(`${FIRST} [data-locale="zh-CN"]`).click();
  assert.ok(await page.locator(`${FIRST} .rg[lang="zh-CN"] [data-step="money_kind"]`).isVisible());
  await takeOver(page, release);
  await page.locator('refund-guide .rg[lang="zh-CN"] [data-step="money_kind"]').waitFor();
  assert.equal(await page.locator('refund-guide .rg[lang="en"]').count(), 0);
  await context.close();
});

for (const locale of ['zh-CN', 'en']) {
  test(`with saved progress (${locale}) a "restoring" line stands in for the first question until the widget opens where the person was`, async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    // A first visit that saved a step, in `locale`.
    const visit = await context.newPage();
    await visit.goto(`${server.url}/`);
    await visit.waitForFunction(() => !document.querySelector('refund-guide')?.shadowRoot?.querySelector('[data-first-screen]') && document.querySelector('refund-guide').shadowRoot.querySelector('[data-step]'));
    await visit.evaluate((l) => document.querySelector('refund-guide').setLocale(l), locale);
    await visit.locator(`refund-guide .rg[lang="${locale}"] label[for="rg-choice-bank_withdrawal"]`).click();
    await visit.locator('refund-guide [data-action="next"]').click();
    const saved = await visit.locator('refund-guide [data-step]').getAttribute('data-step');
    assert.notEqual(saved, 'money_kind');
    await visit.close();

    const { page, release } = await openHeld(context);
    const line = page.locator('refund-guide [data-restoring]');
    assert.ok(await line.isVisible());
    assert.equal(await line.getAttribute('role'), 'status');
    assert.equal(await line.textContent(), locale === 'en' ? 'Restoring your progress…' : '正在恢复你的进度…');
    assert.equal(await page.locator(`${FIRST} [data-step="money_kind"]`).isVisible(), false, 'the first question is not shown');

    await takeOver(page, release);
    await page.locator(`refund-guide .rg[lang="${locale}"] [data-step="${saved}"]`).waitFor();
    assert.equal(await line.count(), 0);
    await context.close();
  });
}

test('served under a strict CSP (no inline styles), the page does not show the first screen unstyled: it waits for the widget, which loads as before', async () => {
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
  const strict = await startServer({ headers: (path) => (path.endsWith('.html') || path.endsWith('/') ? { 'content-security-policy': csp } : {}) });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  try {
    await page.goto(`${strict.url}/`);
    await page.waitForFunction(() => document.querySelector('refund-guide')?.shadowRoot?.querySelector('[data-first-screen]'));
    await page.waitForLoadState('load');
    assert.equal(await page.locator(`${FIRST} [data-step="money_kind"]`).isVisible(), false, 'unstyled, it stays hidden');
    release();
    await page.locator('refund-guide [data-step="money_kind"]').waitFor();
    assert.equal(await page.locator(FIRST).count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await strict.close();
  }
});

test('focus on Continue or on the language switch before the wasm arrives is where it was after the takeover; focus that left the screen is not pulled back', async () => {
  for (const [selector, expect] of [['[data-action="next"]', 'next'], ['[data-locale]', 'locale']]) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const { page, release } = await openHeld(context);
    await page.locator(`${FIRST} ${selector}`).focus();
    await takeOver(page, release);
    const focused = await page.evaluate(() => {
      const el = document.querySelector('refund-guide').shadowRoot.activeElement;
      return el && (el.dataset.action || (el.hasAttribute('data-locale') ? 'locale' : el.id));
    });
    assert.equal(focused, expect, selector);
    await context.close();
  }
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, release } = await openHeld(context);
  await page.locator(`${FIRST} #rg-choice-frozen`).focus();
  await page.evaluate(() => document.querySelector('refund-guide').shadowRoot.activeElement.blur());
  await takeOver(page, release);
  assert.equal(await page.evaluate(() => document.activeElement.localName), 'body');
  await context.close();
});

test('the language switch, a choice and Continue, all before the wasm arrives, are all carried out', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page, release } = await openHeld(context);
  await page.locator(`${FIRST} [data-locale="en"]`).click();
  await page.locator(`${FIRST} label[for="rg-choice-incoming_transfer"]`).click();
  await page.locator(`${FIRST} [data-action="next"]`).click();
  await takeOver(page, release);
  await page.locator('refund-guide .rg[lang="en"] [data-step]:not([data-step="money_kind"])').waitFor();
  await page.locator('refund-guide [data-action="back"]').click();
  await page.locator('refund-guide .rg[lang="en"] [data-step="money_kind"]').waitFor();
  assert.ok(await checked(page, 'incoming_transfer'));
  await context.close();
});

for (const [label, key, value] of [
  ['a save from a newer version', 'refund-guide:v2', '{"schema":2,"data":{"locale":"en"}}'],
  ['a newer schema under this key', 'refund-guide:v1', '{"schema":2,"data":{"locale":"en"}}'],
  ['an unreadable save', 'refund-guide:v1', '{oops'],
]) {
  test(`with ${label} nothing shows early (the widget's notice would push the screen down): the widget loads as before`, async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const seed = await context.newPage();
    await seed.goto(`${server.url}/manifest.webmanifest`);
    await seed.evaluate(([k, v]) => localStorage.setItem(k, v), [key, value]);
    await seed.close();
    const { page, release } = await openHeld(context);
    assert.equal(await page.locator(`${FIRST} [data-step]`).isVisible(), false);
    assert.equal(await page.locator('refund-guide [data-restoring]').count(), 0);
    await takeOver(page, release);
    await page.locator('refund-guide [data-notice]').first().waitFor();
    assert.equal(await page.locator(FIRST).count(), 0);
    await context.close();
  });
}

test('with storage blocked nothing shows early either (the widget opens with its notice that nothing can be saved)', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const { page, release } = await openHeld(context);
  assert.equal(await page.locator(`${FIRST} [data-step]`).isVisible(), false);
  await takeOver(page, release);
  await page.locator('refund-guide [data-notice="storage_unavailable"]').waitFor();
  await context.close();
});

test("served under a strict CSP that allows the first screen's style by its hash (docs/INTEGRATION.md), the early screen shows", async () => {
  const css = readFileSync(join(process.env.DIST || 'dist', 'index.html'), 'utf8').match(/<style>([^]*?)<\/style>/)[1];
  const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  const csp = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' ${hash}`;
  const strict = await startServer({ headers: (path) => (path.endsWith('.html') || path.endsWith('/') ? { 'content-security-policy': csp } : {}) });
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  try {
    await page.goto(`${strict.url}/`);
    await page.locator(`${FIRST} [data-step="money_kind"]`).waitFor();
    release();
    await page.waitForFunction(() => !document.querySelector('refund-guide').shadowRoot.querySelector('[data-first-screen]'));
  } finally {
    await context.close();
    await strict.close();
  }
});
