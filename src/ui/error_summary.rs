//! GOV.UK error summary: announced (role="alert"), focused when it appears, and its entry
//! moves focus to the field in question. A button, not `href="#…"`, so the host page's URL
//! is never touched.

use yew::prelude::*;

/// `target` is a selector, inside the current step, of the field to focus.
pub fn error_summary(title: &'static str, message: &'static str, target: String) -> Html {
    error_list(title, vec![(message, target)])
}

/// Several problems at once (a form of many fields): one entry per field, in form order.
pub fn error_list(title: &'static str, errors: Vec<(&'static str, String)>) -> Html {
    html! {
        <div class="rg-error-summary" role="alert" tabindex="-1" aria-labelledby="rg-error-summary-title">
            <h2 class="rg-error-summary__title" id="rg-error-summary-title">{ title }</h2>
            <ul class="rg-error-summary__list">
                { for errors.into_iter().map(|(message, target)| html! {
                    <li><button type="button" class="rg-link" onclick={focus_on(target)}>{ message }</button></li>
                }) }
            </ul>
        </div>
    }
}

fn focus_on(target: String) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        use wasm_bindgen::JsCast;
        let field = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-step]").ok().flatten())
            .and_then(|step| step.query_selector(&target).ok().flatten())
            .and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(field) = field {
            let _ = field.focus();
        }
    })
}
