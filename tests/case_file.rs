//! The case file in the engine: facts masked as typed and checked together, the evidence
//! checklist, the contact log (add, change, remove), the ladder's statuses, and what they
//! change in triage and in the host events.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use refund_guide::guide::case::FieldError;
use refund_guide::guide::ids::{Channel, Status};
use refund_guide::guide::{diagnose, events, Action, Date, Field, Flow, Route, Session};

/// A small flow with the case-file pages behind its plan.
fn flow() -> Flow {
    let steps =
        r#"["check_status","contact_support","keep_evidence","file_complaint","legal_help"]"#;
    Flow::parse(&format!(
        r#"{{"start":"q","nodes":[
            {{"id":"q","kind":"question","next":"plan","choices":[{{"id":"a","route":"bank_card"}},{{"id":"b"}}]}},
            {{"id":"plan","kind":"plan","links":["facts"]}},
            {{"id":"facts","kind":"case","page":"facts","next":"log"}},
            {{"id":"log","kind":"case","page":"contacts"}}],
          "plans":{{"technical_fault":{steps},"account_security":{steps},"merchant_error":{steps},
                    "user_info_error":{steps},"policy_change":{steps}}}}}"#
    ))
    .expect("the test flow is valid")
}

fn today() -> Option<Date> {
    Date::new(2026, 11, 24)
}

fn on_facts_page(flow: &Flow) -> Session {
    let s = Session::new(flow)
        .apply(flow, Action::Choose("a".into()))
        .apply(flow, Action::Next { today: today() })
        .apply(flow, Action::Open("facts".into()));
    assert_eq!(s.current(flow).id, "facts");
    s
}

#[test]
fn a_case_page_kind_names_its_page_or_is_refused() {
    let bad = r#"{"start":"p","nodes":[{"id":"p","kind":"plan","links":["c"]},{"id":"c","kind":"case","page":"diary"}],"plans":{}}"#;
    let errors = Flow::parse(bad).unwrap_err();
    assert!(
        errors.iter().any(|e| e.message.contains("`page` must be")),
        "{errors:?}"
    );
}

#[test]
fn the_facts_page_reports_every_problem_at_once_and_stays() {
    let flow = flow();
    let s = on_facts_page(&flow)
        .apply(
            &flow,
            Action::SetFact(Field::TransactionAt, "2026-13-01T10:00".into()),
        )
        .apply(&flow, Action::SetFact(Field::Amount, "abc".into()))
        .apply(&flow, Action::SetFact(Field::Currency, "yuan".into()))
        .apply(
            &flow,
            Action::SetFact(Field::RefundStartedOn, "2031-01-01".into()),
        )
        .apply(&flow, Action::Next { today: today() });
    assert_eq!(
        s.current(&flow).id,
        "facts",
        "errors keep the person on the page"
    );
    assert_eq!(
        s.field_errors,
        vec![
            ("transaction_at", FieldError::InvalidDateTime),
            ("amount", FieldError::InvalidAmount),
            ("currency", FieldError::InvalidCurrency),
            ("refund_started_on", FieldError::FutureDate),
        ],
        "in form order, each by its field id"
    );
    let fixed = s
        .apply(
            &flow,
            Action::SetFact(Field::TransactionAt, "2026-11-01T10:00".into()),
        )
        .apply(&flow, Action::SetFact(Field::Amount, "199.00".into()))
        .apply(&flow, Action::SetFact(Field::Currency, "CNY".into()))
        .apply(
            &flow,
            Action::SetFact(Field::RefundStartedOn, "2026-11-02".into()),
        )
        .apply(&flow, Action::Next { today: today() });
    assert_eq!(fixed.current(&flow).id, "log");
    assert!(fixed.field_errors.is_empty());
    let back = s.apply(&flow, Action::Back);
    assert!(back.field_errors.is_empty(), "Back clears the old errors");
}

