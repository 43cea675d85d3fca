// The configurator (issue 19, dist/configure.html) under the strict CSP with Trusted Types of
// embed.test.mjs: the form's [data-config] inputs reconfigure a live preview that never
// writes storage; the widget's own checker's problems are listed GOV.UK-style, linked to
// their fields (aria-invalid), and cleared when fixed; the [data-snippet] pasted into a fresh
// host page reproduces the configured widget with the chosen storage settings; the Copy
// button copies, or selects and says so; axe, 360 px and the keyboard; offline once the
// standalone page's service worker has cached the build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, expectNoAxeViolations } from './helpers.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; require-trusted-types-for 'script'";
let browser;
let server;
before(async () => {
  browser = await launch();
  // The CSP on the configurator and on the host pages made from its snippet. Not on
  // index.html: page.js registers the service worker with a plain string, which Trusted
  // Types would refuse (the standalone page is not served under this policy).
  server = await startServer({
    headers: (path) => (path === '/configure.html' || path.startsWith('/host') ? { 'content-security-policy': CSP } : {}),
  });
});
after(async () => { await browser?.close(); await server?.close(); });

/** A configurator page, recording CSP violations and page errors. */
async function openConfigurator(contextOptions = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', ...contextOptions });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${server.url}/configure.html`);
  await page.locator('[data-preview] [data-step="money_kind"]').waitFor();
  await page.locator('[data-check-status]').filter({ hasText: 'no problem' }).waitFor();
  return { context, page, errors };
}

const field = (page, key) => page.locator(`[data-config="${key}"]`);
const problems = (page) => page.locator('[data-error-list] li').allInnerTexts();

/** The look of a widget: brand, language, primary button, radius and font. */
async function look(page, host) {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector).shadowRoot;
    const button = getComputedStyle(root.querySelector('[data-action="next"]'));
    return {
      brand: root.querySelector('.rg-brand').textContent.trim(),
      lang: root.querySelector('.rg').lang,
      title: root.querySelector('[data-step] h1, [data-step] h2').textContent.trim(),
      button: [button.backgroundColor, button.color, button.borderTopLeftRadius],
      font: getComputedStyle(root.querySelector('.rg')).fontFamily,
    };
  }, host);
}

