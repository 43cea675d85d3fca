//! GOV.UK-style back link: one step back in the screen history.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    pub label: AttrValue,
    pub on_back: Callback<()>,
}

#[component]
pub fn BackLink(props: &BackLinkProps) -> Html {
    let onclick = props.on_back.reform(|_: MouseEvent| ());
    html! {
        <button type="button" class="rg-back" data-action="back" {onclick}>{ props.label.clone() }</button>
    }
}
