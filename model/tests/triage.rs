//! Triage is a real decision table: every cause is reached from at least two independent
//! questions, legal help follows the amount, the clock reads its route and start, and host
//! events carry ids only (the realistic stories are in `stories.rs`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{current, guide, walk, withdrawal_script, Say::*};
use refund_guide_model::clock::ClockRules;
use refund_guide_model::content::NodeKind;
use refund_guide_model::{diagnose, Cause};

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
            ],
        );
        diagnose(&guide.flow, &s).large_amount
    };
    assert!(run("20,000"));
    assert!(run("5000"), "the threshold itself counts");
    assert!(!run("4999.99"));
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

    // An amount no id or status could contain, so a leak of it is seen.
    let s = walk(
        &guide,
        &[&withdrawal_script("98765.43")[..], &[Go("summary")]].concat(),
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
