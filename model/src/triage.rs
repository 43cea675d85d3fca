//! Triage: from the answers on the person's path to the likely causes, kept as data.
//!
//! Every choice in the flow carries points for the causes it points to (the decision table
//! lives in `content/flow.json`). A cause is diagnosed at [`DIAGNOSIS_THRESHOLD`] points or
//! more; when none gets there, the causes sharing the top score (if any) are shown as
//! possible ones. The "why" is the list of the person's own answers that gave the points.
//!
//! Some answers rule a cause out whatever else points at it (`rules_out` in the flow): the
//! kind of money decides who can be at fault (no merchant in a transfer between people,
//! nothing typed by the person in a merchant refund), and "I checked my details, they are
//! right" takes the person's own mistake off the table. No answer without a sign of a
//! mistake gives the person's mistake a point.
//!
//! The kind of case ([`CaseKind`]) comes from the flags the answers raise; it decides
//! whether a refund clock applies at all (only where money is in transit, DESIGN §7) and
//! which remedy the texts ask for.

use super::case::parse_amount;
use super::clock::{verdict, ClockRules, Verdict};
use super::contacts::Party;
use super::content::{Flag, Flow, NodeKind};
use super::date::Date;
use super::engine::{Answer, Session};
use super::ids::{Cause, Channel, Field, Route, Status, Step};

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

/// What kind of case this is, for the clock and the texts. Theft and restrictions win over
/// the kind of money: a refund on a frozen account waits for the freeze, not for a window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseKind {
    /// A merchant refund, a failed payment, or any other money owed back.
    Refund,
    Withdrawal,
    /// Money someone sent the person.
    Transfer,
    /// Transactions the person did not authorise.
    Unauthorised,
    /// The account or the money is restricted or frozen.
    Restricted,
}

