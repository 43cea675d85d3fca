//! Saved state: what is saved loads back unchanged, every released schema's fixture loads,
//! and unreadable, newer or outdated data is handled without losing case facts.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use refund_guide_model::ids::{Channel, Status};
use refund_guide_model::store::{corrupt_key, decode, encode, has_newer_key, key, Loaded, SCHEMA};
use refund_guide_model::{Answer, Date, Field, Locale, Session};

#[test]
fn every_released_schema_fixture_loads() {
    let guide = common::guide();
    for schema in 1..=SCHEMA {
        let path = format!("tests/fixtures/schema-{schema}.json");
        let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let Loaded::Resumed {
            session,
            saved_at,
            dropped,
        } = decode(&raw, &guide.flow)
        else {
            panic!("{path} did not load")
        };
        assert!(session.is_valid(&guide.flow), "{path}");
        assert!(dropped.is_empty(), "{path}: {dropped:?}");
        assert_eq!(saved_at, "2026-11-20T08:15:00.000Z");
        assert_eq!(session.current(&guide.flow).id, "security_signs");
        assert_eq!(
            session.answers.get("status"),
            Some(&Answer::One("no_refund_record".into()))
        );
        assert_eq!(
            session.facts.get(&Field::Amount).map(String::as_str),
            Some("1,299.00")
        );
    }
}

/// Regression for the move to serde: a full case file saved by the release before it
/// (commit 55abac4, hand-written encoder) loads with every fact, tick, contact, the draft,
/// the ladder and the closing date, and writes back to the same session.
#[test]
fn a_full_save_from_the_hand_written_encoder_still_loads_whole() {
    let guide = common::guide();
    let raw = std::fs::read_to_string("tests/fixtures/schema-1-full-55abac4.json").unwrap();
    let Loaded::Resumed {
        session, dropped, ..
    } = decode(&raw, &guide.flow)
    else {
        panic!("the full fixture did not load")
    };
    assert!(dropped.is_empty(), "{dropped:?}");
    assert_eq!(session.facts.len(), 9);
    assert_eq!(
        session.facts.get(&Field::Merchant).map(String::as_str),
        Some("Tesco \"Express\" \\ 旗舰店")
    );
    assert_eq!(
        session
            .facts
            .get(&Field::ReceivingAccount)
            .map(String::as_str),
        Some("**** **** **** 7890")
    );
    assert_eq!(
        session.evidence,
        ["transaction_record", "chat_logs", "screenshots"]
    );
    assert_eq!(session.contacts.len(), 2);
    assert_eq!(session.contacts[0].ticket, "T-1");
    assert_eq!(
        session.contacts[0].promise,
        "Refund in 3 days; card ****1111 noted"
    );
    assert_eq!(session.draft.agent, "Mr Wang");
    assert_eq!(session.editing, Some(1));
    assert_eq!(
        session.ladder.get(&Channel::ConsumerAssociation),
        Some(&Status::Answered)
    );
    assert_eq!(session.resolved_on, Date::new(2026, 11, 26));
    let again = encode(&session, "2026-11-25T10:00:00.000Z");
    assert_eq!(
        decode(&again, &guide.flow),
        decode(&raw, &guide.flow),
        "written back, it reads the same"
    );
}

#[test]
fn keys_follow_the_documented_format() {
    assert_eq!(key("refund-guide", 1), "refund-guide:v1");
    assert_eq!(
        corrupt_key("refund-guide.left", 1764000000000),
        "refund-guide.left:corrupt:1764000000000"
    );
    assert!(has_newer_key(
        ["refund-guide:v1", "refund-guide:v2"],
        "refund-guide"
    ));
    assert!(!has_newer_key(
        [
            "refund-guide:v1",
            "refund-guide.other:v9",
            "refund-guide:corrupt:5"
        ],
        "refund-guide"
    ));
}

/// Regression: litemap writes an empty map as a JSON list; the saved format (DESIGN §4.5)
/// keeps objects for the answers, facts and ladder, empty or not.
#[test]
fn the_envelope_names_this_builds_schema_and_keeps_empty_maps_as_objects() {
    let raw = encode(&Session::new(&common::guide().flow), "t");
    let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(v["schema"], serde_json::json!(SCHEMA));
    assert_eq!(v["saved_at"], "t");
    for map in ["answers", "facts", "ladder"] {
        assert_eq!(v["data"][map], serde_json::json!({}), "{map}");
    }
}

