// Compiled by tests/e2e/package.test.mjs with `tsc --strict --noEmit` against the built
// package's refund-guide.d.ts: each correct use must type-check, and each wrong use below
// carries an expect-error marker (tsc fails on a marker whose line compiles).
import type { RefundGuideConfig, RefundGuideElement } from 'refund-guide';

const config: RefundGuideConfig = {
  locale: 'en',
  brand: { name: 'PayWallet', colors: { primary: '#0a7d3c' }, radius: '8px' },
  support: { hotline: '95188', inAppPath: '我的 › 客服中心' },
  refundWindows: { bank_card: { minDays: 1, maxDays: 5, businessDays: true } },
  holidays: ['2026-10-01'],
  channels: { hide: ['social_media'], extra: [{ id: 'ombudsman', name: 'Ombudsman', url: 'https://example.org' }] },
  storage: { prefix: 'paywallet', persist: false },
  theme: 'dark',
  legalHelpAmount: 20000,
};

const el: RefundGuideElement = document.createElement('refund-guide');
el.config = config;
el.setLocale('zh-CN');
el.reset();
const same: RefundGuideElement = window.RefundGuide.mount(el, config);
same.destroy();
const handle = window.RefundGuide.mount('#guide', { locale: 'auto' });
handle.setLocale('en');
const found = document.querySelector('refund-guide');
found?.reset();

el.addEventListener('refund-guide:step', (e) => console.log(e.detail.step, e.detail.index + 1, e.detail.total));
el.addEventListener('refund-guide:clock', (e) => console.log(e.detail.verdict === 'not_applicable', e.detail.due));
el.addEventListener('refund-guide:cause', (e) => console.log(e.detail.causes.includes('merchant_error')));
document.addEventListener('refund-guide:error', (e) => console.log(e.detail.code, e.detail.key, e.detail.message));
el.addEventListener('refund-guide:letter', (e) => console.log(e.detail.letter, e.detail.action));
void window.RefundGuide.check({ brand: { name: 'x' } }).then((issues) => issues.map((i) => `${i.key}: ${i.message}`));
console.log(window.RefundGuide.version);

// @ts-expect-error an unknown key
const wrongKey: RefundGuideConfig = { colour: '#fff' };
// @ts-expect-error a locale the widget does not have
const wrongLocale: RefundGuideConfig = { locale: 'fr' };
// @ts-expect-error persist is a boolean
const wrongType: RefundGuideConfig = { storage: { persist: 'yes' } };
// @ts-expect-error a route id that does not exist
const wrongRoute: RefundGuideConfig = { refundWindows: { paypal: { minDays: 1, maxDays: 2 } } };
// @ts-expect-error only social_media can be hidden
const wrongHide: RefundGuideConfig = { channels: { hide: ['in_app'] } };
// @ts-expect-error a colour is written #rgb or #rrggbb
const wrongColour: RefundGuideConfig = { brand: { colors: { primary: 'red' } } };
// @ts-expect-error the step event's detail has no `cause`
el.addEventListener('refund-guide:step', (e) => console.log(e.detail.cause));
// @ts-expect-error the amount is a number
const wrongAmount: RefundGuideConfig = { legalHelpAmount: '5000' };
// @ts-expect-error a theme the widget does not have
const wrongTheme: RefundGuideConfig = { theme: 'sepia' };
// @ts-expect-error setLocale takes a locale id
el.setLocale('de');
console.log(wrongAmount, wrongTheme, wrongKey, wrongLocale, wrongType, wrongRoute, wrongHide, wrongColour);
