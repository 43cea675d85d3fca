//! A single typed answer (a date or an amount) whose label is the heading. The value goes
//! straight into the case facts as typed (never lost); Continue checks it, "I don't know"
//! skips it.

use yew::prelude::*;

use super::error_summary::error_summary;
use super::StepProps;
use crate::guide::content::InputKind;
use crate::guide::{Action, NodeKind};
use crate::i18n::{error_message, ui};

pub fn input_step(props: &StepProps<'_>) -> Html {
    let state = props.state;
    let flow = &state.guide.0.flow;
    let t = ui(state.locale);
    let node = state.session.current(flow);
    let NodeKind::Input { field, input } = node.kind else {
        return Html::default();
    };
    let text = state.guide.0.texts(state.locale).node(&node.id);
    let value = state.session.facts.get(&field).cloned().unwrap_or_default();
    let error = state
        .session
        .error
        .map(|e| error_message(state.locale, e, false));
    let today = state.today;
    let onsubmit = props.on_action.reform(move |e: SubmitEvent| {
        e.prevent_default();
        Action::Next { today }
    });
    let oninput = props.on_action.reform(move |e: InputEvent| {
        let value = e
            .target_dyn_into::<web_sys::HtmlInputElement>()
            .map(|i| i.value())
            .unwrap_or_default();
        Action::SetFact(field, value)
    });
    let onskip = props.on_action.reform(|_: MouseEvent| Action::Skip);
    let (kind, inputmode, format_hint) = match input {
        InputKind::Date => ("date", None, t.date_format_hint),
        InputKind::Amount => ("text", Some("decimal"), t.amount_hint),
    };
    let described = if error.is_some() {
        "rg-hint rg-field-error"
    } else {
        "rg-hint"
    };
    html! {
        <div class="rg-step" data-step={node.id.clone()}>
            if let Some(message) = error {
                { error_summary(t.error_title, message, "#rg-input".to_string()) }
            }
            <form class="rg-form" novalidate=true {onsubmit}>
                if let Some((n, total)) = state.session.progress(flow) {
                    <p class="rg-caption">{ (t.step_of)(n, total) }</p>
                }
                <div class="rg-group" data-invalid={error.is_some().then_some("true")}>
                    <h2 class="rg-heading" tabindex="-1" data-heading="">
                        <label for="rg-input">{ text.title.clone() }</label>
                    </h2>
                    <p class="rg-hint" id="rg-hint">
                        { text.hint.clone().unwrap_or_default() }{ " " }{ format_hint }
                    </p>
                    if let Some(message) = error {
                        <p class="rg-error-message" id="rg-field-error">{ message }</p>
                    }
                    <input class="rg-input" id="rg-input" type={kind} inputmode={inputmode}
                        value={value} data-field={field.id()} aria-describedby={described}
                        aria-invalid={error.is_some().then_some("true")} {oninput} />
                </div>
                <div class="rg-actions">
                    <button type="submit" class="rg-button" data-action="next">{ t.next }</button>
                    <button type="button" class="rg-button rg-button--secondary" data-action="skip" onclick={onskip}>{ t.skip }</button>
                </div>
            </form>
        </div>
    }
}
