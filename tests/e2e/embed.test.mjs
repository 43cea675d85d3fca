// The embed on a hostile host page: aggressive global CSS, a strict CSP with Trusted Types,
// two instances in different locales, the bundle served from another folder than the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, answer, step, expectNoAxeViolations } from './helpers.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; require-trusted-types-for 'script'";
let browser;
let server;
before(async () => {
  browser = await launch();
  server = await startServer({
    root: 'tests/e2e/pages',
    mounts: { '/bundle/': process.env.DIST || 'dist' },
    headers: (path) => (path.endsWith('.html') ? { 'content-security-policy': CSP } : {}),
  });
});
after(async () => { await browser?.close(); await server?.close(); });

const HOST_PROPS = ['color', 'font-family', 'font-size', 'line-height', 'background-color', 'width', 'height', 'letter-spacing'];

async function hostLook(page) {
  return page.evaluate((props) => ['host-title', 'host-text', 'host-button'].map((id) => {
    const style = getComputedStyle(document.getElementById(id));
    return props.map((p) => `${id} ${p}: ${style.getPropertyValue(p)}`);
  }).flat(), HOST_PROPS);
}

test('two widgets work independently under a strict CSP and hostile CSS, and the host looks the same', async () => {
  // The host page as it looks without the widget (its bundle blocked)...
  const bare = await browser.newContext();
  const barePage = await bare.newPage();
  await barePage.route('**/bundle/**', (route) => route.abort());
  await barePage.goto(`${server.url}/hostile.html`);
  const without = await hostLook(barePage);
  await bare.close();

  // ...and with it.
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/hostile.html`);
  const left = page.locator('#left [data-step="money_kind"]');
  const right = page.locator('#right [data-step="money_kind"]');
  await left.waitFor();
  await right.waitFor();
  assert.equal(await page.locator('#left .rg').getAttribute('lang'), 'en');
  assert.equal(await page.locator('#right .rg').getAttribute('lang'), 'zh-CN');

  // The widget's own styles hold: its font, colours and button are its own, not the host's.
  const looks = await page.evaluate(() => {
    const root = document.getElementById('left').shadowRoot;
    const button = getComputedStyle(root.querySelector('[data-action="next"]'));
    const text = getComputedStyle(root.querySelector('.rg'));
    return { buttonBg: button.backgroundColor, buttonColor: button.color, buttonFont: button.fontSize, textColor: text.color, style: text.fontStyle, transform: text.textTransform, lineHeight: text.lineHeight };
  });
  assert.deepEqual(looks, {
    buttonBg: 'rgb(22, 104, 220)', buttonColor: 'rgb(255, 255, 255)', buttonFont: '16px',
    textColor: 'rgb(31, 31, 31)', style: 'normal', transform: 'none', lineHeight: '24px',
  });

  // Independent: moving one does not move the other.
  await page.locator('#left [data-choice="bank_withdrawal"]').check();
  await page.locator('#left [data-action="next"]').click();
  await page.locator('#left [data-step="scam_contact"]').waitFor();
  assert.equal(await right.count(), 1, 'the other widget stayed on its first step');

  const box = await page.locator('#left').evaluate((el) => {
    const s = getComputedStyle(el);
    return [s.borderTopWidth, s.marginTop, s.maxWidth, s.display];
  });
  assert.deepEqual(box, ['3px', '12px', '480px', 'block'], "the host keeps control of the element's own box");
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violations');
  assert.deepEqual(errors, []);
  assert.deepEqual(await hostLook(page), without, 'the host page looks exactly as before the widget loaded');
  await context.close();
});

test('the host receives ready, step, cause, clock, complete and reset events with ids only', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/hostile.html`);
  await page.locator('#left [data-step]').waitFor();
  await page.locator('#right [data-step]').waitFor();
  const events = () => page.evaluate(() => window.__events);
  await page.waitForFunction(() => window.__events.filter((e) => e.type === 'refund-guide:ready').length === 2);
  const ready = (await events()).filter((e) => e.type === 'refund-guide:ready');
  assert.deepEqual(ready.map((e) => [e.target, e.detail.locale]).sort(), [['left', 'en'], ['right', 'zh-CN']]);
  assert.match(ready[0].detail.version, /^\d+\.\d+\.\d+$/);
  // `ready` means taken over: the first question is on show when it fires, and it comes
  // before that question's `step`.
  assert.deepEqual(ready.map((e) => e.shown), [true, true], 'the first screen is in the shadow root at ready');
  for (const id of ['left', 'right']) {
    const own = (await events()).filter((e) => e.target === id).map((e) => e.type);
    assert.deepEqual(own.slice(0, 2), ['refund-guide:ready', 'refund-guide:step'], `${id}: ready, then step`);
  }
  const firstSteps = (await events()).filter((e) => e.type === 'refund-guide:step');
  assert.deepEqual(firstSteps.map((e) => [e.target, e.detail.step, e.detail.index]).sort(), [['left', 'money_kind', 1], ['right', 'money_kind', 1]]);

  const typed = '31415.92';
  const steps = [
    ['money_kind', ['merchant_refund']], ['merchant_response', ['no_reply']], ['scam_contact', ['no_such_contact']],
    ['status', ['processing']], ['started_on', { type: '2020-01-02' }], ['security_signs', ['none_of_these']],
    ['notices', ['none_of_these']], ['amount', { type: typed }], ['pay_later', ['no']],
    ['summary', null],
  ];
  for (const [node, reply] of steps) await answer(page, node, reply, { axe: false, root: '#left' });
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'refund-guide:complete'));
  const left = (await events()).filter((e) => e.target === 'left' && e.type !== 'refund-guide:ready');
  assert.deepEqual(left.filter((e) => e.type === 'refund-guide:step').map((e) => e.detail.step), steps.map(([n]) => n).concat('plan'));
  const last = (type) => left.filter((e) => e.type === `refund-guide:${type}`).at(-1).detail;
  assert.deepEqual(last('cause'), { causes: ['merchant_error'] });
  assert.deepEqual(last('clock'), { verdict: 'overdue', due: '2020-01-13' });
  assert.deepEqual(last('complete'), { causes: ['merchant_error'], verdict: 'overdue' });
  assert.ok(!JSON.stringify(await events()).includes(typed), 'what the person typed never reaches the host');
  assert.ok((await events()).every((e) => e.target === 'left' || e.type === 'refund-guide:ready' || e.detail.step === 'money_kind'), 'the other widget stayed quiet');

  // Counted once per completion (DESIGN §8): coming back to the plan and a reload onto it
  // send `step` again, but not `cause`, `clock` or `complete`.
  const once = async () => (await events())
    .filter((e) => e.target === 'left' && /:(cause|clock|complete)$/.test(e.type)).map((e) => e.type);
  assert.deepEqual(await once(), ['refund-guide:cause', 'refund-guide:clock', 'refund-guide:complete']);
  await page.locator('#left [data-action="open"][data-node="talk_tips"]').click();
  await page.locator('#left [data-step="talk_tips"]').waitFor();
  await page.locator('#left [data-step="talk_tips"] [data-action="back"]').click();
  await page.locator('#left [data-step="plan"]').waitFor();
  assert.equal((await once()).length, 3, 'back on the plan is the same completion');
  await page.reload();
  await page.locator('#left [data-step="plan"]').waitFor();
  await page.waitForFunction(() => window.__events.some((e) => e.target === 'left' && e.type === 'refund-guide:step' && e.detail.step === 'plan'));
  await page.locator('#left [data-action="resume"]').click();
  await page.locator('#right [data-step]').waitFor();
  assert.deepEqual(await once(), [], 'a reload or a resume onto the plan sends none');

  // mount() on an element that already shows a widget reconfigures it; reset() is announced.
  await page.evaluate(() => { window.__handle = window.RefundGuide.mount('#right', { locale: 'en' }); });
  await page.locator('#right .rg[lang="en"]').waitFor();
  await page.evaluate(() => window.__handle.reset());
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'refund-guide:reset' && e.target === 'right'));
  await context.close();
});

