//! The Yew view: one component at the root ([`app::App`], the only `use_reducer`) and thin
//! view functions, one per file, that render the model and send [`Action`]s to it. DOM events
//! are turned into domain values only in the leaf views; nothing here decides what the guide
//! means.

pub mod app;
pub mod back_link;
pub mod current_step;
pub mod data_panel;
pub mod error_summary;
pub mod input_step;
pub mod knowhow_step;
pub mod locale_switch;
pub mod notices;
pub mod plan_step;
pub mod question_step;
pub mod state;
pub mod summary_step;
pub mod warning_step;

use yew::prelude::*;

use crate::guide::Action;
pub use state::{GuideRef, Msg, State};

/// What every step view gets: the whole (immutable) state and the way to act on it.
pub struct StepProps<'a> {
    pub state: &'a State,
    pub on_action: Callback<Action>,
}