#[test]
fn unreadable_values_are_reported_not_used() {
    let flow = common::guide().flow;
    for raw in [
        "",
        "{",
        "null",
        "[]",
        r#"{"schema":1}"#,
        r#"{"schema":"1","data":{}}"#,
        r#"{"schema":1,"data":{"trail":"money_kind","answers":{},"facts":{}}}"#,
        r#"{"schema":1,"data":{"trail":[],"answers":{"x":3},"facts":{}}}"#,
    ] {
        assert_eq!(decode(raw, &flow), Loaded::Unreadable, "{raw}");
    }
}

#[test]
fn a_newer_schema_is_left_alone() {
    let flow = common::guide().flow;
    let raw = format!(
        r#"{{"schema":{},"saved_at":"2030-01-01T00:00:00Z","data":{{"anything":true}}}}"#,
        SCHEMA + 1
    );
    assert_eq!(decode(&raw, &flow), Loaded::Newer);
}

/// Regression (tests/e2e/hostile.test.mjs): an envelope of a newer schema in a shape this
/// build cannot read (no `data`, `saved_at` a number) was called unreadable, so the widget
/// moved it aside and wrote its own progress over it. Newer is decided by the schema alone;
/// an export file likewise.
#[test]
fn a_newer_schema_in_any_shape_is_left_alone() {
    use refund_guide_model::store::{import, ImportError};
    let flow = common::guide().flow;
    for raw in [
        r#"{"schema":2}"#,
        r#"{"schema":2,"data":null}"#,
        r#"{"schema":2,"saved_at":1796140000000,"data":{"trail":"elsewhere"}}"#,
        r#"{"schema":2,"saved_at":"2030-01-01T00:00:00Z","state":{}}"#,
        r#"{"data":{},"schema":3,"saved_at":{"ms":1796140000000}}"#,
    ] {
        assert_eq!(decode(raw, &flow), Loaded::Newer, "{raw}");
        let export = raw.replacen('{', r#"{"app":"refund-guide","#, 1);
        assert_eq!(import(&export, &flow), Err(ImportError::Newer), "{export}");
    }
    // Not a whole number this build can read (the adapter moves such a value aside, byte for
    // byte, before anything is written), or not above this build's: not newer.
    for raw in [
        r#"{"schema":"2","saved_at":"x","data":{}}"#,
        r#"{"schema":-1,"saved_at":"x","data":{}}"#,
        r#"{"schema":1e20,"saved_at":"x","data":{}}"#,
        r#"{"schema":1,"saved_at":5,"data":{"trail":["money_kind"],"answers":{}}}"#,
    ] {
        assert_eq!(decode(raw, &flow), Loaded::Unreadable, "{raw}");
    }
}

#[test]
fn answers_the_content_no_longer_has_are_dropped_and_facts_kept() {
    let flow = common::guide().flow;
    let raw = r#"{"schema":1,"saved_at":"x","data":{"trail":["money_kind","retired_question","status"],"answers":{"money_kind":{"one":"bank_withdrawal"},"retired_question":{"one":"a"},"status":{"one":"retired_choice"}},"facts":{"merchant":"Shop","order_number":"A-1","unknown_field":"kept out"},"changing":false}}"#;
    let Loaded::Resumed {
        session, dropped, ..
    } = decode(raw, &flow)
    else {
        panic!()
    };
    assert_eq!(dropped, ["retired_question", "status"]);
    assert_eq!(session.trail, ["money_kind", "status"]);
    assert_eq!(
        session.answers.get("money_kind"),
        Some(&Answer::One("bank_withdrawal".into()))
    );
    assert_eq!(
        session.facts.get(&Field::Merchant).map(String::as_str),
        Some("Shop")
    );
    assert_eq!(
        session.facts.get(&Field::OrderNumber).map(String::as_str),
        Some("A-1")
    );
    assert!(session.is_valid(&flow));
}

proptest! {
    #[test]
    fn what_is_saved_loads_back_unchanged(actions in proptest::collection::vec(common::any_action(&common::guide()), 0..60), saved_at in "\\PC{0,30}", closed in proptest::option::of(0i64..40_000)) {
        let guide = common::guide();
        let mut s = common::played(&guide, actions);
        s.resolved_on = closed.and_then(refund_guide_model::Date::from_days_since_epoch);
        let raw = encode(&s, &saved_at);
        match decode(&raw, &guide.flow) {
            Loaded::Resumed { session, saved_at: at, dropped } => {
                prop_assert_eq!(session, s);
                prop_assert_eq!(at, saved_at);
                prop_assert!(dropped.is_empty());
            }
            other => prop_assert!(false, "{other:?}"),
        }
    }
}

#[test]
fn an_export_imports_back_with_a_preview() {
    let guide = common::guide();
    let raw = std::fs::read_to_string("tests/fixtures/schema-1.json").unwrap();
    let Loaded::Resumed { session, .. } = decode(&raw, &guide.flow) else {
        panic!()
    };
    let file = refund_guide_model::store::export(&session, "2026-11-24T10:00:00.000Z");
    assert!(file.contains("\"app\":\"refund-guide\""));
    let preview = refund_guide_model::store::import(&file, &guide.flow).unwrap();
    assert_eq!(preview.session, session);
    assert_eq!(preview.answers, 6);
    assert_eq!(preview.facts, 2);
    assert_eq!(preview.saved_at, "2026-11-24T10:00:00.000Z");
    assert!(preview.dropped.is_empty());
    let with_bom = format!("\u{feff}{file}");
    assert!(
        refund_guide_model::store::import(&with_bom, &guide.flow).is_ok(),
        "files saved by some editors start with a BOM"
    );
}

#[test]
fn imports_that_are_not_ours_or_too_new_are_refused() {
    use refund_guide_model::store::{import, ImportError};
    let flow = common::guide().flow;
    assert_eq!(import("not json", &flow), Err(ImportError::NotAnExport));
    let raw = std::fs::read_to_string("tests/fixtures/schema-1.json").unwrap();
    assert_eq!(
        import(&raw, &flow),
        Err(ImportError::NotAnExport),
        "a bare envelope lacks \"app\""
    );
    let newer = format!(
        r#"{{"app":"refund-guide","schema":{},"saved_at":"x","data":{{}}}}"#,
        SCHEMA + 1
    );
    assert_eq!(import(&newer, &flow), Err(ImportError::Newer));
    assert_eq!(
        import(
            r#"{"app":"refund-guide","schema":1,"data":{"trail":5}}"#,
            &flow
        ),
        Err(ImportError::Unreadable)
    );
}

proptest! {
    #[test]
    fn any_session_exports_and_imports_unchanged(actions in proptest::collection::vec(common::any_action(&common::guide()), 0..60)) {
        let guide = common::guide();
        let s = common::played(&guide, actions);
        let preview = refund_guide_model::store::import(&refund_guide_model::store::export(&s, "t"), &guide.flow).unwrap();
        prop_assert_eq!(preview.session, s);
    }
}

#[test]
fn the_export_link_decodes_to_the_export_file() {
    let guide = common::guide();
    let s = Session::new(&guide.flow).apply(
        &guide.flow,
        refund_guide_model::Action::Choose("merchant_refund".into()),
    );
    let file = refund_guide_model::store::export(&s, "2026-11-24T10:00:00.000Z");
    let url = refund_guide_model::store::data_url(&file);
    let body = url
        .strip_prefix("data:application/json;charset=utf-8,")
        .unwrap();
    assert!(body
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b)));
    let mut bytes = Vec::new();
    let mut it = body.bytes();
    while let Some(b) = it.next() {
        if b == b'%' {
            let hex = [it.next().unwrap(), it.next().unwrap()];
            bytes.push(u8::from_str_radix(std::str::from_utf8(&hex).unwrap(), 16).unwrap());
        } else {
            bytes.push(b);
        }
    }
    assert_eq!(String::from_utf8(bytes).unwrap(), file);
}

