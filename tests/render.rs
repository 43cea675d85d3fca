//! Every reachable state renders (server-side rendering under plain `cargo test`): the step
//! root carries its `data-step` hook, the heading is the node's title in the chosen locale,
//! and the plan marks exactly the diagnosed causes.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use proptest::prelude::*;
use refund_guide_model::{diagnose, refund_clock, Action, Date, Guide, Locale, Session};

fn today() -> Date {
    Date::new(2026, 11, 24).unwrap()
}

fn render(guide: &Rc<Guide>, session: &Session, locale: Locale) -> String {
    common::render_step(guide, session, locale, Some(today()))
}

fn check(guide: &Rc<Guide>, s: &Session) -> Result<(), TestCaseError> {
    let node = s.current(&guide.flow);
    for &locale in Locale::ALL {
        let html = render(guide, s, locale);
        let hook = format!("data-step=\"{}\"", node.id);
        prop_assert!(
            html.contains(&hook),
            "{locale:?} {}: no {hook} in {html}",
            node.id
        );
        prop_assert!(html.contains("data-heading"), "{}: no heading", node.id);
        let title = &guide.texts(locale).node(&node.id).title;
        prop_assert!(
            html.contains(title.as_str()),
            "{locale:?} {}: title missing",
            node.id
        );
        prop_assert!(!html.contains("undefined"));
        if node.id == "plan" {
            let d = diagnose(&guide.flow, s);
            let marked = html.matches("data-cause=").count();
            prop_assert_eq!(marked, d.findings.len());
            let clock = refund_clock(&d, s, Some(today()), &Default::default());
            let hook = format!("data-clock=\"{}\"", clock.id());
            prop_assert!(html.contains(&hook), "{hook}");
            prop_assert_eq!(html.contains("data-due="), clock.due().is_some());
            let notes = html.matches("data-note-for=").count();
            prop_assert_eq!(
                notes,
                d.findings.len() * 5,
                "a note per step for each diagnosed cause"
            );
            if let Some(first) = d.findings.first() {
                let pos = html.find("data-cause=").unwrap();
                let expected = format!("data-cause=\"{}\"", first.cause.id());
                prop_assert!(
                    html[pos..].starts_with(&expected),
                    "most likely cause first"
                );
            }
        }
    }
    Ok(())
}

#[test]
fn every_node_renders_in_both_locales() {
    let guide = Rc::new(common::guide());
    let mut s = Session::new(&guide.flow);
    // Walk a whole path taking the last answer of each question, then the know-how pages.
    for _ in 0..40 {
        check(&guide, &s).unwrap();
        let node = s.current(&guide.flow).clone();
        s = match &node.kind {
            refund_guide_model::NodeKind::Question { choices, multi } => {
                let last = choices[choices.len() - 1].id.clone();
                let a = if *multi {
                    Action::Toggle(last)
                } else {
                    Action::Choose(last)
                };
                s.apply(&guide.flow, a)
                    .apply(&guide.flow, Action::Next { today: None })
            }
            refund_guide_model::NodeKind::Input { .. } => s.apply(&guide.flow, Action::Skip),
            refund_guide_model::NodeKind::Plan { .. } => {
                for page in ["talk_tips", "prevention", "risks"] {
                    check(&guide, &s.apply(&guide.flow, Action::Open(page.into()))).unwrap();
                }
                break;
            }
            _ => s.apply(&guide.flow, Action::Next { today: None }),
        };
    }
    assert_eq!(s.current(&guide.flow).id, "plan");
    let scam = common::walk(
        &guide,
        &[
            common::Say::Pick("money_kind", &["other_money"]),
            common::Say::Pick("scam_contact", &["asked_code_screen_or_money"]),
        ],
    );
    check(&guide, &scam).unwrap();
    let security = common::walk(
        &guide,
        &[
            common::Say::Pick("money_kind", &["other_money"]),
            common::Say::Pick("scam_contact", &["no_such_contact"]),
            common::Say::Pick("status", &["processing"]),
            common::Say::Skip("started_on"),
            common::Say::Pick("security_signs", &["credentials_changed"]),
        ],
    );
    assert_eq!(security.current(&guide.flow).id, "security_now");
    check(&guide, &security).unwrap();
}

#[test]
fn a_field_error_is_shown_in_the_summary_and_at_the_field() {
    let guide = Rc::new(common::guide());
    let s = Session::new(&guide.flow).apply(&guide.flow, Action::Next { today: None });
    let html = render(&guide, &s, Locale::En);
    assert!(
        html.contains("rg-error-summary") && html.contains("role=\"alert\""),
        "{html}"
    );
    assert!(html.contains("id=\"rg-field-error\""), "{html}");
    assert!(
        html.contains("aria-describedby=\"rg-hint rg-field-error\""),
        "{html}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn every_reachable_state_renders(actions in proptest::collection::vec(common::any_action(&common::guide()), 0..60)) {
        let guide = Rc::new(common::guide());
        let mut s = Session::new(&guide.flow);
        for a in actions {
            s = s.apply(&guide.flow, a);
        }
        check(&guide, &s)?;
    }
}
