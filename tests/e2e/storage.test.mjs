// Saving and resuming, and storage that fails: each fault is injected before the page's own
// scripts run (init scripts), and the widget must keep working, show the right notice, throw
// nothing, and keep what the person entered before the fault.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, startServer, step, answer, expectNoAxeViolations } from './helpers.mjs';

const KEY = 'refund-guide:v1';
let browser;
let server;
before(async () => { browser = await launch(); server = await startServer(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A fresh context with `init` run before every page script; collects uncaught errors. */
async function openWith(init, arg) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  if (init) await context.addInitScript(init, arg);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}/`);
  await page.locator('[data-step]').first().waitFor();
  return { context, page, errors };
}

async function notices(page) {
  return page.locator('refund-guide [data-notice]').evaluateAll((els) => els.map((e) => e.getAttribute('data-notice')));
}

/** Walks the first three questions of the merchant path. */
async function firstAnswers(page) {
  await answer(page, 'money_kind', ['merchant_refund'], { axe: false });
  await answer(page, 'merchant_response', ['no_reply'], { axe: false });
  await answer(page, 'scam_contact', ['no_such_contact'], { axe: false });
}

test('progress is saved on every change and offered back after a reload', async () => {
  const { context, page, errors } = await openWith();
  assert.deepEqual(await notices(page), [], 'a first visit shows no notice');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, 'nothing written before a change');
  await firstAnswers(page);
  const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.equal(saved.schema, 1);
  assert.match(saved.saved_at, /^\d{4}-\d\d-\d\dT/);
  assert.deepEqual(saved.data.answers.merchant_response, { one: 'no_reply' });

  await page.reload();
  await page.locator('[data-step="status"]').waitFor();
  assert.deepEqual(await notices(page), ['resume']);
  await expectNoAxeViolations(page, 'resume banner');
  await page.locator('refund-guide [data-action="resume"]').click();
  assert.deepEqual(await notices(page), [], 'continue dismisses the banner');
  assert.equal(await step(page), 'status');

  await page.reload();
  await page.locator('refund-guide [data-action="start_over"]').click();
  await page.locator('[data-step="money_kind"]').waitFor();
  assert.equal(await page.locator('refund-guide [data-choice="merchant_refund"]').isChecked(), false, 'start over clears the answers');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the resume banner says how long ago the progress was saved', async () => {
  const { context, page } = await openWith((key) => {
    if (!localStorage.getItem(key)) {
      const saved = new Date(Date.now() - 2 * 86400000).toISOString();
      localStorage.setItem(key, JSON.stringify({
        schema: 1, saved_at: saved,
        data: { trail: ['money_kind', 'merchant_response'], answers: { money_kind: { one: 'merchant_refund' } }, facts: {}, changing: false },
      }));
    }
  }, KEY);
  await page.locator('[data-step="merchant_response"]').waitFor();
  assert.match(await page.locator('refund-guide [data-notice="resume"]').innerText(), /2 天前/);
  await context.close();
});

const UNAVAILABLE = {
  'the localStorage getter throws': () => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get() { throw new DOMException('blocked', 'SecurityError'); } });
  },
  'localStorage is null': () => {
    Object.defineProperty(window, 'localStorage', { configurable: true, get() { return null; } });
  },
};
for (const [name, init] of Object.entries(UNAVAILABLE)) {
  test(`${name}: the widget works in memory and says so once`, async () => {
    const { context, page, errors } = await openWith(init);
    assert.deepEqual(await notices(page), ['storage_unavailable']);
    await expectNoAxeViolations(page, name);
    await firstAnswers(page);
    assert.equal(await step(page), 'status');
    assert.deepEqual(await notices(page), ['storage_unavailable'], 'still one notice');
    await page.locator('refund-guide [data-action="back"]').first().click();
    assert.equal(await page.locator('refund-guide [data-choice="no_such_contact"]').isChecked(), true, 'answers kept in memory');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('quota exceeded on the fifth write: a notice, and everything before it kept', async () => {
  const { context, page, errors } = await openWith(() => {
    if (sessionStorage.getItem('rg-test-reloaded')) return;
    let writes = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (this === window.localStorage && ++writes >= 5) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, k, v);
    };
  });
  await firstAnswers(page);
  assert.deepEqual(await notices(page), ['storage_full']);
  await answer(page, 'status', ['processing'], { axe: false });
  assert.equal(await step(page), 'started_on', 'still works after the fault');
  await page.locator('refund-guide [data-action="back"]').first().click();
  assert.equal(await page.locator('refund-guide [data-choice="processing"]').isChecked(), true, 'on screen');
  // Choosing and continuing each save: the four writes that succeeded (two questions) are
  // there after a reload (with storage working again).
  await page.evaluate(() => sessionStorage.setItem('rg-test-reloaded', '1'));
  await page.reload();
  await page.locator('[data-step="scam_contact"]').waitFor();
  await page.locator('refund-guide [data-action="back"]').first().click();
  assert.equal(await page.locator('refund-guide [data-choice="no_reply"]').isChecked(), true, 'saved before the fault');
  assert.deepEqual(errors, []);
  await context.close();
});

const BAD = {
  'invalid JSON': '{"schema":1,"saved_at":"x","data":{',
  'the wrong shape': '{"schema":1,"saved_at":"x","data":{"trail":5,"answers":[],"facts":{}}}',
};
for (const [name, raw] of Object.entries(BAD)) {
  test(`saved data with ${name} is kept aside, reported, and the guide starts`, async () => {
    const { context, page, errors } = await openWith(([key, value]) => {
      if (!sessionStorage.getItem('rg-test-seeded')) {
        sessionStorage.setItem('rg-test-seeded', '1');
        localStorage.setItem(key, value);
      }
    }, [KEY, raw]);
    assert.equal(await step(page), 'money_kind');
    assert.deepEqual(await notices(page), ['saved_data_unreadable']);
    await expectNoAxeViolations(page, name);
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('refund-guide:corrupt:')));
    assert.equal(backups.length, 1);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), backups[0]), raw, 'the raw value, unchanged');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('refund-guide [data-action="download_backup"]').click(),
    ]);
    assert.equal(readFileSync(await download.path(), 'utf8'), raw, 'the raw backup downloads');
    await firstAnswers(page);
    const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
    assert.equal(saved.data.answers.money_kind.one, 'merchant_refund', 'new progress saved over it');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('progress saved by a newer version is neither used nor overwritten', async () => {
  const newer = '{"schema":2,"saved_at":"2027-01-01T00:00:00.000Z","data":{"future":true}}';
  const { context, page, errors } = await openWith(([value]) => {
    if (!localStorage.getItem('refund-guide:v2')) localStorage.setItem('refund-guide:v2', value);
  }, [newer]);
  assert.equal(await step(page), 'money_kind');
  assert.deepEqual(await notices(page), ['saved_by_newer_version']);
  await firstAnswers(page);
  assert.equal(await page.evaluate(() => localStorage.getItem('refund-guide:v2')), newer);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs: a tab never overwrites newer progress saved by the other, and can load it', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const errors = [];
  const tab = async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}/`);
    await page.locator('[data-step]').first().waitFor();
    return page;
  };
  const first = await tab();
  const second = await tab();
  await firstAnswers(first);
  const saved = await first.evaluate((k) => localStorage.getItem(k), KEY);

  // The second tab hears of it at once (the storage event), before it changes anything.
  await second.locator('refund-guide [data-notice="changed_in_other_tab"]').waitFor();
  // Changing something there now must not save over the first tab's progress.
  await second.locator('refund-guide [data-choice="bank_withdrawal"]').check();
  assert.equal(await second.evaluate((k) => localStorage.getItem(k), KEY), saved, 'the first tab\'s progress is intact');
  await expectNoAxeViolations(second, 'changed in another tab');
  await second.locator('refund-guide [data-action="load_newer"]').click();
  await second.locator('[data-step="status"]').waitFor();
  assert.deepEqual(await notices(second), []);

  // Saving goes on in the tab that loaded the newer progress; then the other tab clears it.
  await answer(second, 'status', ['processing'], { axe: false });
  assert.equal(JSON.parse(await second.evaluate((k) => localStorage.getItem(k), KEY)).data.answers.status.one, 'processing');
  // The first tab heard of the second tab's save; a clear (key null) is heard too.
  await first.locator('refund-guide [data-notice="changed_in_other_tab"]').waitFor();
  await first.locator('refund-guide [data-action="load_newer"]').click();
  await first.locator('[data-step="started_on"]').waitFor();
  await second.evaluate(() => localStorage.clear());
  await first.locator('refund-guide [data-notice="changed_in_other_tab"]').waitFor();
  await first.locator('refund-guide [data-action="skip"]').click();
  assert.equal(await first.evaluate((k) => localStorage.getItem(k), KEY), null, 'a clear is not undone');
  await first.locator('refund-guide [data-action="load_newer"]').click();
  await first.locator('[data-step="money_kind"]').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

