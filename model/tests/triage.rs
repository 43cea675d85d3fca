//! Triage is a real decision table: every cause is reached from at least two independent
//! questions, the "why" lists the person's own answers, and known stories get the right cause.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{current, guide, walk, Say::*};
use refund_guide_model::clock::ClockRules;
use refund_guide_model::content::NodeKind;
use refund_guide_model::{diagnose, Cause, Route};

#[test]
fn every_cause_is_reached_from_at_least_two_different_questions() {
    let guide = guide();
    for &cause in Cause::ALL {
        let questions: Vec<&str> = guide
            .flow
            .nodes
            .iter()
            .filter(|n| match &n.kind {
                NodeKind::Question { choices, .. } => choices
                    .iter()
                    .any(|c| c.points.iter().any(|&(pc, p)| pc == cause && p > 0)),
                _ => false,
            })
            .map(|n| n.id.as_str())
            .collect();
        assert!(
            questions.len() >= 2,
            "{cause:?} is only reached from {questions:?}"
        );
    }
}

/// The common tail of a walk after the status question.
fn tail<'a>(
    security: &'a [&'a str],
    details: &'a [&'a str],
    notices: &'a [&'a str],
    pay_later: &'a [&'a str],
) -> Vec<common::Say<'a>> {
    let mut s = vec![Skip("started_on"), Pick("security_signs", security)];
    if security.iter().any(|c| {
        [
            "unknown_transactions",
            "credentials_changed",
            "strange_login_alerts",
        ]
        .contains(c)
    }) {
        s.push(Go("security_now"));
    }
    s.extend([
        Pick("details_checked", details),
        Pick("notices", notices),
        Skip("amount"),
        Pick("pay_later", pay_later),
        Go("summary"),
    ]);
    s
}

fn story(
    head: Vec<common::Say<'static>>,
    rest: Vec<common::Say<'static>>,
) -> (Vec<Cause>, refund_guide_model::Diagnosis) {
    let guide = guide();
    let mut script = head;
    script.extend(rest);
    let s = walk(&guide, &script);
    assert_eq!(current(&guide, &s), "plan");
    let d = diagnose(&guide.flow, &s);
    (d.causes(), d)
}

#[test]
fn a_merchant_who_never_refunded_is_the_merchant() {
    let (causes, d) = story(
        vec![
            Pick("money_kind", &["merchant_refund"]),
            Pick("merchant_response", &["refused_or_stalling"]),
            Pick("scam_contact", &["no_such_contact"]),
            Pick("status", &["no_refund_record"]),
        ],
        tail(
            &["none_of_these"],
            &["all_correct"],
            &["none_of_these"],
            &["no"],
        ),
    );
    assert_eq!(causes, vec![Cause::MerchantError]);
    assert!(d.confident);
    assert_eq!(d.route, Some(Route::OriginalMethod));
    let why: Vec<&str> = d.findings[0].why.iter().map(|(q, _)| q.as_str()).collect();
    assert_eq!(
        why,
        ["money_kind", "merchant_response", "status"],
        "the answers that pointed there"
    );
}

#[test]
fn unknown_transactions_diagnose_account_security_first() {
    let (causes, _) = story(
        vec![
            Pick("money_kind", &["bank_withdrawal"]),
            Pick("scam_contact", &["no_such_contact"]),
            Pick("status", &["unrecognised_activity"]),
        ],
        tail(
            &["unknown_transactions", "strange_login_alerts"],
            &["all_correct"],
            &["none_of_these"],
            &["no"],
        ),
    );
    assert_eq!(causes, vec![Cause::AccountSecurity]);
}

#[test]
fn a_wrong_account_number_is_the_persons_details() {
    let (causes, d) = story(
        vec![
            Pick("money_kind", &["bank_withdrawal"]),
            Pick("scam_contact", &["no_such_contact"]),
            Pick("status", &["failed_or_returned"]),
        ],
        tail(
            &["none_of_these"],
            &["found_mistake"],
            &["none_of_these"],
            &["yes"],
        ),
    );
    assert_eq!(causes, vec![Cause::UserInfoError]);
    assert!(d.pay_later, "pay-later answer raises the credit advice");
    assert_eq!(d.route, Some(Route::BankCard));
}