impl CaseKind {
    pub fn id(self) -> &'static str {
        match self {
            CaseKind::Refund => "refund",
            CaseKind::Withdrawal => "withdrawal",
            CaseKind::Transfer => "transfer",
            CaseKind::Unauthorised => "unauthorised",
            CaseKind::Restricted => "restricted",
        }
    }

    /// Whether money is on its way, so a normal processing window means something.
    pub fn in_transit(self) -> bool {
        !matches!(self, CaseKind::Unauthorised | CaseKind::Restricted)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnosis {
    /// Most likely first. Empty when the answers point nowhere.
    pub findings: Vec<Finding>,
    /// Whether the findings reached the threshold (false: "possible causes").
    pub confident: bool,
    /// The refund route: the case file's, else the one the kind of money suggests.
    pub route: Option<Route>,
    /// Every flag the answers on the path raised.
    pub flags: Vec<Flag>,
    pub kind: CaseKind,
    /// The amount given is at or above the flow's legal-help threshold.
    pub large_amount: bool,
    /// The person marked the regulator complaint "answered" (not "resolved"): legal help next.
    pub regulator_unresolved: bool,
    /// The handling steps, ordered for the most likely cause.
    pub steps: Vec<Step>,
}

impl Diagnosis {
    /// Whether money is on its way, so a normal processing window means something: not for
    /// theft or a restriction, nor while a merchant has not refunded.
    pub fn in_transit(&self) -> bool {
        self.kind.in_transit() && !self.flags.contains(&Flag::NotRefunded)
    }

    pub fn causes(&self) -> Vec<Cause> {
        let mut out = Vec::with_capacity(self.findings.len());
        for f in &self.findings {
            out.push(f.cause);
        }
        out
    }
}

/// Reads the answers along the person's path.
pub fn diagnose(flow: &Flow, session: &Session) -> Diagnosis {
    let mut found: Vec<Finding> = Vec::with_capacity(Cause::ALL.len());
    for &cause in Cause::ALL {
        found.push(Finding {
            cause,
            score: 0,
            why: Vec::new(),
        });
    }
    let mut route = None;
    let mut flags: Vec<Flag> = Vec::new();
    let mut ruled_out: Vec<Cause> = Vec::new();
    let mut large_amount = false;
    for i in session.path(flow) {
        let node = &flow.nodes[i];
        let picked: &[String] = match (&node.kind, session.answers.get(&node.id)) {
            (NodeKind::Question { .. }, Some(Answer::One(c))) => std::slice::from_ref(c),
            (NodeKind::Question { .. }, Some(Answer::Many(cs))) => cs,
            (
                NodeKind::Input {
                    field: Field::Amount,
                    ..
                },
                Some(Answer::Given),
            ) => {
                let cents = session
                    .facts
                    .get(&Field::Amount)
                    .and_then(|a| parse_amount(a));
                large_amount =
                    cents.is_some_and(|c| c >= flow.legal_help_threshold.saturating_mul(100));
                continue;
            }
            _ => continue,
        };
        for id in picked {
            let Some(choice) = node.choice(id) else {
                continue;
            };
            route = choice.route.or(route);
            flags.extend(choice.flag);
            ruled_out.extend_from_slice(&choice.rules_out);
            for &(cause, points) in &choice.points {
                let f = &mut found[cause.index()];
                f.score += u32::from(points);
                f.why.push((node.id.clone(), id.clone()));
            }
        }
    }
    for f in &mut found {
        if ruled_out.contains(&f.cause) {
            f.score = 0;
            f.why.clear();
        }
    }
    let top = found.iter().map(|f| f.score).max().unwrap_or(0);
    let confident = top >= DIAGNOSIS_THRESHOLD;
    let keep = |f: &Finding| {
        if confident {
            f.score >= DIAGNOSIS_THRESHOLD
        } else {
            top > 0 && f.score == top
        }
    };
    // Highest score first; ties keep the article's order of causes (a stable selection, no
    // sort: five entries).
    let mut findings = Vec::new();
    for score in (1..=top).rev() {
        for f in &found {
            if f.score == score && keep(f) {
                findings.push(f.clone());
            }
        }
    }
    let steps = flow.plan_for(findings.first().map(|f| f.cause));
    // The route chosen in the case file wins over the one the kind of money suggests.
    let route = session
        .facts
        .get(&Field::Route)
        .and_then(|r| Route::from_id(r))
        .or(route);
    // Legal help is raised too once the regulator answered without resolving it (DESIGN §7).
    let regulator_unresolved = session.ladder.get(&Channel::Regulator) == Some(&Status::Answered);
    let has = |f: Flag| flags.contains(&f);
    let kind = if has(Flag::Unauthorised) {
        CaseKind::Unauthorised
    } else if has(Flag::Restricted) {
        CaseKind::Restricted
    } else if has(Flag::Withdrawal) {
        CaseKind::Withdrawal
    } else if has(Flag::Transfer) {
        CaseKind::Transfer
    } else {
        CaseKind::Refund
    };
    Diagnosis {
        findings,
        confident,
        route,
        kind,
        flags,
        large_amount,
        regulator_unresolved,
        steps,
    }
}

/// The refund clock for this session on `today`: the route the kind of money suggests, the
/// start date from the case facts (the same value the triage question filled). Not
/// applicable where no money is in transit (theft, a restriction); unknown without a route,
/// a usable start date (not after today) or a today.
pub fn refund_clock(
    d: &Diagnosis,
    session: &Session,
    today: Option<Date>,
    rules: &ClockRules,
) -> Verdict {
    if !d.in_transit() {
        return Verdict::NotApplicable;
    }
    let route = d.route;
    let start = session
        .facts
        .get(&Field::RefundStartedOn)
        .and_then(|s| Date::parse_iso(s.trim()));
    match today {
        Some(today) => verdict(
            route.map(|r| rules.window(r)),
            start,
            today,
            &rules.calendar,
        )
        .unwrap_or(Verdict::Unknown),
        None => Verdict::Unknown,
    }
}

/// When a person comes back to their plan, the date the money should have arrived by, if
/// that date has passed and the case is still open: the widget then asks whether the money
/// arrived (DESIGN §1: the date to come back is the end of the refund window).
pub fn follow_up_due(
    flow: &Flow,
    session: &Session,
    today: Option<Date>,
    rules: &ClockRules,
) -> Option<Date> {
    if session.resolved_on.is_some() || !matches!(session.current(flow).kind, NodeKind::Plan { .. })
    {
        return None;
    }
    match refund_clock(&diagnose(flow, session), session, today, rules) {
        Verdict::Overdue { due, .. } => Some(due),
        _ => None,
    }
}

/// The handling steps in the order to do them: the cause's order, except that once the
/// money is overdue, contacting support and keeping evidence come first.
pub fn plan_steps(diagnosis: &Diagnosis, clock: Verdict) -> Vec<Step> {
    let urgent: &[Step] = match clock {
        Verdict::Overdue { .. } => &[Step::ContactSupport, Step::KeepEvidence],
        _ => &[],
    };
    let rest = diagnosis.steps.iter().filter(|s| !urgent.contains(s));
    urgent.iter().chain(rest).copied().collect()
}

/// Who is involved, from the diagnosis: always the wallet; a bank when the money goes to or
/// comes from a card; the merchant for merchant refunds or a merchant cause; fraud when the
/// account may be compromised or a fake "customer service" got in touch.
pub fn parties(d: &Diagnosis) -> Vec<Party> {
    let mut out = vec![Party::PaymentInstitution];
    // A bank, or a consumer-finance lender (pay-later): both answer to 12378.
    if matches!(d.route, Some(Route::BankCard | Route::CreditCard))
        || d.flags.contains(&Flag::PayLater)
    {
        out.push(Party::Bank);
    }
    let causes = d.causes();
    if d.route == Some(Route::OriginalMethod) || causes.contains(&Cause::MerchantError) {
        out.push(Party::Merchant);
    }
    if causes.contains(&Cause::AccountSecurity) || d.flags.contains(&Flag::Scam) {
        out.push(Party::Fraud);
    }
    out
}