/** Opens "Your data" (a <details> at the bottom of the widget). */
async function openDataPanel(page) {
  const details = page.locator('refund-guide details.rg-data');
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
}

test('the progress downloads as a JSON file and loads back from it, with a preview first', async () => {
  const { context, page, errors } = await openWith();
  await firstAnswers(page);
  await openDataPanel(page);
  await expectNoAxeViolations(page, 'your data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('refund-guide [data-action="export"]').click(),
  ]);
  assert.match(download.suggestedFilename(), /^refund-guide-\d{4}-\d\d-\d\d\.json$/);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(file.app, 'refund-guide');
  assert.equal(file.schema, 1);
  assert.deepEqual(file.data.answers.merchant_response, { one: 'no_reply' });

  // In a fresh browser, load the file: a preview, nothing replaced until confirmed.
  const path = join(mkdtempSync(join(tmpdir(), 'rg-export-')), 'progress.json');
  writeFileSync(path, JSON.stringify(file));
  const fresh = await openWith();
  await openDataPanel(fresh.page);
  await fresh.page.locator('refund-guide [data-action="import"]').setInputFiles(path);
  const preview = fresh.page.locator('refund-guide .rg-data [role="status"]');
  await preview.waitFor();
  assert.match(await preview.innerText(), /3 个回答/);
  assert.equal(await step(fresh.page), 'money_kind', 'nothing replaced before confirming');
  await expectNoAxeViolations(fresh.page, 'import preview');
  await fresh.page.locator('refund-guide .rg-data [data-action="confirm"]').click();
  await fresh.page.locator('[data-step="status"]').waitFor();
  const saved = JSON.parse(await fresh.page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.deepEqual(saved.data.answers.merchant_response, { one: 'no_reply' }, 'the imported progress is saved');

  // Files that are not ours, too new or too large are refused with a message; nothing changes.
  for (const [body, id] of [['{"hello":1}', 'not_an_export'], ['{"app":"refund-guide","schema":9,"saved_at":"x","data":{}}', 'newer'], ['{"app":"refund-guide","schema":1,"saved_at":"x","data":{"trail":1}}', 'unreadable'],
    // A real export padded past 1 MB (DESIGN §8): refused for its size alone, before it is read.
    [`{"app":"refund-guide","schema":1,"saved_at":"x","data":{"trail":["money_kind"],"answers":{},"facts":{"merchant":"${'m'.repeat(1048576)}"}}}`, 'too_large']]) {
    writeFileSync(path, body);
    await fresh.page.locator('refund-guide [data-action="import"]').setInputFiles(path);
    await fresh.page.locator(`refund-guide [data-import-error="${id}"]`).waitFor();
    assert.equal(await step(fresh.page), 'status');
  }
  assert.deepEqual(errors.concat(fresh.errors), []);
  await context.close();
  await fresh.context.close();
});

