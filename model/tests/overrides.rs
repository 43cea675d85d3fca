//! Content overrides (`content` in the configuration): the widget's applier gives the same
//! verdict and the same texts as merging on JSON and running the full content checker; an
//! accepted override changes exactly the words it gives, a refused one names each place and
//! why, and no input makes it panic.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use refund_guide_model::{Guide, Locale, Texts};
use serde_json::{Map, Value as Json};

fn json(text: &str) -> Json {
    serde_json::from_str(text).expect("test JSON parses")
}

fn errors_of(r: Result<Guide, Vec<refund_guide_model::ContentError>>) -> Vec<String> {
    r.expect_err("refused")
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_texts_written_back_to_json_read_back_the_same() {
    let g = common::guide();
    for &l in Locale::ALL {
        let t = g.texts(l);
        assert_eq!(&Texts::check(&t.to_json(), &g.flow).expect("valid"), t);
    }
}

#[test]
fn an_override_changes_only_the_words_it_gives() {
    let g = common::guide();
    let over = json(
        r#"{"locale":"en",
            "nodes":{"money_kind":{"title":"Which payment is stuck?","choices":{"merchant_refund":"A shop refund"}}},
            "channels":{"in_app":{"body":"Use Help > Complaints in our app."}},
            "plan_notes":{"merchant_error":{"check_status":"Open the order in our app."}},
            "notes":{"why":"Because you said:"}}"#,
    );
    let out = g.clone().with_content(&over).expect("applies");
    let en = out.texts(Locale::En);
    let node = en.node("money_kind");
    assert_eq!(node.title, "Which payment is stuck?");
    assert_eq!(en.choice("money_kind", "merchant_refund"), "A shop refund");
    // The other labels of that node keep their words.
    assert_eq!(
        en.choice("money_kind", "bank_withdrawal"),
        g.en.choice("money_kind", "bank_withdrawal")
    );
    assert_eq!(
        en.channel(refund_guide_model::Channel::InApp)
            .expect("in_app")
            .body,
        "Use Help > Complaints in our app."
    );
    assert_eq!(
        en.plan_note(
            refund_guide_model::Cause::MerchantError,
            refund_guide_model::Step::CheckStatus
        ),
        "Open the order in our app."
    );
    assert_eq!(en.note("why"), "Because you said:");
    // The other locale is untouched, applying it again changes nothing more, and the
    // reference (JSON merge and the full checker) agrees.
    assert_eq!(out.zh_cn, g.zh_cn);
    assert_eq!(out.clone().with_content(&over).ok(), Some(out.clone()));
    assert_eq!(g.with_content_checked(&over).ok(), Some(out));
}

#[test]
fn a_list_overrides_both_locales() {
    let g = common::guide();
    let over = json(
        r#"[{"locale":"zh-CN","steps":{"contact_support":{"title":"联系我们的客服"}}},
            {"locale":"en","steps":{"contact_support":{"title":"Contact our support"}}}]"#,
    );
    let out = g.with_content(&over).expect("applies");
    assert_eq!(
        out.zh_cn.step(refund_guide_model::Step::ContactSupport).0,
        "联系我们的客服"
    );
    assert_eq!(
        out.en.step(refund_guide_model::Step::ContactSupport).0,
        "Contact our support"
    );
}

