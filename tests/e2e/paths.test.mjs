// Whole paths through the guide, in both locales: the cause shown at the end, the urgent
// security page and the scam stop, "check your answers" with a change, the know-how pages,
// zero axe violations on every step and no network after the first render.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startServer, open, step, answer, expectNoAxeViolations, merchantSteps, compromisedSteps } from './helpers.mjs';

let browser;
let server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

const PATHS = {
  merchant: {
    steps: [...merchantSteps('skip'), ['summary', null]],
    causes: ['merchant_error'],
    // The public contacts under each channel (content/contacts.json), for who is involved.
    hotlines: { regulator: ['12363', '12378'], consumer_association: ['12315', 'cca.org.cn'], police: [], absent: ['110', '96110'] },
    // Back to the original payment method: 7 working days from Thu 2 Jan 2020.
    clock: { verdict: 'overdue', due: '2020-01-13' },
  },
  compromised: {
    steps: compromisedSteps,
    causes: ['account_security'],
    // Unknown payments on the statement: the security page, the withdrawal's own kind (its
    // start date is not asked, so its clock is unknown).
    hotlines: { regulator: ['12363', '12378'], consumer_association: ['cca.org.cn'], police: ['110', '96110'], absent: ['12315'] },
    legalNow: true,
  },
  wrongDetails: {
    steps: [
      ['money_kind', ['bank_withdrawal']],
      ['scam_contact', ['no_such_contact']],
      ['status', ['failed_or_returned']],
      ['started_on', 'skip'],
      ['security_signs', ['not_sure']],
      ['details_checked', ['found_mistake']],
      ['notices', ['policy_notice']],
      ['amount', 'skip'],
      ['summary', null],
    ],
    causes: ['user_info_error', 'policy_change'],
    hotlines: { regulator: ['12363', '12378'], consumer_association: ['cca.org.cn'], police: [], absent: ['12315', '96110'] },
  },
  outage: {
    steps: [
      ['money_kind', ['incoming_transfer']],
      ['scam_contact', ['no_such_contact']],
      ['status', ['processing']],
      ['started_on', 'skip'],
      ['security_signs', ['none_of_these']],
      ['details_checked', ['not_checked']],
      ['notices', ['outage', 'app_errors']],
      ['amount', 'skip'],
      ['summary', null],
    ],
    causes: ['technical_fault'],
    hotlines: { regulator: ['12363', '12378'], consumer_association: ['cca.org.cn'], police: [], absent: ['12315', '96110'] },
  },
};

async function start(locale) {
  const session = await open(browser, `${server.url}/`);
  if (locale === 'en') {
    await session.page.locator('[data-locale="en"]').click();
    await session.page.locator('.rg[lang="en"]').waitFor();
  }
  return session;
}

