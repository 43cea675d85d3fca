//! Saved state: the versioned envelope kept in localStorage (DESIGN §4.5), pure and tested
//! natively; `browser` is the localStorage adapter the widget uses (tested in `tests/web.rs`).
//!
//! One entry per widget instance: key `<prefix>:v<schema>`, value
//! `{"schema": N, "saved_at": "<RFC 3339 UTC>", "data": {…}}`. Reading never fails: a value
//! that cannot be decoded is reported as unreadable (the adapter moves it aside), a newer
//! schema is reported and left alone, and answers that no longer fit the content are dropped
//! while every case fact is kept.

#[cfg(target_arch = "wasm32")]
pub mod browser;

use crate::guide::case::CONTACT_FIELDS;
use crate::guide::ids::{Channel, Status};
use crate::guide::json::{push_string, push_strings, Json};
use crate::guide::letters::Contact;
use crate::guide::{Answer, Date, Field, Flow, Session, VecMap};

/// This build's schema. Every released schema keeps a fixture in `tests/fixtures/`.
pub const SCHEMA: u64 = 1;
/// `"schema":<SCHEMA>` as written (a literal: formatting a number costs wasm size).
const SCHEMA_MEMBER: &str = "\"schema\":1";

/// The key prefix when the host sets none and the element has no id.
pub const DEFAULT_PREFIX: &str = "refund-guide";

/// `<prefix>:v<schema>`.
pub fn key(prefix: &str, schema: u64) -> String {
    format!("{prefix}:v{schema}")
}

/// Where an unreadable value is moved: `<prefix>:corrupt:<milliseconds since epoch>`.
pub fn corrupt_key(prefix: &str, millis: u64) -> String {
    format!("{prefix}:corrupt:{millis}")
}

/// Whether any key is `<prefix>:v<M>` with M above this build's schema.
pub fn has_newer_key<'a>(keys: impl IntoIterator<Item = &'a str>, prefix: &str) -> bool {
    keys.into_iter().any(|k| {
        k.strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix(":v"))
            .and_then(|n| n.parse::<u64>().ok())
            .is_some_and(|n| n > SCHEMA)
    })
}

/// What a stored value turned out to be.
// Made once per load and taken apart at once: boxing the session would only add an
// allocation and unwrap noise to every caller.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    Resumed {
        session: Session,
        saved_at: String,
        /// Questions whose answers no longer fit the content (answer them again).
        dropped: Vec<String>,
    },
    /// Not JSON, or not the envelope's shape: keep the raw value aside, start fresh.
    Unreadable,
    /// Saved by a newer build: neither used nor overwritten.
    Newer,
}

/// The envelope for a session.
pub fn encode(session: &Session, saved_at: &str) -> String {
    envelope("", session, saved_at)
}

/// The export file: the saved envelope plus `"app": "refund-guide"` (DESIGN §4.5).
pub fn export(session: &Session, saved_at: &str) -> String {
    envelope("\"app\":\"refund-guide\",", session, saved_at)
}

/// Written straight to text (no `Json` tree): the shape is fixed, and this is less code.
fn envelope(head: &str, session: &Session, saved_at: &str) -> String {
    let mut out = String::from("{");
    out.push_str(head);
    out.push_str(SCHEMA_MEMBER);
    out.push_str(",\"saved_at\":");
    push_string(&mut out, saved_at);
    out.push_str(",\"data\":");
    push_session(&mut out, session);
    out.push('}');
    out
}

/// The export file as a `data:` URL for a download link (`<a download href>`): no Blob or
/// object URL to create and revoke, and nothing a strict host policy blocks.
pub fn data_url(json: &str) -> String {
    text_url("application/json", json)
}

/// A `data:` URL for a download link (`text/plain`, `text/calendar`, …) in UTF-8: the file
/// is made in the page, so downloading it makes no request.
pub fn text_url(mime: &str, text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = format!("data:{mime};charset=utf-8,");
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
    out
}

/// What an import would bring in, shown before anything is replaced.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPreview {
    pub session: Session,
    pub saved_at: String,
    pub answers: usize,
    pub facts: usize,
    /// Questions whose answers no longer fit this build's content.
    pub dropped: Vec<String>,
}

