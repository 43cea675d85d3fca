//! The case file's rules: what each fact and contact-log field accepts, how long a typed
//! value may be, how typed values are stored (card and account numbers masked as they are
//! entered, never stored whole), and the evidence checklist. The form shows these errors
//! GOV.UK-style (a summary plus a message at the field).

use litemap::LiteMap;

use super::date::Date;
use super::ids::{Field, Route};
use super::mask::{mask_account, mask_card_numbers};

/// The most characters a single-line field takes (DESIGN §8, bounds). New input is cut at
/// its field's bound before it is masked or stored, and the person is told at the field; a
/// longer value saved before (by an older version, or imported) is kept whole.
pub const LINE_MAX: usize = 200;
/// The most characters an order or ticket number takes.
pub const NUMBER_MAX: usize = 64;
/// The most characters a multi-line field (what was promised) takes.
pub const TEXT_MAX: usize = 4_000;
/// The most entries the contact log takes; adding one more is refused.
pub const CONTACTS_MAX: usize = 200;

/// The bound of a case fact, in characters.
pub fn fact_bound(field: Field) -> usize {
    match field {
        Field::OrderNumber => NUMBER_MAX,
        _ => LINE_MAX,
    }
}

/// The bound of a contact-log field (by its DOM id, DESIGN §4.4), in characters.
pub fn contact_bound(id: &str) -> usize {
    match id {
        "ticket_number" => NUMBER_MAX,
        "promise" => TEXT_MAX,
        _ => LINE_MAX,
    }
}

/// `value` within `max` characters: the value itself, or its first `max` characters and
/// `true` when it was longer. Reads no further than the bound, however long the value.
pub fn within(value: &str, max: usize) -> (&str, bool) {
    match value.char_indices().nth(max) {
        Some((end, _)) => (&value[..end], true),
        None => (value, false),
    }
}

/// The evidence checklist, in the order to gather it.
pub const EVIDENCE_IDS: &[&str] = &[
    "transaction_record",
    "refund_confirmation",
    "order_page",
    "chat_logs",
    "screenshots",
    "call_notes",
    "bank_statement",
];

/// Why a value is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldError {
    /// Not a date and time (`YYYY-MM-DDTHH:MM`, what `<input type="datetime-local">` gives).
    InvalidDateTime,
    InvalidDate,
    /// A date after today where only the past makes sense.
    FutureDate,
    InvalidAmount,
    /// Not a three-letter currency code such as CNY.
    InvalidCurrency,
    InvalidRoute,
    /// Holds a control character (a line break, outside a multi-line field). Length is not
    /// refused here: new input is cut at its bound as it is typed, and a longer value saved
    /// before is kept (DESIGN §8).
    ControlCharacter,
    /// The contact log already holds [`CONTACTS_MAX`] entries (reported as `add_contact`).
    LogFull,
}

/// `YYYY-MM-DDTHH:MM` (seconds allowed), as a date if valid.
pub fn parse_datetime(text: &str) -> Option<Date> {
    let (date, time) = text.split_once('T')?;
    let date = Date::parse_iso(date)?;
    let b = time.as_bytes();
    if !(b.len() == 5 || b.len() == 8) || b[2] != b':' || (b.len() == 8 && b[5] != b':') {
        return None;
    }
    let num = |s: &[u8]| -> Option<u8> {
        if s.iter().all(u8::is_ascii_digit) {
            std::str::from_utf8(s).ok()?.parse().ok()
        } else {
            None
        }
    };
    let (h, m) = (num(&b[0..2])?, num(&b[3..5])?);
    let s = if b.len() == 8 { num(&b[6..8])? } else { 0 };
    (h < 24 && m < 60 && s < 60).then_some(date)
}

/// Whether `s` is at most `max` characters with no control characters.
pub fn plain_text_within(s: &str, max: usize) -> bool {
    s.chars().count() <= max && !s.chars().any(char::is_control)
}

/// Free text without control characters; `lines`: line breaks are fine (a `<textarea>`).
fn text_ok(value: &str, lines: bool) -> Result<(), FieldError> {
    if value
        .chars()
        .any(|c| c.is_control() && !(lines && c == '\n'))
    {
        Err(FieldError::ControlCharacter)
    } else {
        Ok(())
    }
}

fn not_future(date: Date, today: Option<Date>) -> Result<(), FieldError> {
    match today {
        Some(t) if date > t => Err(FieldError::FutureDate),
        _ => Ok(()),
    }
}

