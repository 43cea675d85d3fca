//! The contact log: every call or chat with the wallet or merchant (when, channel, ticket,
//! agent, what was promised, follow-up date), listed oldest first with change and remove,
//! and the form that adds one or saves the one being changed (each field cut at its bound,
//! and a full log refusing one more).

use std::rc::Rc;

use yew::prelude::*;

use super::form_field::{Control, FormField};
use crate::i18n::{date_text, ui};
use refund_guide_model::case::{contact_bound, contact_text, Contact, CONTACT_FIELDS};
use refund_guide_model::{Action, Date, Locale, LogEvent, Session};

#[derive(Properties, PartialEq)]
pub struct ContactLogProps {
    pub locale: Locale,
    /// Its contact-log parts: the entries, the form as typed (the draft), which entry it
    /// changes, and the form's errors and cut notes. Shared, not copied: the log may hold
    /// hundreds of entries.
    pub session: Rc<Session>,
    /// For the date checks on saving an entry.
    #[prop_or_default]
    pub today: Option<Date>,
    /// Type into the form; add, change, remove or cancel an entry.
    pub on_action: Callback<Action>,
}

/// An entry as the log shows it: its dates written as everywhere else in `locale`.
fn shown(locale: Locale, c: &Contact) -> Contact {
    Contact {
        at: date_text(locale, &c.at),
        follow_up_on: date_text(locale, &c.follow_up_on),
        ..c.clone()
    }
}

#[component]
pub fn ContactLog(props: &ContactLogProps) -> Html {
    let t = ui(props.locale);
    let words = &t.case;
    let session = &props.session;
    let restored = match session.log_event {
        Some(LogEvent::Restored(n)) => n,
        _ => 0,
    };
    let entries = session.contacts.iter().enumerate().map(|(i, c)| {
        let n = i + 1;
        let onedit = super::click(&props.on_action, Action::EditContact(i));
        let onremove = super::click(&props.on_action, Action::RemoveContact(i));
        html! {
            <li class="rg-log__entry" data-contact={n.to_string()} data-restored={(n == restored).then_some("")}>
                <p class="rg-lines">{ contact_text(&shown(props.locale, c), &words.contact, t.colon) }</p>
                <div class="rg-actions">
                    <button type="button" class="rg-button rg-button--secondary" data-action="edit_contact"
                        aria-label={format!("{} {n}", words.log.edit)} onclick={onedit}>{ words.log.edit }</button>
                    <button type="button" class="rg-button rg-button--secondary" data-action="remove_contact"
                        aria-label={format!("{} {n}", words.log.remove)} onclick={onremove}>{ words.log.remove }</button>
                </div>
            </li>
        }
    });
    let fields = CONTACT_FIELDS
        .iter()
        .zip(words.contact)
        .map(|(&id, label)| {
            let control = match id {
                "contact_at" => Control::Input("datetime-local"),
                "follow_up_on" => Control::Input("date"),
                "promise" => Control::Area,
                _ => Control::Input("text"),
            };
            let error = session
                .field_errors
                .iter()
                .find(|(f, _)| *f == id)
                .map(|&(_, e)| (words.field_error)(e));
            let max = contact_bound(id);
            let note = session
                .cut
                .contains(&id)
                .then(|| AttrValue::from((words.cut)(max)));
            let on_input = props
                .on_action
                .reform(move |v: String| Action::SetDraft(id, v));
            let value = session.draft.field(id).to_string();
            html! {
                <FormField {id} {label} {control} {value} {error} {note} {max} {on_input} />
            }
        });
    let today = props.today;
    let onsubmit = super::submit(&props.on_action, Action::SaveContact { today });
    let oncancel = super::click(&props.on_action, Action::CancelContact);
    let editing = session.editing.is_some();
    // A full log refuses another entry; the message sits by the button that was refused.
    let full = session
        .field_errors
        .iter()
        .find(|(id, _)| *id == "add_contact")
        .map(|&(_, e)| (words.field_error)(e));
    let described = full.is_some().then_some("rg-log-full");
    // What the last change did, in a live region that is always there (a region added
    // together with its text is often not read out), with Undo after a removal.
    let said = session.log_event.as_ref().map(|e| {
        let ((before, after), n) = match *e {
            LogEvent::Added(n) => (words.log.added, n),
            LogEvent::Saved(n) => (words.log.saved, n),
            LogEvent::Removed { at, .. } => (words.log.removed, at + 1),
            LogEvent::Restored(n) => (words.log.restored, n),
        };
        [before, &n.to_string(), after].concat()
    });
    let undo = matches!(session.log_event, Some(LogEvent::Removed { .. }));
    let onundo = super::click(&props.on_action, Action::UndoRemove);
    html! {
        <>
            <div class="rg-actions" data-log-status="">
                // The words are replaced (a new node, keyed on the log's length) on each
                // removal, so a second "Contact 1 removed." in a row is read out too.
                <p role="status"><span key={session.contacts.len()}>{ said.unwrap_or_default() }</span></p>
                if undo {
                    <button type="button" class="rg-button rg-button--secondary" data-action="undo" onclick={onundo}>{ words.log.undo }</button>
                }
            </div>
            if session.contacts.is_empty() {
                <p data-empty-log="">{ words.log.empty }</p>
            } else {
                <ol class="rg-log">{ for entries }</ol>
            }
            <form class="rg-form rg-panel" novalidate=true {onsubmit}>
                <h3 class="rg-subheading">{ words.log.heading }</h3>
                { for fields }
                if let Some(message) = full {
                    <p class="rg-error-message" id="rg-log-full">{ message }</p>
                }
                <div class="rg-actions">
                    <button type="submit" class="rg-button rg-button--secondary" data-action="add_contact"
                        aria-describedby={described}>
                        { if editing { words.log.save } else { words.log.add } }
                    </button>
                    if editing {
                        <button type="button" class="rg-button rg-button--secondary" data-action="cancel" onclick={oncancel}>{ words.log.cancel }</button>
                    }
                </div>
            </form>
        </>
    }
}