/** The `<refund-guide …>` tag's attributes and its child JSON, read from the snippet. */
function parseSnippet(text) {
  const tag = text.match(/<refund-guide([^>]*)>/);
  const attrs = Object.fromEntries([...tag[1].matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const json = text.match(/<script type="application\/json">([\s\S]*?)<\/script>/);
  return { src: text.match(/<script type="module" src="([^"]+)"><\/script>/)[1], attrs, json: json ? JSON.parse(json[1]) : null };
}

test('the form reconfigures the preview; the checker\'s problems are listed, linked and cleared; the snippet holds the settings', async () => {
  const { context, page, errors } = await openConfigurator();
  assert.equal(await page.locator('[data-error-summary]').isVisible(), false, 'no problem to show at first');

  await field(page, 'brand.name').fill('PayWallet');
  await field(page, 'brand.colors.primary').fill('#0a7d3c');
  await field(page, 'brand.radius').fill('2px');
  await field(page, 'locale').selectOption('en');
  await field(page, 'support.hotline').fill('95188');
  await field(page, 'support.url').fill('https://help.example.com/refunds');
  await field(page, 'refundWindows.bank_card.minDays').fill('2');
  await field(page, 'refundWindows.bank_card.maxDays').fill('5');
  await field(page, 'refundWindows.bank_card.businessDays').selectOption('false');
  await field(page, 'storage.prefix').fill('paywallet.guide');

  // The preview shows the brand's name, colour and language.
  const preview = page.locator('[data-preview]');
  await preview.locator('.rg[lang="en"]').waitFor();
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-preview]').shadowRoot;
    return root.querySelector('.rg-brand').textContent.trim() === 'PayWallet'
      && getComputedStyle(root.querySelector('[data-action="next"]')).backgroundColor === 'rgb(10, 125, 60)';
  });
  assert.equal((await look(page, '[data-preview]')).button[2], '2px', 'the radius reaches the preview');
  // The preview runs in memory: the chosen storage is for the snippet only.
  assert.deepEqual(await page.evaluate(() => document.querySelector('[data-preview]').config.storage), { persist: false });
  await preview.locator('[data-choice="merchant_refund"]').check();
  await preview.locator('[data-action="next"]').click();
  await preview.locator('[data-step="merchant_response"]').waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'the preview wrote nothing to storage');

  // A bad colour: the checker's own message, at the summary and the field.
  await field(page, 'brand.colors.primary').fill('red');
  await page.locator('[data-error-summary]').waitFor();
  const expected = await page.evaluate(() => window.RefundGuide.check({ brand: { colors: { primary: 'red' } } }));
  assert.deepEqual(expected.map((p) => p.key), ['brand.colors.primary']);
  assert.deepEqual(await problems(page), [`brand.colors.primary: ${expected[0].message}`]);
  assert.equal(expected[0].message, 'must be a colour written #rgb or #rrggbb');
  assert.equal(await field(page, 'brand.colors.primary').getAttribute('aria-invalid'), 'true');
  const described = (await field(page, 'brand.colors.primary').getAttribute('aria-describedby')).split(' ');
  assert.match(await page.locator(`#${described.at(-1)}`).innerText(), /must be a colour written #rgb or #rrggbb/, 'the message at the field is read with it');
  // The summary's link takes the keyboard to the field.
  const link = page.locator('[data-error-list] a').first();
  assert.equal(await link.getAttribute('href'), '#f-brand-colors-primary');
  await link.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.config), 'brand.colors.primary');
  // The rest still applies in the preview (the colour falls back to the default).
  await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-preview]').shadowRoot.querySelector('[data-action="next"]')).backgroundColor === 'rgb(22, 104, 220)');

  // minDays above maxDays: one problem for the route, both its inputs marked.
  await field(page, 'refundWindows.bank_card.minDays').fill('9');
  await field(page, 'refundWindows.bank_card.maxDays').fill('3');
  await page.locator('[data-error-list] li').nth(1).waitFor();
  const both = await page.evaluate(() => window.RefundGuide.check({
    brand: { colors: { primary: 'red' } }, refundWindows: { bank_card: { minDays: 9, maxDays: 3 } },
  }));
  assert.deepEqual(await problems(page), both.map((p) => `${p.key}: ${p.message}`));
  assert.ok(both.some((p) => p.key === 'refundWindows.bank_card' && /minDays not above maxDays/.test(p.message)), JSON.stringify(both));
  for (const key of ['refundWindows.bank_card.minDays', 'refundWindows.bank_card.maxDays']) {
    assert.equal(await field(page, key).getAttribute('aria-invalid'), 'true', key);
  }
  assert.match(await page.locator('[data-check-status]').innerText(), /2 problems/);

  // Fixing both clears the summary, the marks and the messages.
  await field(page, 'brand.colors.primary').fill('#0a7d3c');
  await field(page, 'refundWindows.bank_card.minDays').fill('2');
  await field(page, 'refundWindows.bank_card.maxDays').fill('5');
  await page.locator('[data-error-summary]').waitFor({ state: 'hidden' });
  await page.locator('[data-check-status]').filter({ hasText: 'no problem' }).waitFor();
  assert.equal(await page.locator('[aria-invalid]').count(), 0);
  assert.equal(await page.locator('.field-error').count(), 0);

  // The snippet: the simple settings as attributes, the rest in the child JSON.
  const snippet = parseSnippet(await page.locator('[data-snippet]').inputValue());
  assert.equal(snippet.src, 'https://your.cdn/refund-guide/refund-guide.js');
  assert.deepEqual(snippet.attrs, { locale: 'en', 'brand-name': 'PayWallet', 'primary-color': '#0a7d3c', 'storage-prefix': 'paywallet.guide' });
  assert.deepEqual(snippet.json, {
    brand: { radius: '2px' },
    support: { hotline: '95188', url: 'https://help.example.com/refunds' },
    refundWindows: { bank_card: { minDays: 2, maxDays: 5, businessDays: false } },
  });
  // Unticking persist adds persist="false"; ticking it again takes it out.
  await field(page, 'storage.persist').uncheck();
  assert.equal(parseSnippet(await page.locator('[data-snippet]').inputValue()).attrs.persist, 'false');
  await field(page, 'storage.persist').check();
  assert.equal(parseSnippet(await page.locator('[data-snippet]').inputValue()).attrs.persist, undefined);
  // Text that could close the JSON's <script> is written so that it cannot.
  await field(page, 'support.hours').fill('9–21 </script><b>');
  const hours = await page.locator('[data-snippet]').inputValue();
  assert.ok(!hours.includes('</script><b>'), 'no </script> inside the JSON');
  assert.equal(parseSnippet(hours).json.support.hours, '9–21 </script><b>');
  await field(page, 'support.hours').fill('');

  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the snippet pasted into a fresh host page under the same CSP reproduces the configured widget', async () => {
  const { context, page } = await openConfigurator();
  await page.locator('[data-script-url]').fill(`${server.url}/refund-guide.js`);
  await field(page, 'brand.name').fill('Snippet Pay');
  await field(page, 'brand.colors.primary').fill('#7a1fa2');
  await field(page, 'brand.font').fill('Georgia, serif');
  await field(page, 'locale').selectOption('en');
  await field(page, 'storage.prefix').fill('snippet.pay');
  await page.waitForFunction(() => document.querySelector('[data-preview]').shadowRoot.querySelector('.rg-brand').textContent.trim() === 'Snippet Pay');
  await page.locator('[data-preview] .rg[lang="en"]').waitFor();
  await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-preview]').shadowRoot.querySelector('.rg')).fontFamily.includes('Georgia'));
  const configured = await look(page, '[data-preview]');
  const snippet = await page.locator('[data-snippet]').inputValue();
  await context.close();

  const fresh = await browser.newContext({ serviceWorkers: 'block' });
  const host = await fresh.newPage();
  const errors = [];
  host.on('pageerror', (e) => errors.push(String(e)));
  await host.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await host.route(`${server.url}/host.html`, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    headers: { 'content-security-policy': CSP },
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title></head><body><main><h1>Help</h1>\n${snippet}\n</main></body></html>`,
  }));
  await host.goto(`${server.url}/host.html`);
  await host.locator('refund-guide [data-step="money_kind"]').waitFor();
  assert.deepEqual(await look(host, 'refund-guide'), configured, 'brand, language, colours, radius and font as in the preview');
  // The snippet's fallback links to the standalone page next to the script.
  assert.equal(await host.locator('refund-guide > p > a').getAttribute('href'), `${server.url}/index.html`);
  // The storage settings the preview left out are in the snippet: progress is saved under the prefix.
  await host.locator('refund-guide [data-choice="merchant_refund"]').check();
  await host.locator('refund-guide [data-action="next"]').click();
  await host.locator('refund-guide [data-step="merchant_response"]').waitFor();
  await host.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('snippet.pay:v')));
  assert.deepEqual(await host.evaluate(() => window.__violations), [], 'no CSP violation on the host');
  assert.deepEqual(errors, []);
  await fresh.close();
});

test('Copy copies the snippet, or selects it and says how to copy when the browser refuses', async () => {
  const { context, page } = await openConfigurator({ permissions: ['clipboard-read', 'clipboard-write'] });
  await field(page, 'brand.name').fill('Clip Pay');
  await page.waitForFunction(() => document.querySelector('[data-snippet]').value.includes('Clip Pay'));
  await page.locator('[data-copy]').click();
  await page.locator('[data-copy-status]').filter({ hasText: 'Copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.locator('[data-snippet]').inputValue());
  assert.match(copied, /brand-name="Clip Pay"/);
  // A change clears the message (it was about the old snippet).
  await field(page, 'brand.name').fill('Clip Pay 2');
  assert.equal(await page.locator('[data-copy-status]').textContent(), '');
  await context.close();

  const refusing = await openConfigurator();
  await refusing.page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await refusing.page.locator('[data-copy]').click();
  await refusing.page.locator('[data-copy-status]').filter({ hasText: 'press Ctrl+C' }).waitFor();
  const selection = await refusing.page.evaluate(() => {
    const t = document.activeElement;
    return [t.dataset.snippet !== undefined, t.selectionStart, t.selectionEnd === t.value.length, t.value.length > 0];
  });
  assert.deepEqual(selection, [true, 0, true, true], 'the snippet is focused and selected');
  await refusing.context.close();
});

test('the configurator passes axe with and without problems, fits 360 px and works from the keyboard', async () => {
  // axe is injected as a script, which Trusted Types would refuse: this context bypasses
  // the CSP (the first test holds the page to it).
  const { context, page } = await openConfigurator({ bypassCSP: true, viewport: { width: 360, height: 740 } });
  await expectNoAxeViolations(page, 'configurator');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no sideways scrolling at 360 px');
  // From the top of the page, Tab reaches the first setting; typing changes the preview.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.config), 'brand.name');
  await page.keyboard.type('Keys Wallet');
  await page.waitForFunction(() => document.querySelector('[data-preview]').shadowRoot.querySelector('.rg-brand').textContent.trim() === 'Keys Wallet');
  // Every input is labelled.
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('[data-config]')]
    .filter((i) => !(i.labels && i.labels.length && i.labels[0].textContent.trim())).map((i) => i.dataset.config));
  assert.deepEqual(unlabelled, []);
  await field(page, 'brand.colors.primary').fill('red');
  await field(page, 'refundWindows.other.minDays').fill('x');
  await page.locator('[data-error-list] li').nth(1).waitFor();
  await expectNoAxeViolations(page, 'configurator with problems');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no sideways scrolling with the messages shown');
  await context.close();
});

test('offline: once the standalone page has cached the build, the configurator loads and works with the network cut', async () => {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.locator('[data-step]').first().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
  const fromNetwork = [];
  context.on('requestfinished', async (request) => {
    const response = await request.response();
    if (response && !response.fromServiceWorker()) fromNetwork.push(request.url());
  });
  await context.setOffline(true);
  await context.route('**/*', (route) => route.abort());
  await page.goto(`${server.url}/configure.html`);
  await page.locator('[data-preview] [data-step="money_kind"]').waitFor();
  await field(page, 'brand.name').fill('Offline Pay');
  await page.waitForFunction(() => document.querySelector('[data-preview]').shadowRoot.querySelector('.rg-brand').textContent.trim() === 'Offline Pay');
  await field(page, 'brand.colors.primary').fill('red');
  await page.locator('[data-error-list] li').first().waitFor();
  assert.match(await page.locator('[data-snippet]').inputValue(), /brand-name="Offline Pay"/);
  assert.deepEqual(fromNetwork, [], 'everything came from the service worker');
  await context.close();
});
