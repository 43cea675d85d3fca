// The person's language and display settings, and what assistive technology meets (issue
// 18), end to end on the standalone page: the chosen language survives reloads, the
// browser's font-size setting scales the text (a tiny host root changes nothing), the dark
// theme passes axe's contrast rules on every step and a host can
// force light, the focus ring keeps 3:1 on the backgrounds it is drawn on, no two controls
// share a name (the ladder's selects name their channel), forced colours keep the edges,
// phone numbers are links that dial them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, open, step, answer, expectNoAxeViolations, merchantSteps, compromisedSteps } from './helpers.mjs';

let browser;
let server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const KEY = 'refund-guide:v1';
const saved = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)).data, KEY);
const PLAN = [...merchantSteps('skip'), ['summary', null]];

async function toPlan(page, axe = false) {
  for (const [node, reply] of PLAN) await answer(page, node, reply, { axe });
  assert.equal(await step(page), 'plan');
}

/** Opens a page of the plan by its `data-node` and waits for it. */
async function openFromPlan(page, node) {
  await page.locator(`[data-step="plan"] [data-action="open"][data-node="${node}"]`).first().click();
  await page.locator(`[data-step="${node}"]`).waitFor();
}

/** The standalone page on a 360×740 phone, in `locale`. */
async function openPhone(locale) {
  const opened = await open(browser, `${server.url}/`, { viewport: { width: 360, height: 740 } });
  if (locale === 'en') {
    await opened.page.locator('[data-locale="en"]').click();
    await opened.page.locator('.rg[lang="en"]').waitFor();
  }
  return opened;
}

async function continueTo(page, node) {
  await page.locator('[data-step] [data-action="next"]').click();
  await page.locator(`[data-step="${node}"]`).waitFor();
}

test('the chosen language is saved with the progress and comes back after a reload', async () => {
  const { context, page } = await open(browser, `${server.url}/`);
  assert.equal(await page.locator('refund-guide .rg').getAttribute('lang'), 'zh-CN', 'the page default for a new session');
  await page.locator('[data-locale="en"]').click();
  await page.locator('.rg[lang="en"]').waitFor();
  await answer(page, 'money_kind', ['merchant_refund'], { axe: false });
  assert.equal((await saved(page)).locale, 'en');
  await page.reload();
  await page.locator('[data-step="merchant_response"]').waitFor();
  assert.equal(await page.locator('refund-guide .rg').getAttribute('lang'), 'en', 'restored on reload');
  assert.match(await page.locator('[data-notice="resume"]').innerText(), /Welcome back/);
  await page.locator('refund-guide [data-action="resume"]').click();
  await page.locator('[data-locale="zh-CN"]').click();
  await page.locator('.rg[lang="zh-CN"]').waitFor();
  await page.reload();
  await page.locator('[data-step="merchant_response"]').waitFor();
  assert.equal(await page.locator('refund-guide .rg').getAttribute('lang'), 'zh-CN', 'and switching back is kept too');
  await context.close();
});

const fontSize = (page, selector) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

test('the browser font-size setting scales the text, and a tiny host root stays readable', async () => {
  const { context, page } = await open(browser, `${server.url}/`);
  assert.equal(await fontSize(page, 'refund-guide .rg'), 16);
  const heading = await fontSize(page, '[data-step] [data-heading]');
  // The person's default font size doubled (Chromium's setting, through CDP).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.reload();
  await page.locator('[data-step]').first().waitFor();
  assert.equal(await fontSize(page, 'refund-guide .rg'), 32, 'the widget follows the setting');
  assert.equal(await fontSize(page, '[data-step] [data-heading]'), heading * 2, 'and everything in it scales');
  assert.equal(await fontSize(page, 'refund-guide .rg-choice__label'), 32);
  // A host page that shrinks its root (html { font-size: 6px }): floored at 16px.
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
  await page.reload();
  await page.locator('[data-step]').first().waitFor();
  await page.addStyleTag({ content: 'html { font-size: 6px }' });
  assert.equal(await fontSize(page, 'refund-guide .rg'), 16);
  await context.close();
});

/** The contrast of two CSS `rgb()`/`rgba()` colours (WCAG 2). */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The focused element's ring: its outline and the first opaque background behind it. */
function ringOf(el) {
  const style = getComputedStyle(el);
  let node = el.parentElement || el.getRootNode().host;
  let background = 'rgb(255, 255, 255)';
  while (node) {
    const bg = getComputedStyle(node).backgroundColor;
    if (!/rgba\(.*, 0\)$/.test(bg) && bg !== 'transparent') { background = bg; break; }
    node = node.parentElement || (node.getRootNode() !== document && node.getRootNode().host);
  }
  return { visible: el.matches(':focus-visible') || el.matches(':focus'), color: style.outlineColor, width: style.outlineWidth, styleName: style.outlineStyle, background };
}

