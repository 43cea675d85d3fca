//! GOV.UK error summary: announced (role="alert"), focused when it appears, and each entry
//! moves focus to the field in question. A button, not `href="#…"`, so the host page's URL
//! is never touched.

use web_sys::{Element, HtmlElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub title: &'static str,
    /// One entry per problem, in form order: the message and a selector, inside the
    /// current step, of the field to focus.
    pub errors: Vec<(&'static str, AttrValue)>,
}

#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    html! {
        <div class="rg-error-summary" role="alert" tabindex="-1" aria-labelledby="rg-error-summary-title">
            <h2 class="rg-error-summary__title" id="rg-error-summary-title">{ props.title }</h2>
            <ul class="rg-error-summary__list">
                { for props.errors.iter().map(|(message, target)| html! {
                    <li><button type="button" class="rg-link" onclick={focus_on(target.clone())}>{ *message }</button></li>
                }) }
            </ul>
        </div>
    }
}

fn focus_on(target: AttrValue) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        let field = e
            .target_dyn_into::<Element>()
            .and_then(|el| el.closest("[data-step]").ok().flatten())
            .and_then(|step| step.query_selector(&target).ok().flatten())
            .and_then(|f| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(f).ok());
        if let Some(field) = field {
            let _ = field.focus();
        }
    })
}