for (const locale of ['zh-CN', 'en']) {
  for (const [name, path] of Object.entries(PATHS)) {
    test(`${name} path (${locale}) ends on the right cause`, async () => {
      const { page, context, lateRequests, errors } = await start(locale);
      for (const [node, reply] of path.steps) await answer(page, node, reply);
      assert.equal(await step(page), 'plan');
      assert.equal(await page.locator('.rg').getAttribute('lang'), locale);
      const causes = await page.locator('[data-cause]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cause')));
      assert.deepEqual(causes, path.causes, 'diagnosed causes, most likely first');
      const why = await page.locator(`[data-cause="${path.causes[0]}"] .rg-why li`).count();
      assert.ok(why >= 1, 'the answers that point there are listed');
      const planSteps = await page.locator('[data-plan-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-plan-step')));
      assert.deepEqual([...planSteps].sort(), ['check_status', 'contact_support', 'file_complaint', 'keep_evidence', 'legal_help']);
      const clock = page.locator('[data-clock]');
      const expected = path.clock || { verdict: 'unknown', due: null };
      assert.equal(await clock.getAttribute('data-clock'), expected.verdict, 'refund clock verdict');
      assert.equal(await clock.getAttribute('data-due'), expected.due);
      if (expected.verdict === 'overdue') assert.deepEqual(planSteps.slice(0, 2), ['contact_support', 'keep_evidence'], 'overdue: act now');
      for (const channel of ['in_app', 'consumer_association', 'regulator', 'lawsuit']) {
        assert.equal(await page.locator(`[data-channel="${channel}"]`).count(), 1, channel);
      }
      const contacts = {};
      for (const channel of ['consumer_association', 'regulator', 'lawsuit']) {
        contacts[channel] = await page.locator(`[data-channel="${channel}"] [data-public-contacts]`).innerText();
      }
      for (const channel of ['consumer_association', 'regulator']) {
        for (const n of path.hotlines[channel]) assert.ok(contacts[channel].includes(n), `${channel} lists ${n}: ${contacts[channel]}`);
      }
      // The police and anti-fraud lines have a block of their own, never a complaint rung.
      const police = (await page.locator('[data-police]').count()) ? await page.locator('[data-police]').innerText() : '';
      for (const n of path.hotlines.police) assert.ok(police.includes(n), `the police block lists ${n}: ${police}`);
      // Each police number dials, and the block comes right under the plan's actions (before
      // the causes), within reach of someone who has just been scammed.
      for (const n of path.hotlines.police) assert.equal(await page.locator(`[data-police] a[href="tel:${n}"]`).count(), 1, `${n} dials`);
      if (path.hotlines.police.length) assert.equal(await page.locator('[data-step="plan"] .rg-plan-actions + [data-police]').count(), 1, 'the police block under the actions');
      assert.ok(!contacts.regulator.includes('110'), 'no police number on the financial regulator rung');
      for (const n of path.hotlines.absent) assert.ok(!(Object.values(contacts).join(' ') + police).includes(n), `${n} does not apply here`);
      assert.match(contacts.lawsuit, locale === 'en' ? /court/ : /法院/, 'the court route');
      assert.match(await page.locator('[data-as-of]').innerText(), locale === 'en' ? /1 Dec 2026.*official/ : /2026年12月1日.*官方/, 'dated, check the official site');
      assert.equal(await page.locator('[data-note="pay_later"]').count(), path.payLater ? 1 : 0, 'pay-later advice');
      assert.equal(await page.locator('[data-plan-step="legal_help"] .rg-legal-now').count(), path.legalNow ? 1 : 0, 'legal help now');
      const notes = await page.locator('[data-plan-step="check_status"] [data-note-for]').evaluateAll((els) => els.map((e) => e.getAttribute('data-note-for')));
      assert.deepEqual(notes, path.causes, 'what to do now, for each diagnosed cause');
      await expectNoAxeViolations(page, `plan (${name}, ${locale})`);
      for (const page_ of ['talk_tips', 'prevention', 'risks']) {
        await page.locator(`[data-action="open"][data-node="${page_}"]`).first().click();
        await page.locator(`[data-step="${page_}"]`).waitFor();
        assert.ok((await page.locator('[data-item]').count()) >= 5, `${page_} lists the article's items`);
        await expectNoAxeViolations(page, `${page_} (${locale})`);
        await page.locator('[data-action="back"]').first().click();
        await page.locator('[data-step="plan"]').waitFor();
      }
      assert.deepEqual(lateRequests, [], 'no network after the first render');
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test(`scam path (${locale}) warns first, then goes on to the real problem`, async () => {
    const { page, context } = await start(locale);
    await answer(page, 'money_kind', ['merchant_refund']);
    await answer(page, 'merchant_response', ['says_refunded']);
    // A caller who only asked to install an app already gets the warning.
    await answer(page, 'scam_contact', ['install_link_meeting']);
    assert.equal(await step(page), 'scam_warning');
    const text = await page.locator('[data-step="scam_warning"]').innerText();
    assert.match(text, /110/);
    assert.match(text, /96110/);
    assert.equal(await page.locator('[data-cause]').count(), 0);
    assert.equal(await page.locator('[data-step="scam_warning"] [data-action="restart"]').count(), 1, 'start again is offered');
    await expectNoAxeViolations(page, `scam_warning (${locale})`);
    await answer(page, 'scam_warning', null);
    assert.equal(await step(page), 'status', 'on to the money problem');
    for (const [node, reply] of [['status', ['processing']], ['started_on', 'skip'], ['security_signs', ['none_of_these']], ['notices', ['none_of_these']], ['amount', 'skip'], ['pay_later', ['no']], ['summary', null]]) {
      await answer(page, node, reply, { axe: false });
    }
    assert.equal(await step(page), 'plan');
    const police = await page.locator('[data-police]').innerText();
    assert.ok(police.includes('110') && police.includes('96110'), `police and anti-fraud on the plan: ${police}`);
    await context.close();
  });
}