test('a second widget on a storage key already in use runs in memory only and says so', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await page.goto(`${server.url}/hostile.html`);
  await page.locator('#left [data-step]').waitFor();
  await page.evaluate(() => {
    const twin = document.createElement('refund-guide');
    twin.id = 'twin';
    twin.setAttribute('locale', 'en');
    twin.setAttribute('storage-prefix', 'refund-guide.left');
    document.body.append(twin);
  });
  await page.locator('#twin [data-step="money_kind"]').waitFor();
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'refund-guide:error' && e.target === 'twin'));
  const error = (await page.evaluate(() => window.__events)).find((e) => e.type === 'refund-guide:error');
  assert.deepEqual([error.detail.code, error.detail.key], ['storage_prefix_in_use', 'storage.prefix']);
  assert.ok(consoleErrors.some((t) => t.includes('storage.prefix')), 'the console names the setting');

  await answer(page, 'money_kind', ['bank_withdrawal'], { axe: false, root: '#twin' });
  assert.equal(await page.evaluate(() => localStorage.getItem('refund-guide.left:v1')), null, 'the twin saves nothing');
  await answer(page, 'money_kind', ['merchant_refund'], { axe: false, root: '#left' });
  assert.match(await page.evaluate(() => localStorage.getItem('refund-guide.left:v1')), /merchant_refund/);
  assert.equal(await step(page, '#twin'), 'scam_contact', 'the twin still works');
  await context.close();
});

