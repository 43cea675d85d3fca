//! "Check your answers": every answer on the person's path with a Change button.

use std::rc::Rc;

use yew::prelude::*;

use super::GuideRef;
use crate::i18n::{amount_text, date_text, ui};
use refund_guide_model::content::InputKind;
use refund_guide_model::{Action, Answer, Field, Locale, NodeKind, Session};

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
            // Dates and amounts written as everywhere else in this locale (the plan, the
            // texts), not as the control holds them.
            (NodeKind::Input { field, input }, Some(Answer::Given)) => {
                let value = session.facts.get(field).map_or("", String::as_str).trim();
                match input {
                    InputKind::Date => date_text(props.locale, value),
                    InputKind::Amount => {
                        let currency = session.facts.get(&Field::Currency).map(String::as_str);
                        amount_text(props.locale, value, currency)
                    }
                }
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
