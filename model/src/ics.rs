//! Reminders as an iCalendar file (RFC 5545): one all-day event per "follow up" or "escalate"
//! date, each with a 09:00 alarm, so the person's own calendar chases the refund for them.
//! Pure text generation: CRLF line ends, TEXT escaping, lines folded at 75 octets without
//! splitting a UTF-8 character.

use std::fmt::Write;

use super::date::Date;

/// One reminder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminder {
    pub date: Date,
    pub summary: String,
    pub description: String,
    /// Stable per reminder (same case, same kind, same date → same UID), so importing the
    /// file twice updates rather than duplicates.
    pub uid: String,
}

/// A UTC instant for DTSTAMP: the date and seconds since midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UtcStamp {
    pub date: Date,
    pub seconds: u32,
}

impl UtcStamp {
    /// The UTC date and time `seconds` after 1970-01-01T00:00:00Z (what `Date.now()` counts,
    /// in milliseconds); `None` outside the years the calendar handles.
    pub fn from_unix_seconds(seconds: i64) -> Option<UtcStamp> {
        Some(UtcStamp {
            date: Date::from_days_since_epoch(seconds.div_euclid(86_400))?,
            seconds: u32::try_from(seconds.rem_euclid(86_400)).ok()?,
        })
    }
}

/// The whole `.ics` file.
pub fn calendar(reminders: &[Reminder], stamp: UtcStamp) -> String {
    let mut out = String::new();
    let mut line = |text: &str| fold_into(&mut out, text);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Refund Guide//Refund Guide//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    let dtstamp = format!(
        "DTSTAMP:{}T{:02}{:02}{:02}Z",
        compact(stamp.date),
        stamp.seconds / 3600 % 24,
        stamp.seconds / 60 % 60,
        stamp.seconds % 60
    );
    for r in reminders {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", escape(&r.uid)));
        line(&dtstamp);
        line(&format!("DTSTART;VALUE=DATE:{}", compact(r.date)));
        // All-day events end (exclusive) the next day; a reminder on 9999-12-31 gets no end.
        if let Some(end) = r.date.add_days(1) {
            line(&format!("DTEND;VALUE=DATE:{}", compact(end)));
        }
        line(&format!("SUMMARY:{}", escape(&r.summary)));
        line(&format!("DESCRIPTION:{}", escape(&r.description)));
        line("TRANSP:TRANSPARENT");
        line("BEGIN:VALARM");
        line("ACTION:DISPLAY");
        line(&format!("DESCRIPTION:{}", escape(&r.summary)));
        line("TRIGGER;RELATED=START:PT9H");
        line("END:VALARM");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

fn compact(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// RFC 5545 §3.3.11 TEXT escaping.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            // RFC 5545 TEXT holds no control characters; a ticket number from an imported
            // or hand-edited save may (tests/fuzz-regressions/ics-*). A tab reads as a space.
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `text` as a content line folded at 75 octets (§3.1), ending in CRLF.
fn fold_into(out: &mut String, text: &str) {
    let mut used = 0;
    for c in text.chars() {
        let len = c.len_utf8();
        if used + len > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    let _ = out.write_str("\r\n");
}

/// Words for the reminders in one locale.
pub struct ReminderWords<'a> {
    /// Summary of a "come back and check" reminder on the due date's next day.
    pub check: &'a str,
    /// Summary of the "escalate" reminder.
    pub escalate: &'a str,
    /// Summary of a follow-up promised in the contact log; `{ticket}` is replaced.
    pub follow_up: &'a str,
    /// Description shared by all reminders.
    pub description: &'a str,
}

/// Working days after the due date before the plan says to escalate (complain formally).
pub const ESCALATE_AFTER_DAYS: i64 = 7;

/// The reminders for a case: the day after the normal window ends (check the money), a week
/// later (escalate), and every follow-up date from the contact log, in date order, none in
/// the past. UIDs are stable per case `key` so re-importing updates rather than duplicates.
pub fn reminders(
    clock: super::clock::Verdict,
    contacts: &[super::case::Contact],
    today: Date,
    words: &ReminderWords,
    key: &str,
) -> Vec<Reminder> {
    let mut out: Vec<Reminder> = Vec::new();
    // Kept in date order as they are added (the same date keeps the order given), each UID
    // once: a handful of reminders, so a sorted insert rather than a sort afterwards.
    let mut push = |date: Date, summary: String, kind: &str| {
        let uid = format!("{key}-{kind}-{date}@refund-guide");
        if date >= today && !out.iter().any(|r| r.uid == uid) {
            let at = out.partition_point(|r| r.date <= date);
            out.insert(
                at,
                Reminder {
                    date,
                    summary,
                    description: words.description.to_string(),
                    uid,
                },
            );
        }
    };
    if let Some(due) = clock.due() {
        if let Some(check) = due.add_days(1) {
            push(check, words.check.to_string(), "check");
        }
        if let Some(escalate) = due.add_days(ESCALATE_AFTER_DAYS + 1) {
            push(escalate.max(today), words.escalate.to_string(), "escalate");
        }
    }
    for c in contacts {
        if let Some(date) = Date::parse_iso(c.follow_up_on.trim()) {
            let ticket = if c.ticket.trim().is_empty() {
                "-"
            } else {
                c.ticket.trim()
            };
            push(
                date,
                super::letters::fill(words.follow_up, &|k| {
                    (k == "ticket").then(|| super::mask::mask_card_numbers(ticket))
                }),
                "follow-up",
            );
        }
    }
    out
}
