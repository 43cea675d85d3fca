//! Helpers for native tests of this crate and of the widget (feature `testing`): walk the
//! shipped guide with a script of answers, and generate any action a person could send.

use crate::case::{CONTACT_FIELDS, EVIDENCE_IDS};
use crate::ids::{Channel, Status};
use crate::{Action, Date, Field, Guide, NodeKind, Session};
use proptest::prelude::*;

pub fn guide() -> Guide {
    Guide::shipped().expect("the shipped content is valid")
}

/// One scripted answer: a node id and what to do there.
#[derive(Clone, Copy)]
pub enum Say<'a> {
    /// Choose (single) or tick (multi) these choices, then Continue.
    Pick(&'a str, &'a [&'a str]),
    /// Type into the input node, then Continue.
    Type(&'a str, &'a str),
    /// Skip the input node.
    Skip(&'a str),
    /// Continue on an urgent page or the summary.
    Go(&'a str),
}

/// Applies a script from a fresh session; panics (test failure) if the guide is not on the
/// node the script expects at each point.
pub fn walk(guide: &Guide, script: &[Say]) -> Session {
    let flow = &guide.flow;
    let mut s = Session::new(flow);
    for say in script {
        let (node, actions): (&str, Vec<Action>) = match say {
            Say::Pick(node, picks) => {
                let multi = matches!(
                    flow.node(node).map(|n| &n.kind),
                    Some(NodeKind::Question { multi: true, .. })
                );
                let mut a: Vec<Action> = picks
                    .iter()
                    .map(|p| {
                        if multi {
                            Action::Toggle(p.to_string())
                        } else {
                            Action::Choose(p.to_string())
                        }
                    })
                    .collect();
                a.push(Action::Next { today: None });
                (node, a)
            }
            Say::Type(node, value) => {
                let NodeKind::Input { field, .. } = flow.node(node).expect("input node").kind
                else {
                    panic!("{node} is not an input node")
                };
                (
                    node,
                    vec![
                        Action::SetFact(field, value.to_string()),
                        Action::Next { today: None },
                    ],
                )
            }
            Say::Skip(node) => (node, vec![Action::Skip]),
            Say::Go(node) => (node, vec![Action::Next { today: None }]),
        };
        assert_eq!(
            s.current(flow).id,
            *node,
            "expected to be on `{node}`, trail {:?}",
            s.trail
        );
        for a in actions {
            s = s.apply(flow, a);
        }
        assert!(s.error.is_none(), "error {:?} at `{node}`", s.error);
    }
    s
}

/// A withdrawal that failed, started on 2 Nov 2026, with the person's own typing mistake
/// found, for `amount` yuan: the answers up to "check your answers".
pub fn withdrawal_script(amount: &str) -> [Say<'_>; 8] {
    use Say::*;
    [
        Pick("money_kind", &["bank_withdrawal"]),
        Pick("scam_contact", &["no_such_contact"]),
        Pick("status", &["failed_or_returned"]),
        Type("started_on", "2026-11-02"),
        Pick("security_signs", &["none_of_these"]),
        Pick("details_checked", &["found_mistake"]),
        Pick("notices", &["none_of_these"]),
        Type("amount", amount),
    ]
}

/// [`withdrawal_script`] for 300 yuan, walked up to "check your answers" (the model's and the
/// widget's tests).
pub fn withdrawal_at_summary(guide: &Guide) -> Session {
    walk(guide, &withdrawal_script("300"))
}

pub fn current(guide: &Guide, s: &Session) -> String {
    s.current(&guide.flow).id.clone()
}

/// Any action a person (or a confused one) could send, with ids from the whole guide (so
/// many are invalid where they are sent) and facts that are valid, out of range or junk.
pub fn any_action(guide: &Guide) -> impl Strategy<Value = Action> {
    let mut choices: Vec<String> = Vec::new();
    let mut nodes: Vec<String> = Vec::new();
    for n in &guide.flow.nodes {
        nodes.push(n.id.clone());
        if let NodeKind::Question { choices: cs, .. } = &n.kind {
            choices.extend(cs.iter().map(|c| c.id.clone()));
        }
    }
    let mut evidence: Vec<String> = EVIDENCE_IDS.iter().map(|e| e.to_string()).collect();
    evidence.push("not_on_the_list".into());
    let contact_value = prop_oneof![
        Just("2026-11-20T09:30".to_string()),
        Just("2026-12-01".to_string()),
        Just("card 4111 1111 1111 1111".to_string()),
        "\\PC{0,20}",
    ];
    let fact = prop_oneof![
        Just("2026-11-02".to_string()),
        Just("2031-01-01".to_string()),
        Just("1200.50".to_string()),
        "[0-9a-z.,-]{0,12}",
        "\\PC{0,16}",
    ];
    prop_oneof![
        4 => proptest::sample::select(choices.clone()).prop_map(Action::Choose),
        3 => proptest::sample::select(choices).prop_map(Action::Toggle),
        2 => (proptest::sample::select(Field::ALL.to_vec()), fact).prop_map(|(f, v)| Action::SetFact(f, v)),
        6 => Just(Action::Next { today: Date::new(2026, 11, 24) }),
        1 => Just(Action::Skip),
        3 => Just(Action::Back),
        1 => Just(Action::Restart),
        1 => proptest::sample::select(nodes.clone()).prop_map(Action::Change),
        1 => proptest::sample::select(nodes).prop_map(Action::Open),
        // The case file: evidence, the contact log (typed, added, changed, removed) and the
        // ladder, so saved states carry all of it, not near-defaults.
        1 => proptest::sample::select(evidence).prop_map(Action::ToggleEvidence),
        3 => (proptest::sample::select(CONTACT_FIELDS.to_vec()), contact_value).prop_map(|(f, v)| Action::SetDraft(f, v)),
        2 => Just(Action::SaveContact { today: Date::new(2026, 11, 24) }),
        1 => (0usize..4).prop_map(Action::EditContact),
        1 => (0usize..4).prop_map(Action::RemoveContact),
        1 => Just(Action::UndoRemove),
        1 => Just(Action::CancelContact),
        1 => (proptest::sample::select(Channel::ALL.to_vec()), proptest::sample::select(Status::ALL.to_vec()))
            .prop_map(|(c, st)| Action::SetStatus(c, st)),
    ]
}

/// The session after `actions` from a fresh start, without the parts that are never saved
/// (the last Continue's errors, what the contact log last did, the inputs cut), so it can be compared with what loads back.
pub fn played(guide: &Guide, actions: Vec<Action>) -> Session {
    let mut s = Session::new(&guide.flow);
    for a in actions {
        s = s.apply(&guide.flow, a);
    }
    s.error = None;
    s.log_event = None;
    s.field_errors.clear();
    s.cut.clear();
    s
}

/// Answers whatever the guide asks, from a story: the choices for each question it meets
/// (by node id) and the value typed at each input (skipped when the story has none);
/// Continue on warnings and "check your answers". Stops on the plan, or where a warning
/// has no way on. Returns the session and every node shown, in order. Panics (a test
/// failure) on a question the story has no answer for, so a story states every answer the
/// flow asks of that person.
pub fn answer(
    guide: &Guide,
    picks: &[(&str, &[&str])],
    typed: &[(&str, &str)],
    today: Option<Date>,
) -> (Session, Vec<String>) {
    let flow = &guide.flow;
    let mut s = Session::new(flow);
    let mut shown = Vec::new();
    for _ in 0..flow.nodes.len() * 2 {
        let node = s.current(flow).clone();
        shown.push(node.id.clone());
        match &node.kind {
            NodeKind::Question { multi, .. } => {
                let Some((_, chosen)) = picks.iter().find(|(id, _)| *id == node.id) else {
                    panic!(
                        "the story has no answer for `{}` (shown: {shown:?})",
                        node.id
                    )
                };
                for c in *chosen {
                    s = s.apply(
                        flow,
                        if *multi {
                            Action::Toggle(c.to_string())
                        } else {
                            Action::Choose(c.to_string())
                        },
                    );
                }
            }
            NodeKind::Input { field, .. } => match typed.iter().find(|(id, _)| *id == node.id) {
                Some((_, v)) => s = s.apply(flow, Action::SetFact(*field, v.to_string())),
                None => {
                    s = s.apply(flow, Action::Skip);
                    continue;
                }
            },
            NodeKind::Plan { .. } => break,
            NodeKind::Stop if node.next.is_none() => break,
            _ => {}
        }
        s = s.apply(flow, Action::Next { today });
        assert!(s.error.is_none(), "error {:?} at `{}`", s.error, node.id);
    }
    (s, shown)
}