test('check your answers: a change re-routes and keeps what still applies; language switch keeps the place', async () => {
  const { page, context } = await start('zh-CN');
  for (const [node, reply] of PATHS.outage.steps.slice(0, -1)) await answer(page, node, reply, { axe: false });
  assert.equal(await step(page), 'summary');
  await page.locator('[data-action="change"][data-node="money_kind"]').click();
  await page.locator('[data-step="money_kind"]').waitFor();
  await answer(page, 'money_kind', ['merchant_refund'], { axe: false });
  await answer(page, 'merchant_response', ['refused_or_stalling'], { axe: false });
  assert.equal(await step(page), 'pay_later', 'the one question a merchant refund adds');
  await answer(page, 'pay_later', ['no'], { axe: false });
  assert.equal(await step(page), 'summary', 'straight back: later answers still apply');
  const rows = await page.locator('.rg-summary__row').count();
  assert.equal(rows, 9, 'the new questions are on the summary, the details question (not asked of a merchant refund) is not');
  await page.locator('[data-locale="en"]').click();
  await page.locator('.rg[lang="en"]').waitFor();
  assert.equal(await step(page), 'summary', 'language switch keeps the place');
  assert.match(await page.locator('.rg-summary').innerText(), /The merchant refuses, or keeps putting it off/);
  await page.locator('[data-action="next"]').click();
  await page.locator('[data-step="plan"]').waitFor();
  const causes = await page.locator('[data-cause]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cause')));
  assert.deepEqual(causes, ['technical_fault', 'merchant_error'], 'outage (4 points) above the merchant (3)');
  await context.close();
});

test('a withdrawal started today is still within the normal time', async () => {
  const { page, context } = await start('en');
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  for (const [node, reply] of PATHS.outage.steps) {
    await answer(page, node, node === 'started_on' ? { type: today } : reply, { axe: false });
  }
  const clock = page.locator('[data-clock]');
  assert.equal(await clock.getAttribute('data-clock'), 'waiting');
  const due = await clock.getAttribute('data-due');
  assert.ok(due > today, `due ${due} is after today ${today} (back to the wallet balance: by the next day)`);
  assert.match(await clock.innerText(), /come back on/);
  await expectNoAxeViolations(page, 'plan with the clock waiting');
  await context.close();
});

test('field errors: a future date is refused at the field and in the summary, with no axe violations', async () => {
  const { page, context } = await start('en');
  await answer(page, 'money_kind', ['bank_withdrawal'], { axe: false });
  await answer(page, 'scam_contact', ['no_such_contact'], { axe: false });
  await answer(page, 'status', ['processing'], { axe: false });
  await page.locator('[data-field="refund_started_on"]').fill('2999-01-01');
  await page.locator('[data-action="next"]').click();
  await page.locator('.rg-error-summary').waitFor();
  // The message at the field is the one the field points screen readers to.
  const described = (await page.locator('[data-field="refund_started_on"]').getAttribute('aria-describedby')).split(' ');
  const message = described.find((id) => id.endsWith('-error'));
  assert.ok(message, `aria-describedby names the error: ${described}`);
  assert.match(await page.locator(`#${message}`).innerText(), /after today/);
  assert.equal(await page.locator('[data-field="refund_started_on"]').getAttribute('aria-invalid'), 'true');
  await expectNoAxeViolations(page, 'started_on with an error');
  await page.locator('.rg-error-summary button').click();
  const focused = await page.evaluate(() => document.querySelector('refund-guide').shadowRoot.activeElement?.getAttribute('data-field'));
  assert.equal(focused, 'refund_started_on', 'the summary link focuses the field');
  await context.close();
});

