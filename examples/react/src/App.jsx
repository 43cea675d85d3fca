// Refund Guide in a React 19 page: the <refund-guide> element rendered by React, configured
// through its `config` property, its events in React state, its methods behind buttons.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

// Outside the component, so every render passes the same object: a new object each render
// would reconfigure the widget each time (harmless, since the person keeps their place, but
// needless work).
const CONFIG = {
  brand: { name: 'ReactPay', colors: { primary: '#0a7d3c' }, radius: '4px' },
  support: { hotline: '95188', url: 'https://help.example.com/refunds', hours: '9:00–21:00' },
  refundWindows: { bank_card: { minDays: 1, maxDays: 5, businessDays: true } },
};

export function App() {
  const guide = useRef(null);
  const [step, setStep] = useState(null);
  const [stepsSeen, setStepsSeen] = useState(0);
  const [outcome, setOutcome] = useState(null);

  // Events: a layout effect, so the listeners are on the element before the widget can
  // fire its first `step` (with the wasm already loaded it mounts within a microtask).
  useLayoutEffect(() => {
    const el = guide.current;
    const onStep = (e) => { setStep(e.detail.step); setStepsSeen((n) => n + 1); };
    const onComplete = (e) => setOutcome(`${e.detail.causes.join(', ') || 'no single cause'} (clock: ${e.detail.verdict})`);
    const onReset = () => setOutcome(null);
    el.addEventListener('refund-guide:step', onStep);
    el.addEventListener('refund-guide:complete', onComplete);
    el.addEventListener('refund-guide:reset', onReset);
    return () => {
      el.removeEventListener('refund-guide:step', onStep);
      el.removeEventListener('refund-guide:complete', onComplete);
      el.removeEventListener('refund-guide:reset', onReset);
    };
  }, []);

  // Configuration through the element's `config` property (setting it reconfigures the
  // widget; the person keeps their place). Set after the element is defined: a property
  // set on a not-yet-upgraded element would hide the element's own `config` setter.
  useEffect(() => {
    let live = true;
    customElements.whenDefined('refund-guide').then(() => {
      if (live) guide.current.config = CONFIG;
    });
    return () => { live = false; };
  }, []);

  return (
    <main>
      <h1>Refund help</h1>
      <div className="status" aria-live="polite">
        <p>Current step: <code data-last-step>{step ?? 'loading…'}</code> ({stepsSeen} shown)</p>
        {outcome && <p data-outcome>Plan reached: {outcome}</p>}
      </div>
      <div className="toolbar">
        <button type="button" data-react-locale="en" onClick={() => guide.current.setLocale('en')}>English</button>
        <button type="button" data-react-locale="zh-CN" lang="zh-CN" onClick={() => guide.current.setLocale('zh-CN')}>中文</button>
        <button type="button" data-react-reset onClick={() => guide.current.reset()}>Start again</button>
      </div>
      {/* The settings that must hold from the first mount are attributes: the element mounts
          as soon as React inserts it, before any effect runs. Here the language and where
          progress is saved (a later change of storage would mount a new widget). */}
      <refund-guide ref={guide} locale="en" storage-prefix="react-example">
        <p>Loading the refund guide…</p>
      </refund-guide>
    </main>
  );
}
