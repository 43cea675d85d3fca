//! "Check your answers": every answer on the person's path with a Change button.

use yew::prelude::*;

use super::StepProps;
use crate::i18n::ui;
use refund_guide_model::{Action, Answer, NodeKind};

pub fn summary_step(props: &StepProps<'_>) -> Html {
    let state = props.state;
    let flow = &state.guide.0.flow;
    let texts = state.guide.0.texts(state.locale);
    let t = ui(state.locale);
    let node = state.session.current(flow);
    let text = texts.node(&node.id);
    let rows = state.session.path(flow).into_iter().map(|i| &flow.nodes[i]).filter(|n| n.asks()).map(|n| {
        let answer = match (&n.kind, state.session.answers.get(&n.id)) {
            (_, Some(Answer::One(c))) => texts.choice(&n.id, c).to_string(),
            (_, Some(Answer::Many(cs))) => {
                let mut all = String::new();
                for c in cs {
                    if !all.is_empty() {
                        all.push_str(" / ");
                    }
                    all.push_str(texts.choice(&n.id, c));
                }
                all
            }
            (NodeKind::Input { field, .. }, Some(Answer::Given)) => {
                state.session.facts.get(field).cloned().unwrap_or_default()
            }
            _ => t.skipped.to_string(),
        };
        let title = texts.node(&n.id).title.clone();
        let id = n.id.clone();
        let onclick = super::click(&props.on_action, Action::Change(id.clone()));
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