/// Checks a case fact as typed (empty is always fine: every fact is optional).
pub fn check_fact(field: Field, value: &str, today: Option<Date>) -> Result<(), FieldError> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(());
    }
    match field {
        Field::TransactionAt => {
            not_future(parse_datetime(v).ok_or(FieldError::InvalidDateTime)?, today)
        }
        Field::RefundStartedOn => {
            not_future(Date::parse_iso(v).ok_or(FieldError::InvalidDate)?, today)
        }
        Field::Amount => parse_amount(v).map(|_| ()).ok_or(FieldError::InvalidAmount),
        Field::Currency => {
            if v.len() == 3 && v.bytes().all(|b| b.is_ascii_alphabetic()) {
                Ok(())
            } else {
                Err(FieldError::InvalidCurrency)
            }
        }
        Field::Route => Route::from_id(v)
            .map(|_| ())
            .ok_or(FieldError::InvalidRoute),
        Field::Merchant
        | Field::Wallet
        | Field::OrderNumber
        | Field::ReceivingAccount
        | Field::FullName
        | Field::Phone => text_ok(v, false),
    }
}

/// The value to store for what was typed: card numbers in free text and the receiving
/// account are masked to their last four digits before they are ever kept.
pub fn store_fact(field: Field, value: &str) -> String {
    match field {
        Field::ReceivingAccount => mask_account(value),
        Field::Merchant | Field::Wallet | Field::OrderNumber | Field::FullName | Field::Phone => {
            mask_card_numbers(value)
        }
        _ => value.to_string(),
    }
}

/// Checks a contact-log entry; returns each field in error by its DOM id (DESIGN §4.4).
pub fn check_contact(c: &Contact, today: Option<Date>) -> Vec<(&'static str, FieldError)> {
    let mut errors = Vec::new();
    let at = c.at.trim();
    if !at.is_empty() {
        if let Err(e) = parse_datetime(at)
            .ok_or(FieldError::InvalidDateTime)
            .and_then(|d| not_future(d, today))
        {
            errors.push(("contact_at", e));
        }
    }
    let follow = c.follow_up_on.trim();
    if !follow.is_empty() && Date::parse_iso(follow).is_none() {
        errors.push(("follow_up_on", FieldError::InvalidDate));
    }
    for (id, value, lines) in [
        ("contact_channel", &c.channel, false),
        ("ticket_number", &c.ticket, false),
        ("agent", &c.agent, false),
        ("promise", &c.promise, true),
    ] {
        if let Err(e) = text_ok(value.trim(), lines) {
            errors.push((id, e));
        }
    }
    errors
}

/// A contact-log entry as it is stored: card numbers masked in every free-text field, and
/// with `finished` (added to the log) surrounding spaces trimmed. The form being typed keeps
/// its spaces, so a space typed between two words is not eaten.
pub fn store_contact(c: &Contact, finished: bool) -> Contact {
    let keep = |v: &str| {
        let v = if finished { v.trim() } else { v };
        mask_card_numbers(v)
    };
    Contact {
        at: keep(&c.at),
        channel: keep(&c.channel),
        ticket: keep(&c.ticket),
        agent: keep(&c.agent),
        promise: keep(&c.promise),
        follow_up_on: keep(&c.follow_up_on),
    }
}

/// One contact with the wallet or merchant, from the contact log.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Contact {
    // Saved under the fields' DOM ids (DESIGN §4.4).
    #[serde(rename = "contact_at")]
    pub at: String,
    #[serde(rename = "contact_channel")]
    pub channel: String,
    #[serde(rename = "ticket_number")]
    pub ticket: String,
    pub agent: String,
    pub promise: String,
    pub follow_up_on: String,
}

/// A positive amount with at most two decimals, in cents; `,` thousands separators and
/// spaces allowed. Integer arithmetic: no float parsing or rounding surprises.
pub fn parse_amount(text: &str) -> Option<u64> {
    let mut cleaned = String::with_capacity(text.len());
    for c in text.chars() {
        if c != ',' && !c.is_whitespace() {
            cleaned.push(c);
        }
    }
    let (whole, frac) = match cleaned.split_once('.') {
        Some((w, f)) if !f.is_empty() => (w, f),
        Some(_) => return None,
        None => (cleaned.as_str(), ""),
    };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 12 || !digits(whole) || frac.len() > 2 || !digits(frac) {
        return None;
    }
    let mut cents: u64 = 0;
    for b in whole
        .bytes()
        .chain(frac.bytes())
        .chain(std::iter::repeat_n(b'0', 2 - frac.len()))
    {
        cents = cents * 10 + u64::from(b - b'0');
    }
    (cents > 0).then_some(cents)
}

