//! The Yew view: one component at the root ([`app::App`], the only `use_reducer`, over the
//! session) and one `#[component]` per file below it, each with typed `Properties` naming
//! what it shows and callbacks carrying domain values ([`Action`], a [`Locale`], a `bool`).
//! Short-lived UI state (the "copied" confirmation, a pending delete or import) lives in
//! the leaf that shows it. DOM events are turned into domain values only in the leaves;
//! nothing here decides what the guide means.
//!
//! [`Action`]: refund_guide_model::Action
//! [`Locale`]: refund_guide_model::Locale

pub mod app;
pub mod back_link;
pub mod case_facts;
pub mod case_step;
pub mod contact_log;
pub mod current_step;
pub mod data_panel;
pub mod error_summary;
pub mod evidence_list;
pub mod form_field;
pub mod input_step;
pub mod knowhow_step;
pub mod ladder;
pub mod letters_page;
pub mod locale_switch;
pub mod notices;
pub mod plan_step;
pub mod print_frame;
pub mod question_step;
pub mod state;
pub mod summary_step;
pub mod support_contacts;
pub mod warning_step;

use std::cell::RefCell;
use std::rc::Rc;

use crate::builtin::ContactLine;
use refund_guide_model::contacts::tel_href;
use refund_guide_model::{Action, Field, Locale};
use yew::prelude::*;

pub use state::{GuideRef, Msg, State};

/// The click handler of a button that sends `value` (an [`Action`](refund_guide_model::Action),
/// a locale, an answer) on `cb`.
pub fn click<T: Clone + 'static>(cb: &Callback<T>, value: T) -> Callback<MouseEvent> {
    cb.reform(move |_| value.clone())
}

// The handlers below are shared by the views, not written as a closure at each place: every
// closure is a type of its own in the wasm (its call, clone and drop code), and together
// they were a measurable part of the size budget (DESIGN §5).

/// The change handler of a checkbox or radio button that sends `action`.
pub fn change(cb: &Callback<Action>, action: Action) -> Callback<Event> {
    cb.reform(move |_| action.clone())
}

/// A form's submit handler: the browser does not submit (no navigation) and `action` goes.
pub fn submit(cb: &Callback<Action>, action: Action) -> Callback<SubmitEvent> {
    cb.reform(move |e: SubmitEvent| {
        e.prevent_default();
        action.clone()
    })
}

/// What a case-fact field sends as the person types.
pub fn fact_input(cb: &Callback<Action>, field: Field) -> Callback<String> {
    cb.reform(move |v| Action::SetFact(field, v))
}

/// A phone number as a link that dials it (`tel:`), or as plain text where it is more than a
/// number (`contacts::tel_href`): on a phone, one tap calls the hotline or 12315.
pub fn phone(number: &str) -> Html {
    match tel_href(number) {
        Some(href) => html! { <a class="rg-link" {href}>{ number.to_string() }</a> },
        None => html! { number.to_string() },
    }
}

/// Public contacts, one per line (`.rg-lines` keeps the breaks), each number a [`phone`] link.
pub fn contact_lines(lines: &[&ContactLine]) -> Html {
    let lines = lines
        .iter()
        .enumerate()
        .map(|(i, [before, number, after])| {
            html! { <>{ if i > 0 { "\n" } else { "" } }{ *before }{ phone(number) }{ *after }</> }
        });
    html! { <p class="rg-lines" data-public-contacts="">{ for lines }</p> }
}

/// The one way the host reaches a mounted widget: `setLocale`, `reset` and "another tab
/// changed it" arrive as [`Msg`]s for the root's reducer, exactly like the person's own
/// actions. Messages sent before the root has connected are queued, not lost.
#[derive(Clone, Default)]
pub struct HostChannel(Rc<RefCell<Channel>>);

#[derive(Default)]
struct Channel {
    dispatch: Option<Callback<Msg>>,
    queued: Vec<Msg>,
    /// The locale on show, told by the root (for the host's `ready` after a reconfiguring
    /// `mount()`, whoever changed it last: the person or the host).
    locale: Option<Locale>,
}

impl HostChannel {
    pub fn send(&self, msg: Msg) {
        let dispatch = {
            let mut inner = self.0.borrow_mut();
            match &inner.dispatch {
                Some(d) => d.clone(),
                None => {
                    inner.queued.push(msg);
                    return;
                }
            }
        };
        dispatch.emit(msg);
    }

    /// The root reports the locale on show.
    pub fn showing(&self, locale: Locale) {
        self.0.borrow_mut().locale = Some(locale);
    }

    /// The locale on show, once the root has rendered.
    pub fn locale(&self) -> Option<Locale> {
        self.0.borrow().locale
    }

    /// Called by the root once it can take messages; delivers what was queued.
    pub fn connect(&self, dispatch: Callback<Msg>) {
        let queued = {
            let mut inner = self.0.borrow_mut();
            inner.dispatch = Some(dispatch.clone());
            std::mem::take(&mut inner.queued)
        };
        for msg in queued {
            dispatch.emit(msg);
        }
    }
}

impl PartialEq for HostChannel {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}
