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

/// The events for the screen now shown: always `step`; on the plan also `cause`, `clock`
/// and `complete`.
pub fn on_show(
    flow: &Flow,
    session: &Session,
    today: Option<Date>,
    rules: &ClockRules,
) -> Vec<HostEvent> {
    let node = session.current(flow);
    let path = session.path(flow);
    let (index, total) = session.progress(flow).unwrap_or_else(|| {
        let at = path
            .iter()
            .position(|&i| flow.nodes[i].id == node.id)
            .map_or(path.len(), |p| p + 1);
        (at, path.len().max(at))
    });
    let mut events = vec![HostEvent::new(
        "step",
        &StepDetail {
            step: &node.id,
            index,
            total,
        },
    )];
    if let NodeKind::Plan { .. } = node.kind {
        let d = diagnose(flow, session);
        let causes: Vec<&'static str> = d.findings.iter().map(|f| f.cause.id()).collect();
        let clock = refund_clock(&d, session, today, rules);
        let verdict = clock.id();
        events.push(HostEvent::new(
            "cause",
            &CauseDetail {
                causes: causes.clone(),
            },
        ));
        events.push(HostEvent::new(
            "clock",
            &ClockDetail {
                verdict,
                due: clock.due().map(|d| d.to_string()),
            },
        ));
        events.push(HostEvent::new(
            "complete",
            &CompleteDetail { causes, verdict },
        ));
    }
    events
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
