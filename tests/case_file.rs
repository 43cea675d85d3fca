//! The case file in the engine: facts masked as typed and checked together, the evidence
//! checklist, the contact log (add, change, remove), the ladder's statuses, and what they
//! change in triage and in the host events; the bounds on what is typed (DESIGN §8) and how
//! the pages say a value was cut.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use refund_guide_model::case::Contact;
use refund_guide_model::case::{
    contact_bound, fact_bound, FieldError, CONTACTS_MAX, CONTACT_FIELDS, LINE_MAX,
};
use refund_guide_model::ids::{Channel, Status};
use refund_guide_model::{diagnose, events, Action, Date, Field, Flow, Locale, Route, Session};

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
    use refund_guide_model::case::{summary, SummaryWords};
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
        ("Name", ""),
        ("Phone", ""),
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
        &s.facts,
        &s.evidence,
        &s.contacts,
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

/// 100 KB as a person might paste it: a card number, then a wall of one-digit groups (the
/// worst case for masking).
fn paste() -> String {
    format!("4111 1111 1111 1111 {}", "1 ".repeat(50_000))
}

#[test]
fn a_long_paste_into_any_fact_is_cut_at_its_bound_and_noted_at_the_field() {
    let flow = flow();
    for &f in Field::ALL {
        let s = on_facts_page(&flow).apply(&flow, Action::SetFact(f, "1 ".repeat(50_000)));
        let held = s.facts.get(&f).unwrap();
        assert_eq!(held.chars().count(), fact_bound(f), "{f:?}");
        assert_eq!(s.cut, [f.id()], "{f:?}: the view says so at the field");
        let s = s.apply(&flow, Action::SetFact(f, "2".into()));
        assert!(
            s.cut.is_empty(),
            "{f:?}: the next input within the bound drops the note"
        );
    }
    assert_eq!(fact_bound(Field::OrderNumber), 64);
    let at_bound = "x".repeat(LINE_MAX);
    let s = on_facts_page(&flow).apply(&flow, Action::SetFact(Field::Merchant, at_bound.clone()));
    assert_eq!(s.facts.get(&Field::Merchant), Some(&at_bound));
    assert!(s.cut.is_empty(), "exactly at the bound is not cut");
}

#[test]
fn a_long_paste_is_cut_before_it_is_masked_and_no_card_survives() {
    let flow = flow();
    let s = on_facts_page(&flow)
        .apply(&flow, Action::SetFact(Field::Merchant, paste()))
        .apply(&flow, Action::SetFact(Field::ReceivingAccount, paste()));
    let merchant = s.facts.get(&Field::Merchant).unwrap();
    assert!(merchant.starts_with("****"), "{merchant}");
    assert!(!merchant.contains("4111 1111 1111 1111"));
    assert!(merchant.chars().count() <= LINE_MAX);
    let account = s.facts.get(&Field::ReceivingAccount).unwrap();
    assert_eq!(account.chars().count(), LINE_MAX);
    assert_eq!(account.chars().filter(char::is_ascii_digit).count(), 4);
    assert_eq!(s.cut, ["merchant", "receiving_account"]);
}

#[test]
fn a_long_paste_into_the_contact_form_is_cut_at_each_fields_bound() {
    let flow = flow();
    let mut s = on_facts_page(&flow);
    for id in CONTACT_FIELDS {
        s = s.apply(&flow, Action::SetDraft(id, paste()));
        let held = s.draft.field(id);
        assert!(held.chars().count() <= contact_bound(id), "{id}");
        assert!(
            held.chars().count() > contact_bound(id) - 20,
            "{id}: cut, not emptied"
        );
        assert!(!held.contains("4111 1111 1111 1111"), "{id}");
    }
    assert_eq!(s.cut, CONTACT_FIELDS, "each noted at its field");
    assert_eq!(
        (contact_bound("ticket_number"), contact_bound("promise")),
        (64, 4_000)
    );
    let s = s.apply(&flow, Action::CancelContact);
    assert!(s.cut.is_empty(), "an emptied form drops the notes");
}

#[test]
fn a_saved_contact_keeps_the_cut_text_and_the_note_goes_with_the_page() {
    let flow = flow();
    let s = on_facts_page(&flow)
        .apply(&flow, Action::SetFact(Field::Merchant, "m".repeat(1_000)))
        .apply(&flow, Action::SetDraft("promise", "p".repeat(10_000)));
    assert_eq!(s.cut, ["merchant", "promise"]);
    let saved = s.apply(&flow, Action::SaveContact { today: today() });
    assert_eq!(saved.contacts[0].promise, "p".repeat(4_000));
    assert_eq!(
        saved.cut,
        ["merchant"],
        "the form emptied; the fact's note stays"
    );
    let moved = saved.apply(&flow, Action::Next { today: today() });
    assert_eq!(moved.current(&flow).id, "log");
    assert!(moved.cut.is_empty(), "leaving the page drops the notes");
}

/// The session with `n` contacts added through the form.
fn with_contacts(flow: &Flow, n: usize) -> Session {
    (1..=n).fold(Session::new(flow), |s, i| {
        s.apply(flow, Action::SetDraft("ticket_number", format!("T-{i}")))
            .apply(flow, Action::SaveContact { today: today() })
    })
}

