//! Events for the host page (DESIGN §4.1): what to announce when a screen is shown. The
//! details carry ids and statuses only, never anything the person typed, so a host can
//! forward them to its analytics without handling personal data.

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

/// Appends `"key":"value"` (ids are `[a-z0-9_-]`, checked when content loads: no escaping).
fn field(out: &mut String, key: &str, value: &str) {
    out.push('"');
    out.push_str(key);
    out.push_str("\":\"");
    out.push_str(value);
    out.push('"');
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
    let mut step = String::from("{");
    field(&mut step, "step", &node.id);
    step.push_str(&format!(",\"index\":{index},\"total\":{total}}}"));
    let mut events = vec![HostEvent {
        name: "step",
        detail: step,
    }];
    if let NodeKind::Plan { .. } = node.kind {
        let d = diagnose(flow, session);
        let mut causes = String::from("\"causes\":[");
        for (i, f) in d.findings.iter().enumerate() {
            if i > 0 {
                causes.push(',');
            }
            causes.push('"');
            causes.push_str(f.cause.id());
            causes.push('"');
        }
        causes.push(']');
        let clock = refund_clock(d.route, session, today, rules);
        let mut verdict = String::new();
        field(&mut verdict, "verdict", clock.id());
        let due = clock
            .due()
            .map_or("null".to_string(), |d| format!("\"{d}\""));
        events.push(HostEvent {
            name: "cause",
            detail: format!("{{{causes}}}"),
        });
        events.push(HostEvent {
            name: "clock",
            detail: format!("{{{verdict},\"due\":{due}}}"),
        });
        events.push(HostEvent {
            name: "complete",
            detail: format!("{{{causes},{verdict}}}"),
        });
    }
    events
}

/// `refund-guide:error` with its stable `code`, the setting concerned (`key`, a dotted
/// config path) and a message for the web team's console.
pub fn error(code: &str, key: &str, message: &str) -> HostEvent {
    let mut detail = String::from("{");
    field(&mut detail, "code", code);
    detail.push(',');
    field(&mut detail, "key", key);
    detail.push_str(",\"message\":");
    super::json::push_string(&mut detail, message);
    detail.push('}');
    HostEvent {
        name: "error",
        detail,
    }
}

/// `refund-guide:letter`: a ready-to-send text was copied, downloaded or printed (its id and
/// the action only, never its words).
pub fn letter(letter: &str, action: &str) -> HostEvent {
    let mut detail = String::from("{");
    field(&mut detail, "letter", letter);
    detail.push(',');
    field(&mut detail, "action", action);
    detail.push('}');
    HostEvent {
        name: "letter",
        detail,
    }
}