for (const colorScheme of ['light', 'dark']) {
  test(`the focus ring keeps 3:1 on its background, the same on every control (${colorScheme})`, async () => {
    const { context, page } = await open(browser, `${server.url}/`, { colorScheme });
    await page.locator('refund-guide .rg-data summary').click();
    const targets = [
      '[data-choice="merchant_refund"]', '[data-step] [data-action="next"]', '[data-locale="en"]',
      '.rg-data summary', '#rg-import', '[data-action="export"]',
    ];
    const rings = [];
    for (const target of targets) {
      await page.keyboard.press('Shift'); // keyboard modality: focus shows as it does on Tab
      await page.locator(`refund-guide ${target}`).focus();
      rings.push([target, await page.locator(`refund-guide ${target}`).evaluate(ringOf)]);
    }
    // A field inside a panel (the contact log's form on its surface colour).
    await toPlan(page);
    await openFromPlan(page, 'case_facts');
    await continueTo(page, 'evidence');
    await continueTo(page, 'contact_log');
    await page.locator('[data-field="agent"]').focus();
    rings.push(['[data-field="agent"]', await page.locator('[data-field="agent"]').evaluate(ringOf)]);
    const shapes = new Set();
    for (const [target, ring] of rings) {
      assert.ok(ring.visible, `${target} shows focus`);
      const ratio = contrast(ring.color, ring.background);
      assert.ok(ratio >= 3, `${target}: ring ${ring.color} on ${ring.background} is ${ratio.toFixed(2)}:1`);
      shapes.add(`${ring.styleName} ${ring.width} ${ring.color}`);
    }
    assert.deepEqual([...shapes], [[...shapes][0]], 'one ring everywhere');
    await context.close();
  });
}

