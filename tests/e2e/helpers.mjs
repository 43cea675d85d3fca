// Shared e2e helpers: Debian's Chromium through playwright-core, the release build served on
// 127.0.0.1, axe-core scans, and a driver that answers the guide through its DOM hooks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

/**
 * Starts Chromium, trying up to three times: on these shared machines Chromium now and then
 * dies while starting ("Target page, context or browser has been closed" from launch, before
 * any page exists), which failed a whole file's tests in CI. A crash after launch still fails.
 */
export async function launch(attempts = 3) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await chromium.launch({
        executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
        headless: true,
      });
    } catch (e) {
      if (attempt >= attempts) throw e;
      console.error(`# Chromium did not start (attempt ${attempt} of ${attempts}): ${String(e).split('\n')[0]}`);
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
}

export async function startServer(options = {}) {
  return serve({ root: process.env.DIST || 'dist', ...options });
}

/**
 * Opens the page and waits for the first step, shown by the widget itself (on the standalone
 * page the build's first screen shows before the wasm has arrived: that one is waited out);
 * returns the requests made after that.
 * Service workers are blocked here so every request is the page's own (the offline suite
 * opts in with `{ serviceWorkers: 'allow' }`).
 */
export async function open(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.locator('[data-step]').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('refund-guide')?.shadowRoot?.querySelector('[data-first-screen]'));
  const lateRequests = [];
  page.on('request', (r) => lateRequests.push(r.url()));
  return { context, page, errors, lateRequests };
}

export async function step(page, root = 'refund-guide') {
  return page.locator(`${root} [data-step]`).first().getAttribute('data-step');
}

/** Runs axe on the whole page (open shadow roots included); fails on any violation. */
export async function expectNoAxeViolations(page, label) {
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) await page.addScriptTag({ content: AXE_SOURCE });
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
  const summary = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(summary, [], `axe violations on ${label}`);
}

/**
 * Answers the current step and continues. `answer` is a list of choice ids (radios or
 * checkboxes), `{ type: 'text' }` for an input, `'skip'`, or `null` for pages with only
 * Continue. Checks the page first (`expectStep`) and runs axe on it. `root` picks the widget
 * (a selector for its host element) when a page has several.
 */
export async function answer(page, expectStep, answer, { axe = true, root = 'refund-guide' } = {}) {
  const $ = (selector) => page.locator(`${root} ${selector}`);
  const from = await step(page, root);
  assert.equal(from, expectStep, 'on the expected step');
  if (axe) await expectNoAxeViolations(page, expectStep);
  if (answer === 'skip') {
    await $('[data-action="skip"]').click();
  } else if (answer && typeof answer === 'object' && 'type' in answer) {
    await $('[data-field]').fill(answer.type);
    await $('[data-action="next"]').click();
  } else {
    for (const choice of answer || []) await $(`[data-choice="${choice}"]`).check();
    await $('[data-action="next"]').click();
  }
  await page.waitForFunction(
    ([selector, prev]) => {
      const host = document.querySelector(selector);
      const el = host && host.shadowRoot && host.shadowRoot.querySelector('[data-step]');
      return el && el.getAttribute('data-step') !== prev;
    },
    [root, from],
  );
}

/**
 * A merchant refund in progress with no answer from the merchant, started on 2 Jan 2020 (long overdue), to the
 * "check your answers" page; `amount` is the reply to the amount question ('skip' or
 * `{ type }`). Shared by the paths and the case-file suites.
 */
export const merchantSteps = (amount) => [
  ['money_kind', ['merchant_refund']],
  ['merchant_response', ['no_reply']],
  ['scam_contact', ['no_such_contact']],
  ['status', ['processing']],
  ['started_on', { type: '2020-01-02' }],
  ['security_signs', ['none_of_these']],
  ['notices', ['none_of_these']],
  ['amount', amount],
  ['pay_later', ['no']],
];

/**
 * A withdrawal with payments the person does not recognise (the account may be compromised,
 * so the plan has its police block), to the plan. Shared by the paths and display suites.
 */
export const compromisedSteps = [
  ['money_kind', ['bank_withdrawal']],
  ['scam_contact', ['no_such_contact']],
  ['status', ['unrecognised_activity']],
  ['security_now', null],
  ['details_checked', ['all_correct']],
  ['notices', ['none_of_these']],
  ['amount', { type: '20000' }],
  ['summary', null],
];