// Regression: each of these once slipped through a hand-written applier (or would have):
// the override is refused, with the checker's own message naming the place and the problem.
#[test]
fn a_bad_override_is_refused_with_the_place_named() {
    let g = common::guide();
    for (over, place) in [
        (
            r#"{"nodes":{"money_kind":{"title":"x"}}}"#,
            "content: each pack needs a `locale`",
        ),
        (r#"{"locale":"fr"}"#, "content: each pack needs a `locale`"),
        (
            r#"{"locale":"en","nodes":{"no_such_node":{"title":"x"}}}"#,
            "en nodes `no_such_node`: is not a node the guide has",
        ),
        (
            r#"{"locale":"en","nodes":{"money_kind":{"title":"  "}}}"#,
            "en nodes `money_kind`: must be text that is not blank",
        ),
        (
            r#"{"locale":"en","nodes":{"money_kind":{"colour":"red"}}}"#,
            "en nodes `money_kind`: unknown key `colour`",
        ),
        (
            r#"{"locale":"en","nodes":{"money_kind":{"choices":{"nope":"x"}}}}"#,
            "en nodes `money_kind`: has no choice `nope`",
        ),
        (
            r#"{"locale":"en","nodes":{"summary":{"choices":{}}}}"#,
            "en nodes `summary`: `choices` must label the choices of a question",
        ),
        (
            r#"{"locale":"en","nodes":{"scam_warning":{"body":[]}}}"#,
            "en nodes `scam_warning`: a warning page needs a body",
        ),
        (
            r#"{"locale":"en","tips":{"prepare":{"body":5}}}"#,
            "en tips `prepare`: must be text that is not blank",
        ),
        (
            r#"{"locale":"en","tips":{"nope":{"body":"x"}}}"#,
            "en tips `nope`: is not an id of `tips`",
        ),
        (
            r#"{"locale":"en","notes":{"why":""}}"#,
            "en notes `why`: must be text that is not blank",
        ),
        (
            r#"{"locale":"en","channels":[]}"#,
            "en `channels`: must be an object keyed by id",
        ),
        (
            r#"{"locale":"en","colours":{}}"#,
            "en `colours`: is not a section of a text pack",
        ),
        (
            r#"{"locale":"en","name":""}"#,
            "en `name`: must be text that is not blank",
        ),
    ] {
        let over = json(over);
        let errors = errors_of(g.clone().with_content(&over));
        assert!(
            errors.iter().any(|e| e.contains(place)),
            "{place}: {errors:?}"
        );
        assert!(
            g.clone().with_content_checked(&over).is_err(),
            "the checker refuses it too: {over}"
        );
    }
}

/// The ids a pack can name, from the built-in texts' own JSON: every path to a text (or the
/// body list), as keys.
fn leaf_paths(v: &Json, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match v {
        Json::Object(members) => {
            for (k, child) in members {
                if prefix.is_empty() && k == "locale" {
                    continue;
                }
                prefix.push(k.clone());
                leaf_paths(child, prefix, out);
                prefix.pop();
            }
        }
        _ => out.push(prefix.clone()),
    }
}

/// Sets `value` at `path` in `root`, creating objects on the way; a path through a value
/// that is not an object is left alone.
fn set(root: &mut Json, path: &[String], value: Json) {
    let Json::Object(members) = root else {
        return;
    };
    let Some((first, rest)) = path.split_first() else {
        return;
    };
    if rest.is_empty() {
        members.insert(first.clone(), value);
    } else {
        let child = members
            .entry(first.clone())
            .or_insert_with(|| Json::Object(Map::new()));
        set(child, rest, value);
    }
}

fn get<'a>(root: &'a Json, path: &[String]) -> Option<&'a Json> {
    path.iter().try_fold(root, |v, k| v.get(k))
}

fn any_value() -> impl Strategy<Value = Json> {
    prop_oneof![
        4 => "[a-z ]{1,12}".prop_map(Json::String),
        1 => Just(Json::String(String::new())),
        1 => Just(Json::String("   ".into())),
        1 => Just(Json::Null),
        1 => Just(Json::from(5)),
        1 => Just(Json::Array(vec![])),
        1 => "[a-z]{1,8}".prop_map(|s| Json::Array(vec![Json::String(s)])),
        1 => Just(Json::Object(Map::new())),
    ]
}

