//! The shipped content is complete and valid, and broken packs are rejected with messages
//! that name the node.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeSet;

use refund_guide_model::content::{Flow, Texts, BUILTIN_EN, BUILTIN_FLOW, BUILTIN_ZH_CN};
use refund_guide_model::ids::{Channel, OUTLOOK_IDS, PREVENTION_IDS, RISK_IDS, TIP_IDS};
use refund_guide_model::{Cause, Guide, Locale, NodeKind, Step};
use serde_json::Value;

#[test]
fn shipped_content_passes_every_check() {
    let guide = Guide::shipped();
    assert!(guide.is_ok(), "{:#?}", guide.err());
}

fn ids(items: &[refund_guide_model::content::Item]) -> Vec<&str> {
    items.iter().map(|i| i.id.as_str()).collect()
}

#[test]
fn every_article_item_is_in_both_locales() {
    let guide = common::guide();
    for locale in Locale::ALL {
        let t = guide.texts(*locale);
        for &c in Cause::ALL {
            let (title, explain) = t.cause(c);
            assert!(
                !title.is_empty() && !explain.is_empty(),
                "{locale:?} cause {c:?}"
            );
        }
        for &s in Step::ALL {
            let (title, body) = t.step(s);
            assert!(
                !title.is_empty() && !body.is_empty(),
                "{locale:?} step {s:?}"
            );
            for &c in Cause::ALL {
                assert!(!t.plan_note(c, s).is_empty(), "{locale:?} note {c:?}/{s:?}");
            }
        }
        assert_eq!(ids(&t.tips), TIP_IDS, "{locale:?} customer-service tips");
        assert_eq!(ids(&t.prevention), PREVENTION_IDS, "{locale:?} prevention");
        assert_eq!(ids(&t.risks), RISK_IDS, "{locale:?} risks");
        assert_eq!(ids(&t.outlook), OUTLOOK_IDS, "{locale:?} outlook");
        let channels: Vec<&str> = t.channels.iter().map(|i| i.id.as_str()).collect();
        let expected: Vec<&str> = Channel::ALL.iter().map(|c| c.id()).collect();
        assert_eq!(
            channels, expected,
            "{locale:?} channels, in the article's order"
        );
        for item in t
            .tips
            .iter()
            .chain(&t.prevention)
            .chain(&t.risks)
            .chain(&t.outlook)
        {
            assert!(
                !item.title.trim().is_empty() && !item.body.trim().is_empty(),
                "{locale:?} {}",
                item.id
            );
        }
    }
}

#[test]
fn both_locales_carry_the_same_node_and_choice_ids() {
    let ids = |json: &str| -> BTreeSet<String> {
        let v: Value = serde_json::from_str(json).unwrap();
        let mut out = BTreeSet::new();
        for (node, text) in v["nodes"].as_object().unwrap() {
            out.insert(node.clone());
            if let Some(choices) = text["choices"].as_object() {
                out.extend(choices.keys().map(|c| format!("{node}.{c}")));
            }
        }
        out
    };
    assert_eq!(ids(BUILTIN_ZH_CN), ids(BUILTIN_EN));
}

#[test]
fn the_scam_and_security_pages_name_the_emergency_numbers() {
    let guide = common::guide();
    for locale in Locale::ALL {
        let t = guide.texts(*locale);
        let scam = t.node("scam_warning").body.join(" ");
        assert!(scam.contains("110") && scam.contains("96110"), "{locale:?}");
        assert_eq!(
            t.node("security_now").body.len(),
            5,
            "{locale:?}: freeze, password, 2FA, wallet, police"
        );
    }
}

fn flow_with(edit: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(BUILTIN_FLOW).unwrap();
    edit(&mut v);
    v.to_string()
}

fn node_mut<'a>(v: &'a mut Value, id: &str) -> &'a mut Value {
    v["nodes"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|n| n["id"] == id)
        .unwrap()
}

