//! One labelled field of a multi-field form (the case facts, the contact log), GOV.UK
//! style: label, hint, the error message at the field, then the control, all tied together
//! with `aria-describedby`. The control carries `[data-field="<id>"]` (DESIGN §4.4).

use yew::prelude::*;

/// What kind of control: an `<input type>` (`"text"`, `"date"`, `"datetime-local"`),
/// `"decimal"` (text with the number keypad), `"textarea"`, or a `<select>` of
/// `(value, label)` options.
pub enum Control<'a> {
    Input(&'static str),
    Decimal,
    Area,
    Select(&'a [(&'static str, &'static str)]),
}

/// The typed value of the control an event came from (input, textarea or select alike).
pub fn event_value(e: &Event) -> String {
    e.target()
        .and_then(|t| js_sys::Reflect::get(&t, &"value".into()).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// `heading`: the label is the page's heading (GOV.UK, a page of one question).
pub fn form_field(
    id: &'static str,
    (label, hint): (&str, &str),
    heading: bool,
    control: Control<'_>,
    value: &str,
    error: Option<&'static str>,
    on_input: Callback<String>,
) -> Html {
    let dom_id = format!("rg-f-{id}");
    let hint_id = format!("{dom_id}-hint");
    let error_id = format!("{dom_id}-error");
    let described = match (hint.is_empty(), error.is_some()) {
        (false, true) => format!("{hint_id} {error_id}"),
        (true, true) => error_id.clone(),
        (false, false) => hint_id.clone(),
        (true, false) => String::new(),
    };
    let described = (!described.is_empty()).then_some(described);
    let invalid = error.is_some().then_some("true");
    let oninput = on_input.reform(|e: InputEvent| event_value(&e));
    let control = match control {
        Control::Area => html! {
            <textarea class="rg-input rg-textarea" id={dom_id.clone()} data-field={id} rows="3"
                value={value.to_string()} aria-describedby={described} aria-invalid={invalid} {oninput} />
        },
        Control::Select(options) => {
            let onchange = on_input.reform(|e: Event| event_value(&e));
            html! {
                <select class="rg-input rg-select" id={dom_id.clone()} data-field={id}
                    aria-describedby={described} aria-invalid={invalid} {onchange}>
                    { for options.iter().map(|&(v, l)| html! { <option value={v} selected={v == value}>{ l }</option> }) }
                </select>
            }
        }
        c => {
            let (kind, mode) = match c {
                Control::Input(kind) => (kind, None),
                _ => ("text", Some("decimal")),
            };
            html! {
                <input class="rg-input" id={dom_id.clone()} type={kind} inputmode={mode} data-field={id}
                    autocomplete="off" value={value.to_string()}
                    aria-describedby={described} aria-invalid={invalid} {oninput} />
            }
        }
    };
    html! {
        <div class="rg-group" data-invalid={invalid}>
            if heading {
                <h2 class="rg-heading" tabindex="-1" data-heading="">
                    <label for={dom_id}>{ label.to_string() }</label>
                </h2>
            } else {
                <label class="rg-label" for={dom_id}>{ label.to_string() }</label>
            }
            if !hint.is_empty() {
                <p class="rg-hint" id={hint_id}>{ hint.to_string() }</p>
            }
            if let Some(message) = error {
                <p class="rg-error-message" id={error_id}>{ message }</p>
            }
            { control }
        </div>
    }
}
