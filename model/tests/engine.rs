//! The wizard engine: navigation, "check your answers" changes, honest progress, and
//! property tests over random action sequences.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{current, guide, walk, Say::*};
use proptest::prelude::*;
use refund_guide_model::case::parse_amount;
use refund_guide_model::{Action, Answer, Date, Field, Guide, LogEvent, Session, StepError};

#[test]
fn continue_without_an_answer_is_an_error_and_stays() {
    let guide = guide();
    let s = Session::new(&guide.flow).apply(&guide.flow, Action::Next { today: None });
    assert_eq!(s.error, Some(StepError::Required));
    assert_eq!(current(&guide, &s), "money_kind");
    let s = s.apply(&guide.flow, Action::Choose("bank_withdrawal".into()));
    assert_eq!(s.error, None, "choosing clears the error");
}

#[test]
fn a_start_date_in_the_future_or_impossible_is_refused() {
    let guide = guide();
    let at_date = walk(
        &guide,
        &[
            Pick("money_kind", &["bank_withdrawal"]),
            Pick("scam_contact", &["no_such_contact"]),
            Pick("status", &["processing"]),
        ],
    );
    let today = Date::new(2026, 11, 24);
    let try_date = |v: &str| {
        at_date
            .apply(
                &guide.flow,
                Action::SetFact(Field::RefundStartedOn, v.into()),
            )
            .apply(&guide.flow, Action::Next { today })
    };
    assert_eq!(try_date("2026-11-25").error, Some(StepError::FutureDate));
    assert_eq!(try_date("2026-02-30").error, Some(StepError::InvalidDate));
    let ok = try_date("2026-11-24");
    assert_eq!(ok.error, None);
    assert_eq!(current(&guide, &ok), "security_signs");
    assert_eq!(
        ok.facts.get(&Field::RefundStartedOn).map(String::as_str),
        Some("2026-11-24")
    );
}

#[test]
fn amounts_are_parsed_to_cents_exactly() {
    assert_eq!(parse_amount("1,234.5"), Some(123_450));
    assert_eq!(parse_amount(" 99 "), Some(9_900));
    assert_eq!(parse_amount("0.01"), Some(1));
    for bad in [
        "",
        "0",
        "-5",
        "1.234",
        "1.",
        ".5",
        "abc",
        "1e5",
        "12345678901234",
    ] {
        assert_eq!(parse_amount(bad), None, "{bad:?}");
    }
}

#[test]
fn exclusive_choices_clear_the_others() {
    let guide = guide();
    let s = walk(
        &guide,
        &[
            Pick("money_kind", &["bank_withdrawal"]),
            Pick("scam_contact", &["no_such_contact"]),
            Pick("status", &["processing"]),
            Skip("started_on"),
        ],
    );
    let s = s
        .apply(&guide.flow, Action::Toggle("unknown_transactions".into()))
        .apply(&guide.flow, Action::Toggle("credentials_changed".into()));
    let s = s.apply(&guide.flow, Action::Toggle("none_of_these".into()));
    assert_eq!(
        s.answers.get("security_signs"),
        Some(&Answer::Many(vec!["none_of_these".into()]))
    );
    let s = s.apply(&guide.flow, Action::Toggle("strange_login_alerts".into()));
    assert_eq!(
        s.answers.get("security_signs"),
        Some(&Answer::Many(vec!["strange_login_alerts".into()]))
    );
}

fn to_summary(guide: &Guide) -> Session {
    refund_guide_model::testing::withdrawal_at_summary(guide)
}

#[test]
fn changing_an_answer_returns_to_check_answers_when_the_path_holds() {
    let guide = guide();
    let s = to_summary(&guide);
    assert_eq!(current(&guide, &s), "summary");
    let s = s.apply(&guide.flow, Action::Change("status".into()));
    assert_eq!(current(&guide, &s), "status");
    let s = s
        .apply(&guide.flow, Action::Choose("processing".into()))
        .apply(&guide.flow, Action::Next { today: None });
    assert_eq!(
        current(&guide, &s),
        "summary",
        "later answers still apply, so straight back"
    );
    assert_eq!(
        s.answers.get("details_checked"),
        Some(&Answer::One("found_mistake".into()))
    );
    let back = s.apply(&guide.flow, Action::Back);
    assert_eq!(
        current(&guide, &back),
        "status",
        "back goes to the page just changed"
    );
}