fn errors_of(json: &str) -> Vec<String> {
    Flow::parse(json)
        .err()
        .unwrap_or_default()
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn a_link_to_a_missing_node_is_named() {
    let json = flow_with(|v| node_mut(v, "status")["next"] = "nowhere".into());
    let errors = errors_of(&json);
    assert!(
        errors
            .iter()
            .any(|e| e.contains("node `status`") && e.contains("`nowhere`")),
        "{errors:?}"
    );
}

#[test]
fn an_unreachable_node_is_named() {
    let json = flow_with(|v| {
        v["nodes"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({ "id": "orphan", "kind": "urgent", "next": "plan" }));
    });
    let errors = errors_of(&json);
    assert!(
        errors
            .iter()
            .any(|e| e.contains("node `orphan`") && e.contains("cannot be reached")),
        "{errors:?}"
    );
}

#[test]
fn a_loop_without_an_exit_is_named() {
    let json = flow_with(|v| {
        node_mut(v, "amount")["next"] = "loop_a".into();
        let nodes = v["nodes"].as_array_mut().unwrap();
        nodes.push(serde_json::json!({ "id": "loop_a", "kind": "urgent", "next": "loop_b" }));
        nodes.push(serde_json::json!({ "id": "loop_b", "kind": "urgent", "next": "loop_a" }));
    });
    let errors = errors_of(&json);
    assert!(
        errors
            .iter()
            .any(|e| e.contains("node `loop_a`") && e.contains("no path")),
        "{errors:?}"
    );
    assert!(
        errors.iter().any(|e| e.contains("node `loop_b`")),
        "{errors:?}"
    );
}

#[test]
fn duplicate_ids_and_unknown_causes_are_named() {
    let json = flow_with(|v| {
        node_mut(v, "pay_later")["choices"][1]["id"] = "yes".into();
        node_mut(v, "status")["choices"][0]["points"] = serde_json::json!({ "bad_luck": 1 });
        v["nodes"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({ "id": "plan", "kind": "plan" }));
    });
    let errors = errors_of(&json);
    assert!(
        errors
            .iter()
            .any(|e| e.contains("node `pay_later`") && e.contains("twice")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("node `status`") && e.contains("`bad_luck`")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("node `plan`") && e.contains("more than one")),
        "{errors:?}"
    );
}

#[test]
fn a_text_pack_missing_a_choice_label_or_an_article_item_is_rejected() {
    let flow = Flow::parse(BUILTIN_FLOW).unwrap();
    let mut v: Value = serde_json::from_str(BUILTIN_EN).unwrap();
    v["nodes"]["status"]["choices"]
        .as_object_mut()
        .unwrap()
        .remove("restricted");
    v["nodes"]["status"]["choices"]["invented"] = "Invented".into();
    v["risks"].as_object_mut().unwrap().remove("credit");
    let errors: Vec<String> = Texts::parse(&v.to_string(), &flow)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("node `status`") && e.contains("`restricted`")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("node `status`") && e.contains("`invented`")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("risks") && e.contains("`credit`")),
        "{errors:?}"
    );
}

#[test]
fn every_question_offers_an_unsure_answer_where_it_is_real() {
    // The questions where "I'm not sure" is a real answer carry one (status, security signs,
    // notices, pay-later); the details question folds it into "not checked / not sure".
    let guide = common::guide();
    for id in ["status", "security_signs", "notices", "pay_later"] {
        let node = guide.flow.node(id).unwrap();
        assert!(node.choice("not_sure").is_some(), "{id}");
    }
    let NodeKind::Question { .. } = guide.flow.node("details_checked").unwrap().kind else {
        panic!()
    };
}

/// Runs `check-content` with these arguments: (exit code, stderr).
fn check_content<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> (Option<i32>, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_check-content"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn checker_cli_lists_every_problem_and_exits_non_zero() {
    let dir = std::env::temp_dir().join(format!("rg-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut v: Value = serde_json::from_str(BUILTIN_ZH_CN).unwrap();
    v["nodes"].as_object_mut().unwrap().remove("amount");
    v["nodes"]["money_kind"]["choices"]
        .as_object_mut()
        .unwrap()
        .remove("other_money");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, v.to_string()).unwrap();
    let (code, stderr) = check_content(&[&bad]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(stderr.contains("node `amount`"), "{stderr}");
    assert!(
        stderr.contains("node `money_kind`") && stderr.contains("`other_money`"),
        "{stderr}"
    );

    let (code, stderr) = check_content(&[
        "../content/flow.json",
        "../content/zh-CN.json",
        "../content/en.json",
    ]);
    assert_eq!(code, Some(0), "{stderr}");

    // A configuration's `content`, checked over the built-in guide as the widget does.
    let over = dir.join("override.json");
    let over_arg = over.as_os_str();
    std::fs::write(
        &over,
        r#"{"locale":"en","nodes":{"money_kind":{"title":"Which payment?"}}}"#,
    )
    .unwrap();
    let (code, stderr) = check_content(&["--override".as_ref(), over_arg]);
    assert_eq!(code, Some(0), "{stderr}");
    std::fs::write(
        &over,
        r#"{"locale":"en","nodes":{"money_kind":{"title":""}}}"#,
    )
    .unwrap();
    let (code, stderr) = check_content(&["--override".as_ref(), over_arg]);
    assert_eq!(code, Some(1), "{stderr}");
    assert!(
        stderr.contains("en nodes `money_kind`: must be text that is not blank"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(dir);
}