test('configuration: the whole theme, support contacts, refund windows, holidays and channels reach the widget', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  const warnings = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(`${server.url}/config.html`);
  const root = '#full';
  await page.locator(`${root} [data-step]`).waitFor();
  assert.ok(warnings.some((w) => w.includes('colour')), `an unknown key is named in a console warning: ${warnings}`);
  // The host's own wording (content override) replaces the built-in words it names.
  assert.equal((await page.locator(`${root} [data-step="money_kind"] [data-heading]`).innerText()).trim(), 'Which FullPay payment is stuck?');

  // The theme: text and background colours, the radius; the refused font leaves the default.
  const look = await page.locator(`${root} .rg`).evaluate((el) => {
    const s = getComputedStyle(el);
    const b = getComputedStyle(el.querySelector('[data-action="next"]'));
    return [s.color, s.backgroundColor, b.backgroundColor, b.borderTopLeftRadius, s.fontFamily];
  });
  assert.deepEqual(look.slice(0, 4), ['rgb(34, 34, 34)', 'rgb(255, 253, 245)', 'rgb(10, 125, 60)', '2px']);
  assert.ok(!look[4].includes('display'), `the injected font never reaches the style: ${look[4]}`);

  // Started Mon 6 Jan 2025; the host's bank-card window is 2 working days and Tue 7 Jan is a
  // holiday, so the money was due Thu 9 Jan (the default window would say 15 Jan).
  const steps = [
    ['money_kind', ['bank_withdrawal']], ['scam_contact', ['no_such_contact']], ['status', ['processing']],
    ['started_on', { type: '2025-01-06' }], ['security_signs', ['none_of_these']], ['details_checked', ['all_correct']],
    ['notices', ['none_of_these']], ['amount', 'skip'],
  ];
  for (const [node, reply] of steps) await answer(page, node, reply, { axe: false, root });
  await page.locator(`${root} [data-action="next"]`).click();
  await page.locator(`${root} [data-step="plan"]`).waitFor();
  const clock = page.locator(`${root} [data-clock]`);
  assert.equal(await clock.getAttribute('data-clock'), 'overdue');
  assert.equal(await clock.getAttribute('data-due'), '2025-01-09');

  // Support contacts where the plan says to contact support.
  const support = page.locator(`${root} [data-plan-step="contact_support"] [data-support]`);
  const text = await support.innerText();
  for (const part of ['95188', 'Me › Help', '9:00–21:00']) assert.ok(text.includes(part), `support shows ${part}`);
  assert.equal(await support.locator('a[target="_blank"]').getAttribute('href'), 'https://help.example.com/refunds');
  // The hotline, only a number, dials it.
  assert.equal(await support.locator('a[href^="tel:"]').getAttribute('href'), 'tel:95188');

  // Channels: social media hidden, the regulator kept (neutrality), the extra one added last.
  const channels = await page.locator(`${root} [data-channel]`).evaluateAll((els) => els.map((e) => e.dataset.channel));
  assert.deepEqual(channels, ['in_app', 'consumer_association', 'regulator', 'lawsuit', 'card_issuer', 'ombudsman']);
  assert.ok((await page.locator(`${root} [data-channel="in_app"]`).innerText()).includes('tap Me › Help › Complaints'), 'the overridden channel text');
  const extra = page.locator(`${root} [data-channel="ombudsman"]`);
  assert.ok((await extra.innerText()).includes('12345'));
  assert.equal(await extra.locator('a[target="_blank"]').getAttribute('href'), 'https://ombudsman.example.org');
  assert.equal(await extra.locator('a[href^="tel:"]').getAttribute('href'), 'tel:12345');

  // The support contacts are cited in the complaints, after the wallet.
  await page.locator(`${root} [data-action="open"][data-node="letters"]`).first().click();
  const regulator = await page.locator(`${root} [data-letter="regulator"]`).innerText();
  for (const part of ['95188', 'Me › Help', 'https://help.example.com/refunds']) assert.ok(regulator.includes(part), `the complaint cites ${part}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('configuration: attributes, then the child JSON, then mount(); invalid values reported and defaulted', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/config.html`);
  for (const id of ['branded', 'bad', 'broken', 'green', 'yellow', 'inject', 'full']) await page.locator(`#${id} [data-step]`).waitFor();

  // The child JSON wins over the attribute (English), the attribute's brand name stays.
  assert.equal(await page.locator('#branded .rg').getAttribute('lang'), 'en');
  assert.equal((await page.locator('#branded .rg-brand').innerText()).trim(), 'PayWallet');
  assert.equal(await page.locator('#branded .rg-logo').getAttribute('src'), '/bundle/icon.svg');
  // mount() wins over both.
  await page.evaluate(() => { window.RefundGuide.mount('#branded', { locale: 'zh-CN' }); });
  await page.locator('#branded .rg[lang="zh-CN"]').waitFor();
  assert.equal((await page.locator('#branded .rg-brand').innerText()).trim(), 'PayWallet');

  // Invalid values: an error event naming each key, and the default.
  await page.waitForFunction(() => window.__events.filter((e) => e.type === 'refund-guide:error').length >= 8);
  const reported = (await page.evaluate(() => window.__events))
    .filter((e) => e.type === 'refund-guide:error')
    .map((e) => `${e.target} ${e.detail.code} ${e.detail.key}`)
    .sort();
  assert.deepEqual(reported, [
    'bad invalid_value brand.logo',
    'bad invalid_value content',
    'bad invalid_value locale',
    'bad invalid_value storage.persist',
    'broken invalid_value script',
    'full invalid_value brand.font',
    'full invalid_value channels.hide[1]',
    'inject invalid_value brand.colors.primary',
  ]);
  assert.equal(await page.locator('#bad .rg').getAttribute('lang'), 'zh-CN', 'the default locale');
  assert.equal((await page.locator('#bad .rg-brand').innerText()).trim(), 'Safe', 'the rest still applies');
  const content = (await page.evaluate(() => window.__events)).find((e) => e.type === 'refund-guide:error' && e.detail.key === 'content');
  assert.match(content.detail.message, /zh-CN nodes `money_kind`: must be text that is not blank/, 'the refused place is named, with why');
  assert.equal((await page.locator('#bad [data-step="money_kind"] [data-heading]').innerText()).trim(), '哪一笔钱出了问题？', 'the built-in words stay');
  assert.equal(await page.locator('#bad img').count(), 0, 'no logo');
  const html = await page.evaluate(() => [...document.querySelectorAll('refund-guide')].map((el) => el.shadowRoot.innerHTML).join(''));
  assert.ok(!html.includes('javascript:'), 'a javascript: URL never reaches the DOM');
  assert.equal((await page.locator('#broken .rg-brand').innerText()).trim(), 'Still branded');

  // The brand colour reaches the primary button; the text on it keeps its contrast.
  const button = (id) => page.locator(`#${id} [data-action="next"]`).evaluate((b) => {
    const s = getComputedStyle(b);
    return [s.backgroundColor, s.color];
  });
  assert.deepEqual(await button('green'), ['rgb(10, 125, 60)', 'rgb(255, 255, 255)']);
  assert.deepEqual(await button('yellow'), ['rgb(255, 230, 0)', 'rgb(31, 31, 31)'], 'dark text on a light brand');
  assert.deepEqual(await button('inject'), ['rgb(22, 104, 220)', 'rgb(255, 255, 255)'], 'the default colour');
  assert.equal(await page.locator('#inject [data-step]').isVisible(), true, 'nothing injected');
  const styles = await page.evaluate(() => [...document.querySelectorAll('refund-guide')].map((el) => el.shadowRoot.innerHTML).join(''));
  assert.ok(!styles.includes('display:none'), 'the refused value never reaches the DOM');
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation (the logo is same-origin)');
  assert.deepEqual(errors, []);
  await context.close();
});

