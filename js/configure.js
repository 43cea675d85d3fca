// The configurator (dist/configure.html, not part of the embed): a form over the widget's
// configuration (DESIGN §4.2), a live preview, the widget's own checker's verdict and the
// snippet to paste. Each input names its setting in `data-config="<dotted key>"`; an empty
// input leaves that setting out. Works under a strict CSP with Trusted Types: the DOM is
// built with createElement and textContent only, and nothing is fetched from elsewhere.

// The refund routes (DESIGN §4.3) and their default windows (docs/INTEGRATION.md).
const ROUTES = [
  ['wallet_balance', 'Wallet balance', '0 to 1 calendar days'],
  ['bank_card', 'Bank card', '1 to 7 working days'],
  ['credit_card', 'Credit card', '3 to 15 working days'],
  ['original_method', 'Original payment method', '1 to 7 working days'],
  ['other', 'Other', '1 to 10 working days'],
];

const $ = (selector) => document.querySelector(selector);
const form = $('[data-form]');
const preview = $('[data-preview]');
const summary = $('[data-error-summary]');
const summaryList = $('[data-error-list]');
const checkStatus = $('[data-check-status]');
const snippet = $('[data-snippet]');
const scriptUrl = $('[data-script-url]');
const copyStatus = $('[data-copy-status]');

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) node.append(child);
  return node;
}

const fieldId = (key) => `f-${key.split('.').join('-')}`;

// The refund windows: one group of three inputs per route.
for (const [route, name, window] of ROUTES) {
  const key = `refundWindows.${route}`;
  const hintId = `${fieldId(key)}-hint`;
  const input = (leaf, label) => {
    const id = fieldId(`${key}.${leaf}`);
    return el('div', { class: 'field' },
      el('label', { for: id }, label),
      el('input', {
        id, type: 'text', inputmode: 'numeric', class: 'days', 'data-config': `${key}.${leaf}`,
        'data-kind': 'number', 'aria-describedby': hintId,
      }));
  };
  const countId = fieldId(`${key}.businessDays`);
  const count = el('select', { id: countId, 'data-config': `${key}.businessDays`, 'data-kind': 'boolean', 'aria-describedby': hintId },
    el('option', { value: '' }, 'Not set: working days'),
    el('option', { value: 'true' }, 'Working days'),
    el('option', { value: 'false' }, 'Calendar days'));
  $('[data-routes]').append(el('fieldset', { class: 'route', 'data-group': key },
    el('legend', {}, `${name} (${route})`),
    el('p', { class: 'hint', id: hintId }, `Default: ${window}.`),
    el('div', { class: 'route-fields' },
      input('minDays', 'From day (minDays)'),
      input('maxDays', 'To day (maxDays)'),
      el('div', { class: 'field' }, el('label', { for: countId }, 'Counted in'), count))));
}

const fields = [...document.querySelectorAll('[data-config]')];

