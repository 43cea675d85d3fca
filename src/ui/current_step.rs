//! Picks the view for the current node's kind. The step views are plain functions of the
//! state, not separate components: the whole widget re-renders from one reducer anyway, and
//! every Yew component type adds its own copy of the framework's lifecycle code to the wasm.

use yew::prelude::*;

use super::case_step::case_step;
use super::input_step::input_step;
use super::knowhow_step::knowhow_step;
use super::plan_step::plan_step;
use super::question_step::question_step;
use super::summary_step::summary_step;
use super::warning_step::warning_step;
use super::StepProps;
use refund_guide_model::NodeKind;

pub fn current_step(props: &StepProps<'_>) -> Html {
    match &props.state.session.current(&props.state.guide.0.flow).kind {
        NodeKind::Question { .. } => question_step(props),
        NodeKind::Input { .. } => input_step(props),
        NodeKind::Urgent | NodeKind::Stop => warning_step(props),
        NodeKind::Summary => summary_step(props),
        NodeKind::Plan { .. } => plan_step(props),
        NodeKind::Knowhow { .. } => knowhow_step(props),
        NodeKind::Case { .. } => case_step(props),
    }
}