#[test]
fn a_freeze_notice_is_a_policy_change_and_an_outage_a_technical_fault() {
    let (causes, _) = story(
        vec![
            Pick("money_kind", &["other_money"]),
            Pick("scam_contact", &["no_such_contact"]),
            Pick("status", &["restricted"]),
        ],
        tail(
            &["none_of_these"],
            &["all_correct"],
            &["account_frozen"],
            &["no"],
        ),
    );
    assert_eq!(causes, vec![Cause::PolicyChange]);
    let (causes, d) = story(
        vec![
            Pick("money_kind", &["incoming_transfer"]),
            Pick("scam_contact", &["no_such_contact"]),
            Pick("status", &["processing"]),
        ],
        tail(&["not_sure"], &["all_correct"], &["outage"], &["no"]),
    );
    assert_eq!(causes, vec![Cause::TechnicalFault]);
    assert_eq!(
        d.steps[0].id(),
        "check_status",
        "technical faults start by checking the status"
    );
}

#[test]
fn two_strong_causes_are_both_shown_most_likely_first() {
    let (causes, _) = story(
        vec![
            Pick("money_kind", &["bank_withdrawal"]),
            Pick("scam_contact", &["no_such_contact"]),
            Pick("status", &["failed_or_returned"]),
        ],
        tail(
            &["none_of_these"],
            &["found_mistake"],
            &["policy_notice"],
            &["no"],
        ),
    );
    assert_eq!(causes, vec![Cause::UserInfoError, Cause::PolicyChange]);
}

#[test]
fn weak_signals_are_only_possible_causes() {
    let (causes, d) = story(
        vec![
            Pick("money_kind", &["incoming_transfer"]),
            Pick("scam_contact", &["no_such_contact"]),
            Pick("status", &["processing"]),
        ],
        tail(
            &["none_of_these"],
            &["all_correct"],
            &["none_of_these"],
            &["no"],
        ),
    );
    assert_eq!(causes, vec![Cause::TechnicalFault]);
    assert!(!d.confident);
    let (causes, _) = story(
        vec![
            Pick("money_kind", &["incoming_transfer"]),
            Pick("scam_contact", &["no_such_contact"]),
            Pick("status", &["not_sure"]),
        ],
        tail(
            &["none_of_these"],
            &["all_correct"],
            &["none_of_these"],
            &["no"],
        ),
    );
    assert!(
        causes.is_empty(),
        "nothing points anywhere: no cause is claimed"
    );
}

#[test]
fn a_large_amount_raises_legal_help_and_a_small_one_does_not() {
    let guide = guide();
    let run = |amount: &'static str| {
        let s = walk(
            &guide,
            &[
                Pick("money_kind", &["bank_withdrawal"]),
                Pick("scam_contact", &["no_such_contact"]),
                Pick("status", &["processing"]),
                Skip("started_on"),
                Pick("security_signs", &["none_of_these"]),
                Pick("details_checked", &["all_correct"]),
                Pick("notices", &["none_of_these"]),
                Type("amount", amount),
                Pick("pay_later", &["no"]),
            ],
        );
        diagnose(&guide.flow, &s).large_amount
    };
    assert!(run("20,000"));
    assert!(run("5000"), "the threshold itself counts");
    assert!(!run("4999.99"));
}

#[test]
fn the_scam_path_stops_on_its_warning() {
    let guide = guide();
    let s = walk(
        &guide,
        &[
            Pick("money_kind", &["merchant_refund"]),
            Pick("merchant_response", &["no_reply"]),
            Pick("scam_contact", &["asked_code_screen_or_money"]),
        ],
    );
    assert_eq!(current(&guide, &s), "scam_warning");
    let next = s.apply(
        &guide.flow,
        refund_guide_model::Action::Next { today: None },
    );
    assert_eq!(current(&guide, &next), "scam_warning", "the path ends here");
}