#[test]
fn a_full_contact_log_refuses_one_more_and_keeps_the_form() {
    let flow = flow();
    let s = with_contacts(&flow, CONTACTS_MAX);
    assert_eq!(s.contacts.len(), 200);
    let refused = s
        .apply(&flow, Action::SetDraft("ticket_number", "T-201".into()))
        .apply(&flow, Action::SaveContact { today: today() });
    assert_eq!(refused.contacts.len(), 200);
    assert_eq!(refused.field_errors, [("add_contact", FieldError::LogFull)]);
    assert_eq!(refused.draft.ticket, "T-201", "what was typed is kept");

    let changed = refused
        .apply(&flow, Action::EditContact(0))
        .apply(&flow, Action::SetDraft("agent", "Li".into()))
        .apply(&flow, Action::SaveContact { today: today() });
    assert!(
        changed.field_errors.is_empty(),
        "a full log can still be changed"
    );
    assert_eq!(changed.contacts[0].agent, "Li");

    let added = changed
        .apply(&flow, Action::RemoveContact(199))
        .apply(&flow, Action::SetDraft("ticket_number", "T-new".into()))
        .apply(&flow, Action::SaveContact { today: today() });
    assert!(added.field_errors.is_empty());
    assert_eq!(added.contacts.len(), 200);
    assert_eq!(added.contacts[199].ticket, "T-new");
}

// Bounds apply to new input (DESIGN §8): a save from before them, with values and a log over
// the bounds, loads whole, passes Continue, and a change to one field cuts nothing else.
#[test]
fn an_older_save_over_the_bounds_loads_and_stays_whole() {
    use refund_guide_model::store::{decode, encode, Loaded};
    let guide = common::guide();
    let flow = &guide.flow;
    let mut old = Session::new(flow);
    old.trail.push("case_facts".into());
    let merchant = "Shop ".repeat(300);
    old.facts.insert(Field::Merchant, merchant.clone());
    old.facts.insert(Field::OrderNumber, "O".repeat(80));
    let promise = "They said so.\n".repeat(400);
    old.contacts = (0..250)
        .map(|i| Contact {
            ticket: format!("T-{i}-{}", "9".repeat(70)),
            promise: promise.clone(),
            ..Contact::default()
        })
        .collect();
    let Loaded::Resumed { session, .. } = decode(&encode(&old, "2026-11-01T10:00:00Z"), flow)
    else {
        panic!("the older save loads");
    };
    assert_eq!(session, old, "nothing is cut on load");

    let on = session.apply(flow, Action::Next { today: today() });
    assert!(on.field_errors.is_empty(), "{:?}", on.field_errors);
    assert_eq!(on.current(flow).id, "evidence");
    assert_eq!(on.facts.get(&Field::Merchant), Some(&merchant));

    let edited = session
        .apply(flow, Action::EditContact(3))
        .apply(flow, Action::SetDraft("agent", "Li".into()))
        .apply(flow, Action::SaveContact { today: today() });
    assert!(edited.field_errors.is_empty(), "{:?}", edited.field_errors);
    assert_eq!(
        edited.contacts.len(),
        250,
        "a log over the bound keeps every entry"
    );
    assert_eq!(edited.contacts[3].promise, promise.trim());
    assert_eq!(edited.contacts[3].ticket, old.contacts[3].ticket);
    assert!(edited.cut.is_empty());
}

/// The current step of `session` with the built-in content and settings.
fn render(session: Session, locale: Locale) -> String {
    common::render_step(&Rc::new(common::guide()), &session, locale, today())
}

/// The `aria-describedby` of the control with `[data-field="<id>"]`.
fn described_by<'h>(html: &'h str, id: &str) -> &'h str {
    let at = html
        .find(&format!("data-field=\"{id}\""))
        .unwrap_or_else(|| panic!("no {id} in {html}"));
    let tag_start = html[..at].rfind('<').unwrap();
    let tag = &html[tag_start..tag_start + html[tag_start..].find('>').unwrap()];
    tag.split("aria-describedby=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap_or("")
}

#[test]
fn a_cut_field_says_so_tied_to_the_control() {
    let guide = common::guide();
    let flow = &guide.flow;
    let mut s = Session::new(flow);
    s.trail.push("case_facts".into());
    let s = s.apply(flow, Action::SetFact(Field::OrderNumber, paste()));
    for (locale, words) in [
        (
            Locale::En,
            "Cut to 64 characters \u{2014} this field holds at most 64.",
        ),
        (
            Locale::ZhCn,
            "已截短为 64 个字符：这一栏最多只能填 64 个字符。",
        ),
    ] {
        let html = render(s.clone(), locale);
        assert!(html.contains(words), "{locale:?}: {html}");
        assert!(html.contains("id=\"rg-f-order_number-note\""));
        assert!(
            described_by(&html, "order_number").contains("rg-f-order_number-note"),
            "{locale:?}"
        );
        assert!(!described_by(&html, "merchant").contains("note"));
        assert_eq!(html.matches("data-cut").count(), 1);
    }

    let mut log = s.clone();
    log.trail.push("contact_log".into());
    let log = log.apply(flow, Action::SetDraft("promise", "p".repeat(5_000)));
    let html = render(log, Locale::En);
    assert!(html.contains("Cut to 4000 characters"), "{html}");
    assert!(described_by(&html, "promise").contains("rg-f-promise-note"));
}

#[test]
fn a_full_log_says_so_at_the_add_button_and_in_the_summary() {
    let guide = common::guide();
    let flow = &guide.flow;
    let mut s = with_contacts(flow, CONTACTS_MAX);
    s.trail.push("contact_log".into());
    let s = s
        .apply(flow, Action::SetDraft("ticket_number", "T-201".into()))
        .apply(flow, Action::SaveContact { today: today() });
    for (locale, words) in [
        (Locale::En, "The log holds at most 200 contacts"),
        (Locale::ZhCn, "联系记录最多保存 200 条"),
    ] {
        let html = render(s.clone(), locale);
        assert_eq!(html.matches(words).count(), 2, "summary and field: {html}");
        assert!(html.contains("id=\"rg-log-full\""));
        assert!(html.contains("aria-describedby=\"rg-log-full\""));
    }
}