#[test]
fn changing_into_a_new_branch_asks_only_the_new_questions() {
    let guide = guide();
    let s = to_summary(&guide).apply(&guide.flow, Action::Change("money_kind".into()));
    let s = s
        .apply(&guide.flow, Action::Choose("merchant_refund".into()))
        .apply(&guide.flow, Action::Next { today: None });
    assert_eq!(
        current(&guide, &s),
        "merchant_response",
        "the new branch's question"
    );
    let s = s
        .apply(&guide.flow, Action::Choose("no_reply".into()))
        .apply(&guide.flow, Action::Next { today: None });
    assert_eq!(
        current(&guide, &s),
        "pay_later",
        "the next question a merchant refund has and a withdrawal does not"
    );
    let s = s
        .apply(&guide.flow, Action::Choose("no".into()))
        .apply(&guide.flow, Action::Next { today: None });
    assert_eq!(
        current(&guide, &s),
        "summary",
        "everything after it was kept"
    );
    assert_eq!(s.facts.get(&Field::Amount).map(String::as_str), Some("300"));
}

#[test]
fn progress_counts_the_branch_honestly() {
    let guide = guide();
    let s = Session::new(&guide.flow);
    let (_, total_default) = s.progress(&guide.flow).unwrap();
    let s = s.apply(&guide.flow, Action::Choose("bank_withdrawal".into()));
    let (n, total_bank) = s.progress(&guide.flow).unwrap();
    assert_eq!(n, 1);
    let s2 = Session::new(&guide.flow).apply(&guide.flow, Action::Choose("merchant_refund".into()));
    let (_, total_merchant) = s2.progress(&guide.flow).unwrap();
    assert_eq!(
        total_merchant,
        total_bank + 1,
        "the merchant branch has one more question"
    );
    assert!(total_default >= total_bank);
    let s = to_summary(&guide);
    assert_eq!(
        s.progress(&guide.flow),
        None,
        "no step count on check-your-answers"
    );
    let at_amount = s.apply(&guide.flow, Action::Back);
    let (n, total) = at_amount.progress(&guide.flow).unwrap();
    assert_eq!(n, total, "the last question is the last step");
}

#[test]
fn know_how_pages_open_from_the_plan_and_back_returns() {
    let guide = guide();
    let plan = to_summary(&guide).apply(&guide.flow, Action::Next { today: None });
    assert_eq!(current(&guide, &plan), "plan");
    for page in ["talk_tips", "prevention", "risks"] {
        let open = plan.apply(&guide.flow, Action::Open(page.into()));
        assert_eq!(current(&guide, &open), page);
        assert_eq!(
            current(&guide, &open.apply(&guide.flow, Action::Back)),
            "plan"
        );
    }
    let not_a_link = plan.apply(&guide.flow, Action::Open("status".into()));
    assert_eq!(not_a_link, plan, "only the plan's links open");
}

