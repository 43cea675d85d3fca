//! The Yew view: thin components that render the model and send [`Action`]s to the one
//! reducer at the root ([`app::App`]). DOM events are turned into domain values only in the
//! leaf components; nothing here decides what the guide means.

pub mod app;
pub mod back_link;
pub mod error_summary;
pub mod input_step;
pub mod knowhow_step;
pub mod locale_switch;
pub mod plan_step;
pub mod question_step;
pub mod state;
pub mod summary_step;
pub mod warning_step;

use std::rc::Rc;

use yew::prelude::*;

use crate::guide::Action;
pub use state::{GuideRef, Msg, State};

/// What every step component gets: the whole (immutable) state and the way to act on it.
#[derive(Properties, Clone)]
pub struct StepProps {
    pub state: Rc<State>,
    pub on_action: Callback<Action>,
}

impl PartialEq for StepProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.state, &other.state) && self.on_action == other.on_action
    }
}