test('dark mode: the built-in dark theme, zero axe violations on every step', async () => {
  for (const locale of ['zh-CN', 'en']) {
    const { context, page } = await open(browser, `${server.url}/`, { colorScheme: 'dark' });
    if (locale === 'en') await page.locator('[data-locale="en"]').click();
    const bg = await page.locator('refund-guide .rg').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.equal(bg, 'rgb(23, 25, 28)', 'the dark background');
    await toPlan(page, true);
    await expectNoAxeViolations(page, `plan, dark (${locale})`);
    for (const [node, next] of [['case_facts', 'evidence'], ['evidence', 'contact_log'], ['contact_log', 'letters']]) {
      if (node === 'case_facts') await openFromPlan(page, node);
      await expectNoAxeViolations(page, `${node}, dark (${locale})`);
      await continueTo(page, next);
    }
    await expectNoAxeViolations(page, `letters, dark (${locale})`);
    // The host forces light: the widget turns light at once, whatever the person's setting.
    await page.evaluate(() => window.RefundGuide.mount(document.querySelector('refund-guide'), { theme: 'light' }));
    await page.locator('refund-guide .rg[data-theme="light"]').waitFor();
    assert.equal(await page.locator('refund-guide .rg').evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(255, 255, 255)');
    await expectNoAxeViolations(page, `letters, forced light (${locale})`);
    await context.close();
  }
});

test('every control of the plan and the texts page has its own accessible name; the ladder selects name their channel', async () => {
  for (const locale of ['zh-CN', 'en']) {
    const { context, page } = await open(browser, `${server.url}/`);
    if (locale === 'en') await page.locator('[data-locale="en"]').click();
    await toPlan(page);
    const tree = await page.locator('[data-step="plan"] .rg-channels').ariaSnapshot();
    const names = [...tree.matchAll(/combobox "([^"]+)"/g)].map((m) => m[1]);
    assert.equal(names.length, 5, tree);
    assert.equal(new Set(names).size, names.length, `distinct: ${names.join(' | ')}`);
    const regulator = await page.locator('[data-channel="regulator"] > strong').innerText();
    assert.ok(names.some((n) => n.includes(regulator)), `named by the channel: ${names.join(' | ')}`);
    // No two controls of the plan or the texts page share a name.
    for (const node of ['plan', 'letters']) {
      if (node === 'letters') await openFromPlan(page, 'letters');
      const all = await page.locator(`[data-step="${node}"]`).ariaSnapshot();
      const controls = [...all.matchAll(/- '?(button|link|combobox|textbox|checkbox) "([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
      assert.ok(controls.length >= 10, `${node}: ${controls.join(' | ')}`);
      const twice = controls.filter((c, i) => controls.indexOf(c) !== i);
      assert.deepEqual(twice, [], `${node} (${locale}): controls named alike`);
      if (node === 'letters') await page.locator('refund-guide [data-action="back"]').first().click();
    }
    await context.close();
  }
});

test('forced colours (high contrast): cause cards and the texts keep their edges', async () => {
  const { context, page } = await open(browser, `${server.url}/`);
  await page.emulateMedia({ forcedColors: 'active' });
  await toPlan(page);
  const edge = (selector) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).borderTopStyle);
  assert.equal(await edge('[data-cause]'), 'solid', 'a cause card');
  await openFromPlan(page, 'letters');
  assert.equal(await edge('[data-letter]'), 'solid', 'a text body');
  await context.close();
});

test('on a 360×740 phone the case file and the texts are within the first screen of the plan, and the contact-support step opens its message', async () => {
  for (const locale of ['zh-CN', 'en']) {
    const { context, page } = await openPhone(locale);
    await toPlan(page);
    // The plan's heading at the top of the screen, as after the move of focus to it.
    await page.locator('[data-step="plan"] [data-heading]').evaluate((h) => h.scrollIntoView({ block: 'start' }));
    for (const node of ['case_facts', 'letters']) {
      const action = page.locator(`[data-step="plan"] .rg-plan-actions [data-action="open"][data-node="${node}"]`);
      const box = await action.boundingBox();
      assert.ok(box, `${locale}: the ${node} action is shown`);
      assert.ok(box.y >= 0 && box.y + box.height <= 740, `${locale}: ${node} within the first screen (top ${box.y}, height ${box.height})`);
    }
    await openFromPlan(page, 'letters');
    await page.locator('[data-action="back"]').click();
    await page.locator('[data-step="plan"]').waitFor();
    // The message to customer service, straight from the step that says to contact them.
    await page.locator('[data-plan-step="contact_support"] [data-action="open"][data-node="letters"]').click();
    await page.locator('[data-step="letters"] [data-letter="customer_service"]').waitFor();
    await expectNoAxeViolations(page, `${locale} texts page from the contact-support step`);
    await context.close();
  }
});

test('on a 360×740 phone every public number on the plan is a link that dials it, reachable by keyboard', async () => {
  for (const locale of ['zh-CN', 'en']) {
    const { context, page } = await openPhone(locale);
    await toPlan(page);
    const links = await page.locator('[data-step="plan"] a[href^="tel:"]')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    // A merchant refund: the market regulator's 12315 and free legal advice, 12348, at least.
    for (const number of ['12315', '12348']) {
      assert.ok(links.some(([href]) => href === `tel:${number}`), `${locale}: ${number} in ${JSON.stringify(links)}`);
    }
    for (const [href, text] of links) assert.equal(href, `tel:${text.replace(/[^0-9+]/g, '')}`, `${locale}: dials what it shows`);
    // A link in the tab order like any other, with the widget's focus ring.
    const link = page.locator('[data-step="plan"] a[href="tel:12315"]').first();
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    assert.equal(await link.evaluate((a) => a.getRootNode().activeElement === a && a.matches(':focus-visible')), true);
    assert.notEqual(await link.evaluate((a) => getComputedStyle(a).outlineStyle), 'none', `${locale}: focus ring`);
    await expectNoAxeViolations(page, `${locale} plan with tel: links`);
    await context.close();
  }
});

test('a brand link colour that reads on white but not on a callout: the police numbers keep 4.5:1 there', async () => {
  // #0070e0 is 4.78:1 on white, 4.40:1 on the callouts' #fff4e5: links there take the text
  // colour (regression: the police block's and the support box's links fell below AA).
  for (const locale of ['zh-CN', 'en']) {
    const { context, page } = await openPhone(locale);
    await page.evaluate(() => document.querySelector('refund-guide').style.setProperty('--rg-link', '#0070e0'));
    for (const [node, reply] of compromisedSteps) await answer(page, node, reply, { axe: false });
    assert.equal(await step(page), 'plan');
    const link = page.locator('[data-police] a[href="tel:110"]');
    // The link is still told apart from the text around it by its underline, and it does not break.
    assert.deepEqual(await link.evaluate((a) => [getComputedStyle(a).textDecorationLine, getComputedStyle(a).whiteSpace]), ['underline', 'nowrap']);
    await expectNoAxeViolations(page, `${locale} plan with a borderline brand link colour`);
    await context.close();
  }
});

test('on a 360 px phone with the text at 150 %, nothing is wider than the screen: the plan, its ladder, the data panel, the case facts', async () => {
  // Regression: the ladder's selects (min-width 12em) and the data panel's file input (as wide
  // as its text) pushed past the screen, and a host page scrolled sideways.
  const wider = (page) => page.evaluate(() => [...document.querySelector('refund-guide').shadowRoot.querySelectorAll('*')]
    .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > innerWidth + 1; })
    .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`));
  for (const locale of ['zh-CN', 'en']) {
    const { context, page } = await openPhone(locale);
    await page.evaluate(() => { document.documentElement.style.fontSize = '150%'; });
    await toPlan(page);
    await page.locator('.rg-data summary').click();
    assert.deepEqual(await wider(page), [], `${locale}: the plan with the data panel open`);
    await openFromPlan(page, 'case_facts');
    assert.deepEqual(await wider(page), [], `${locale}: the case facts`);
    await context.close();
  }
});

test('a removed contact is announced and comes back at its place with Undo, focus kept', async () => {
  const { context, page } = await open(browser, `${server.url}/`);
  await page.locator('[data-locale="en"]').click();
  await toPlan(page);
  await openFromPlan(page, 'case_facts');
  await continueTo(page, 'evidence');
  await continueTo(page, 'contact_log');
  // The live region is there before any change (one added with its text is often not read).
  const said = (text) => page.locator('[data-log-status] [role="status"]', { hasText: text }).waitFor();
  await page.locator('[data-log-status] [role="status"]').waitFor({ state: 'attached' });
  for (const t of ['T-1', 'T-2', 'T-3']) {
    await page.locator('[data-field="ticket_number"]').fill(t);
    await page.locator('[data-action="add_contact"]').click();
    await page.locator(`[data-contact="${t.slice(2)}"]`).waitFor();
  }
  await said('Contact 3 added to the log.');
  await page.locator('[data-contact="2"] [data-action="remove_contact"]').click();
  await page.locator('[data-contact="3"]').waitFor({ state: 'detached' });
  await said('Contact 2 removed.');
  await expectNoAxeViolations(page, 'contact log after a removal');
  const active = () => page.evaluate(() => {
    const el = document.querySelector('refund-guide').shadowRoot.activeElement;
    return el && (el.getAttribute('data-action') + (el.closest('[data-contact]')?.getAttribute('data-contact') || ''));
  });
  const focusOn = (action) => page.waitForFunction((a) => document.querySelector('refund-guide').shadowRoot.activeElement?.getAttribute('data-action') === a, action);
  await focusOn('undo');
  assert.equal(await active(), 'undo', "the removed entry's button is gone: focus is on Undo");
  await page.keyboard.press('Enter');
  await page.locator('[data-contact="3"]').waitFor();
  await said('Contact 2 restored.');
  await focusOn('edit_contact');
  assert.equal(await active(), 'edit_contact2', 'and then on the entry put back');
  assert.deepEqual((await saved(page)).contacts.map((c) => c.ticket_number), ['T-1', 'T-2', 'T-3'], 'back at its place, and saved');
  assert.equal(await page.locator('[data-action="undo"]').count(), 0, 'undo once');
  // Two removals in a row: focus is on Undo after each, and Undo puts back the last one.
  await page.locator('[data-contact="1"] [data-action="remove_contact"]').click();
  await focusOn('undo');
  await said('Contact 1 removed.');
  // The same words again are a new node in the live region, so they are read out again.
  await page.locator('[data-log-status] [role="status"] > span').evaluate((s) => { s.dataset.old = 'yes'; });
  await page.locator('[data-contact="1"] [data-action="remove_contact"]').click();
  await page.locator('[data-contact="2"]').waitFor({ state: 'detached' });
  await said('Contact 1 removed.');
  assert.equal(await page.locator('[data-log-status] [role="status"] > span[data-old]').count(), 0, 'the words were replaced, not left as they were');
  await focusOn('undo');
  await page.keyboard.press('Enter');
  await said('Contact 1 restored.');
  assert.deepEqual((await saved(page)).contacts.map((c) => c.ticket_number), ['T-2', 'T-3']);
  // Adding after a removal leaves focus where the person is (the log's other changes move nothing).
  await page.locator('[data-field="ticket_number"]').fill('T-4');
  await page.locator('[data-field="ticket_number"]').press('Enter');
  await said('Contact 3 added to the log.');
  assert.equal(await page.evaluate(() => document.querySelector('refund-guide').shadowRoot.activeElement?.getAttribute('data-field')), 'ticket_number');
  // A refused add puts focus on the error summary; once fixed and added, focus stays at the
  // form (regression: it jumped to the page's heading when the errors went away).
  await page.locator('[data-field="contact_at"]').fill('2099-01-01T10:00');
  await page.locator('[data-action="add_contact"]').click();
  await page.waitForFunction(() => document.querySelector('refund-guide').shadowRoot.activeElement?.classList.contains('rg-error-summary'));
  await page.locator('[data-field="contact_at"]').fill('2026-11-20T09:30');
  await page.locator('[data-action="add_contact"]').click();
  await said('Contact 4 added to the log.');
  assert.equal(await page.evaluate(() => document.querySelector('refund-guide').shadowRoot.activeElement?.getAttribute('data-action')), 'add_contact');
  await context.close();
});
