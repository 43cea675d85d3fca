//! Pages that interrupt: the account-security checklist (then Continue) and the scam warning
//! (the path ends here: back, or start again).

use yew::prelude::*;

use super::StepProps;
use crate::i18n::ui;
use refund_guide_model::{Action, NodeKind};

pub fn warning_step(props: &StepProps<'_>) -> Html {
    let state = props.state;
    let t = ui(state.locale);
    let node = state.session.current(&state.guide.0.flow);
    let text = state.guide.0.texts(state.locale).node(&node.id);
    let ends = matches!(node.kind, NodeKind::Stop);
    let onnext = super::click(&props.on_action, Action::Next { today: None });
    let onrestart = super::click(&props.on_action, Action::Restart);
    html! {
        <div class="rg-step rg-warning" data-step={node.id.clone()}>
            <h2 class="rg-heading" tabindex="-1" data-heading="">{ text.title.clone() }</h2>
            if let Some(hint) = text.hint.clone() {
                <p class="rg-lead">{ hint }</p>
            }
            <ol class="rg-list">
                { for text.body.iter().map(|line| html! { <li>{ line.clone() }</li> }) }
            </ol>
            if ends {
                <button type="button" class="rg-button rg-button--secondary" data-action="restart" onclick={onrestart}>{ t.restart }</button>
            } else {
                <button type="button" class="rg-button" data-action="next" onclick={onnext}>{ t.next }</button>
            }
        </div>
    }
}