// One input's value for the configuration, or undefined to leave the setting out. Values
// are passed on as typed (trimmed) so the checker judges them, not this page.
function valueOf(input) {
  if (input.type === 'checkbox') return input.checked ? undefined : false; // only persist: false is news
  const raw = input.value.trim();
  if (raw === '') return undefined;
  if (input.dataset.kind === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (input.dataset.kind === 'boolean') return raw === 'true';
  return raw;
}

function readConfig() {
  const config = {};
  for (const input of fields) {
    const value = valueOf(input);
    if (value === undefined) continue;
    const keys = input.dataset.config.split('.');
    let at = config;
    for (const k of keys.slice(0, -1)) at = at[k] ??= {};
    at[keys[keys.length - 1]] = value;
  }
  return config;
}

// The preview never writes the visitor's storage; the chosen storage settings go into the
// snippet only (a changed prefix would also mount a new preview each time).
function previewConfig(config) {
  const copy = structuredClone(config);
  copy.storage = { persist: false };
  return copy;
}

// --- The snippet ---------------------------------------------------------------------

const escapeAttr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function pageNextTo(url) {
  return url.replace(/[^/?#]*([?#].*)?$/, 'index.html');
}

const FALLBACK = {
  en: ['Loading the refund guide…', 'Open it on its own page'],
  'zh-CN': ['正在加载退款指南…', '在单独的页面打开'],
  both: ['正在加载退款指南… Loading the refund guide…', '单独打开 · Open it on its own page'],
};

/** The markup to paste: the loader, and the element with attributes and its child JSON. */
function buildSnippet(config, src) {
  const rest = structuredClone(config);
  const attrs = [];
  const take = (name, path) => {
    let at = rest;
    for (const k of path.slice(0, -1)) { if (!at[k]) return; at = at[k]; }
    const last = path[path.length - 1];
    if (at[last] === undefined) return;
    attrs.push(`${name}="${escapeAttr(at[last])}"`);
    delete at[last];
  };
  take('locale', ['locale']);
  take('brand-name', ['brand', 'name']);
  take('primary-color', ['brand', 'colors', 'primary']);
  take('storage-prefix', ['storage', 'prefix']);
  take('persist', ['storage', 'persist']);
  // Drop the objects the attributes emptied.
  const prune = (o) => {
    for (const [k, v] of Object.entries(o)) {
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        prune(v);
        if (Object.keys(v).length === 0) delete o[k];
      }
    }
    return o;
  };
  prune(rest);
  const lines = [`<script type="module" src="${escapeAttr(src)}"></script>`];
  lines.push(`<refund-guide${attrs.map((a) => ` ${a}`).join('')}>`);
  if (Object.keys(rest).length) {
    // `<` written as \u003c, so no text in the JSON can close the <script> element.
    const json = JSON.stringify(rest, null, 2).replace(/</g, '\\u003c');
    lines.push('  <script type="application/json">');
    for (const line of json.split('\n')) lines.push(`  ${line}`);
    lines.push('  </script>');
  }
  const [loading, link] = FALLBACK[config.locale === 'en' || config.locale === 'zh-CN' ? config.locale : 'both'];
  lines.push(`  <p>${escapeText(loading)} <a href="${escapeAttr(pageNextTo(src))}">${escapeText(link)}</a></p>`);
  lines.push('</refund-guide>');
  return lines.join('\n');
}

// --- The checker's verdict -------------------------------------------------------------

let marked = []; // inputs marked invalid, and the error messages added beside them

function clearMarks() {
  for (const { input, message, describedBy } of marked) {
    input.removeAttribute('aria-invalid');
    if (describedBy === null) input.removeAttribute('aria-describedby');
    else input.setAttribute('aria-describedby', describedBy);
    message?.remove();
    input.closest('.field, .route')?.classList.remove('has-error');
  }
  marked = [];
}

/** The inputs a problem's key names: the setting itself, or every input of that group. */
function inputsFor(key) {
  if (!key) return [];
  const exact = fields.filter((f) => f.dataset.config === key);
  return exact.length ? exact : fields.filter((f) => f.dataset.config.startsWith(`${key}.`));
}

let shownProblems = null; // as JSON: the same verdict again leaves the page (and its focus) alone
function showProblems(problems) {
  const json = JSON.stringify(problems);
  if (json === shownProblems) return;
  shownProblems = json;
  clearMarks();
  summaryList.replaceChildren();
  for (const problem of problems) {
    const text = `${problem.key}: ${problem.message}`;
    const inputs = inputsFor(problem.key);
    const item = el('li', { 'data-problem': problem.key ?? '' });
    if (inputs.length) {
      const link = el('a', { href: `#${inputs[0].id}` }, text);
      link.addEventListener('click', (e) => {
        e.preventDefault();
        inputs[0].focus();
        (inputs[0].closest('.route') || inputs[0].closest('.field')).scrollIntoView({ block: 'center' });
      });
      item.append(link);
      // GOV.UK: the message at the field too, before the input, read with it.
      const group = inputs.length > 1 ? inputs[0].closest('.route') : inputs[0].closest('.field');
      const messageId = `${inputs[0].id}-error`;
      const message = el('p', { class: 'field-error', id: messageId }, el('span', { class: 'visually-hidden' }, 'Error: '), problem.message);
      const anchor = group.querySelector(inputs.length > 1 ? ':scope > .route-fields' : ':scope > input, :scope > .colour, :scope > select');
      if (anchor) group.insertBefore(message, anchor); else group.append(message);
      group.classList.add('has-error');
      for (const input of inputs) {
        const describedBy = input.getAttribute('aria-describedby');
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', [describedBy, messageId].filter(Boolean).join(' '));
        marked.push({ input, describedBy, message: input === inputs[0] ? message : null });
      }
    } else {
      item.textContent = text;
    }
    summaryList.append(item);
  }
  summary.hidden = problems.length === 0;
  checkStatus.textContent = problems.length === 0
    ? 'The widget\'s checker finds no problem with these settings.'
    : `The widget's checker finds ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}, listed at the top of the form: the snippet keeps what you typed, and the widget would use the default instead.`;
  checkStatus.classList.toggle('has-problems', problems.length > 0);
}

// --- Keeping it all in step -------------------------------------------------------------

let round = 0;
let lastPreview; // the configuration the preview shows
function update({ logo = true } = {}) {
  const config = readConfig();
  const shown = previewConfig(config);
  // The logo is fetched by the preview: only once the person has finished typing it.
  if (!logo && shown.brand && lastPreview) {
    if (lastPreview.brand?.logo === undefined) delete shown.brand.logo; else shown.brand.logo = lastPreview.brand.logo;
  }
  if (JSON.stringify(shown) !== JSON.stringify(lastPreview)) {
    preview.config = shown;
    lastPreview = shown;
  }
  const text = buildSnippet(config, scriptUrl.value.trim() || 'refund-guide.js');
  if (snippet.value !== text) {
    snippet.value = text;
    snippet.rows = Math.min(Math.max(text.split('\n').length, 4), 30);
    copyStatus.textContent = '';
  }
  const mine = ++round;
  window.RefundGuide.check(config).then((problems) => {
    if (mine === round) showProblems(problems); // a later change has its own verdict
  }, (err) => {
    if (mine === round) checkStatus.textContent = `The checker could not run: ${err.message}`;
  });
}

form.addEventListener('input', (e) => update({ logo: e.target.dataset.on !== 'change' }));
form.addEventListener('change', () => update());
form.addEventListener('submit', (e) => e.preventDefault());
scriptUrl.addEventListener('input', () => update({ logo: false }));

// Colour pickers beside the colour fields: picking writes the text field; a valid text
// moves the picker.
for (const picker of document.querySelectorAll('[data-picker]')) {
  const text = document.getElementById(picker.dataset.picker);
  picker.addEventListener('input', () => {
    text.value = picker.value;
    update();
  });
  text.addEventListener('input', () => {
    const m = text.value.trim().match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i);
    if (m) picker.value = `#${m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1]}`.toLowerCase();
  });
}

$('[data-restart]').addEventListener('click', () => preview.reset());

$('[data-copy]').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = 'Copied. Paste it into your page where the guide should appear.';
  } catch {
    snippet.focus();
    snippet.select();
    copyStatus.textContent = 'This browser did not let the page copy: the snippet is selected, press Ctrl+C (⌘C on a Mac) to copy it.';
  }
});

update();