test('calls made before the bundle or the wasm loaded are queued, not lost', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/queue.html`);
  await page.locator('#early [data-step="money_kind"]').waitFor();
  await page.locator('#before-ready [data-step="money_kind"]').waitFor();
  assert.equal(await page.locator('#early .rg').getAttribute('lang'), 'en', 'the stub queue was drained with its config');
  await page.locator('#before-ready .rg[lang="en"]').waitFor();
  assert.equal(await page.locator('#destroyed [data-step]').count(), 0, 'a destroy() queued before the wasm loaded is honoured');
  assert.deepEqual((await page.evaluate(() => window.__events)).sort(), ['before-ready', 'early']);
  assert.deepEqual(errors, []);
  await context.close();
});

// Regression (issue 15): a key holding `"` or `\` broke the hand-built event JSON, so the
// console warning and every later error event of that mount were lost.
test('a config key with quotes or backslashes is still named in the console, and the errors after it still fire', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const warnings = [];
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/queue.html`);
  await page.locator('#early [data-step="money_kind"]').waitFor();
  const events = await page.evaluate(() => new Promise((resolve) => {
    const el = document.createElement('div');
    el.id = 'weird';
    document.body.appendChild(el);
    const seen = [];
    el.addEventListener('refund-guide:error', (e) => seen.push(e.detail));
    el.addEventListener('refund-guide:ready', () => resolve(seen));
    window.RefundGuide.mount(el, { 'we"ird': 1, brand: { 'back\\slash': 2 }, locale: 'fr' });
  }));
  assert.ok(warnings.some((w) => w.includes('we"ird')), `warned: ${warnings}`);
  assert.ok(warnings.some((w) => w.includes('brand.back\\slash')), `warned: ${warnings}`);
  assert.deepEqual(events.map((d) => [d.code, d.key]), [['invalid_value', 'locale']], 'the error after them still fires');
  assert.deepEqual(errors, []);
  await context.close();
});

test('mount() again on a widget reconfigures it in place: new settings and wording, the person keeps their place', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/queue.html`);
  await answer(page, 'money_kind', ['bank_withdrawal'], { axe: false, root: '#early' });
  assert.equal(await step(page, '#early'), 'scam_contact');
  const ready = await page.evaluate(() => new Promise((resolve) => {
    document.querySelector('#early').addEventListener('refund-guide:ready', (e) => resolve(e.detail.locale), { once: true });
    window.RefundGuide.mount('#early', {
      locale: 'zh-CN',
      brand: { name: 'NewBrand', colors: { primary: '#0a7d3c' } },
    });
  }));
  assert.equal(ready, 'zh-CN', 'ready names the locale now in use');
  await page.locator('#early .rg[lang="zh-CN"]').waitFor();
  assert.equal(await step(page, '#early'), 'scam_contact', 'the same step, not a fresh start');
  assert.equal((await page.locator('#early .rg-brand').innerText()).trim(), 'NewBrand');
  assert.equal(await page.locator('#early .rg').evaluate((el) => el.parentElement.style.getPropertyValue('--rg-primary')), '#0a7d3c', 'the new theme');
  assert.equal(await page.locator('#early [data-step]').count(), 1, 'one widget in the element');
  // Going back still finds the answer given before the reconfiguration.
  await page.locator('#early [data-action="back"]').click();
  assert.ok(await page.locator('#early [data-choice="bank_withdrawal"]').isChecked());
  // The person switches language; a later mount() that names none keeps it, and says so.
  await page.locator('#early [data-locale="en"]').click();
  await page.locator('#early .rg[lang="en"]').waitFor();
  const again = await page.evaluate(() => new Promise((resolve) => {
    document.querySelector('#early').addEventListener('refund-guide:ready', (e) => resolve(e.detail.locale), { once: true });
    window.RefundGuide.mount('#early', { brand: { name: 'Third' } });
  }));
  assert.equal(again, 'en', 'ready names the language the person chose');
  assert.equal(await page.locator('#early .rg').getAttribute('lang'), 'en');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the two-brand demo: each widget takes its brand from the host page, side by side', async () => {
  const dist = await startServer();
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${dist.url}/demo/two-brands.html`);
  await page.locator('#wallet [data-step]').waitFor();
  await page.locator('#consumer [data-step]').waitFor();
  const look = (id) => page.locator(`#${id} [data-action="next"]`).evaluate((b) => {
    const s = getComputedStyle(b);
    return [s.backgroundColor, s.borderTopLeftRadius, s.fontFamily.split(',')[0]];
  });
  assert.deepEqual(await look('wallet'), ['rgb(10, 125, 60)', '2px', 'Georgia']);
  const consumer = await look('consumer');
  assert.deepEqual(consumer.slice(0, 2), ['rgb(122, 31, 162)', '18px']);
  assert.equal(await page.locator('#wallet .rg').getAttribute('lang'), 'en');
  assert.equal(await page.locator('#consumer .rg').getAttribute('lang'), 'zh-CN');
  assert.equal((await page.locator('#wallet .rg-brand').innerText()).trim(), 'GreenPay Help');
  assert.equal((await page.locator('#consumer .rg-brand').innerText()).trim(), '消费维权助手');
  for (const id of ['wallet', 'consumer']) {
    await page.locator(`#${id} .rg-logo`).evaluate((img) => img.decode());
    assert.ok(await page.locator(`#${id} .rg-logo`).evaluate((img) => img.naturalWidth > 0), `${id} logo loaded`);
  }
  await expectNoAxeViolations(page, 'two-brand demo');
  if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: 'docs/two-brands.png', fullPage: true });
  await context.close();
  await dist.close();
});
