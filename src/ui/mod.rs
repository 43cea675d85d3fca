//! The Yew view: one component at the root ([`app::App`], the only `use_reducer`) and thin
//! view functions, one per file, that render the model and send [`Action`]s to it. DOM events
//! are turned into domain values only in the leaf views; nothing here decides what the guide
//! means.

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
pub mod letters_page;
pub mod locale_switch;
pub mod notices;
pub mod plan_step;
pub mod print_frame;
pub mod question_step;
pub mod state;
pub mod summary_step;
pub mod warning_step;

use yew::prelude::*;

use crate::guide::events::HostEvent;
use crate::guide::Action;
pub use state::{GuideRef, Msg, State};

/// A button that sends `value` when clicked. One closure type for every such button (per
/// message type): a `reform` closure per button puts one more copy of Yew's callback
/// plumbing into the wasm.
pub fn click<T: Clone + 'static>(cb: &Callback<T>, value: T) -> Callback<MouseEvent> {
    cb.reform(move |_| value.clone())
}

/// What every step view gets: the whole (immutable) state and the ways to act on it.
pub struct StepProps<'a> {
    pub state: &'a State,
    pub on_action: Callback<Action>,
    /// For view-only changes (the "copied" confirmation).
    pub on_msg: Callback<Msg>,
    /// The host's events (`letter`), when mounted by a host.
    pub emit: Option<Callback<HostEvent>>,
}
