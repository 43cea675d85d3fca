//! A single typed answer (a date or an amount) whose label is the heading. The value goes
//! straight into the case facts as typed (never lost); Continue checks it, "I don't know"
//! skips it.

use yew::prelude::*;

use super::error_summary::ErrorSummary;
use super::form_field::{Control, FormField};
use super::StepProps;
use crate::i18n::{error_message, ui};
use refund_guide_model::case::fact_bound;
use refund_guide_model::content::InputKind;
use refund_guide_model::{Action, NodeKind};

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
    let on_input = props
        .on_action
        .reform(move |v: String| Action::SetFact(field, v));
    let onskip = super::click(&props.on_action, Action::Skip);
    let max = fact_bound(field);
    let note = state
        .session
        .cut
        .contains(&field.id())
        .then(|| (t.case.cut)(max));
    let (control, format_hint) = match input {
        InputKind::Date => (Control::Input("date"), t.date_format_hint),
        InputKind::Amount => (Control::Decimal, t.amount_hint),
    };
    let hint = match &text.hint {
        Some(h) => format!("{h} {format_hint}"),
        None => format_hint.to_string(),
    };
    html! {
        <div class="rg-step" data-step={node.id.clone()}>
            if let Some(message) = error {
                <ErrorSummary title={t.error_title} errors={vec![(message, AttrValue::from(format!("[data-field=\"{}\"]", field.id())))]} />
            }
            <form class="rg-form" novalidate=true {onsubmit}>
                if let Some((n, total)) = state.session.progress(flow) {
                    <p class="rg-caption">{ (t.step_of)(n, total) }</p>
                }
                <FormField id={field.id()} label={text.title.clone()} {hint} heading=true
                    {control} {value} {error} note={note.map(AttrValue::from)} {max} {on_input} />
                <div class="rg-actions">
                    <button type="submit" class="rg-button" data-action="next">{ t.next }</button>
                    <button type="button" class="rg-button rg-button--secondary" data-action="skip" onclick={onskip}>{ t.skip }</button>
                </div>
            </form>
        </div>
    }
}