test('the escalation ladder: each channel says what to prepare and keeps the status the person sets', async () => {
  for (const locale of ['zh-CN', 'en']) {
    const { page, context } = await start(locale);
    for (const [node, reply] of PATHS.merchant.steps) await answer(page, node, reply, { axe: false });
    assert.equal(await step(page), 'plan');
    const channels = await page.locator('[data-channel]').evaluateAll((els) => els.map((e) => e.getAttribute('data-channel')));
    assert.deepEqual(channels, ['in_app', 'social_media', 'consumer_association', 'regulator', 'lawsuit'], 'in the article\'s order');
    for (const c of channels) {
      assert.equal(await page.locator(`[data-channel="${c}"]`).getAttribute('data-status'), 'not_started');
      assert.ok((await page.locator(`[data-channel="${c}"] .rg-hint`).innerText()).length > 10, `${c}: what to prepare`);
    }
    assert.equal(await page.locator('[data-legal-after="regulator"]').count(), 0);
    await page.locator('[data-ladder="in_app"]').selectOption('submitted');
    await page.locator('[data-ladder="regulator"]').selectOption('answered');
    await page.locator('[data-channel="regulator"][data-status="answered"]').waitFor();
    await page.locator('[data-legal-after="regulator"]').waitFor();
    await expectNoAxeViolations(page, `plan with ladder statuses (${locale})`);
    await page.reload();
    await page.locator('[data-step="plan"]').waitFor();
    assert.equal(await page.locator('[data-channel="in_app"]').getAttribute('data-status'), 'submitted', 'kept across a reload');
    assert.equal(await page.locator('[data-ladder="regulator"]').inputValue(), 'answered');
    assert.equal(await page.locator('[data-legal-after="regulator"]').count(), 1, 'legal help raised after the regulator answered');
    await page.locator('[data-ladder="regulator"]').selectOption('resolved');
    await page.locator('[data-channel="regulator"][data-status="resolved"]').waitFor();
    assert.equal(await page.locator('[data-legal-after="regulator"]').count(), 0, 'resolved: no longer raised');
    await context.close();
  }
});

// What the answers add to the plan: a freeze has no waiting date and says why (DESIGN §8),
// with the re-verification advice and the reminder on contact support; a merchant refund
// paid with pay-later credit gets the credit-record advice.
test('a freeze has no clock and says what to do; a pay-later refund gets its advice', async () => {
  const { page, context } = await start('zh-CN');
  for (const [node, reply] of [
    ['money_kind', ['frozen']], ['freeze_kind', ['reverify']], ['scam_contact', ['no_such_contact']],
    ['security_signs', ['none_of_these']], ['notices', ['account_frozen']], ['amount', 'skip'], ['summary', null],
  ]) await answer(page, node, reply, { axe: false });
  const clock = page.locator('[data-clock]');
  assert.equal(await clock.getAttribute('data-clock'), 'not_applicable');
  assert.equal(await clock.getAttribute('data-due'), null, 'no date');
  assert.match(await clock.innerText(), /没有“等到哪天”的日期/);
  assert.equal(await page.locator('[data-note="reverify"]').count(), 1, 'verify only in the official app');
  assert.match(await page.locator('[data-plan-step="contact_support"] [data-reminder]').innerText(), /验证码/);
  await expectNoAxeViolations(page, 'plan of a freeze');
  await page.locator('[data-step="plan"] [data-action="restart"]').click();
  await page.locator('[data-step="money_kind"]').waitFor();
  for (const [node, reply] of [...merchantSteps('skip').slice(0, -1), ['pay_later', ['yes']], ['summary', null]]) {
    await answer(page, node, reply, { axe: false });
  }
  assert.equal(await page.locator('[data-note="pay_later"]').count(), 1, 'keep paying instalments or ask for a pause');
  assert.equal(await page.locator('[data-clock]').getAttribute('data-clock'), 'overdue');
  await context.close();
});
