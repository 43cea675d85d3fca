//! GOV.UK-style back link: one step back in the screen history.

use yew::prelude::*;

use refund_guide_model::Action;

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    pub label: &'static str,
    /// Sends [`Action::Back`].
    pub on_action: Callback<Action>,
}

#[component]
pub fn BackLink(props: &BackLinkProps) -> Html {
    let onclick = super::click(&props.on_action, Action::Back);
    html! {
        <button type="button" class="rg-back" data-action="back" {onclick}>{ props.label }</button>
    }
}
