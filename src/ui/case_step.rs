//! A page of the case file (facts, evidence, contact log, texts): the heading and hint from
//! the content, the errors of the last Continue or "add to the log" as a GOV.UK error
//! summary, the page itself, and Continue to the next page (the texts are the last).

use yew::prelude::*;

use super::case_facts::case_facts;
use super::contact_log::contact_log;
use super::error_summary::ErrorSummary;
use super::evidence_list::evidence_list;
use super::letters_page::letters_page;
use super::StepProps;
use crate::i18n::ui;
use refund_guide_model::case::FieldError;
use refund_guide_model::content::CasePage;
use refund_guide_model::{Action, Locale, NodeKind};

/// The message for a refused value.
pub fn field_error(locale: Locale, e: FieldError) -> &'static str {
    (ui(locale).case.field_error)(e)
}

pub fn case_step(props: &StepProps<'_>) -> Html {
    let state = props.state;
    let t = ui(state.locale);
    let node = state.session.current(&state.guide.0.flow);
    let NodeKind::Case { page } = node.kind else {
        return Html::default();
    };
    let text = state.guide.0.texts(state.locale).node(&node.id);
    let mut errors = Vec::with_capacity(state.session.field_errors.len());
    for &(id, e) in &state.session.field_errors {
        // A full contact log is the add button's problem, not a field's.
        let target = if id == "add_contact" {
            format!("[data-action=\"{id}\"]")
        } else {
            format!("[data-field=\"{id}\"]")
        };
        errors.push((field_error(state.locale, e), AttrValue::from(target)));
    }
    let today = state.today;
    let onnext = super::click(&props.on_action, Action::Next { today });
    html! {
        <div class="rg-step" data-step={node.id.clone()}>
            if !errors.is_empty() {
                <ErrorSummary title={t.error_title} {errors} />
            }
            <h2 class="rg-heading" tabindex="-1" data-heading="">{ text.title.clone() }</h2>
            if let Some(hint) = text.hint.clone() {
                <p class="rg-hint">{ hint }</p>
            }
            {
                match page {
                    CasePage::Facts => case_facts(props),
                    CasePage::Evidence => evidence_list(props),
                    CasePage::Contacts => contact_log(props),
                    CasePage::Letters => letters_page(props),
                }
            }
            if node.next.is_some() {
                <div class="rg-actions">
                    <button type="button" class="rg-button" data-action="next" onclick={onnext}>{ t.next }</button>
                </div>
            }
        </div>
    }
}