/// Why a file cannot be imported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON, or not a Refund Guide export.
    NotAnExport,
    /// Exported by a newer version than this one.
    Newer,
    /// Right kind of file, but its data cannot be read.
    Unreadable,
}

/// Checks an export file and previews it (any schema this build can migrate).
pub fn import(text: &str, flow: &Flow) -> Result<ImportPreview, ImportError> {
    // Some editors add a byte-order mark when a file is saved again.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file = Json::parse(text).map_err(|_| ImportError::NotAnExport)?;
    if file.get("app").and_then(Json::as_str) != Some("refund-guide") {
        return Err(ImportError::NotAnExport);
    }
    match decode(text, flow) {
        Loaded::Resumed {
            session,
            saved_at,
            dropped,
        } => Ok(ImportPreview {
            answers: session.answers.len(),
            facts: session.facts.len(),
            session,
            saved_at,
            dropped,
        }),
        Loaded::Newer => Err(ImportError::Newer),
        Loaded::Unreadable => Err(ImportError::Unreadable),
    }
}

/// Reads a stored envelope.
pub fn decode(raw: &str, flow: &Flow) -> Loaded {
    let Ok(envelope) = Json::parse(raw) else {
        return Loaded::Unreadable;
    };
    let Some(schema) = envelope.get("schema").and_then(Json::as_u64) else {
        return Loaded::Unreadable;
    };
    if schema > SCHEMA {
        return Loaded::Newer;
    }
    let saved_at = envelope
        .get("saved_at")
        .and_then(Json::as_str)
        .unwrap_or_default()
        .to_string();
    match envelope.get("data").and_then(|d| migrate(schema, d)) {
        Some(session) => {
            let (session, dropped) = session.sanitize(flow);
            Loaded::Resumed {
                session,
                saved_at,
                dropped,
            }
        }
        None => Loaded::Unreadable,
    }
}

/// Reads `data` saved under `schema` (this one or older). Schema 1 is the first; a later
/// schema adds a step here that brings older data up to date first (and a fixture).
fn migrate(schema: u64, data: &Json) -> Option<Session> {
    match schema {
        1 => session_from_json(data),
        _ => None,
    }
}

/// Appends the session as the envelope's `data`.
fn push_session(out: &mut String, s: &Session) {
    out.push_str("{\"trail\":");
    push_strings(out, &s.trail);
    out.push_str(",\"answers\":{");
    for (i, (id, a)) in s.answers.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_string(out, id);
        out.push(':');
        match a {
            Answer::One(c) => {
                out.push_str("{\"one\":");
                push_string(out, c);
                out.push('}');
            }
            Answer::Many(cs) => {
                out.push_str("{\"many\":");
                push_strings(out, cs);
                out.push('}');
            }
            Answer::Given => out.push_str("\"given\""),
            Answer::Skipped => out.push_str("\"skipped\""),
            Answer::Seen => out.push_str("\"seen\""),
        }
    }
    out.push_str("},\"facts\":{");
    for (i, (f, v)) in s.facts.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_string(out, f.id());
        out.push(':');
        push_string(out, v);
    }
    out.push_str("},\"evidence\":");
    push_strings(out, &s.evidence);
    out.push_str(",\"contacts\":[");
    for (i, c) in s.contacts.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_contact(out, c);
    }
    out.push_str("],\"draft\":");
    push_contact(out, &s.draft);
    if let Some(i) = s.editing {
        out.push_str(",\"editing\":");
        out.push_str(&i.to_string());
    }
    out.push_str(",\"ladder\":{");
    for (i, (c, st)) in s.ladder.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_string(out, c.id());
        out.push(':');
        push_string(out, st.id());
    }
    out.push_str("},\"changing\":");
    out.push_str(if s.changing { "true" } else { "false" });
    if let Some(day) = s.resolved_on {
        out.push_str(",\"resolved_on\":");
        push_string(out, &day.to_string());
    }
    out.push('}');
}

/// A contact-log entry as an object keyed by the fields' DOM ids.
fn push_contact(out: &mut String, c: &Contact) {
    out.push('{');
    for (i, id) in CONTACT_FIELDS.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_string(out, id);
        out.push(':');
        push_string(out, c.field(id));
    }
    out.push('}');
}

