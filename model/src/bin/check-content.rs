//! `cargo run --bin check-content -- FILE.json [FILE.json…]`: checks content packs an
//! integrator writes. A flow file (has `start`) is checked on its own; a text pack (has
//! `locale`) is checked against the built-in flow, or against a flow file given alongside.
//! `--override FILE.json` checks a configuration's `content` (a partial pack, or a list of
//! them) over the built-in guide, as the widget will. `--config FILE.json` checks a whole
//! configuration (DESIGN §4.2) with the widget's own reader, content override included: the
//! same list `RefundGuide.check()` and `npx refund-guide-check` give, one `key: message
//! (code)` line per problem. Every problem is listed; the exit code is 1 if there was any,
//! 2 on usage errors.

use std::process::ExitCode;

use refund_guide_model::content::{Flow, Texts, BUILTIN_FLOW};
use refund_guide_model::Guide;
use serde_json::Value;

fn main() -> ExitCode {
    let mut paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.first().is_some_and(|a| a == "--override") {
        paths.remove(0);
        return check_override(&paths);
    }
    if paths.first().is_some_and(|a| a == "--config") {
        paths.remove(0);
        return check_config(&paths);
    }
    if paths.is_empty() || paths.iter().any(|p| p == "-h" || p == "--help") {
        eprintln!("usage: check-content FILE.json [FILE.json…]\n  checks a flow (content/flow.json) or a text pack (content/<locale>.json)\n       check-content --override FILE.json   a configuration's content\n       check-content --config FILE.json     a whole configuration");
        return ExitCode::from(2);
    }
    let mut files = Vec::new();
    for path in &paths {
        match std::fs::read_to_string(path) {
            Ok(text) => files.push((path.as_str(), text)),
            Err(e) => {
                eprintln!("{path}: cannot read: {e}");
                return ExitCode::from(2);
            }
        }
    }
    let is_flow = |text: &str| {
        serde_json::from_str::<Value>(text)
            .ok()
            .is_some_and(|v| v.get("start").is_some())
    };
    let mut problems = 0usize;
    let flow_source = files.iter().find(|(_, t)| is_flow(t));
    let flow = match flow_source {
        Some((path, text)) => match Flow::parse(text) {
            Ok(f) => Some(f),
            Err(errors) => {
                problems += report(path, &errors);
                None
            }
        },
        None => Flow::parse(BUILTIN_FLOW).ok(),
    };
    for (path, text) in &files {
        if is_flow(text) {
            continue;
        }
        match &flow {
            Some(flow) => {
                if let Err(errors) = Texts::parse(text, flow) {
                    problems += report(path, &errors);
                }
            }
            None => eprintln!("{path}: not checked, the flow has problems"),
        }
    }
    if problems == 0 {
        println!("ok: {} file(s), no problems", files.len());
        ExitCode::SUCCESS
    } else {
        eprintln!("{problems} problem(s)");
        ExitCode::from(1)
    }
}

fn report(path: &str, errors: &[refund_guide_model::ContentError]) -> usize {
    for e in errors {
        eprintln!("{path}: {e}");
    }
    errors.len()
}

/// The JSON file at `path` and the built-in guide to check it against; on failure, the
/// exit code (2: unreadable file or guide, 1: not JSON), the reason already printed.
fn json_and_guide(path: &str) -> Result<(Value, Guide), ExitCode> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        eprintln!("{path}: cannot read: {e}");
        ExitCode::from(2)
    })?;
    let value = serde_json::from_str(&text).map_err(|e| {
        eprintln!("{path}: not JSON: {e}");
        ExitCode::from(1)
    })?;
    let guide = Guide::shipped().map_err(|_| {
        eprintln!("the built-in content cannot be read");
        ExitCode::from(2)
    })?;
    Ok((value, guide))
}

/// A configuration's `content`, over the built-in guide, as the widget merges and checks it.
fn check_override(paths: &[String]) -> ExitCode {
    let [path] = paths else {
        eprintln!("usage: check-content --override FILE.json");
        return ExitCode::from(2);
    };
    let (content, guide) = match json_and_guide(path) {
        Ok(read) => read,
        Err(code) => return code,
    };
    match guide.with_content(&content) {
        Ok(_) => {
            println!("ok: {path} applies over the built-in guide");
            ExitCode::SUCCESS
        }
        Err(errors) => {
            let n = report(path, &errors);
            eprintln!("{n} problem(s); the widget would keep its built-in texts");
            ExitCode::from(1)
        }
    }
}

/// A whole configuration, read as the widget reads it at mount.
fn check_config(paths: &[String]) -> ExitCode {
    let [path] = paths else {
        eprintln!("usage: check-content --config FILE.json");
        return ExitCode::from(2);
    };
    let (config, guide) = match json_and_guide(path) {
        Ok(read) => read,
        Err(code) => return code,
    };
    // Checked as the loader passes it (compact JSON), so the size bound means the same here.
    let issues = refund_guide_model::config::check(&config.to_string(), &guide);
    for issue in &issues {
        println!("{issue}");
    }
    if issues.is_empty() {
        eprintln!("ok: {path}, no problems");
        ExitCode::SUCCESS
    } else {
        eprintln!("{} problem(s) in {path}", issues.len());
        ExitCode::from(1)
    }
}