#[test]
fn the_clock_reads_the_route_from_the_kind_of_money_and_the_start_from_the_facts() {
    use refund_guide_model::clock::Verdict;
    use refund_guide_model::{plan_steps, refund_clock, Date, Step};
    let guide = guide();
    let today = Date::new(2026, 11, 24);
    let walk_with = |date: &'static str| {
        walk(
            &guide,
            &[
                Pick("money_kind", &["bank_withdrawal"]),
                Pick("scam_contact", &["no_such_contact"]),
                Pick("status", &["processing"]),
                Type("started_on", date),
                Pick("security_signs", &["none_of_these"]),
                Pick("details_checked", &["all_correct"]),
                Pick("notices", &["none_of_these"]),
                Skip("amount"),
                Pick("pay_later", &["no"]),
            ],
        )
    };
    // Bank card: 7 working days. From Mon 2026-11-02 the window ended Wed 2026-11-11.
    let late = walk_with("2026-11-02");
    let d = diagnose(&guide.flow, &late);
    let clock = refund_clock(&d, &late, today, &ClockRules::default());
    assert_eq!(
        clock,
        Verdict::Overdue {
            due: Date::new(2026, 11, 11).unwrap(),
            days_late: 9,
            business_days: true
        }
    );
    let order = plan_steps(&d, clock);
    assert_eq!(
        &order[..2],
        &[Step::ContactSupport, Step::KeepEvidence],
        "overdue: contact support and keep evidence first"
    );
    assert_eq!(order.len(), 5);

    let fresh = walk_with("2026-11-23");
    let d = diagnose(&guide.flow, &fresh);
    let clock = refund_clock(&d, &fresh, today, &ClockRules::default());
    assert_eq!(clock.id(), "waiting");
    assert_eq!(
        plan_steps(&d, clock),
        d.steps,
        "waiting: the cause's own order"
    );

    assert_eq!(
        refund_clock(&d, &fresh, None, &ClockRules::default()),
        Verdict::Unknown,
        "no today, no verdict"
    );
    let skipped = walk(
        &guide,
        &[
            Pick("money_kind", &["other_money"]),
            Pick("scam_contact", &["no_such_contact"]),
            Pick("status", &["processing"]),
            Skip("started_on"),
        ],
    );
    assert_eq!(
        refund_clock(
            &diagnose(&guide.flow, &skipped),
            &skipped,
            today,
            &ClockRules::default()
        ),
        Verdict::Unknown
    );
}