fn contact_from_json(v: &Json) -> Option<Contact> {
    let mut c = Contact::default();
    for (id, value) in v.as_object()? {
        if let Some(slot) = c.field_mut(id) {
            *slot = value.as_str()?.to_string();
        }
    }
    Some(c)
}

/// The session in `data`, if it has the right shape. Unknown fact fields are ignored (a
/// later schema's field read by an older build is impossible: newer schemas are refused).
pub fn session_from_json(data: &Json) -> Option<Session> {
    // A loop rather than `collect::<Option<Vec<_>>>()`: that adapter costs wasm size.
    let string_list = |v: &Json| -> Option<Vec<String>> {
        let mut out = Vec::new();
        for item in v.as_array()? {
            out.push(item.as_str()?.to_string());
        }
        Some(out)
    };
    let trail = string_list(data.get("trail")?)?;
    let mut answers = VecMap::new();
    for (id, v) in data.get("answers")?.as_object()? {
        let answer = match v {
            Json::String(s) if s == "given" => Answer::Given,
            Json::String(s) if s == "skipped" => Answer::Skipped,
            Json::String(s) if s == "seen" => Answer::Seen,
            Json::Object(_) => match (v.get("one"), v.get("many")) {
                (Some(Json::String(c)), None) => Answer::One(c.clone()),
                (None, Some(list)) => Answer::Many(string_list(list)?),
                _ => return None,
            },
            _ => return None,
        };
        answers.insert(id.clone(), answer);
    }
    let mut facts = VecMap::new();
    for (id, v) in data.get("facts")?.as_object()? {
        if let Some(field) = Field::from_id(id) {
            facts.insert(field, v.as_str()?.to_string());
        }
    }
    let changing = data
        .get("changing")
        .and_then(Json::as_bool)
        .unwrap_or(false);
    // The case file's parts are optional: schema 1 saves made before them still read.
    let evidence = match data.get("evidence") {
        Some(v) => string_list(v)?,
        None => Vec::new(),
    };
    let mut contacts = Vec::new();
    if let Some(list) = data.get("contacts") {
        for item in list.as_array()? {
            contacts.push(contact_from_json(item)?);
        }
    }
    let draft = match data.get("draft") {
        Some(v) => contact_from_json(v)?,
        None => Contact::default(),
    };
    // Bounded by `Session::sanitize`, which every load goes through.
    let editing = data
        .get("editing")
        .and_then(Json::as_u64)
        .map(|i| i as usize);
    let mut ladder = VecMap::new();
    if let Some(m) = data.get("ladder") {
        for (c, st) in m.as_object()? {
            if let (Some(c), Some(st)) =
                (Channel::from_id(c), st.as_str().and_then(Status::from_id))
            {
                ladder.insert(c, st);
            }
        }
    }
    Some(Session {
        trail,
        answers,
        facts,
        evidence,
        contacts,
        draft,
        editing,
        ladder,
        field_errors: Vec::new(),
        cut: Vec::new(),
        changing,
        error: None,
        // Optional, so schema 1 saves made before it existed still read.
        resolved_on: data
            .get("resolved_on")
            .and_then(Json::as_str)
            .and_then(Date::parse_iso),
    })
}

/// Notices the widget can show (DESIGN §4.3).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Progress was restored; `days` since it was saved.
    Resume {
        days: i64,
        /// Questions whose saved answers no longer fit the content: to answer again.
        dropped: Vec<String>,
    },
    StorageUnavailable,
    StorageFull,
    /// The unreadable value, kept aside in storage and offered as a download.
    SavedDataUnreadable {
        raw: String,
    },
    SavedByNewerVersion,
    ChangedInOtherTab,
    /// Back after the date the money should have arrived by: did it arrive?
    FollowUp {
        due: Date,
    },
}

impl Notice {
    pub fn id(&self) -> &'static str {
        match self {
            Notice::Resume { .. } => "resume",
            Notice::StorageUnavailable => "storage_unavailable",
            Notice::StorageFull => "storage_full",
            Notice::SavedDataUnreadable { .. } => "saved_data_unreadable",
            Notice::SavedByNewerVersion => "saved_by_newer_version",
            Notice::ChangedInOtherTab => "changed_in_other_tab",
            Notice::FollowUp { .. } => "follow_up",
        }
    }
}
