// The benchmark's reference (scripts/bench.mjs; DESIGN §5 and §8): the widget's first question,
// as the release build shows it in zh-CN (dist's first step, money_kind: its heading, hint and
// seven choices, the bar with the brand and the language button, Continue), from one small
// hand-written script with nothing to fetch, parse or compile after it. Like the widget it
// renders into an open shadow root of its element, with a constructed stylesheet, so
// "[data-step] visible inside the shadow root" is the same test for both. Continue goes to the
// widget's second question (merchant_response) and Back comes back with the choice kept, so
// the click latency of the two can be compared step for step. Plain DOM calls, no innerHTML.

const STEPS = {
  money_kind: {
    caption: '第 1 步，共约 9 步',
    heading: '哪一笔钱出了问题？',
    hint: '选最接近的一项，之后还可以修改。',
    choices: [
      ['merchant_refund', '商家退款（网购、外卖、订票等）'],
      ['payment_failed', '付款显示失败，钱却被扣了'],
      ['bank_withdrawal', '从钱包提现到银行卡'],
      ['incoming_transfer', '别人转给我的钱'],
      ['unauthorised', '钱被转走或花掉了，不是我做的'],
      ['frozen', '账户或余额被冻结、限制，钱取不出来'],
      ['other_money', '其他情况'],
    ],
  },
  merchant_response: {
    caption: '第 2 步，共约 9 步',
    heading: '商家那边怎么说？',
    hint: '',
    choices: [
      ['says_refunded', '商家说已经退了，但我没收到'],
      ['agreed_not_done', '商家答应退款，但还没有操作'],
      ['refused_or_stalling', '商家拒绝退款，或一直拖着不处理'],
      ['no_reply', '联系了商家，没有回应'],
      ['not_contacted', '还没有联系商家'],
    ],
  },
};
const ORDER = ['money_kind', 'merchant_response'];

// The few rules of styles/widget.css that the first two steps use, with its default colours
// (the host page's primary-color for the button).
const CSS = `
:host { display: block; }
.rg { all: initial; display: block; box-sizing: border-box; font-family: system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  font-size: max(1rem, 16px); line-height: 1.5; color: #1f1f1f; background: #fff; padding: 1em; max-width: 40em; }
.rg *, .rg *::before, .rg *::after { box-sizing: inherit; }
.rg :focus-visible { outline: 3px solid #0b4fa8; outline-offset: 2px; }
.rg h2, .rg p, .rg fieldset { margin: 0; padding: 0; }
.rg-bar { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin: 0 0 12px; }
.rg-brand { font-weight: 700; }
.rg-heading { font-size: 1.5em; line-height: 1.25; font-weight: 700; margin: 0 0 8px; }
.rg-caption { color: #505a5f; margin: 0 0 4px; }
.rg-hint { color: #505a5f; margin: 0 0 12px; }
.rg-fieldset { border: 0; min-width: 0; }
.rg-legend { padding: 0; }
.rg-choices { display: grid; gap: 8px; margin: 0 0 20px; }
.rg-choice { display: flex; align-items: flex-start; gap: 10px; min-height: 44px; }
.rg-choice input { flex: none; width: 24px; height: 24px; margin: 10px 0 0; accent-color: #0a7d3c; cursor: pointer; }
.rg-choice label { padding: 8px 0; cursor: pointer; }
.rg-button { font: inherit; font-weight: 700; line-height: 1.25; color: #fff; background: #0a7d3c; border: 2px solid transparent;
  border-radius: 8px; min-height: 44px; padding: 10px 18px; margin: 8px 0 0; cursor: pointer; }
.rg-back, .rg-locale { font: inherit; color: #1f1f1f; background: none; border: 0; padding: 4px 0; text-decoration: underline; cursor: pointer; }
.rg-back { margin: 0 0 12px; }
`;

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.appendChild(child);
  return node;
}

class RefundGuideReference extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
    this.answers = {};
    this.frame = el('div', { class: 'rg', lang: 'zh-CN' }, [
      el('div', { class: 'rg-bar' }, [
        el('p', { class: 'rg-brand', text: 'PayWallet' }),
        el('button', { type: 'button', lang: 'en', class: 'rg-locale', text: 'English' }),
      ]),
    ]);
    root.appendChild(this.frame);
    this.show(0);
  }

  // Replaces the current step (and the Back button) with step `index` of ORDER.
  show(index) {
    const id = ORDER[index];
    const step = STEPS[id];
    for (const old of this.frame.querySelectorAll('[data-step], [data-action="back"]')) old.remove();
    if (index > 0) {
      const back = el('button', { type: 'button', 'data-action': 'back', class: 'rg-back', text: '返回' });
      back.addEventListener('click', () => this.show(index - 1));
      this.frame.appendChild(back);
    }
    const choices = step.choices.map(([value, label]) => {
      const input = el('input', { type: 'radio', id: `rg-choice-${value}`, name: id, value, 'data-choice': value });
      if (this.answers[id] === value) input.checked = true;
      return el('div', { class: 'rg-choice' }, [input, el('label', { for: input.id, text: label })]);
    });
    const form = el('form', { novalidate: '' }, [
      el('p', { class: 'rg-caption', text: step.caption }),
      el('fieldset', { class: 'rg-fieldset', 'aria-describedby': 'rg-hint' }, [
        el('legend', { class: 'rg-legend' }, [el('h2', { class: 'rg-heading', tabindex: '-1', 'data-heading': '', text: step.heading })]),
        el('p', { id: 'rg-hint', class: 'rg-hint', text: step.hint }),
        el('div', { class: 'rg-choices' }, choices),
      ]),
      el('button', { type: 'submit', 'data-action': 'next', class: 'rg-button', text: '继续' }),
    ]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const chosen = form.querySelector('input:checked');
      if (!chosen) return;
      this.answers[id] = chosen.value;
      if (index + 1 < ORDER.length) this.show(index + 1);
    });
    const wrapper = el('div', { 'data-step': id, class: 'rg-step' }, [form]);
    this.frame.appendChild(wrapper);
    // As the widget does on every step after the first render: the heading takes focus.
    if (this.rendered) wrapper.querySelector('h2').focus();
    this.rendered = true;
  }
}

customElements.define('refund-guide-reference', RefundGuideReference);
