//! A know-how page from the article: talking to customer service, prevention, or risks
//! (with the outlook), opened from the plan.

use yew::prelude::*;

use super::GuideRef;
use crate::i18n::ui;
use refund_guide_model::content::{Item, Topic};
use refund_guide_model::{Action, Locale, NodeKind};

#[derive(Properties, PartialEq)]
pub struct KnowhowStepProps {
    pub guide: GuideRef,
    pub locale: Locale,
    /// The page's index in the flow.
    pub node: usize,
    /// Back to the plan.
    pub on_action: Callback<Action>,
}

/// The page's items, numbered: the title in bold, then its text.
fn items(list: &[Item], colon: &'static str) -> Html {
    html! {
        <ol class="rg-items">
            { for list.iter().map(|i| html! {
                <li data-item={i.id.clone()} key={i.id.clone()}>
                    <strong>{ i.title.clone() }</strong>{ colon }{ i.body.clone() }
                </li>
            }) }
        </ol>
    }
}

#[component]
pub fn KnowhowStep(props: &KnowhowStepProps) -> Html {
    let texts = props.guide.0.texts(props.locale);
    let t = ui(props.locale);
    let Some(node) = props.guide.0.flow.nodes.get(props.node) else {
        return Html::default();
    };
    let NodeKind::Knowhow { topic } = node.kind else {
        return Html::default();
    };
    let onback = super::click(&props.on_action, Action::Back);
    html! {
        <div class="rg-step" data-step={node.id.clone()}>
            <h2 class="rg-heading" tabindex="-1" data-heading="">{ texts.node(&node.id).title.clone() }</h2>
            {
                match topic {
                    Topic::Tips => items(&texts.tips, t.colon),
                    Topic::Prevention => items(&texts.prevention, t.colon),
                    Topic::Risks => html! {
                        <>
                            { items(&texts.risks, t.colon) }
                            <h3 class="rg-section-title">{ t.outlook_title }</h3>
                            { items(&texts.outlook, t.colon) }
                        </>
                    },
                }
            }
            <button type="button" class="rg-button rg-button--secondary" data-action="back" onclick={onback}>{ t.back_to_plan }</button>
        </div>
    }
}