#[test]
fn a_removed_contact_comes_back_at_its_place_with_undo() {
    let guide = guide();
    let flow = &guide.flow;
    let mut s = Session::new(flow);
    for t in ["T-1", "T-2", "T-3"] {
        s = s
            .apply(flow, Action::SetDraft("ticket_number", t.into()))
            .apply(flow, Action::SaveContact { today: None });
        assert_eq!(s.log_event, Some(LogEvent::Added(s.contacts.len())));
    }
    let removed = s.apply(flow, Action::RemoveContact(1));
    assert_eq!(removed.contacts.len(), 2);
    assert!(matches!(
        removed.log_event,
        Some(LogEvent::Removed { at: 1, .. })
    ));
    // Typing in the form meanwhile keeps the Undo on offer.
    let typed = removed.apply(flow, Action::SetDraft("agent", "Li".into()));
    let back = typed.apply(flow, Action::UndoRemove);
    assert_eq!(
        back.contacts, s.contacts,
        "the same entries in the same order"
    );
    assert_eq!(back.log_event, Some(LogEvent::Restored(2)));
    assert_eq!(back.apply(flow, Action::UndoRemove), back, "undo only once");
    // Leaving the page ends the offer (and what the log said).
    let left = removed
        .apply(flow, Action::Choose("merchant_refund".into()))
        .apply(flow, Action::Next { today: None });
    assert_eq!(left.trail.len(), 2);
    assert_eq!(left.log_event, None);

    let saved = s
        .apply(flow, Action::EditContact(0))
        .apply(flow, Action::SetDraft("agent", "Wang".into()))
        .apply(flow, Action::SaveContact { today: None });
    assert_eq!(saved.log_event, Some(LogEvent::Saved(1)));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_sessions_stay_valid_and_back_undoes_next(actions in proptest::collection::vec(common::any_action(&guide()), 1..80)) {
        let guide = guide();
        let flow = &guide.flow;
        let mut s = Session::new(flow);
        for a in actions {
            let before = s.clone();
            s = s.apply(flow, a.clone());
            prop_assert!(s.is_valid(flow), "invalid after {a:?}: {s:?}");
            prop_assert!(flow.node(&s.trail[s.trail.len() - 1]).is_some());
            // Start again: the questions afresh, the case file exactly as it was.
            if a == Action::Restart {
                let fresh = Session::new(flow);
                prop_assert_eq!(&s.trail, &fresh.trail);
                prop_assert!(s.answers.is_empty() && !s.plan_reached);
                prop_assert_eq!(&s.facts, &before.facts);
                prop_assert_eq!(&s.evidence, &before.evidence);
                prop_assert_eq!(&s.contacts, &before.contacts);
                prop_assert_eq!(&s.ladder, &before.ladder);
                prop_assert_eq!(s.resolved_on, None, "a new run is an open case");
            }
            // Nothing is lost by one tap: a removed entry comes back at its place.
            if let (Action::UndoRemove, Some(LogEvent::Removed { at, entry })) = (&a, &before.log_event) {
                prop_assert_eq!(&s.contacts[*at], entry, "put back at its place");
                prop_assert_eq!(s.contacts.len(), before.contacts.len() + 1);
            }
            if matches!(a, Action::Next { .. } | Action::Skip | Action::Change(_) | Action::Open(_)) && s.trail.len() == before.trail.len() + 1 {
                let back = s.apply(flow, Action::Back);
                prop_assert_eq!(back.current(flow).id.clone(), before.current(flow).id.clone());
                prop_assert_eq!(&back.answers, &s.answers, "back keeps answers");
            }
            if let Some((n, total)) = s.progress(flow) {
                prop_assert!(1 <= n && n <= total && total <= flow.nodes.len());
            }
        }
    }
}

/// Regression for the hands-on review (issue 18): "Start again" on the plan wiped the whole
/// case file with one tap. It restarts the questions and keeps every recorded fact, tick,
/// contact and ladder status.
#[test]
fn start_again_on_the_plan_keeps_the_case_file() {
    use refund_guide_model::case::Contact;
    use refund_guide_model::ids::{Channel, Status};
    let guide = guide();
    let flow = &guide.flow;
    let mut plan = to_summary(&guide).apply(flow, Action::Next { today: None });
    assert_eq!(current(&guide, &plan), "plan");
    plan.facts.insert(Field::Merchant, "Shop 42".into());
    plan.evidence.push("chat_logs".into());
    plan.contacts.push(Contact {
        ticket: "T-1".into(),
        ..Contact::default()
    });
    plan.ladder.insert(Channel::InApp, Status::Submitted);
    assert!(
        plan.plan_reached,
        "reaching the plan is remembered (its events are sent once)"
    );
    let again = plan.apply(flow, Action::Restart);
    assert!(!again.plan_reached, "a new run is a new completion");
    assert_eq!(current(&guide, &again), "money_kind");
    assert!(again.answers.is_empty(), "the questions start afresh");
    assert_eq!(again.facts, plan.facts);
    assert_eq!(again.evidence, plan.evidence);
    assert_eq!(again.contacts, plan.contacts);
    assert_eq!(again.ladder, plan.ladder);
}
