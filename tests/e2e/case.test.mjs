// The case file: facts with GOV.UK errors, evidence, the contact log,
// and the texts filled from them (copy, .txt, .ics, print), in both locales, with axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, open, answer, expectNoAxeViolations, merchantSteps } from './helpers.mjs';

let browser;
let server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const MERCHANT = [...merchantSteps({ type: '1999.50' }), ['summary', null]];

const decode = (href) => decodeURIComponent(href.slice(href.indexOf(',') + 1));

for (const locale of ['zh-CN', 'en']) {
  test(`a case filled in ${locale}: errors, evidence, contacts, texts`, async () => {
    const { page, context, lateRequests } = await open(browser, `${server.url}/`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    if (locale === 'en') {
      await page.locator('[data-locale="en"]').click();
      await page.locator('.rg[lang="en"]').waitFor();
    }
    for (const [node, reply] of MERCHANT) await answer(page, node, reply, { axe: false });
    // Started on 2 Jan 2020, back to the original method (1–7 working days): long overdue.
    const clock = page.locator('[data-clock]');
    assert.equal(await clock.getAttribute('data-clock'), 'overdue');
    assert.equal(await clock.getAttribute('data-due'), '2020-01-13');
    await page.locator('[data-action="open"][data-node="case_facts"]').click();
    await page.locator('[data-step="case_facts"]').waitFor();
    assert.equal(await page.locator('[data-field="amount"]').inputValue(), '1999.50', 'one value, one place');
    await page.locator('[data-field="currency"]').fill('yuan');
    await page.locator('[data-field="transaction_at"]').fill('2019-12-30T10:15');
    await page.locator('[data-action="next"]').click();
    await page.locator('.rg-error-summary').waitFor();
    const focused = () => page.evaluate(() => document.querySelector('refund-guide').shadowRoot.activeElement?.className);
    assert.equal(await focused(), 'rg-error-summary', 'the error summary takes focus');
    assert.equal(await page.locator('[data-field="currency"]').getAttribute('aria-invalid'), 'true');
    await expectNoAxeViolations(page, `case_facts with an error (${locale})`);
    // As people type it: lower case is the same code (no error; the texts write "CNY").
    await page.locator('[data-field="currency"]').fill('cny');
    await page.locator('[data-field="merchant"]').fill('Shop 42');
    await page.locator('[data-field="order_number"]').fill('ORD-778');
    // The person's own name and phone sign the texts (stored on the device only).
    await page.locator('[data-field="full_name"]').fill('Wang Fang');
    await page.locator('[data-field="phone"]').fill('138 0013 8000');
    await page.locator('[data-field="receiving_account"]').pressSequentially('6222021234567890');
    assert.equal(await page.locator('[data-field="receiving_account"]').inputValue(), '************7890', 'masked as typed');
    await page.locator('[data-action="next"]').click();
    await page.locator('[data-step="evidence"]').waitFor();
    await page.locator('[data-evidence="chat_logs"]').check();
    await expectNoAxeViolations(page, `evidence (${locale})`);
    await page.locator('[data-action="next"]').click();
    await page.locator('[data-step="contact_log"]').waitFor();
    await page.locator('[data-field="ticket_number"]').fill('T-1');
    await page.locator('[data-field="promise"]').fill('refund to 4111 1111 1111 1111 within 3 days');
    await page.locator('[data-field="follow_up_on"]').fill('2099-01-05');
    await page.locator('[data-action="add_contact"]').click();
    await page.locator('[data-contact="1"]').waitFor();
    await expectNoAxeViolations(page, `contact_log (${locale})`);
    await page.locator('[data-action="next"]').click();
    await page.locator('[data-step="letters"]').waitFor();
    const ids = await page.locator('[data-letter]').evaluateAll((els) => els.map((e) => e.getAttribute('data-letter')));
    assert.deepEqual(ids, ['customer_service', 'in_app_complaint', 'consumer_association', 'regulator', 'lawyer_summary']);
    for (const id of ids) {
      const text = await page.locator(`[data-letter="${id}"]`).innerText();
      for (const fact of ['ORD-778', 'Shop 42']) assert.ok(text.includes(fact), `${id} cites ${fact}`);
      assert.ok(!/4111 ?1111 ?1111 ?1111/.test(text) && !text.includes('6222021234567890'), `${id}: no card number in full`);
      assert.ok(!/undefined|\{[a-z_]+\}/.test(text), `${id}: no gaps or raw placeholders`);
      // The clock's verdict, with its due date as people write it.
      const due = locale === 'en' ? /was due by 13 Jan 2020; it is now \d+ working days late/ : /应在 2020年1月13日 前到账，至今已晚了 \d+ 个工作日/;
      assert.match(text, due, `${id} states the delay`);
    }
    const signed = await page.locator('[data-letter="customer_service"]').innerText();
    assert.ok(signed.includes('Wang Fang') && signed.includes('138 0013 8000'), `signed with the name and phone given: ${signed}`);
    // The currency typed as "cny" is written as the texts write yuan.
    assert.ok(signed.includes(locale === 'en' ? 'CNY 1999.50' : '1999.50 元'), `the amount in yuan: ${signed}`);
    assert.ok(!/\[(你的姓名|你的联系电话|your name|your phone number)\]/.test(signed), 'no name or phone placeholder left');
    // What is still missing is named at the text; what was given is not.
    const unfilled = await page.locator('[data-text="customer_service"] [data-unfilled]').innerText();
    assert.ok(!unfilled.includes(locale === 'en' ? '[your name]' : '[你的姓名]'), unfilled);
    assert.ok(unfilled.includes(locale === 'en' ? '[wallet]' : '[钱包名称]'), `the wallet was not given: ${unfilled}`);
    await page.locator('[data-text="regulator"] [data-action="copy"]').click();
    await page.locator('[data-text="regulator"] [role="status"]').filter({ hasText: /./ }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await page.locator('[data-letter="regulator"]').innerText());
    const txt = decode(await page.locator('[data-text="lawyer_summary"] [data-action="download_txt"]').getAttribute('href'));
    assert.ok(txt.includes('ORD-778'));
    const ics = decode(await page.locator('[data-action="download_ics"]').getAttribute('href'));
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /DTSTART;VALUE=DATE:20990105/, 'the follow-up date from the contact log');
    await expectNoAxeViolations(page, `letters (${locale})`);
    // The print document is made when Print is pressed, not with the page: an iframe was
    // most of the texts page's longest task (30–60 ms at 4× CPU). Pressed twice, one frame.
    const frames = () => page.evaluate(() => document.querySelector('refund-guide, #app').shadowRoot.querySelectorAll('iframe').length);
    assert.equal(await frames(), 0, 'no iframe before Print');
    await page.locator('[data-action="print"]').click();
    const printed = await page.evaluate(() => document.querySelector('refund-guide, #app')?.shadowRoot?.querySelector('.rg-print-frame')?.contentDocument?.body?.innerText || '');
    assert.ok(printed.includes('ORD-778'), 'the print view holds the case');
    await page.locator('[data-action="print"]').click();
    assert.equal(await frames(), 1, 'the print frame is made once');
    await expectNoAxeViolations(page, `letters after Print (${locale})`);
    assert.deepEqual(lateRequests, [], 'no network');
    await context.close();
  });
}