test('delete my data asks first, then removes every key of this widget and stops saving', async () => {
  const { context, page, errors } = await openWith(() => {
    if (!localStorage.getItem('other-widget:v1')) {
      localStorage.setItem('refund-guide:corrupt:1', 'x');
      localStorage.setItem('other-widget:v1', 'keep me');
    }
  });
  await firstAnswers(page);
  await openDataPanel(page);
  await page.locator('refund-guide [data-action="delete_data"]').click();
  await page.locator('refund-guide .rg-data [role="alert"]').waitFor();
  await expectNoAxeViolations(page, 'delete confirmation');
  await page.locator('refund-guide .rg-data [data-action="cancel"]').click();
  assert.notEqual(await page.evaluate((k) => localStorage.getItem(k), KEY), null, 'cancel keeps everything');

  await page.locator('refund-guide [data-action="delete_data"]').click();
  await page.locator('refund-guide .rg-data [data-action="confirm"]').click();
  await page.locator('[data-step="money_kind"]').waitFor();
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(keys, ['other-widget:v1'], 'only other widgets\' data is left');
  assert.equal(await page.locator('refund-guide [data-action="save_here"]').isChecked(), false, 'saving is off');
  await answer(page, 'money_kind', ['bank_withdrawal'], { axe: false });
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, 'nothing saved while off');

  // Switching saving back on saves at once; switching it off removes it again.
  await page.locator('refund-guide [data-action="save_here"]').check();
  await page.waitForFunction((k) => localStorage.getItem(k) !== null, KEY);
  await page.locator('refund-guide [data-action="save_here"]').uncheck();
  await page.waitForFunction((k) => localStorage.getItem(k) === null, KEY);
  assert.deepEqual(errors, []);
  await context.close();
});

