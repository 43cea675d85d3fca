//! The hand-written JSON reader accepts exactly what serde_json accepts (the oracle), reads
//! the same values, writes text that reads back to the same value, and refuses deep nesting.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use refund_guide::guide::json::{Json, MAX_DEPTH};
use serde_json::Value;

/// Same shape and content (numbers compared through serde_json's own reading).
fn same(ours: &Json, theirs: &Value) -> bool {
    match (ours, theirs) {
        (Json::Null, Value::Null) => true,
        (Json::Bool(a), Value::Bool(b)) => a == b,
        (Json::Number(a), Value::Number(_)) => {
            serde_json::from_str::<Value>(a).ok().as_ref() == Some(theirs)
        }
        (Json::String(a), Value::String(b)) => a == b,
        (Json::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        (Json::Object(a), Value::Object(b)) => {
            // serde_json keeps the last of duplicate keys, as does Json::get.
            b.iter()
                .all(|(k, v)| ours.get(k).is_some_and(|o| same(o, v)))
                && a.iter().all(|(k, _)| b.contains_key(k))
        }
        _ => false,
    }
}

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-1e9f64..1e9).prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::String),
        "[\\u{0}-\\u{1f}\"\\\\/]{0,4}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec(("[a-z\"]{0,4}", inner), 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn reads_what_serde_json_writes(v in value(), pretty: bool) {
        let text = if pretty { serde_json::to_string_pretty(&v).unwrap() } else { serde_json::to_string(&v).unwrap() };
        let ours = Json::parse(&text).unwrap();
        // Compared with serde_json's reading of the same text (its float parsing is not
        // exact without the float_roundtrip feature, so `v` itself may differ by an ulp).
        let parsed: Value = serde_json::from_str(&text).unwrap();
        prop_assert!(same(&ours, &parsed), "{text}");
        let again = Json::parse(&ours.to_string()).unwrap();
        prop_assert_eq!(&again, &ours, "our writer round-trips");
        let theirs: Value = serde_json::from_str(&ours.to_string()).unwrap();
        prop_assert!(same(&ours, &theirs), "serde_json reads our writing");
    }

    #[test]
    fn accepts_exactly_what_serde_json_accepts(text in "[\\[\\]{}:,\"\\\\0-9a-zA-Z .eE+\\-\\u{0}-\\u{1f}]{0,24}") {
        let ours = Json::parse(&text).is_ok();
        let theirs = serde_json::from_str::<Value>(&text).is_ok();
        prop_assert_eq!(ours, theirs, "{:?}", text);
    }

    #[test]
    fn mutated_documents_are_judged_like_serde_json(v in value(), at in any::<prop::sample::Index>(), byte in prop_oneof![Just(b'"'), Just(b','), Just(b'}'), Just(b']'), Just(b'\\'), Just(b'1'), Just(b' ')]) {
        let mut text = serde_json::to_string(&v).unwrap().into_bytes();
        if text.is_empty() { return Ok(()); }
        let i = at.index(text.len());
        if !text[i].is_ascii() { return Ok(()); }
        text[i] = byte;
        let Ok(text) = String::from_utf8(text) else { return Ok(()) };
        let ours = Json::parse(&text);
        let theirs = serde_json::from_str::<Value>(&text);
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{}", text);
        if let (Ok(o), Ok(t)) = (ours, theirs) {
            prop_assert!(same(&o, &t));
        }
    }
}

#[test]
fn escapes_and_surrogate_pairs() {
    let v = Json::parse(r#"{"a":"\u00e9\ud83d\ude00\n\/","n":-0.5e+3,"u":42}"#).unwrap();
    assert_eq!(v.get("a").and_then(Json::as_str), Some("é😀\n/"));
    assert_eq!(v.get("n"), Some(&Json::Number("-0.5e+3".into())));
    assert_eq!(v.get("u").and_then(Json::as_u64), Some(42));
    assert_eq!(v.get("n").and_then(Json::as_u64), None);
    for bad in [
        r#""\ud83d""#,
        r#""\udc00""#,
        "01",
        "1.",
        "-",
        "[1,]",
        "{\"a\" 1}",
        "\"\t\"",
        "nul",
        "[1] x",
    ] {
        assert!(Json::parse(bad).is_err(), "{bad}");
    }
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
    assert!(Json::parse(&ok).is_ok());
    let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
    assert!(Json::parse(&deep).is_err());
    let hostile = "{\"a\":".repeat(100_000);
    assert!(Json::parse(&hostile).is_err());
}
