//! A single typed answer (a date or an amount) whose label is the heading. The value goes
//! straight into the case facts as typed (never lost); Continue checks it, "I don't know"
//! skips it.

use yew::prelude::*;

use super::error_summary::ErrorSummary;
use super::form_field::{Control, FormField};
use super::GuideRef;
use crate::i18n::{error_message, ui};
use refund_guide_model::case::fact_bound;
use refund_guide_model::content::InputKind;
use refund_guide_model::{Action, Date, Locale, NodeKind, StepError};

#[derive(Properties, PartialEq)]
pub struct InputStepProps {
    pub guide: GuideRef,
    pub locale: Locale,
    /// The step's index in the flow.
    pub node: usize,
    /// The case fact as typed so far.
    pub value: AttrValue,
    /// Why the last Continue did not go through.
    #[prop_or_default]
    pub error: Option<StepError>,
    /// The last input was cut at the field's bound.
    #[prop_or_default]
    pub cut: bool,
    /// "Step n of about total".
    #[prop_or_default]
    pub progress: Option<(usize, usize)>,
    /// For Continue's date check.
    #[prop_or_default]
    pub today: Option<Date>,
    /// Type, Continue, skip.
    pub on_action: Callback<Action>,
}

#[component]
pub fn InputStep(props: &InputStepProps) -> Html {
    let locale = props.locale;
    let t = ui(locale);
    let Some(node) = props.guide.0.flow.nodes.get(props.node) else {
        return Html::default();
    };
    let NodeKind::Input { field, input } = node.kind else {
        return Html::default();
    };
    let text = props.guide.0.texts(locale).node(&node.id);
    let error = props.error.map(|e| error_message(locale, e, false));
    let today = props.today;
    let onsubmit = super::submit(&props.on_action, Action::Next { today });
    let on_input = super::fact_input(&props.on_action, field);
    let onskip = super::click(&props.on_action, Action::Skip);
    let max = fact_bound(field);
    let note = props.cut.then(|| AttrValue::from((t.case.cut)(max)));
    // No format hint for a date: the browser's date control shows its own format for the
    // person's locale (mm/dd/yyyy, yyyy/mm/dd, …), and a fixed hint would contradict it.
    let (control, format_hint) = match input {
        InputKind::Date => (Control::Input("date"), ""),
        InputKind::Amount => (Control::Decimal, t.amount_hint),
    };
    let hint = match (&text.hint, format_hint) {
        (Some(h), "") => h.clone(),
        (Some(h), f) => format!("{h} {f}"),
        (None, f) => f.to_string(),
    };
    let target = AttrValue::from(format!("[data-field=\"{}\"]", field.id()));
    html! {
        <div class="rg-step" data-step={node.id.clone()}>
            if let Some(message) = error {
                <ErrorSummary title={t.error_title} errors={vec![(message, target)]} />
            }
            <form class="rg-form" novalidate=true {onsubmit}>
                if let Some((n, total)) = props.progress {
                    <p class="rg-caption">{ (t.step_of)(n, total) }</p>
                }
                <FormField id={field.id()} label={text.title.clone()} {hint} heading=true
                    {control} value={props.value.clone()} {error} {note} {max} {on_input} />
                <div class="rg-actions">
                    <button type="submit" class="rg-button" data-action="next">{ t.next }</button>
                    <button type="button" class="rg-button rg-button--secondary" data-action="skip" onclick={onskip}>{ t.skip }</button>
                </div>
            </form>
        </div>
    }
}
