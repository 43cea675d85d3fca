//! "Check your answers": every answer on the person's path with a Change button.

use std::rc::Rc;

use yew::prelude::*;

use super::GuideRef;
use crate::i18n::ui;
use refund_guide_model::{Action, Answer, Locale, NodeKind, Session};

#[derive(Properties, PartialEq)]
pub struct SummaryStepProps {
    pub guide: GuideRef,
    pub locale: Locale,
    /// The page's index in the flow.
    pub node: usize,
    /// Its path and the answers (and typed facts) along it.
    pub session: Rc<Session>,
    /// Change an answer; Continue to the plan.
    pub on_action: Callback<Action>,
}

#[component]
pub fn SummaryStep(props: &SummaryStepProps) -> Html {
    let flow = &props.guide.0.flow;
    let texts = props.guide.0.texts(props.locale);
    let t = ui(props.locale);
    let session = &props.session;
    let Some(node) = flow.nodes.get(props.node) else {
        return Html::default();
    };
    let text = texts.node(&node.id);
    let rows = session.path(flow).into_iter().map(|i| &flow.nodes[i]).filter(|n| n.asks()).map(|n| {
        let answer = match (&n.kind, session.answers.get(&n.id)) {
            (_, Some(Answer::One(c))) => texts.choice(&n.id, c).to_string(),
            (_, Some(Answer::Many(cs))) => cs
                .iter()
                .map(|c| texts.choice(&n.id, c))
                .collect::<Vec<_>>()
                .join(" / "),
            (NodeKind::Input { field, .. }, Some(Answer::Given)) => {
                session.facts.get(field).cloned().unwrap_or_default()
            }
            _ => t.skipped.to_string(),
        };
        let title = texts.node(&n.id).title.clone();
        let onclick = super::click(&props.on_action, Action::Change(n.id.clone()));
        html! {
            <div class="rg-summary__row" key={n.id.clone()}>
                <dt class="rg-summary__key">{ title.clone() }</dt>
                <dd class="rg-summary__value">{ answer }</dd>
                <dd class="rg-summary__actions">
                    <button type="button" class="rg-link" data-action="change" data-node={n.id.clone()} {onclick}>
                        { t.change }<span class="rg-visually-hidden">{ format!(" {title}") }</span>
                    </button>
                </dd>
            </div>
        }
    });
    let onnext = super::click(&props.on_action, Action::Next { today: None });
    html! {
        <div class="rg-step" data-step={node.id.clone()}>
            <h2 class="rg-heading" tabindex="-1" data-heading="">{ text.title.clone() }</h2>
            if let Some(hint) = text.hint.clone() {
                <p class="rg-hint">{ hint }</p>
            }
            <dl class="rg-summary">{ for rows }</dl>
            <button type="button" class="rg-button" data-action="next" onclick={onnext}>{ t.see_plan }</button>
        </div>
    }
}
