//! A page of the case file (facts, evidence, contact log, texts): the heading and hint from
//! the content, the errors of the last Continue or "add to the log" as a GOV.UK error
//! summary, the page itself, and Continue to the next page (the texts are the last).

use std::rc::Rc;

use yew::prelude::*;

use super::case_facts::CaseFacts;
use super::contact_log::ContactLog;
use super::error_summary::ErrorSummary;
use super::evidence_list::EvidenceList;
use super::letters_page::LettersPage;
use super::GuideRef;
use crate::i18n::ui;
use refund_guide_model::config::Config;
use refund_guide_model::content::CasePage;
use refund_guide_model::events::HostEvent;
use refund_guide_model::{Action, Date, Locale, NodeKind, Session};

#[derive(Properties, PartialEq)]
pub struct CaseStepProps {
    pub guide: GuideRef,
    pub locale: Locale,
    /// The page's index in the flow.
    pub node: usize,
    /// The case file (and, for the texts, the answers they cite).
    pub session: Rc<Session>,
    /// For the date checks and the texts' dates.
    #[prop_or_default]
    pub today: Option<Date>,
    /// For the texts: the refund clock's rules and the provider's support contacts.
    pub config: Rc<Config>,
    /// The host's `letter` events.
    #[prop_or_default]
    pub emit: Option<Callback<HostEvent>>,
    pub on_action: Callback<Action>,
}

#[component]
pub fn CaseStep(props: &CaseStepProps) -> Html {
    let CaseStepProps {
        guide,
        locale,
        session,
        today,
        on_action,
        ..
    } = props;
    let (locale, today) = (*locale, *today);
    let t = ui(locale);
    let Some(node) = guide.0.flow.nodes.get(props.node) else {
        return Html::default();
    };
    let NodeKind::Case { page } = node.kind else {
        return Html::default();
    };
    let text = guide.0.texts(locale).node(&node.id);
    let errors: Vec<(&'static str, AttrValue)> = session
        .field_errors
        .iter()
        .map(|&(id, e)| {
            // A full contact log is the add button's problem, not a field's.
            let target = if id == "add_contact" {
                format!("[data-action=\"{id}\"]")
            } else {
                format!("[data-field=\"{id}\"]")
            };
            ((t.case.field_error)(e), AttrValue::from(target))
        })
        .collect();
    let onnext = super::click(on_action, Action::Next { today });
    let on_action = on_action.clone();
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
                    CasePage::Facts => html! {
                        <CaseFacts {locale} facts={session.facts.clone()}
                            field_errors={session.field_errors.clone()} cut={session.cut.clone()}
                            {on_action} />
                    },
                    CasePage::Evidence => html! {
                        <EvidenceList {locale} evidence={session.evidence.clone()} {on_action} />
                    },
                    CasePage::Contacts => html! {
                        <ContactLog {locale} session={session.clone()} {today} {on_action} />
                    },
                    CasePage::Letters => match today {
                        Some(today) => html! {
                            <LettersPage guide={guide.clone()} {locale} session={session.clone()}
                                {today} config={props.config.clone()} emit={props.emit.clone()} />
                        },
                        // The texts are dated: without a clock (server-side rendering) there
                        // is nothing to fill them with.
                        None => Html::default(),
                    },
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
