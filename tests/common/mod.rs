//! Helpers shared by the native tests: walk the shipped guide with a script of answers.
#![allow(dead_code)]

use refund_guide::guide::{Action, Guide, NodeKind, Session};

pub fn guide() -> Guide {
    Guide::builtin().expect("the shipped content is valid")
}

/// One scripted answer: a node id and what to do there.
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

pub fn current(guide: &Guide, s: &Session) -> String {
    s.current(&guide.flow).id.clone()
}