#[test]
fn a_closed_case_keeps_its_date_through_saving() {
    // Guards `resolved_on`: optional in schema 1, so older saves without it still load.
    let guide = common::guide();
    let mut s = Session::new(&guide.flow);
    s.resolved_on = refund_guide_model::Date::new(2026, 11, 24);
    let Loaded::Resumed { session, .. } = decode(&encode(&s, "t"), &guide.flow) else {
        panic!("did not load")
    };
    assert_eq!(session.resolved_on, s.resolved_on);
    assert!(!encode(&Session::new(&guide.flow), "t").contains("resolved_on"));
}

#[test]
fn the_case_file_reads_back_and_a_broken_contact_log_is_not_silently_dropped() {
    let guide = common::guide();
    let base = r#""trail":["money_kind"],"answers":{},"facts":{}"#;
    let raw = format!(
        r#"{{"schema":1,"saved_at":"x","data":{{{base},"evidence":["chat_logs"],"contacts":[{{"contact_at":"2026-11-20T09:30","ticket_number":"T-1"}}],"draft":{{"agent":"Li"}},"editing":0,"ladder":{{"regulator":"answered","no_such_channel":"submitted"}}}}}}"#
    );
    let Loaded::Resumed { session, .. } = decode(&raw, &guide.flow) else {
        panic!("did not load")
    };
    assert_eq!(session.evidence, vec!["chat_logs".to_string()]);
    assert_eq!(session.contacts[0].ticket, "T-1");
    assert_eq!(session.draft.agent, "Li");
    assert_eq!(session.editing, Some(0));
    assert_eq!(session.ladder.len(), 1, "an unknown channel is left out");

    let broken = format!(r#"{{"schema":1,"saved_at":"x","data":{{{base},"contacts":[7]}}}}"#);
    assert_eq!(
        decode(&broken, &guide.flow),
        Loaded::Unreadable,
        "moved aside and reported, never dropped quietly"
    );
}

// Bounds (DESIGN §8): an import file over 1 MB is refused before it is read (the page checks
// the file's size with `import_size_ok`; `import` checks the text again), while a save over
// today's bounds, already in storage, still loads whole (bounds apply to new input only).
#[test]
fn an_import_over_one_megabyte_is_refused_and_a_big_save_still_loads_whole() {
    use refund_guide_model::store::{export, import, import_size_ok, ImportError, IMPORT_MAX};
    let guide = common::guide();
    assert_eq!(import_size_ok(IMPORT_MAX), Ok(()));
    assert_eq!(import_size_ok(IMPORT_MAX + 1), Err(ImportError::TooLarge));
    let mut s = Session::new(&guide.flow);
    s.facts.insert(Field::Merchant, "m".repeat(1_100_000));
    let file = export(&s, "t");
    assert_eq!(import(&file, &guide.flow), Err(ImportError::TooLarge));
    let Loaded::Resumed { session, .. } = decode(&encode(&s, "t"), &guide.flow) else {
        panic!("a big save did not load")
    };
    assert_eq!(session, s);
    let mut small = Session::new(&guide.flow);
    small
        .facts
        .insert(Field::Merchant, "m".repeat(IMPORT_MAX as usize - 400));
    let file = export(&small, "t");
    assert!(file.len() as u64 <= IMPORT_MAX);
    assert_eq!(
        import(&file, &guide.flow).map(|p| p.session),
        Ok(small),
        "just under the bound"
    );
}

/// `plan_reached` and the chosen `locale` are optional fields with defaults (DESIGN §8, no
/// new schema number): a save with them loads them back, a fresh session does not write
/// them, the released fixtures (written before they existed) load without them, and a
/// language this build does not know reads as none.
#[test]
fn the_chosen_language_and_the_plan_events_sent_are_kept_through_saving() {
    let guide = common::guide();
    let mut s = Session::new(&guide.flow);
    s.plan_reached = true;
    s.locale = Some(Locale::En);
    let Loaded::Resumed { session, .. } = decode(&encode(&s, "t"), &guide.flow) else {
        panic!("did not load")
    };
    assert!(session.plan_reached);
    assert_eq!(session.locale, Some(Locale::En));
    let fresh = encode(&Session::new(&guide.flow), "t");
    assert!(!fresh.contains("plan_reached") && !fresh.contains("locale"));
    let odd =
        r#"{"schema":1,"saved_at":"x","data":{"trail":["money_kind"],"answers":{},"locale":"fr"}}"#;
    let Loaded::Resumed { session, .. } = decode(odd, &guide.flow) else {
        panic!("an unknown locale must not make the save unreadable")
    };
    assert_eq!(session.locale, None);
    for path in [
        "tests/fixtures/schema-1.json",
        "tests/fixtures/schema-1-full-55abac4.json",
    ] {
        let raw = std::fs::read_to_string(path).unwrap();
        let Loaded::Resumed { session, .. } = decode(&raw, &guide.flow) else {
            panic!("{path} did not load")
        };
        assert!(!session.plan_reached, "{path}");
        assert_eq!(session.locale, None, "{path}");
    }
}
