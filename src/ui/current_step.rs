//! The current step: picks the view for the current node's kind and hands it what it shows
//! of the session, the content and the settings.

use std::rc::Rc;

use yew::prelude::*;

use super::case_step::CaseStep;
use super::input_step::InputStep;
use super::knowhow_step::KnowhowStep;
use super::plan_step::PlanStep;
use super::question_step::QuestionStep;
use super::summary_step::SummaryStep;
use super::warning_step::WarningStep;
use super::GuideRef;
use refund_guide_model::config::Config;
use refund_guide_model::events::HostEvent;
use refund_guide_model::{Action, Date, Locale, NodeKind, Session};

#[derive(Properties, PartialEq)]
pub struct CurrentStepProps {
    pub guide: GuideRef,
    pub locale: Locale,
    pub session: Rc<Session>,
    /// Today in the person's time zone (date checks, the refund clock); `None` only where
    /// there is no clock (server-side rendering in tests).
    #[prop_or_default]
    pub today: Option<Date>,
    /// The integrator's settings: refund windows and calendar, support contacts, channels.
    #[prop_or_default]
    pub config: Rc<Config>,
    pub on_action: Callback<Action>,
    /// The host's events (`letter`), when mounted by a host.
    #[prop_or_default]
    pub emit: Option<Callback<HostEvent>>,
}

#[component]
pub fn CurrentStep(props: &CurrentStepProps) -> Html {
    let CurrentStepProps {
        guide,
        locale,
        session,
        today,
        config,
        on_action,
        emit,
    } = props;
    let flow = &guide.0.flow;
    let current = session.current(flow);
    let Some(node) = flow.index_of(&current.id) else {
        return Html::default();
    };
    let (guide, locale, today, on_action) = (guide.clone(), *locale, *today, on_action.clone());
    match &current.kind {
        NodeKind::Question { .. } => html! {
            <QuestionStep {guide} {locale} {node} answer={session.answers.get(&current.id).cloned()}
                error={session.error} progress={session.progress(flow)} {on_action} />
        },
        NodeKind::Input { field, .. } => html! {
            <InputStep {guide} {locale} {node}
                value={session.facts.get(field).cloned().unwrap_or_default()}
                error={session.error} cut={session.cut.contains(&field.id())}
                progress={session.progress(flow)} {today} {on_action} />
        },
        NodeKind::Urgent | NodeKind::Stop => html! {
            <WarningStep {guide} {locale} {node} {on_action} />
        },
        NodeKind::Summary => html! {
            <SummaryStep {guide} {locale} {node} session={session.clone()} {on_action} />
        },
        NodeKind::Plan { .. } => html! {
            <PlanStep {guide} {locale} {node} session={session.clone()} {today}
                config={config.clone()} {on_action} />
        },
        NodeKind::Knowhow { .. } => html! {
            <KnowhowStep {guide} {locale} {node} {on_action} />
        },
        NodeKind::Case { .. } => html! {
            <CaseStep {guide} {locale} {node} session={session.clone()} {today}
                config={config.clone()} emit={emit.clone()} {on_action} />
        },
    }
}