#[test]
fn the_integrators_refund_windows_and_holidays_decide_the_verdict() {
    use refund_guide_model::clock::Verdict;
    use refund_guide_model::config::parse;
    use refund_guide_model::{refund_clock, Date};
    use serde_json::Value as Json;
    let guide = guide();
    let s = walk(
        &guide,
        &[
            Pick("money_kind", &["bank_withdrawal"]),
            Pick("scam_contact", &["no_such_contact"]),
            Pick("status", &["processing"]),
            Type("started_on", "2026-11-16"),
        ],
    );
    let route = &diagnose(&guide.flow, &s);
    let today = Date::new(2026, 11, 20);
    let rules = |json: &str| parse(&serde_json::from_str::<Json>(json).unwrap()).0.clock;
    // Default bank card window: 7 working days from Mon 16 Nov, due Wed 25 Nov.
    assert_eq!(
        refund_clock(route, &s, today, &ClockRules::default()).due(),
        Date::new(2026, 11, 25)
    );
    // The wallet says 3 working days: due Thu 19 Nov, so a day late on Fri 20 Nov.
    let short =
        rules(r#"{"refundWindows":{"bank_card":{"minDays":1,"maxDays":3,"businessDays":true}}}"#);
    assert_eq!(
        refund_clock(route, &s, today, &short),
        Verdict::Overdue {
            due: Date::new(2026, 11, 19).unwrap(),
            days_late: 1,
            business_days: true
        }
    );
    // A public holiday on Wed 18 Nov moves that due date to Fri 20 Nov: still waiting.
    let with_holiday = rules(
        r#"{"refundWindows":{"bank_card":{"minDays":1,"maxDays":3,"businessDays":true}},"holidays":["2026-11-18"]}"#,
    );
    assert_eq!(
        refund_clock(route, &s, today, &with_holiday).id(),
        "waiting"
    );
    assert_eq!(
        refund_clock(route, &s, today, &with_holiday).due(),
        Date::new(2026, 11, 20)
    );
}

#[test]
fn host_events_carry_ids_and_statuses_never_what_was_typed() {
    use refund_guide_model::events::on_show;
    use refund_guide_model::Date;
    use serde_json::Value as Json;
    let guide = guide();
    let first = on_show(
        &guide.flow,
        &refund_guide_model::Session::new(&guide.flow),
        None,
        &ClockRules::default(),
    );
    assert_eq!(first.len(), 1);
    let step = serde_json::from_str::<Json>(&first[0].detail).unwrap();
    assert_eq!(step.get("step").and_then(Json::as_str), Some("money_kind"));
    assert_eq!(step.get("index").and_then(Json::as_u64), Some(1));

    let s = walk(
        &guide,
        &[
            Pick("money_kind", &["bank_withdrawal"]),
            Pick("scam_contact", &["no_such_contact"]),
            Pick("status", &["failed_or_returned"]),
            Type("started_on", "2026-11-02"),
            Pick("security_signs", &["none_of_these"]),
            Pick("details_checked", &["found_mistake"]),
            Pick("notices", &["none_of_these"]),
            Type("amount", "98765.43"),
            Pick("pay_later", &["no"]),
            Go("summary"),
        ],
    );
    let events = on_show(
        &guide.flow,
        &s,
        Date::new(2026, 11, 24),
        &ClockRules::default(),
    );
    let names: Vec<&str> = events.iter().map(|e| e.name).collect();
    assert_eq!(names, ["step", "cause", "clock", "complete"]);
    let detail = |name: &str| {
        serde_json::from_str::<Json>(&events.iter().find(|e| e.name == name).unwrap().detail)
            .unwrap()
    };
    assert_eq!(
        detail("cause").get("causes"),
        Some(&Json::Array(vec![Json::String("user_info_error".into())]))
    );
    assert_eq!(
        detail("clock").get("verdict").and_then(Json::as_str),
        Some("overdue")
    );
    assert_eq!(
        detail("clock").get("due").and_then(Json::as_str),
        Some("2026-11-11")
    );
    assert_eq!(
        detail("complete").get("verdict").and_then(Json::as_str),
        Some("overdue")
    );
    for e in &events {
        assert!(
            !e.detail.contains("98765") && !e.detail.contains("2026-11-02"),
            "typed facts never leave: {}",
            e.detail
        );
    }
}

#[test]
fn error_events_are_valid_json_whatever_the_message_says() {
    let e = refund_guide_model::events::error(
        "storage_prefix_in_use",
        "storage.prefix",
        "a \"quoted\" `prefix`\nand a newline",
    );
    assert_eq!(e.name, "error");
    let v: serde_json::Value = serde_json::from_str(&e.detail).unwrap();
    assert_eq!(v["code"], "storage_prefix_in_use");
    assert_eq!(v["key"], "storage.prefix");
    assert_eq!(v["message"], "a \"quoted\" `prefix`\nand a newline");
}

#[test]
fn coming_back_asks_about_the_money_only_on_an_open_plan_past_its_window() {
    use refund_guide_model::triage::follow_up_due;
    use refund_guide_model::{Action, Date};
    let guide = guide();
    let s = walk(
        &guide,
        &[
            Pick("money_kind", &["bank_withdrawal"]),
            Pick("scam_contact", &["no_such_contact"]),
            Pick("status", &["processing"]),
            Type("started_on", "2026-11-02"),
            Pick("security_signs", &["none_of_these"]),
            Pick("details_checked", &["all_correct"]),
            Pick("notices", &["none_of_these"]),
            Skip("amount"),
            Pick("pay_later", &["no"]),
            Go("summary"),
        ],
    );
    assert_eq!(current(&guide, &s), "plan");
    let later = Date::new(2027, 1, 4);
    let due =
        follow_up_due(&guide.flow, &s, later, &ClockRules::default()).expect("past the window");
    assert!(Some(due) < later);
    assert_eq!(
        follow_up_due(
            &guide.flow,
            &s,
            Date::new(2026, 11, 3),
            &ClockRules::default()
        ),
        None,
        "still waiting"
    );
    assert_eq!(
        follow_up_due(&guide.flow, &s, None, &ClockRules::default()),
        None,
        "no today, no question"
    );
    let mut closed = s.clone();
    closed.resolved_on = later;
    assert_eq!(
        follow_up_due(&guide.flow, &closed, later, &ClockRules::default()),
        None,
        "a closed case"
    );
    let reading = s.apply(&guide.flow, Action::Open("talk_tips".into()));
    assert_eq!(
        follow_up_due(&guide.flow, &reading, later, &ClockRules::default()),
        None,
        "only on the plan"
    );
}
