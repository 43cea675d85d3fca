//! One labelled field of a multi-field form (the case facts, the contact log), GOV.UK
//! style: label, hint, the error message at the field, the note that a long input was cut
//! at the field's bound, then the control, all tied together with `aria-describedby`. The
//! control carries `[data-field="<id>"]` (DESIGN §4.4).

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use refund_guide_model::case::within;

/// What kind of control: an `<input type>` (`"text"`, `"date"`, `"datetime-local"`),
/// text with the number keypad (`Decimal`), a `<textarea>`, or a `<select>` of
/// `(value, label)` options.
#[derive(Clone, Debug, PartialEq)]
pub enum Control {
    Input(&'static str),
    Decimal,
    Area,
    Select(Vec<(&'static str, &'static str)>),
}

/// What was typed into an `<input>` or a `<textarea>` (`C`, read with `value`). The model
/// keeps only the first `max` characters (masked). When that leaves it as it was (the field
/// was already full) nothing re-renders, and the control would go on showing the whole
/// paste: it is set back to what the model holds (`held`) now, and the render that follows
/// a change puts the new value in.
fn typed<C: JsCast + AsRef<web_sys::EventTarget>>(
    e: &InputEvent,
    max: usize,
    held: &str,
    value: fn(&C) -> String,
    set_value: fn(&C, &str),
) -> String {
    let Some(control) = e.target_dyn_into::<C>() else {
        return String::new();
    };
    let typed = value(&control);
    if within(&typed, max).1 {
        set_value(&control, held);
    }
    typed
}

/// One field as the form shows it.
#[derive(Properties, PartialEq)]
pub struct FormFieldProps {
    /// The field's DOM id (DESIGN §4.4).
    pub id: &'static str,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: AttrValue,
    /// The label is the page's heading (GOV.UK, a page of one question).
    #[prop_or_default]
    pub heading: bool,
    pub control: Control,
    /// What the session holds for the field.
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<&'static str>,
    /// Said at the field: its last input was cut at the bound.
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// The field's bound in characters (the model cuts longer input there).
    pub max: usize,
    /// What was typed or chosen.
    pub on_input: Callback<String>,
}

#[component]
pub fn FormField(props: &FormFieldProps) -> Html {
    let FormFieldProps {
        id,
        label,
        hint,
        heading,
        control,
        value,
        error,
        note,
        max,
        on_input,
    } = props;
    let (id, heading, error, max) = (*id, *heading, *error, *max);
    let dom_id = format!("rg-f-{id}");
    let hint_id = format!("{dom_id}-hint");
    let error_id = format!("{dom_id}-error");
    let note_id = format!("{dom_id}-note");
    let described: Vec<&str> = [
        (!hint.is_empty()).then_some(hint_id.as_str()),
        error.is_some().then_some(error_id.as_str()),
        note.is_some().then_some(note_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    let invalid = error.is_some().then_some("true");
    let held = value.clone();
    let control = match control {
        Control::Area => {
            let oninput = on_input.reform(move |e: InputEvent| {
                typed(
                    &e,
                    max,
                    &held,
                    HtmlTextAreaElement::value,
                    HtmlTextAreaElement::set_value,
                )
            });
            html! {
                <textarea class="rg-input rg-textarea" id={dom_id.clone()} data-field={id} rows="3"
                    value={value.clone()} aria-describedby={described} aria-invalid={invalid} {oninput} />
            }
        }
        Control::Select(options) => {
            let onchange = on_input.reform(|e: Event| {
                e.target_dyn_into::<HtmlSelectElement>()
                    .map(|select| select.value())
                    .unwrap_or_default()
            });
            html! {
                <select class="rg-input rg-select" id={dom_id.clone()} data-field={id}
                    aria-describedby={described} aria-invalid={invalid} {onchange}>
                    { for options.iter().map(|&(v, l)| html! { <option value={v} selected={v == value.as_str()}>{ l }</option> }) }
                </select>
            }
        }
        c => {
            let (kind, mode) = match c {
                Control::Input(kind) => (*kind, None),
                _ => ("text", Some("decimal")),
            };
            let oninput = on_input.reform(move |e: InputEvent| {
                typed(
                    &e,
                    max,
                    &held,
                    HtmlInputElement::value,
                    HtmlInputElement::set_value,
                )
            });
            html! {
                <input class="rg-input" id={dom_id.clone()} type={kind} inputmode={mode} data-field={id}
                    autocomplete="off" value={value.clone()}
                    aria-describedby={described} aria-invalid={invalid} {oninput} />
            }
        }
    };
    html! {
        <div class="rg-group" data-invalid={invalid}>
            if heading {
                <h2 class="rg-heading" tabindex="-1" data-heading="">
                    <label for={dom_id}>{ label.clone() }</label>
                </h2>
            } else {
                <label class="rg-label" for={dom_id}>{ label.clone() }</label>
            }
            if !hint.is_empty() {
                <p class="rg-hint" id={hint_id}>{ hint.clone() }</p>
            }
            if let Some(message) = error {
                <p class="rg-error-message" id={error_id}>{ message }</p>
            }
            if let Some(note) = note.clone() {
                <p class="rg-hint" id={note_id} role="status" data-cut="">{ note }</p>
            }
            { control }
        </div>
    }
}
