//! Pages that interrupt: the account-security checklist (then Continue) and the scam warning
//! (DESIGN §8: warning first, then a way on to the person's real problem, or start again).

use yew::prelude::*;

use super::GuideRef;
use crate::i18n::ui;
use refund_guide_model::{Action, Locale, NodeKind};

#[derive(Properties, PartialEq)]
pub struct WarningStepProps {
    pub guide: GuideRef,
    pub locale: Locale,
    /// The page's index in the flow.
    pub node: usize,
    /// Continue, or start again.
    pub on_action: Callback<Action>,
}

#[component]
pub fn WarningStep(props: &WarningStepProps) -> Html {
    let t = ui(props.locale);
    let Some(node) = props.guide.0.flow.nodes.get(props.node) else {
        return Html::default();
    };
    let text = props.guide.0.texts(props.locale).node(&node.id);
    let stop = matches!(node.kind, NodeKind::Stop);
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
            if node.next.is_some() {
                <button type="button" class="rg-button" data-action="next" onclick={onnext}>{ if stop { t.scam_next } else { t.next } }</button>
            }
            if stop {
                <button type="button" class="rg-button rg-button--secondary" data-action="restart" onclick={onrestart}>{ t.restart }</button>
            }
        </div>
    }
}
