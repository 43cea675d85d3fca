//! Events for the host page (DESIGN §4.1): what to announce when a screen is shown. The
//! details carry ids and statuses only, never anything the person typed, so a host can
//! forward them to its analytics without handling personal data.

use serde::Serialize;

use super::clock::ClockRules;
use super::content::{Flow, NodeKind};
use super::engine::Session;
use super::triage::{diagnose, refund_clock};
use super::Date;

/// One `refund-guide:<name>` event and its `detail` as JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostEvent {
    pub name: &'static str,
    pub detail: String,
}

impl HostEvent {
    fn new(name: &'static str, detail: &impl Serialize) -> HostEvent {
        HostEvent {
            name,
            // Plain structs of strings and numbers: serialising them cannot fail.
            detail: serde_json::to_string(detail).unwrap_or_else(|_| "{}".into()),
        }
    }
}

#[derive(Serialize)]
struct StepDetail<'a> {
    step: &'a str,
    index: usize,
    total: usize,
}

#[derive(Serialize)]
struct CauseDetail {
    causes: Vec<&'static str>,
}

#[derive(Serialize)]
struct ClockDetail {
    verdict: &'static str,
    due: Option<String>,
}

#[derive(Serialize)]
struct CompleteDetail {
    causes: Vec<&'static str>,
    verdict: &'static str,
}

#[derive(Serialize)]
struct ErrorDetail<'a> {
    code: &'a str,
    key: &'a str,
    message: &'a str,
}

#[derive(Serialize)]
struct LetterDetail<'a> {
    letter: &'a str,
    action: &'a str,
}

/// The events a screen could announce: always `step` ([`step_shown`]); on the plan also
/// `cause`, `clock` and `complete` ([`plan_reached`]). The widget sends the plan's three
/// only when the plan is first reached (`Session::plan_reached`), not on every showing.
pub fn on_show(
    flow: &Flow,
    session: &Session,
    today: Option<Date>,
    rules: &ClockRules,
) -> Vec<HostEvent> {
    let mut events = vec![step_shown(flow, session)];
    if let NodeKind::Plan { .. } = session.current(flow).kind {
        events.extend(plan_reached(flow, session, today, rules));
    }
    events
}

/// `step` for the screen now shown (sent on every screen, the first included).
pub fn step_shown(flow: &Flow, session: &Session) -> HostEvent {
    let node = session.current(flow);
    let path = session.path(flow);
    let (index, total) = session.progress(flow).unwrap_or_else(|| {
        let at = path
            .iter()
            .position(|&i| flow.nodes[i].id == node.id)
            .map_or(path.len(), |p| p + 1);
        (at, path.len().max(at))
    });
    HostEvent::new(
        "step",
        &StepDetail {
            step: &node.id,
            index,
            total,
        },
    )
}

/// `cause`, `clock` and `complete`: what the plan found, for a host's analytics. Sent once
/// per completion of the questions, so a reload or a resume is not counted again.
pub fn plan_reached(
    flow: &Flow,
    session: &Session,
    today: Option<Date>,
    rules: &ClockRules,
) -> Vec<HostEvent> {
    let d = diagnose(flow, session);
    let causes: Vec<&'static str> = d.findings.iter().map(|f| f.cause.id()).collect();
    let clock = refund_clock(&d, session, today, rules);
    let verdict = clock.id();
    vec![
        HostEvent::new(
            "cause",
            &CauseDetail {
                causes: causes.clone(),
            },
        ),
        HostEvent::new(
            "clock",
            &ClockDetail {
                verdict,
                due: clock.due().map(|d| d.to_string()),
            },
        ),
        HostEvent::new("complete", &CompleteDetail { causes, verdict }),
    ]
}

/// `refund-guide:error` with its stable `code`, the setting concerned (`key`, a dotted
/// config path, which may hold whatever text the host wrote as a key) and a message for the
/// web team's console.
pub fn error(code: &str, key: &str, message: &str) -> HostEvent {
    HostEvent::new("error", &ErrorDetail { code, key, message })
}

/// `refund-guide:letter`: a ready-to-send text was copied, downloaded or printed (its id and
/// the action only, never its words).
pub fn letter(letter: &str, action: &str) -> HostEvent {
    HostEvent::new("letter", &LetterDetail { letter, action })
}