/// A pack: a locale (sometimes wrong or missing), then edits at real paths, some of them
/// with one key replaced by an unknown one or cut short. Also returns the edits made.
fn any_pack(paths: Vec<Vec<String>>) -> impl Strategy<Value = (Json, Vec<(Vec<String>, Json)>)> {
    let n = paths.len();
    let edit = (0..n, any_value(), 0usize..8, 0usize..4);
    (
        prop_oneof![6 => Just("en"), 3 => Just("zh-CN"), 1 => Just("fr"), 1 => Just("")],
        proptest::collection::vec(edit, 1..6),
    )
        .prop_map(move |(locale, edits)| {
            let mut pack = Json::Object(Map::new());
            if !locale.is_empty() {
                set(&mut pack, &["locale".into()], Json::String(locale.into()));
            }
            let mut made = Vec::new();
            for (i, value, unknown_at, cut) in edits {
                let mut path = paths[i].clone();
                if unknown_at < path.len() {
                    path[unknown_at] = "nope".into();
                }
                if cut == 0 && path.len() > 1 {
                    path.pop();
                }
                set(&mut pack, &path, value.clone());
                made.push((path, value));
            }
            (pack, made)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    // The applier against the reference (JSON merge + `Texts::check`): the same verdict
    // and, when accepted, the same guide. An accepted override holds every text it gave at
    // its place and changes nothing else; a refused one says where.
    #[test]
    fn the_applier_agrees_with_the_checker_and_changes_exactly_what_it_gives((pack, edits) in {
        let mut paths = Vec::new();
        leaf_paths(&common::guide().en.to_json(), &mut Vec::new(), &mut paths);
        any_pack(paths)
    }) {
        let g = common::guide();
        let reference = g.clone().with_content_checked(&pack);
        let lean = g.clone().with_content(&pack);
        prop_assert_eq!(lean.is_ok(), reference.is_ok(), "{}", pack);
        if let (Ok(a), Ok(b)) = (&lean, &reference) {
            prop_assert_eq!(a, b);
        }
        match lean {
            Ok(out) => {
                let locale = Locale::from_id(pack["locale"].as_str().unwrap_or_default()).unwrap();
                let (before, after) = (g.texts(locale).to_json(), out.texts(locale).to_json());
                // The last edit at a path wins, as in the pack.
                let mut given: Vec<(Vec<String>, Json)> = Vec::new();
                for (path, value) in edits.into_iter().rev() {
                    if !given.iter().any(|(p, _)| p.starts_with(&path) || path.starts_with(p)) {
                        given.push((path, value));
                    }
                }
                let mut leaves = Vec::new();
                leaf_paths(&before, &mut Vec::new(), &mut leaves);
                for leaf in leaves {
                    match given.iter().find(|(p, _)| leaf.starts_with(p)) {
                        Some((p, v)) if p == &leaf => prop_assert_eq!(get(&after, &leaf), Some(v)),
                        Some(_) => {}
                        None => prop_assert_eq!(get(&after, &leaf), get(&before, &leaf), "{:?}", leaf),
                    }
                }
                let other = if locale == Locale::En { Locale::ZhCn } else { Locale::En };
                prop_assert_eq!(out.texts(other), g.texts(other));
            }
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                for e in errors {
                    prop_assert!(!e.place.is_empty() && !e.message.is_empty(), "{}", e);
                }
            }
        }
    }
}

fn any_json() -> impl Strategy<Value = Json> {
    let key = prop_oneof![
        Just("locale"),
        Just("en"),
        Just("zh-CN"),
        Just("nodes"),
        Just("money_kind"),
        Just("summary"),
        Just("scam_warning"),
        Just("title"),
        Just("hint"),
        Just("body"),
        Just("choices"),
        Just("merchant_refund"),
        Just("causes"),
        Just("merchant_error"),
        Just("plan_notes"),
        Just("check_status"),
        Just("notes"),
        Just("why"),
        Just("steps"),
        Just("channels"),
        Just("in_app"),
        Just("tips"),
        Just("name"),
        Just("x"),
    ];
    any_value().prop_recursive(4, 40, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..3).prop_map(Json::Array),
            proptest::collection::vec((key.clone(), inner), 0..6).prop_map(|m| {
                Json::Object(m.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            }),
        ]
    })
}

proptest! {
    // Hostile overrides: never a panic, the verdict matches the checker's, and a refusal
    // always names where and why.
    #[test]
    fn any_json_as_content_never_panics(content in any_json()) {
        let g = common::guide();
        let lean = g.clone().with_content(&content);
        prop_assert_eq!(lean.is_ok(), g.with_content_checked(&content).is_ok(), "{}", content);
        if let Err(errors) = lean {
            prop_assert!(errors.iter().all(|e| !e.place.is_empty() && !e.message.is_empty()));
        }
    }
}