// Regression for the hands-on review: one tap on "Start again" lost the whole case file. It
// restarts the questions and keeps what the person recorded, on screen and in storage.
test('start again on the plan restarts the questions and keeps the case file', async () => {
  const { page, context } = await open(browser, `${server.url}/`);
  for (const [node, reply] of MERCHANT) await answer(page, node, reply, { axe: false });
  await page.locator('[data-action="open"][data-node="case_facts"]').click();
  await page.locator('[data-step="case_facts"]').waitFor();
  await page.locator('[data-field="merchant"]').fill('Shop 42');
  await page.locator('[data-action="back"]').first().click();
  await page.locator('[data-step="plan"]').waitFor();
  await page.locator('[data-step="plan"] [data-action="restart"]').click();
  await page.locator('[data-step="money_kind"]').waitFor();
  assert.equal(await page.locator('[data-choice="merchant_refund"]').isChecked(), false, 'the questions start afresh');
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('refund-guide:v1')));
  assert.equal(saved.data.facts.merchant, 'Shop 42', 'the case file is kept in storage');
  assert.equal(saved.data.facts.amount, '1999.50', 'the amount typed in the questions too');
  for (const [node, reply] of MERCHANT) await answer(page, node, node === 'amount' ? { type: '1999.50' } : reply, { axe: false });
  await page.locator('[data-action="open"][data-node="case_facts"]').click();
  assert.equal(await page.locator('[data-field="merchant"]').inputValue(), 'Shop 42', 'and on screen');
  await context.close();
});
