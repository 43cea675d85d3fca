//! Saved state: the versioned envelope kept in localStorage (DESIGN §4.5), pure and tested
//! natively; the widget's `storage` module is the localStorage adapter that stores it.
//!
//! One entry per widget instance: key `<prefix>:v<schema>`, value
//! `{"schema": N, "saved_at": "<RFC 3339 UTC>", "data": {…}}`. Reading never fails: a value
//! that cannot be decoded is reported as unreadable (the adapter moves it aside), a newer
//! schema is reported and left alone, and answers that no longer fit the content are dropped
//! while every case fact is kept.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{Date, Flow, Session};

/// This build's schema. Every released schema keeps a fixture in `tests/fixtures/`.
pub const SCHEMA: u64 = 1;

/// What an export file says it is (DESIGN §4.5).
const APP: &str = "refund-guide";

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

/// The envelope as written: `{"schema", "saved_at", "data"}`, with `"app"` first in an
/// export file.
#[derive(Serialize)]
pub struct Envelope<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    app: Option<&'static str>,
    schema: u64,
    saved_at: &'a str,
    data: &'a Session,
}

/// The envelope as read: `data` stays a JSON value until the schema says how to read it.
#[derive(Deserialize)]
struct EnvelopeIn {
    schema: u64,
    #[serde(default)]
    saved_at: String,
    data: Value,
}

impl<'a> Envelope<'a> {
    /// What is saved in localStorage.
    pub fn new(session: &'a Session, saved_at: &'a str) -> Envelope<'a> {
        Envelope {
            app: None,
            schema: SCHEMA,
            saved_at,
            data: session,
        }
    }
}

fn envelope(app: Option<&'static str>, session: &Session, saved_at: &str) -> String {
    let out = Envelope {
        app,
        ..Envelope::new(session, saved_at)
    };
    // Every map in a session is keyed by strings or by ids written as strings, so this cannot
    // fail; the empty string would be read back as unreadable data, never as a session.
    serde_json::to_string(&out).unwrap_or_default()
}

/// The envelope for a session.
pub fn encode(session: &Session, saved_at: &str) -> String {
    envelope(None, session, saved_at)
}

/// The export file: the saved envelope plus `"app": "refund-guide"` (DESIGN §4.5).
pub fn export(session: &Session, saved_at: &str) -> String {
    envelope(Some(APP), session, saved_at)
}

/// The export file as a `data:` URL for a download link (`<a download href>`): no Blob or
/// object URL to create and revoke, and nothing a strict host policy blocks.
pub fn data_url(json: &str) -> String {
    text_url("application/json", json)
}

/// What `encodeURIComponent` leaves as it is.
const URI_COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// A `data:` URL for a download link (`text/plain`, `text/calendar`, …) in UTF-8: the file
/// is made in the page, so downloading it makes no request.
pub fn text_url(mime: &str, text: &str) -> String {
    format!(
        "data:{mime};charset=utf-8,{}",
        utf8_percent_encode(text, URI_COMPONENT)
    )
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
    /// Over [`IMPORT_MAX`] bytes: refused before it is read.
    TooLarge,
}

/// The largest import file, in bytes (DESIGN §8): an export is a few kilobytes, so a bigger
/// file is refused before it is read (the page checks the file's size first).
pub const IMPORT_MAX: u64 = 1024 * 1024;

/// Whether a file of `bytes` may be read for an import.
pub fn import_size_ok(bytes: u64) -> Result<(), ImportError> {
    if bytes > IMPORT_MAX {
        Err(ImportError::TooLarge)
    } else {
        Ok(())
    }
}

/// Checks an export file and previews it (any schema this build can migrate).
pub fn import(text: &str, flow: &Flow) -> Result<ImportPreview, ImportError> {
    import_size_ok(text.len() as u64)?;
    // Some editors add a byte-order mark when a file is saved again.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let file: Value = serde_json::from_str(text).map_err(|_| ImportError::NotAnExport)?;
    if file.get("app").and_then(Value::as_str) != Some(APP) {
        return Err(ImportError::NotAnExport);
    }
    match decode_value(file, flow) {
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
    match serde_json::from_str(raw) {
        Ok(value) => decode_value(value, flow),
        Err(_) => Loaded::Unreadable,
    }
}

/// Reads a stored envelope already parsed as JSON.
pub fn decode_value(value: Value, flow: &Flow) -> Loaded {
    // The schema first: a newer build's envelope may differ in anything else (no `data`,
    // `saved_at` a number) and is never read or overwritten all the same.
    if value["schema"].as_u64() > Some(SCHEMA) {
        return Loaded::Newer;
    }
    let Ok(envelope) = serde_json::from_value::<EnvelopeIn>(value) else {
        return Loaded::Unreadable;
    };
    match migrate(envelope.schema, envelope.data) {
        Some(session) => {
            let (session, dropped) = session.sanitize(flow);
            Loaded::Resumed {
                session,
                saved_at: envelope.saved_at,
                dropped,
            }
        }
        None => Loaded::Unreadable,
    }
}

/// Reads `data` saved under `schema` (this one or older). Schema 1 is the first; a later
/// schema adds a step here that brings older data up to date first (and a fixture).
fn migrate(schema: u64, data: Value) -> Option<Session> {
    match schema {
        1 => serde_json::from_value(data).ok(),
        _ => None,
    }
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
