// Bounds on what is typed (DESIGN §8): 100 KB pasted into every text field of the case facts
// and the contact-log form is cut at the field's bound with a note at the field, no card
// number is shown whole, and the page keeps answering. Regression: masking was superlinear,
// and 2,000 pasted digit groups froze the page for seconds (800: 0.23 s). Answering is checked
// with a generous margin, never a timing bar.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, open, answer, expectNoAxeViolations, merchantSteps } from './helpers.mjs';

let browser;
let server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const MERCHANT = [...merchantSteps({ type: '1999.50' }), ['summary', null]];
/** What "still answers" allows for one click to take effect: generous, not a timing bar. */
const ANSWERS_WITHIN = 5_000;
const CARD = '4111 1111 1111 1111';
const KB100 = 100 * 1024;
/** 100 KB of one-digit groups (the worst case for masking), after a card number or not. */
const wall = (withCard) => (withCard ? `${CARD} ` : '').padEnd(KB100, '1 ');

const FACTS = [
  // [field, bound, pasted text holds a card number]: amount and currency are not masked
  // (a card number pasted there is refused on Continue, not masked), so they get the wall.
  ['amount', 200, false],
  ['currency', 200, false],
  ['merchant', 200, true],
  ['order_number', 64, true],
  ['wallet', 200, true],
  ['receiving_account', 200, true],
];
const CONTACT = [
  ['contact_channel', 200],
  ['ticket_number', 64],
  ['agent', 200],
  ['promise', 4000],
];

const shown = (page) => page.evaluate(() => document.querySelector('refund-guide').shadowRoot.textContent);

/** Switches the language, and waits (with a margin) for the widget to show it. */
async function stillAnswers(page) {
  const other = await page.locator('[data-locale]').getAttribute('data-locale');
  await page.locator('[data-locale]').click();
  await page.locator(`.rg[lang="${other}"]`).waitFor({ timeout: ANSWERS_WITHIN });
  return other;
}

const cutNote = (locale, n) => (locale === 'en'
  ? `Cut to ${n} characters \u2014 this field holds at most ${n}.`
  : `已截短为 ${n} 个字符：这一栏最多只能填 ${n} 个字符。`);

/** Pastes 100 KB into `[data-field=id]` and checks the cut, the note and the masking. */
async function pasteInto(page, id, bound, withCard, locale) {
  const field = page.locator(`[data-field="${id}"]`);
  await field.fill(wall(withCard));
  locale = await stillAnswers(page);
  const value = await field.inputValue();
  assert.ok(value.length <= bound && value.length > bound - 30, `${id} cut at ${bound}: ${value.length}`);
  assert.ok(!value.replace(/[ -]/g, '').includes(CARD.replace(/ /g, '')), `${id}: no card number in full`);
  if (withCard) assert.ok(value.startsWith('****'), `${id} masked: ${value.slice(0, 30)}`);
  const note = page.locator(`#rg-f-${id}-note`);
  assert.equal(await note.innerText(), cutNote(locale, bound), `${id}: said at the field`);
  const described = (await field.getAttribute('aria-describedby')).split(' ');
  assert.ok(described.includes(`rg-f-${id}-note`), `${id}: the note is tied to the control`);

  // A script (or an IME) sets the value again past the bound: the model leaves the field as
  // it was, and the control shows what the model holds, not the paste.
  const showing = await field.evaluate((el, text) => {
    el.value = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    return el.value;
  }, wall(withCard));
  assert.equal(showing, value, `${id}: the control shows what is kept, not the paste`);
  locale = await stillAnswers(page);
  assert.equal(await field.inputValue(), value, `${id}: and still does after a render`);
  return locale;
}

test('100 KB pasted into each case-file text field is cut at its bound, masked, and the page answers', async () => {
  const { page, errors, lateRequests, context } = await open(browser, `${server.url}/`);
  for (const [node, reply] of MERCHANT) await answer(page, node, reply, { axe: false });
  await page.locator('[data-action="open"][data-node="case_facts"]').click();
  await page.locator('[data-step="case_facts"]').waitFor();
  let locale = 'zh-CN';
  for (const [id, bound, withCard] of FACTS) {
    locale = await pasteInto(page, id, bound, withCard, locale);
  }
  assert.ok(!(await shown(page)).includes(CARD), 'no card number on the page');
  assert.equal(await page.locator('[data-cut]').count(), FACTS.length, 'a note at each field cut');
  await expectNoAxeViolations(page, 'case_facts with every field cut');

  // Within the bounds again: the note goes; then on to the contact log.
  await page.locator('[data-field="amount"]').fill('1999.50');
  await page.locator('[data-field="currency"]').fill('CNY');
  await page.locator('#rg-f-currency-note').waitFor({ state: 'detached', timeout: ANSWERS_WITHIN });
  await page.locator('[data-action="next"]').click();
  await page.locator('[data-step="evidence"]').waitFor({ timeout: ANSWERS_WITHIN });
  await page.locator('[data-action="next"]').click();
  await page.locator('[data-step="contact_log"]').waitFor({ timeout: ANSWERS_WITHIN });

  for (const [id, bound] of CONTACT) {
    locale = await pasteInto(page, id, bound, true, locale);
  }
  await expectNoAxeViolations(page, 'contact_log with every field cut');
  await page.locator('[data-action="add_contact"]').click();
  const entry = page.locator('[data-contact="1"]');
  await entry.waitFor({ timeout: ANSWERS_WITHIN });
  const logged = await entry.innerText();
  assert.ok(!logged.replace(/[ -]/g, '').includes('4111111111111111'), 'the log shows no card number in full');
  assert.ok(logged.includes('****'), 'the logged contact holds the masked text');
  assert.equal(await page.locator('[data-cut]').count(), 0, 'the emptied form says nothing was cut');
  assert.ok(!(await shown(page)).includes(CARD), 'no card number on the page');

  assert.deepEqual(errors, [], 'no errors in the console');
  assert.deepEqual(lateRequests, [], 'no network');
  await context.close();
});
