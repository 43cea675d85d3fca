// The first screen rendered at build time (`cargo run --example prerender`, Yew's server
// renderer, issue 20) is the screen the wasm renders: the same elements, attributes, text and
// state in both locales, and the same height under the widget's stylesheet. The loader is to
// show it before the wasm arrives; if the two ever differ, the person would see the page jump
// when the wasm takes over, and this test says where.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { launch, startServer, open } from './helpers.mjs';

let browser;
let server;
let prerendered;
before(async () => {
  const out = execFileSync('cargo', ['run', '--quiet', '--locked', '--example', 'prerender'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  prerendered = JSON.parse(out);
  browser = await launch();
  server = await startServer();
});
after(async () => { await browser?.close(); await server?.close(); });

// Elements as [tag, sorted attributes, checked, children]; text as itself. Attribute order
// differs between the two renderers and means nothing; `checked` is the input's state (the
// server writes the attribute, the browser renderer sets the property), compared as state.
function canonical(root) {
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    const attrs = [...node.attributes].filter((a) => a.name !== 'checked').map((a) => `${a.name}=${a.value}`).sort();
    const kids = [...node.childNodes].filter((n) => n.nodeType === Node.ELEMENT_NODE || (n.nodeType === Node.TEXT_NODE && n.data !== '')).map(walk);
    return [node.localName, attrs, node.localName === 'input' ? node.checked : null, kids];
  };
  return walk(root);
}

for (const locale of ['zh-CN', 'en']) {
  test(`the build's prerendered first screen is the wasm's first screen (${locale})`, async () => {
    const { context, page } = await open(browser, `${server.url}/`);
    await page.evaluate((l) => document.querySelector('refund-guide').setLocale(l), locale);
    await page.locator(`refund-guide .rg[lang="${locale}"] [data-step="money_kind"]`).waitFor();
    const result = await page.evaluate((html) => {
      const live = document.querySelector('refund-guide').shadowRoot;
      const host = document.createElement('div');
      host.id = 'prerendered';
      host.style.width = `${document.querySelector('refund-guide').getBoundingClientRect().width}px`;
      document.body.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = live.adoptedStyleSheets;
      shadow.innerHTML = html;
      const [a, b] = [live.querySelector('.rg'), shadow.querySelector('.rg')];
      // The export's file name carries today's date, which the build cannot know: the
      // prerender leaves it out, and whoever shows it before the wasm fills it in.
      const exportLink = b.querySelector('[data-action="export"]');
      const named = exportLink.getAttribute('download');
      const now = new Date();
      const pad = (n) => String(n).padStart(2, '0');
      exportLink.setAttribute('download', named.replace('refund-guide-.json', `refund-guide-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`));
      return { heights: [a.getBoundingClientRect().height, b.getBoundingClientRect().height], named };
    }, prerendered[locale]);
    result.live = JSON.stringify(await page.locator('refund-guide .rg').evaluate(canonical));
    result.pre = JSON.stringify(await page.locator('#prerendered .rg').evaluate(canonical));
    assert.equal(result.pre, result.live, 'the prerendered markup matches what the wasm renders');
    assert.equal(result.named, 'refund-guide-.json', 'the date is the one part left to fill in');
    assert.ok(Math.abs(result.heights[0] - result.heights[1]) < 1, `same height: ${result.heights}`);
    await context.close();
  });
}

test('the prerendered screens carry the stylesheet the widget adopts, and no script', async () => {
  assert.ok(prerendered.css.includes('.rg'), 'the widget stylesheet');
  for (const locale of ['zh-CN', 'en']) {
    assert.match(prerendered[locale], /^<div lang="[^"]+" class="rg">/);
    assert.doesNotMatch(prerendered[locale], /<script|\son[a-z]+=/i, 'static markup only');
  }
});
