//! A question: radios (single choice) or checkboxes (multi-select) in a fieldset whose legend
//! is the heading, then Continue. Selecting only records the answer; Continue moves on.

use yew::prelude::*;

use super::error_summary::ErrorSummary;
use super::GuideRef;
use crate::i18n::{error_message, ui};
use refund_guide_model::{Action, Answer, Locale, NodeKind, StepError};

#[derive(Properties, PartialEq)]
pub struct QuestionStepProps {
    pub guide: GuideRef,
    pub locale: Locale,
    /// The question's index in the flow.
    pub node: usize,
    /// The person's answer so far.
    #[prop_or_default]
    pub answer: Option<Answer>,
    /// Why the last Continue did not go through.
    #[prop_or_default]
    pub error: Option<StepError>,
    /// "Step n of about total".
    #[prop_or_default]
    pub progress: Option<(usize, usize)>,
    /// Choose or toggle a choice; Continue.
    pub on_action: Callback<Action>,
}

#[component]
pub fn QuestionStep(props: &QuestionStepProps) -> Html {
    let locale = props.locale;
    let texts = props.guide.0.texts(locale);
    let t = ui(locale);
    let Some(node) = props.guide.0.flow.nodes.get(props.node) else {
        return Html::default();
    };
    let NodeKind::Question { multi, choices } = &node.kind else {
        return Html::default();
    };
    let multi = *multi;
    let text = texts.node(&node.id);
    let picked: &[String] = match &props.answer {
        Some(Answer::One(c)) => std::slice::from_ref(c),
        Some(Answer::Many(cs)) => cs,
        _ => &[],
    };
    let error = props.error.map(|e| error_message(locale, e, multi));
    let onsubmit = super::submit(&props.on_action, Action::Next { today: None });
    let described = if error.is_some() {
        "rg-hint rg-field-error"
    } else {
        "rg-hint"
    };
    let items = choices.iter().map(|c| {
        let id = c.id.clone();
        let onchange = super::change(
            &props.on_action,
            if multi {
                Action::Toggle(id)
            } else {
                Action::Choose(id)
            },
        );
        let input_id = format!("rg-choice-{}", c.id);
        html! {
            <div class="rg-choice" key={c.id.clone()}>
                <input class="rg-choice__input" type={if multi { "checkbox" } else { "radio" }}
                    id={input_id.clone()} name={node.id.clone()} value={c.id.clone()}
                    checked={picked.contains(&c.id)} data-choice={c.id.clone()} {onchange} />
                <label class="rg-choice__label" for={input_id}>{ texts.choice(&node.id, &c.id).to_string() }</label>
            </div>
        }
    });
    let first_input = choices
        .first()
        .map(|c| AttrValue::from(format!("#rg-choice-{}", c.id)))
        .unwrap_or_default();
    html! {
        <div class="rg-step" data-step={node.id.clone()}>
            if let Some(message) = error {
                <ErrorSummary title={t.error_title} errors={vec![(message, first_input)]} />
            }
            <form class="rg-form" novalidate=true {onsubmit}>
                if let Some((n, total)) = props.progress {
                    <p class="rg-caption">{ (t.step_of)(n, total) }</p>
                }
                <div class="rg-group" data-invalid={error.is_some().then_some("true")}>
                    <fieldset class="rg-fieldset" aria-describedby={described}>
                        <legend class="rg-legend">
                            <h2 class="rg-heading" tabindex="-1" data-heading="">{ text.title.clone() }</h2>
                        </legend>
                        <p class="rg-hint" id="rg-hint">{ text.hint.clone().unwrap_or_default() }</p>
                        if let Some(message) = error {
                            <p class="rg-error-message" id="rg-field-error">{ message }</p>
                        }
                        <div class="rg-choices">{ for items }</div>
                    </fieldset>
                </div>
                <button type="submit" class="rg-button" data-action="next">{ t.next }</button>
            </form>
        </div>
    }
}