/// The contact-log form's fields, by DOM id (DESIGN §4.4), in the order the form shows them.
pub const CONTACT_FIELDS: [&str; 6] = [
    "contact_at",
    "contact_channel",
    "ticket_number",
    "agent",
    "promise",
    "follow_up_on",
];

impl Contact {
    /// A field by its DOM id.
    pub fn field(&self, id: &str) -> &str {
        match id {
            "contact_at" => &self.at,
            "contact_channel" => &self.channel,
            "ticket_number" => &self.ticket,
            "agent" => &self.agent,
            "promise" => &self.promise,
            "follow_up_on" => &self.follow_up_on,
            _ => "",
        }
    }

    pub fn field_mut(&mut self, id: &str) -> Option<&mut String> {
        Some(match id {
            "contact_at" => &mut self.at,
            "contact_channel" => &mut self.channel,
            "ticket_number" => &mut self.ticket,
            "agent" => &mut self.agent,
            "promise" => &mut self.promise,
            "follow_up_on" => &mut self.follow_up_on,
            _ => return None,
        })
    }

    /// Nothing typed (an empty form adds nothing to the log).
    pub fn is_empty(&self) -> bool {
        CONTACT_FIELDS
            .iter()
            .all(|f| self.field(f).trim().is_empty())
    }
}

/// Labels for the case summary in one locale: the facts' (label, hint) in [`Field::ALL`]
/// order, the evidence in [`EVIDENCE_IDS`] order, the contact fields in [`CONTACT_FIELDS`]
/// order, and the language's colon.
pub struct SummaryWords<'a> {
    pub facts: &'a [(&'a str, &'a str); 11],
    pub evidence: &'a [&'a str; 7],
    pub contact: &'a [&'a str; 6],
    pub colon: &'a str,
}

/// A date-time as typed (`2026-11-20T14:30`) as people read it (`2026-11-20 14:30`). Only
/// for date-time values: other text keeps its `T`s ("T-1", "Tom").
fn readable_datetime(value: &str) -> String {
    value.replace('T', " ")
}

/// Appends `parts` to `out` as one line (a line break before it unless `out` is empty).
fn push_line(out: &mut String, parts: &[&str]) {
    if !out.is_empty() {
        out.push('\n');
    }
    parts.iter().for_each(|p| out.push_str(p));
}

/// One logged contact as lines of "label: value", the empty fields left out (the log and
/// the print view show the same text).
pub fn contact_text(c: &Contact, labels: &[&str; 6], colon: &str) -> String {
    let mut out = String::new();
    for (f, label) in CONTACT_FIELDS.iter().zip(labels) {
        let value = c.field(f);
        if !value.is_empty() {
            let value = if *f == "contact_at" {
                readable_datetime(value)
            } else {
                value.to_string()
            };
            push_line(&mut out, &[label, colon, &value]);
        }
    }
    out
}

/// The case file as text, for the print view: the facts given, the evidence checklist
/// (`[x]` kept, `[ ]` not yet) and the contact log (a blank line between contacts).
pub fn summary(
    facts_given: &LiteMap<Field, String>,
    evidence_kept: &[String],
    contacts: &[Contact],
    words: &SummaryWords,
) -> [String; 3] {
    let mut facts = String::new();
    for f in Field::ALL {
        if let Some(v) = facts_given.get(f) {
            let v = if *f == Field::TransactionAt {
                readable_datetime(v)
            } else {
                v.clone()
            };
            push_line(&mut facts, &[words.facts[f.index()].0, words.colon, &v]);
        }
    }
    let mut evidence = String::new();
    for (id, label) in EVIDENCE_IDS.iter().zip(words.evidence) {
        let ticked = evidence_kept.iter().any(|e| e == id);
        push_line(
            &mut evidence,
            &[if ticked { "[x] " } else { "[ ] " }, label],
        );
    }
    let mut log = String::new();
    for c in contacts {
        if !log.is_empty() {
            log.push('\n');
        }
        push_line(&mut log, &[&contact_text(c, words.contact, words.colon)]);
    }
    [facts, evidence, log]
}
