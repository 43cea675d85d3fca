// The release build in a real browser: first step, a click advances, back returns, focus
// follows, no network after the first render, and zero axe violations on every step visited.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, open, step, expectNoAxeViolations } from './helpers.mjs';

let browser;
let server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

test('first step renders, a click advances, back returns, nothing is fetched after first render', async () => {
  const { page, errors, lateRequests, context } = await open(browser, `${server.url}/`);
  assert.equal(await step(page), 'money_kind');
  assert.equal(await page.locator('.rg').getAttribute('lang'), 'zh-CN', 'Chinese first');
  await expectNoAxeViolations(page, 'money_kind');

  await page.locator('[data-choice="incoming_transfer"]').check();
  await page.locator('[data-action="next"]').click();
  await page.locator('[data-step="scam_contact"]').waitFor();
  const focused = await page.evaluate(() => document.querySelector('refund-guide').shadowRoot.activeElement?.hasAttribute('data-heading'));
  assert.equal(focused, true, 'focus moved to the new heading');
  await expectNoAxeViolations(page, 'scam_contact');

  await page.locator('[data-action="back"]').click();
  await page.locator('[data-step="money_kind"]').waitFor();
  assert.equal(await page.locator('[data-choice="incoming_transfer"]').isChecked(), true, 'answer kept');

  await page.locator('[data-action="next"]').click();
  await page.locator('[data-step="scam_contact"]').waitFor();
  await page.locator('[data-action="next"]').click();
  await page.locator('.rg-error-summary').waitFor();
  await expectNoAxeViolations(page, 'scam_contact with an error');

  assert.deepEqual(lateRequests, [], 'no network requests after the first render');
  assert.deepEqual(errors, [], 'no console errors');
  await context.close();
});

test('keyboard only: Tab to a choice, Space selects, Enter continues', async () => {
  const { page, context } = await open(browser, `${server.url}/`);
  const first = page.locator('[data-choice="merchant_refund"]');
  await first.focus();
  await page.keyboard.press('Space');
  assert.equal(await first.isChecked(), true);
  await page.keyboard.press('Enter');
  await page.locator('[data-step="merchant_response"]').waitFor();
  await context.close();
});
