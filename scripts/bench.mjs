// Benchmark of the release build in headless Chromium (reported, never asserted: these
// machines are shared and noisy). Prints a Markdown table.
//   node scripts/bench.mjs [--runs N]        (build first: trunk build --release)
// Measures, at 1x and 4x CPU throttling (CDP Emulation.setCPUThrottlingRate):
//  - first step visible: navigation start -> first animation frame with [data-step] in the
//    widget, over N fresh browser contexts (median, min-max);
//  - click -> next step rendered: Continue clicked -> new [data-step] in the DOM, median of
//    40 forward/back steps;
//  - wasm memory after 100 steps back and forth (linear memory size, and its growth over the
//    second 50 steps: flat means 0).
import { readFileSync } from 'node:fs';
import { launch, startServer } from '../tests/e2e/helpers.mjs';
import { compressedSizes, embedFiles } from './size-budget.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 9;
const dist = process.env.DIST || 'dist';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const ms = (x) => `${x.toFixed(1)} ms`;

// The embed's transfer, counted as scripts/size-budget.mjs counts it (each file on its own).
const size = embedFiles(dist)
  .map((f) => compressedSizes(readFileSync(`${dist}/${f}`)))
  .reduce((sum, s) => ({ brotli: sum.brotli + s.brotli, gzip: sum.gzip + s.gzip }), { brotli: 0, gzip: 0 });

const FIRST_STEP_PROBE = `
  (() => {
    const tick = () => {
      const host = document.querySelector('refund-guide');
      if (host && host.shadowRoot && host.shadowRoot.querySelector('[data-step]')) {
        window.__rgFirstStep = performance.now();
      } else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();`;

async function throttled(context, page, rate) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

async function firstStep(browser, url, rate) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await throttled(context, page, rate);
    await page.addInitScript(FIRST_STEP_PROBE);
    await page.goto(url);
    await page.waitForFunction(() => window.__rgFirstStep !== undefined, null, { timeout: 30000 });
    times.push(await page.evaluate(() => window.__rgFirstStep));
    await context.close();
  }
  return times;
}

async function clicks(browser, url, rate) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await throttled(context, page, rate);
  await page.goto(url);
  await page.locator('[data-step]').first().waitFor();
  const result = await page.evaluate(async () => {
    const root = document.querySelector('refund-guide').shadowRoot;
    const stepId = () => root.querySelector('[data-step]')?.getAttribute('data-step');
    const waitChange = (from) => new Promise((done) => {
      const poll = () => (stepId() !== from ? done() : setTimeout(poll, 0));
      poll();
    });
    const mem = () => window.RefundGuide.stats().wasmMemoryBytes;
    root.querySelector('[data-choice="merchant_refund"]').click();
    const times = [];
    let memAt50 = 0;
    for (let i = 0; i < 100; i++) {
      const forward = i % 2 === 0;
      const from = stepId();
      const t0 = performance.now();
      root.querySelector(forward ? '[data-action="next"]' : '[data-action="back"]').click();
      await waitChange(from);
      if (i < 40) times.push(performance.now() - t0);
      if (i === 49) memAt50 = mem();
    }
    return { times, memAt50, memEnd: mem() };
  });
  await context.close();
  return result;
}

const server = await startServer();
const browser = await launch();
const rows = [];
try {
  for (const rate of [1, 4]) {
    const first = await firstStep(browser, `${server.url}/`, rate);
    const c = await clicks(browser, `${server.url}/`, rate);
    rows.push({ rate, first, click: c.times, mem: c.memEnd, growth: c.memEnd - c.memAt50 });
  }
} finally {
  await browser.close();
  await server.close();
}

const date = new Date().toISOString().slice(0, 10);
console.log(`Refund Guide benchmark, ${date}, headless Chromium, ${runs} fresh contexts per first-step figure\n`);
console.log(`| measure | 1x CPU | 4x CPU |`);
console.log(`| --- | --- | --- |`);
console.log(`| transfer size (wasm + js + css, each compressed on its own) | ${(size.brotli / 1024).toFixed(1)} KiB brotli (q 11), ${(size.gzip / 1024).toFixed(1)} KiB gzip -9 | same |`);
const cell = (r) => `${ms(median(r.first))} (${ms(Math.min(...r.first))}–${ms(Math.max(...r.first))})`;
console.log(`| first step visible, median (min–max) | ${cell(rows[0])} | ${cell(rows[1])} |`);
console.log(`| click → next step rendered, median of 40 | ${ms(median(rows[0].click))} | ${ms(median(rows[1].click))} |`);
const mib = (b) => `${(b / 1048576).toFixed(2)} MiB`;
console.log(`| wasm memory after 100 steps (growth over last 50) | ${mib(rows[0].mem)} (+${rows[0].growth} B) | ${mib(rows[1].mem)} (+${rows[1].growth} B) |`);