#[test]
fn card_and_account_numbers_are_masked_as_typed_never_held_whole() {
    let flow = flow();
    let mut s = on_facts_page(&flow);
    // Typed one digit at a time, as in the browser.
    for n in 1..=16 {
        s = s.apply(
            &flow,
            Action::SetFact(
                Field::ReceivingAccount,
                format!(
                    "{}{}",
                    s.facts
                        .get(&Field::ReceivingAccount)
                        .map_or("", String::as_str),
                    &"6222021234567890"[n - 1..n]
                ),
            ),
        );
        let held = s.facts.get(&Field::ReceivingAccount).unwrap();
        assert!(!held.contains("622202"), "held whole at {n}: {held}");
    }
    assert_eq!(
        s.facts.get(&Field::ReceivingAccount).map(String::as_str),
        Some("************7890")
    );
    let s = s.apply(
        &flow,
        Action::SetFact(Field::Merchant, "paid with 4111 1111 1111 1111".into()),
    );
    assert_eq!(
        s.facts.get(&Field::Merchant).map(String::as_str),
        Some("paid with ****1111")
    );
}

#[test]
fn the_contact_log_adds_changes_and_removes_entries() {
    let flow = flow();
    let type_in = |s: Session, pairs: &[(&'static str, &str)]| {
        pairs.iter().fold(s, |s, &(f, v)| {
            s.apply(&flow, Action::SetDraft(f, v.into()))
        })
    };
    let save = Action::SaveContact { today: today() };
    let s = Session::new(&flow);
    let s = s.apply(&flow, save.clone());
    assert!(s.contacts.is_empty(), "an empty form adds nothing");

    let s = type_in(
        s,
        &[
            ("contact_at", "2026-11-20T09:30"),
            ("ticket_number", "T-1"),
            ("promise", "refund to 4111 1111 1111 1111 "),
        ],
    );
    assert_eq!(
        s.draft.promise, "refund to ****1111 ",
        "the form is masked as typed, spaces kept"
    );
    let s = s.apply(&flow, save.clone());
    assert_eq!(s.contacts.len(), 1);
    assert_eq!(
        s.contacts[0].promise, "refund to ****1111",
        "trimmed once added"
    );
    assert!(s.draft.is_empty(), "the form empties after adding");

    let s = type_in(
        s,
        &[("contact_at", "2031-01-01T09:00"), ("follow_up_on", "soon")],
    );
    let refused = s.apply(&flow, save.clone());
    assert_eq!(
        refused.field_errors,
        vec![
            ("contact_at", FieldError::FutureDate),
            ("follow_up_on", FieldError::InvalidDate)
        ]
    );
    assert_eq!(refused.contacts.len(), 1, "nothing added while in error");

    let s = refused
        .apply(&flow, Action::CancelContact)
        .apply(&flow, Action::SetDraft("ticket_number", "T-2".into()))
        .apply(&flow, save.clone());
    assert_eq!(s.contacts.len(), 2);

    let s = s.apply(&flow, Action::EditContact(0));
    assert_eq!(s.editing, Some(0));
    assert_eq!(s.draft.ticket, "T-1");
    let s = s
        .apply(&flow, Action::SetDraft("agent", "Li".into()))
        .apply(&flow, save.clone());
    assert_eq!(s.contacts.len(), 2, "a change replaces, it does not add");
    assert_eq!(s.contacts[0].agent, "Li");
    assert_eq!(s.editing, None);

    // Removing an entry before the one being changed keeps the change on the same entry.
    let s = s
        .apply(&flow, Action::EditContact(1))
        .apply(&flow, Action::RemoveContact(0));
    assert_eq!(s.contacts.len(), 1);
    assert_eq!(s.editing, Some(0));
    assert_eq!(s.contacts[0].ticket, "T-2");
    let s = s.apply(&flow, Action::RemoveContact(0));
    assert!(s.contacts.is_empty());
    assert_eq!(s.editing, None);
    assert!(
        s.draft.is_empty(),
        "removing the entry being changed empties the form"
    );
    assert_eq!(
        s.apply(&flow, Action::RemoveContact(5)),
        s,
        "no such entry: nothing happens"
    );
}

#[test]
fn the_evidence_checklist_only_takes_its_own_items() {
    let flow = flow();
    let s = Session::new(&flow)
        .apply(&flow, Action::ToggleEvidence("chat_logs".into()))
        .apply(&flow, Action::ToggleEvidence("screenshots".into()))
        .apply(&flow, Action::ToggleEvidence("my_diary".into()))
        .apply(&flow, Action::ToggleEvidence("chat_logs".into()));
    assert_eq!(s.evidence, vec!["screenshots".to_string()]);
}

#[test]
fn the_case_file_route_wins_and_an_unresolved_regulator_raises_legal_help() {
    let flow = flow();
    let s = Session::new(&flow)
        .apply(&flow, Action::Choose("a".into()))
        .apply(&flow, Action::Next { today: today() });
    assert_eq!(diagnose(&flow, &s).route, Some(Route::BankCard));
    let s = s.apply(&flow, Action::SetFact(Field::Route, "credit_card".into()));
    assert_eq!(diagnose(&flow, &s).route, Some(Route::CreditCard));

    assert!(!diagnose(&flow, &s).regulator_unresolved);
    let s = s.apply(
        &flow,
        Action::SetStatus(Channel::Regulator, Status::Answered),
    );
    assert!(diagnose(&flow, &s).regulator_unresolved);
    let s = s.apply(
        &flow,
        Action::SetStatus(Channel::Regulator, Status::Resolved),
    );
    assert!(!diagnose(&flow, &s).regulator_unresolved);
    let s = s.apply(
        &flow,
        Action::SetStatus(Channel::Regulator, Status::NotStarted),
    );
    assert!(
        s.ladder.is_empty(),
        "not started is the default, not stored"
    );
}

#[test]
fn the_letter_event_carries_ids_only() {
    let e = events::letter("regulator", "copy");
    assert_eq!(e.name, "letter");
    assert_eq!(e.detail, r#"{"letter":"regulator","action":"copy"}"#);
}

// Regression: the print view's summary turned every `T` into a space ("T-1" became " -1",
// "Tesco" " esco"); only date-time values are written that way. Also pins its layout: the
// facts given, the whole checklist, a blank line between contacts.
#[test]
fn the_case_summary_keeps_typed_text_and_spaces_only_date_times() {
    use refund_guide::guide::case::{summary, SummaryWords};
    use refund_guide::guide::letters::Contact;
    let flow = flow();
    let mut s = Session::new(&flow);
    s.facts
        .insert(Field::TransactionAt, "2026-11-20T14:30".into());
    s.facts.insert(Field::Merchant, "Tesco".into());
    s.evidence = vec!["chat_logs".into()];
    s.contacts = vec![
        Contact {
            at: "2026-11-21T09:00".into(),
            ticket: "T-1".into(),
            agent: "Tom".into(),
            ..Contact::default()
        },
        Contact {
            follow_up_on: "2026-11-28".into(),
            ..Contact::default()
        },
    ];
    let facts = [
        ("When", ""),
        ("Amount", ""),
        ("Currency", ""),
        ("Merchant", ""),
        ("Order", ""),
        ("Wallet", ""),
        ("Route", ""),
        ("Started", ""),
        ("Account", ""),
    ];
    let evidence = [
        "Record",
        "Confirmation",
        "Order",
        "Chats",
        "Shots",
        "Calls",
        "Statement",
    ];
    let contact = ["At", "Channel", "Ticket", "Agent", "Promise", "Follow up"];
    let [f, e, log] = summary(
        &s,
        &SummaryWords {
            facts: &facts,
            evidence: &evidence,
            contact: &contact,
            colon: ": ",
        },
    );
    assert_eq!(f, "When: 2026-11-20 14:30\nMerchant: Tesco");
    assert_eq!(
        e,
        "[ ] Record\n[ ] Confirmation\n[ ] Order\n[x] Chats\n[ ] Shots\n[ ] Calls\n[ ] Statement"
    );
    assert_eq!(
        log,
        "At: 2026-11-21 09:00\nTicket: T-1\nAgent: Tom\n\nFollow up: 2026-11-28"
    );
}
