//! The model's test helpers (`refund_guide_model::testing`), with the guide the widget
//! itself reads (the build's serialised copy).
#![allow(dead_code, unused_imports)]

use std::rc::Rc;

use refund_guide::ui::current_step::{CurrentStep, CurrentStepProps};
use refund_guide::ui::GuideRef;
use refund_guide_model::config::Config;
pub use refund_guide_model::testing::{any_action, current, played, walk, Say};
use refund_guide_model::{Date, Guide, Locale, Session};
use yew::{Callback, LocalServerRenderer};

pub fn guide() -> Guide {
    refund_guide::builtin::guide().expect("the shipped content is valid")
}

/// A withdrawal that failed, answered up to "check your answers".
pub fn at_summary(guide: &Guide) -> Session {
    refund_guide_model::testing::withdrawal_at_summary(guide)
}

/// The current step of `session` as the root renders it, server-side, with the built-in
/// settings and no host.
pub fn render_step(
    guide: &Rc<Guide>,
    session: &Session,
    locale: Locale,
    today: Option<Date>,
) -> String {
    render_step_with(guide, session, locale, today, Config::default())
}

/// [`render_step`] with an integrator's settings.
pub fn render_step_with(
    guide: &Rc<Guide>,
    session: &Session,
    locale: Locale,
    today: Option<Date>,
    config: Config,
) -> String {
    let props = CurrentStepProps {
        guide: GuideRef(guide.clone()),
        locale,
        session: Rc::new(session.clone()),
        today,
        config: Rc::new(config),
        on_action: Callback::noop(),
        emit: None,
    };
    tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime")
        .block_on(LocalServerRenderer::<CurrentStep>::with_props(props).render())
}
