//! The root component: one `use_reducer` over [`State`] (the session, locale, notices and the
//! saving switch), the chrome (brand, language switch, notices, back link), the current step
//! and the data panel. Storage side effects (delete, load the newer progress) go through the
//! mount's callbacks, outside the reducer. Moves focus to the new step's heading on
//! navigation (not on first render, so an embedded widget never scrolls the host page by
//! itself). Saves the session from an effect after every change, through the `save`
//! callback the mount gives it; a failed save becomes a notice and saving stops.

use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use super::back_link::BackLink;
use super::current_step::CurrentStep;
use super::data_panel::DataPanel;
use super::locale_switch::LocaleSwitch;
use super::notices::Notices;
use super::{GuideRef, HostChannel, Msg, State};
use crate::i18n::ui;
use refund_guide_model::config::Config;
use refund_guide_model::events::{plan_reached, step_shown, HostEvent};
use refund_guide_model::store::Notice;
use refund_guide_model::{Date, Locale, LogEvent, Session};

#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    pub guide: GuideRef,
    /// The locale a new session starts in; afterwards the locale lives in the state only
    /// (the person's switch and the host's `setLocale` both change it there).
    pub locale: Locale,
    /// The host's commands (`setLocale`, `reset`, another tab's change), as messages.
    #[prop_or_default]
    pub host: HostChannel,
    /// Today in the person's time zone, read once at mount.
    #[prop_or_default]
    pub today: Option<Date>,
    /// Sends `refund-guide:<name>` events to the host element.
    #[prop_or_default]
    pub emit: Option<Callback<HostEvent>>,
    /// The session restored from storage, if any (loaded before mounting).
    #[prop_or_default]
    pub initial: Option<Session>,
    /// Notices from loading (resume, storage problems).
    #[prop_or_default]
    pub notices: Vec<Notice>,
    /// Persists a session; returns a notice when it could not.
    #[prop_or_default]
    pub save: Option<Callback<Rc<Session>, Option<Notice>>>,
    /// Reads the saved session again (after another tab changed it); `None` when there is
    /// none any more (the other tab deleted it).
    #[prop_or_default]
    pub load_newer: Option<Callback<(), Option<Session>>>,
    /// Removes everything this widget saved ("delete my data", or saving switched off).
    #[prop_or_default]
    pub delete: Option<Callback<()>>,
    /// The integrator's checked configuration at mount (afterwards it lives in the state, where
    /// a reconfiguration replaces it): brand name and logo (https or same-origin),
    /// clock rules, support contacts, channels.
    #[prop_or_default]
    pub config: Rc<Config>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let state = {
        let guide = props.guide.clone();
        let (locale, today) = (props.locale, props.today);
        let (initial, notices) = (props.initial.clone(), props.notices.clone());
        let config = props.config.clone();
        use_reducer(move || {
            let mut state = State::new(guide, locale, today);
            state.config = config;
            if let Some(session) = initial {
                // The language saved with the progress is the person's choice; the host's
                // locale is the default of a new session only.
                if let Some(locale) = session.locale {
                    state.locale = locale;
                }
                state.session = Rc::new(session);
            }
            state.notices = Rc::new(notices);
            state.ask_follow_up();
            state
        })
    };
    {
        let state = state.clone();
        let save = props.save.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(
            (state.session.clone(), state.saving),
            move |(session, _)| {
                // Nothing changed on first render: writing then could only overwrite. Saving
                // pauses while a storage notice says it cannot go on, and stops when the person
                // switches it off.
                if std::mem::replace(&mut *first.borrow_mut(), false)
                    || state.saving_paused()
                    || !state.saving
                {
                    return;
                }
                if let Some(notice) = save.and_then(|save| save.emit(session.clone())) {
                    state.dispatch(Msg::Notify(notice));
                }
            },
        );
    }
    {
        // The host's commands reach the reducer once the root can take them, and the host
        // can ask which locale is on show (its `ready`). One effect for both: each costs
        // the wasm bytes (DESIGN §5), and connecting again when the locale changes is
        // harmless (nothing is queued by then).
        let dispatcher = state.dispatcher();
        use_effect_with((props.host.clone(), state.locale), move |(host, locale)| {
            host.showing(*locale);
            host.connect(Callback::from(move |msg| dispatcher.dispatch(msg)));
        });
    }

    let root = use_node_ref();
    {
        let (root, emit, state) = (root.clone(), props.emit.clone(), state.clone());
        // What the last run saw (none before the first render, when nothing moves).
        let seen = use_mut_ref(|| None);
        // The errors of a form of many fields (case facts, contact log) count too: the
        // summary takes focus when they appear, as a single answer's error does.
        let page = (
            state.session.trail.len(),
            state.session.trail.last().cloned(),
            state.session.error,
            state.session.field_errors.clone(),
        );
        // Removing a contact takes away the button that had focus: focus goes to Undo, and
        // after Undo (which goes too) to the entry put back, so a keyboard user keeps their
        // place. Keyed on the log's length too: a second removal in a row moves it again.
        // Nothing moves on any other change of the log. One effect with the page's, since each
        // effect costs the wasm bytes (DESIGN §5).
        let log = match state.session.log_event {
            Some(LogEvent::Removed { .. }) => Some("[data-action=\"undo\"]"),
            Some(LogEvent::Restored(_)) => Some("[data-restored] [data-action=\"edit_contact\"]"),
            _ => None,
        }
        .map(|target| (target, state.session.contacts.len()));
        use_effect_with((page, log), move |key| {
            let before = seen.borrow_mut().replace(key.clone());
            let ((len, last, error, field_errors), log) = key;
            // Every screen shown, the first included, is announced to the host; what the
            // plan found only once per completion (DESIGN §8): with the screen the person's
            // own action first reached it on (`completed`), never on a reload or a resume
            // onto the plan.
            let moved = before
                .as_ref()
                .is_none_or(|((l, s, ..), _)| (l, s) != (len, last));
            if let (true, Some(emit)) = (moved, &emit) {
                let (flow, rules) = (&state.guide.0.flow, &state.config.clock);
                emit.emit(step_shown(flow, &state.session));
                if state.completed {
                    for event in plan_reached(flow, &state.session, state.today, rules) {
                        emit.emit(event);
                    }
                }
            }
            // Focus moves on a new screen or new errors, never on the first render (an
            // embedded widget never scrolls the host page by itself).
            let Some((before, _)) = before else {
                return;
            };
            // A new screen: its heading (or the summary of its errors). New errors on the same
            // screen: their summary. Errors gone on the same screen (a form fixed and sent, as
            // a contact added after a refused one): focus stays where the person is.
            let errors = error.is_some() || !field_errors.is_empty();
            let selector = if moved && errors {
                ".rg-error-summary"
            } else if moved {
                "[data-step] [data-heading]"
            } else if errors && before != key.0 {
                ".rg-error-summary"
            } else if let Some((target, _)) = log {
                target
            } else {
                return;
            };
            if let Some(el) = root
                .cast::<web_sys::Element>()
                .and_then(|r| r.query_selector(selector).ok().flatten())
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(e).ok())
            {
                let _ = el.focus();
            }
        });
    }

    // The children's one callback, made once (a notice or the data panel whose other props
    // did not change does not re-render): the language switch, the notices and the data
    // panel send their messages on it. The storage ones do their side effect through the
    // mount's callbacks first (reducers stay pure): reading another tab's newer progress,
    // deleting what was saved.
    let dispatcher = state.dispatcher();
    let on_msg = use_callback(
        (dispatcher, props.load_newer.clone(), props.delete.clone()),
        |msg: Msg, (d, load, delete)| {
            let msg = match msg {
                Msg::LoadNewer => Msg::Replace(load.as_ref().and_then(|load| load.emit(()))),
                Msg::Deleted | Msg::SetSaving(false) => {
                    if let Some(delete) = delete {
                        delete.emit(());
                    }
                    msg
                }
                msg => msg,
            };
            d.dispatch(msg)
        },
    );

    // The guide's actions, as the root's messages (a reform, not a memoised callback of its
    // own: the step re-renders with the root anyway, and each hook costs the wasm bytes).
    let on_action = on_msg.reform(Msg::Guide);
    let current: &State = &state;
    let texts = current.guide.0.texts(current.locale);
    let storage_trouble = current
        .notices
        .iter()
        .any(|n| matches!(n, Notice::StorageUnavailable | Notice::StorageFull));
    html! {
        <div class="rg" lang={current.locale.id()} ref={root}
            data-theme={current.config.theme.forced(&current.config.brand)}>
            <div class="rg-bar">
                <p class="rg-brand">
                    if let Some(logo) = current.config.brand.logo.clone() {
                        <img class="rg-logo" src={logo} alt="" />
                    }
                    { current.config.brand.name.clone().unwrap_or_else(|| texts.name.clone()) }
                </p>
                <LocaleSwitch locale={current.locale} on_msg={on_msg.clone()} />
            </div>
            <Notices guide={current.guide.clone()} locale={current.locale}
                notices={current.notices.clone()} on_msg={on_msg.clone()} />
            if current.session.trail.len() > 1 {
                <BackLink label={ui(current.locale).back} on_action={on_action.clone()} />
            }
            <CurrentStep guide={current.guide.clone()} locale={current.locale}
                session={current.session.clone()} today={current.today}
                config={current.config.clone()} {on_action} emit={props.emit.clone()} />
            <DataPanel guide={current.guide.clone()} locale={current.locale}
                session={current.session.clone()} today={current.today}
                saving={current.saving} can_store={props.delete.is_some()} open={storage_trouble}
                {on_msg} />
        </div>
    }
}
