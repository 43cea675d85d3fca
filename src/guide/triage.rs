//! Triage: from the answers on the person's path to the likely causes, kept as data.
//!
//! Every choice in the flow carries points for the causes it points to (the decision table
//! lives in `content/flow.json`). A cause is diagnosed at [`DIAGNOSIS_THRESHOLD`] points or
//! more; when none gets there, the causes sharing the top score (if any) are shown as
//! possible ones. The "why" is the list of the person's own answers that gave the points.

use std::collections::BTreeMap;

use super::content::{Flag, Flow, NodeKind};
use super::engine::{parse_amount, Answer, Session};
use super::ids::{Cause, Field, Route, Step};

/// Points at which a cause counts as diagnosed rather than merely possible.
pub const DIAGNOSIS_THRESHOLD: u32 = 2;

/// An answer that pointed at a cause: (question node id, choice id).
pub type Reason = (String, String);

#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub cause: Cause,
    pub score: u32,
    pub why: Vec<Reason>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnosis {
    /// Most likely first. Empty when the answers point nowhere.
    pub findings: Vec<Finding>,
    /// Whether the findings reached the threshold (false: "possible causes").
    pub confident: bool,
    /// The refund route the kind of money suggests.
    pub route: Option<Route>,
    pub pay_later: bool,
    /// The amount is at or above the legal-help threshold.
    pub large_amount: bool,
    /// The handling steps, ordered for the most likely cause.
    pub steps: Vec<Step>,
}

impl Diagnosis {
    pub fn causes(&self) -> Vec<Cause> {
        self.findings.iter().map(|f| f.cause).collect()
    }
}

/// Reads the answers along the person's path.
pub fn diagnose(flow: &Flow, session: &Session) -> Diagnosis {
    let mut scores: BTreeMap<Cause, Finding> = BTreeMap::new();
    let mut route = None;
    let mut pay_later = false;
    for i in session.path(flow) {
        let node = &flow.nodes[i];
        let NodeKind::Question { .. } = node.kind else { continue };
        let picked: Vec<&String> = match session.answers.get(&node.id) {
            Some(Answer::One(c)) => vec![c],
            Some(Answer::Many(cs)) => cs.iter().collect(),
            _ => continue,
        };
        for id in picked {
            let Some(choice) = node.choice(id) else { continue };
            route = choice.route.or(route);
            pay_later |= choice.flag == Some(Flag::PayLater);
            for &(cause, points) in &choice.points {
                let f = scores.entry(cause).or_insert(Finding { cause, score: 0, why: Vec::new() });
                f.score += u32::from(points);
                f.why.push((node.id.clone(), id.clone()));
            }
        }
    }
    let mut all: Vec<Finding> = scores.into_values().filter(|f| f.score > 0).collect();
    // Highest score first; ties keep the article's order of causes.
    all.sort_by(|a, b| b.score.cmp(&a.score).then(a.cause.cmp(&b.cause)));
    let confident = all.iter().any(|f| f.score >= DIAGNOSIS_THRESHOLD);
    let findings: Vec<Finding> = if confident {
        all.into_iter().filter(|f| f.score >= DIAGNOSIS_THRESHOLD).collect()
    } else {
        let top = all.first().map(|f| f.score).unwrap_or(0);
        all.into_iter().filter(|f| f.score == top).collect()
    };
    let amount_given = matches!(
        flow.nodes.iter().find(|n| matches!(n.kind, NodeKind::Input { field: Field::Amount, .. })).and_then(|n| session.answers.get(&n.id)),
        Some(Answer::Given)
    );
    let large_amount = amount_given
        && session
            .facts
            .get(&Field::Amount)
            .and_then(|a| parse_amount(a))
            .is_some_and(|a| a >= flow.legal_help_threshold);
    let steps = flow.plan_for(findings.first().map(|f| f.cause));
    Diagnosis { findings, confident, route, pay_later, large_amount, steps }
}