test('coming back after the money was due: the widget asks whether it arrived', async () => {
  // A plan reached earlier, with a start date long past, saved three days ago.
  const first = await openWith();
  const steps = [
    ['money_kind', ['bank_withdrawal']], ['scam_contact', ['no_such_contact']], ['status', ['processing']],
    ['started_on', { type: '2020-01-02' }], ['security_signs', ['none_of_these']], ['details_checked', ['all_correct']],
    ['notices', ['none_of_these']], ['amount', 'skip'], ['summary', null],
  ];
  for (const [node, reply] of steps) await answer(first.page, node, reply, { axe: false });
  const saved = JSON.parse(await first.page.evaluate((k) => localStorage.getItem(k), KEY));
  await first.context.close();
  saved.saved_at = new Date(Date.now() - 3 * 86400000).toISOString();

  for (const reply of ['arrived', 'not_arrived']) {
    const { context, page, errors } = await openWith(([key, value]) => {
      if (!sessionStorage.getItem('rg-test-seeded')) {
        sessionStorage.setItem('rg-test-seeded', '1');
        localStorage.setItem(key, value);
      }
    }, [KEY, JSON.stringify(saved)]);
    await page.locator('[data-step="plan"]').waitFor();
    assert.deepEqual(await notices(page), ['follow_up'], 'the question replaces the resume banner');
    assert.match(await page.locator('refund-guide [data-notice="follow_up"]').innerText(), /2020年1月\d+日/, 'the date written as everywhere else in zh-CN');
    await expectNoAxeViolations(page, 'follow-up question');
    await page.locator(`refund-guide [data-action="${reply}"]`).click();
    assert.deepEqual(await notices(page), []);
    if (reply === 'arrived') {
      const closed = page.locator('refund-guide [data-resolved]');
      assert.match(await closed.getAttribute('data-resolved'), /^\d{4}-\d\d-\d\d$/);
      assert.equal(await page.locator('refund-guide [data-clock]').count(), 0);
      // Kept, and closed for good: no question on the next visit.
      const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
      assert.equal(stored.data.resolved_on, await closed.getAttribute('data-resolved'));
      await page.reload();
      await page.locator('refund-guide [data-resolved]').waitFor();
      assert.deepEqual(await notices(page), ['resume']);
    } else {
      assert.equal(await page.locator('refund-guide [data-clock]').getAttribute('data-clock'), 'overdue');
      assert.equal(await step(page), 'plan');
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('answers the updated guide no longer has are dropped, named, and everything else kept', async () => {
  const saved = {
    schema: 1, saved_at: new Date().toISOString(),
    data: {
      trail: ['money_kind', 'merchant_response', 'scam_contact'],
      answers: { money_kind: { one: 'merchant_refund' }, merchant_response: { one: 'a_choice_since_removed' } },
      facts: { amount: '88.50' }, changing: false,
    },
  };
  const { context, page, errors } = await openWith(([key, value]) => {
    if (!sessionStorage.getItem('rg-test-seeded')) {
      sessionStorage.setItem('rg-test-seeded', '1');
      localStorage.setItem(key, value);
    }
  }, [KEY, JSON.stringify(saved)]);
  const again = page.locator('refund-guide [data-notice="resume"] [data-answer-again]');
  await again.waitFor();
  assert.equal(await again.getAttribute('data-answer-again'), 'merchant_response');
  assert.match(await again.innerText(), /商家/);
  await expectNoAxeViolations(page, 'answers to give again');
  // The next save keeps the case fact and the answer that still fits.
  await page.locator('refund-guide [data-action="resume"]').click();
  await page.locator('refund-guide [data-action="back"]').first().click();
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.equal(stored.data.facts.amount, '88.50');
  assert.deepEqual(stored.data.answers.money_kind, { one: 'merchant_refund' });
  assert.equal(stored.data.answers.merchant_response, undefined);
  assert.deepEqual(errors, []);
  await context.close();
});

test('persist="false": the integrator keeps everything in memory', async () => {
  const { context, page, errors } = await openWith();
  await page.evaluate(() => {
    const el = document.createElement('refund-guide');
    el.id = 'memory';
    el.setAttribute('persist', 'false');
    document.body.append(el);
  });
  const root = '#memory';
  await page.locator(`${root} [data-step="money_kind"]`).waitFor();
  await answer(page, 'money_kind', ['merchant_refund'], { axe: false, root });
  await answer(page, 'merchant_response', ['no_reply'], { axe: false, root });
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [], 'nothing written');
  assert.equal(await page.locator(`${root} [data-action="save_here"]`).count(), 0, 'no switch to offer');
  assert.equal(await page.locator(`${root} [data-action="export"]`).count(), 1, 'the export is still there');
  assert.deepEqual(errors, []);
  await context.close();
});

test('storage filling up after a date and an amount were typed: the facts stay, on screen and after reload', async () => {
  const { context, page, errors } = await openWith(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (this === window.localStorage && window.__rgFull) throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, k, v);
    };
  });
  const steps = [
    ['money_kind', ['other_money']], ['scam_contact', ['no_such_contact']], ['status', ['processing']],
    ['started_on', { type: '2026-11-02' }], ['security_signs', ['none_of_these']], ['details_checked', ['all_correct']],
    ['notices', ['none_of_these']], ['amount', { type: '1288.50' }],
  ];
  for (const [node, reply] of steps) await answer(page, node, reply, { axe: false });
  await page.evaluate(() => { window.__rgFull = true; });
  await answer(page, 'pay_later', ['no'], { axe: false });
  assert.deepEqual(await notices(page), ['storage_full']);
  await page.locator('refund-guide [data-action="next"]').click();
  await page.locator('[data-step="plan"]').waitFor();
  // On screen: the plan's clock uses the typed date; the export holds both facts.
  assert.equal(await page.locator('refund-guide [data-clock]').getAttribute('data-clock') !== 'unknown', true);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('refund-guide [data-action="export"]').click(),
  ]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(file.data.facts.refund_started_on, '2026-11-02');
  assert.equal(file.data.facts.amount, '1288.50');
  // After a reload (storage working again), what was saved before the fault is there.
  await page.reload();
  await page.locator('[data-step="pay_later"]').waitFor();
  const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
  assert.equal(stored.data.facts.amount, '1288.50');
  assert.deepEqual(errors, []);
  await context.close();
});
