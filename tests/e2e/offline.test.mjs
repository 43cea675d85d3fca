// The standalone page works offline once visited: the service worker precaches the build,
// a reload with the network cut still loads the guide and a full path can be walked, no
// request reaches the network, and progress saved offline is there after another offline
// reload; a changed build is picked up online, announced, and switched to on reload with the
// person's progress intact; the manifest is valid and Chromium reports the page installable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, launch, startServer, step, answer } from './helpers.mjs';
import { writeManifests } from '../../scripts/post-build.mjs';

const dist = process.env.DIST || 'dist';
let browser;
let server;
let work;
let current;

before(async () => {
  browser = await launch();
  work = mkdtempSync(join(tmpdir(), 'rg-offline-'));
  // A second build: the same files with a changed page, as a new deploy would be.
  cpSync(dist, join(work, 'v1'), { recursive: true });
  cpSync(dist, join(work, 'v2'), { recursive: true });
  const index = join(work, 'v2', 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('<head>', '<head><meta name="rg-test-build" content="2">'));
  writeManifests(join(work, 'v2'));
  current = join(work, 'v1');
  server = await startServer({ root: () => current });
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function controlled(browser) {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.locator('[data-step]').first().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  return { context, page };
}

test('after one online visit the guide loads and works with the network cut', async () => {
  current = join(work, 'v1');
  const { context, page } = await controlled(browser);
  const fromNetwork = [];
  context.on('requestfinished', async (request) => {
    const response = await request.response();
    if (response && !response.fromServiceWorker()) fromNetwork.push(request.url());
  });
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort());

  await page.reload();
  await page.locator('[data-step="money_kind"]').waitFor();
  const steps = [
    ['money_kind', ['incoming_transfer']], ['scam_contact', ['no_such_contact']], ['status', ['processing']],
    ['started_on', 'skip'], ['security_signs', ['none_of_these']], ['details_checked', ['all_correct']],
    ['notices', ['outage']], ['amount', 'skip'], ['summary', null],
  ];
  for (const [node, reply] of steps) await answer(page, node, reply, { axe: false });
  assert.equal(await step(page), 'plan');
  assert.equal(await page.locator('[data-cause]').first().getAttribute('data-cause'), 'technical_fault');

  // Progress was saved as it was made: another offline reload comes back to the plan.
  await page.reload();
  await page.locator('[data-step="plan"]').waitFor();
  assert.equal(await page.locator('[data-notice="resume"]').count(), 1, 'the resume banner');
  assert.equal(await page.locator('[data-cause]').first().getAttribute('data-cause'), 'technical_fault');

  // A page never visited is answered from the cache too (the app shell), not an error page,
  // and it finds the same saved progress.
  await page.goto(`${server.url}/?from=offline`);
  await page.locator('[data-step="plan"]').waitFor();
  await page.locator('[data-action="start_over"]').click();
  await page.locator('[data-step="money_kind"]').waitFor();
  assert.deepEqual(fromNetwork, [], 'nothing reached the network');
  await context.close();
});

test('a new build is downloaded in the background, announced, and used after reload', async () => {
  current = join(work, 'v1');
  const { context, page } = await controlled(browser);
  await answer(page, 'money_kind', ['merchant_refund'], { axe: false });
  await answer(page, 'merchant_response', ['no_reply'], { axe: false });
  const before = await page.evaluate(() => caches.keys());
  current = join(work, 'v2');
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  const banner = page.locator('[data-update]');
  await banner.waitFor({ state: 'visible', timeout: 20000 });
  assert.equal(await page.locator('meta[name="rg-test-build"]').count(), 0, 'nothing switches without consent');
  await Promise.all([page.waitForEvent('load'), banner.locator('button').click()]);
  await page.locator('[data-step]').first().waitFor();
  assert.equal(await page.locator('meta[name="rg-test-build"]').count(), 1, 'the new build after reload');
  // The person's progress carries over the update.
  await page.locator('[data-step="scam_contact"]').waitFor();
  assert.equal(await page.locator('[data-notice="resume"]').count(), 1);
  await page.locator('[data-action="back"]').first().click();
  await page.locator('[data-step="merchant_response"]').waitFor();
  assert.equal(await page.locator('[data-choice="no_reply"]').isChecked(), true, 'answers kept');
  const after = await page.evaluate(() => caches.keys());
  assert.equal(after.length, 1, 'the old build cache is gone');
  assert.notDeepEqual(after, before);
  await context.close();
});

test('the manifest is valid and Chromium reports the page installable', async () => {
  current = join(work, 'v1');
  // Installability is never reported in incognito-like contexts: use a real profile.
  const profile = mkdtempSync(join(tmpdir(), 'rg-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const page = context.pages()[0] || (await context.newPage());
  await page.goto(`${server.url}/`);
  await page.locator('[data-step]').first().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  assert.deepEqual(manifest.errors, [], 'manifest errors');
  const parsed = JSON.parse(manifest.data);
  assert.equal(parsed.display, 'standalone');
  assert.ok(parsed.icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable'));
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, [], 'installability errors');
  await context.close();
  rmSync(profile, { recursive: true, force: true });
});
