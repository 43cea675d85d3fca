//! The reminders file is valid iCalendar: parsed back, every event, date and text is there,
//! lines are CRLF and folded at 75 octets without breaking UTF-8.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use refund_guide_model::ics::{calendar, Reminder, UtcStamp};
use refund_guide_model::Date;

/// A small RFC 5545 reader: unfolds lines and splits `NAME;PARAMS:VALUE`.
fn parse(ics: &str) -> Vec<(String, String)> {
    assert!(ics.ends_with("\r\n"));
    for raw in ics.split("\r\n") {
        assert!(raw.len() <= 75, "line longer than 75 octets: {raw:?}");
        assert!(!raw.contains('\n') && !raw.contains('\r'));
    }
    let unfolded = ics.replace("\r\n ", "");
    unfolded
        .split("\r\n")
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (name, value) = l.split_once(':').expect("NAME:VALUE");
            (name.to_string(), value.to_string())
        })
        .collect()
}

fn unescape(v: &str) -> String {
    let mut out = String::new();
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn reminder(date: &str, summary: &str, description: &str) -> Reminder {
    Reminder {
        date: Date::parse_iso(date).unwrap(),
        summary: summary.into(),
        description: description.into(),
        uid: format!("{date}-follow-up@refund-guide"),
    }
}

#[test]
fn events_parse_back_with_their_dates_and_texts() {
    let stamp = UtcStamp {
        date: Date::parse_iso("2026-11-24").unwrap(),
        seconds: 21 * 3600 + 30 * 60 + 5,
    };
    let ics = calendar(
        &[
            reminder(
                "2026-12-01",
                "催促退款:联系钱包客服",
                "工单号 A-123; 承诺 3 天内处理, 未到账请投诉\n第二行",
            ),
            reminder(
                "2026-12-31",
                "Escalate to the regulator",
                "If nothing arrived, complain (12363).",
            ),
        ],
        stamp,
    );
    let props = parse(&ics);
    assert_eq!(
        props.first().unwrap(),
        &("BEGIN".to_string(), "VCALENDAR".to_string())
    );
    assert_eq!(
        props.last().unwrap(),
        &("END".to_string(), "VCALENDAR".to_string())
    );
    assert!(props.contains(&("VERSION".into(), "2.0".into())));
    let events = props
        .iter()
        .filter(|p| p.0 == "BEGIN" && p.1 == "VEVENT")
        .count();
    assert_eq!(events, 2);
    let get = |name: &str| {
        props
            .iter()
            .filter(|p| p.0 == name)
            .map(|p| p.1.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(get("DTSTART;VALUE=DATE"), ["20261201", "20261231"]);
    assert_eq!(
        get("DTEND;VALUE=DATE"),
        ["20261202", "20270101"],
        "exclusive end, across a year end"
    );
    assert_eq!(get("DTSTAMP")[0], "20261124T213005Z");
    let summaries: Vec<String> = get("SUMMARY").iter().map(|s| unescape(s)).collect();
    assert_eq!(
        summaries,
        ["催促退款:联系钱包客服", "Escalate to the regulator"]
    );
    let descriptions: Vec<String> = get("DESCRIPTION").iter().map(|s| unescape(s)).collect();
    assert_eq!(
        descriptions[0],
        "工单号 A-123; 承诺 3 天内处理, 未到账请投诉\n第二行"
    );
    assert_eq!(get("UID").len(), 2);
    assert_eq!(get("TRIGGER;RELATED=START"), ["PT9H", "PT9H"]);
}

#[test]
fn an_empty_calendar_is_still_a_valid_file() {
    let stamp = UtcStamp {
        date: Date::parse_iso("2026-11-24").unwrap(),
        seconds: 0,
    };
    let props = parse(&calendar(&[], stamp));
    assert_eq!(props.len(), 6);
}

proptest! {
    #[test]
    fn any_text_survives_folding_and_escaping(summary in "\\PC{0,120}", description in "(\\PC|\n){0,300}") {
        let stamp = UtcStamp { date: Date::parse_iso("2026-11-24").unwrap(), seconds: 1 };
        let ics = calendar(&[Reminder { date: Date::parse_iso("2026-12-01").unwrap(), summary: summary.clone(), description: description.clone(), uid: "x@y".into() }], stamp);
        let props = parse(&ics);
        let got = |name: &str| props.iter().find(|p| p.0 == name).map(|p| unescape(&p.1)).unwrap();
        prop_assert_eq!(got("SUMMARY"), summary.replace('\r', ""));
        prop_assert_eq!(got("DESCRIPTION"), description.replace('\r', ""));
    }
}

#[test]
fn reminders_come_from_the_clock_and_the_contact_log() {
    use refund_guide_model::case::Contact;
    use refund_guide_model::clock::Verdict;
    use refund_guide_model::ics::{reminders, ReminderWords};
    let d = |s: &str| Date::parse_iso(s).unwrap();
    let words = ReminderWords {
        check: "Check the refund",
        escalate: "Escalate",
        follow_up: "Follow up ticket {ticket}",
        description: "Open Refund Guide",
    };
    let waiting = Verdict::Waiting {
        earliest: d("2026-11-25"),
        due: d("2026-12-01"),
    };
    let contacts = vec![
        Contact {
            ticket: "T-1".into(),
            follow_up_on: "2026-11-28".into(),
            ..Contact::default()
        },
        Contact {
            ticket: "".into(),
            follow_up_on: "2026-11-01".into(),
            ..Contact::default()
        },
        Contact {
            ticket: "T-3".into(),
            follow_up_on: "not a date".into(),
            ..Contact::default()
        },
    ];
    let r = reminders(waiting, &contacts, d("2026-11-24"), &words, "case1");
    let got: Vec<(String, String)> = r
        .iter()
        .map(|r| (r.date.to_string(), r.summary.clone()))
        .collect();
    assert_eq!(
        got,
        [
            ("2026-11-28".to_string(), "Follow up ticket T-1".to_string()),
            ("2026-12-02".to_string(), "Check the refund".to_string()),
            ("2026-12-09".to_string(), "Escalate".to_string()),
        ],
        "past follow-ups and unreadable dates are left out, the rest in date order"
    );
    assert!(r.iter().all(|r| r.uid.starts_with("case1-")));
    let ics = calendar(
        &r,
        UtcStamp {
            date: d("2026-11-24"),
            seconds: 0,
        },
    );
    assert_eq!(
        parse(&ics)
            .iter()
            .filter(|p| p.0 == "BEGIN" && p.1 == "VEVENT")
            .count(),
        3
    );

    let overdue = Verdict::Overdue {
        due: d("2026-11-01"),
        days_late: 16,
        business_days: true,
    };
    let r = reminders(overdue, &[], d("2026-11-24"), &words, "case1");
    assert_eq!(
        r.len(),
        1,
        "long overdue: only the escalation, and not in the past"
    );
    assert_eq!(r[0].date, d("2026-11-24"));
    assert!(reminders(Verdict::Unknown, &[], d("2026-11-24"), &words, "k").is_empty());
}

// The calendar's DTSTAMP comes from `Date.now()`: seconds since the epoch to a UTC date and
// time, across a leap day, a year end and before 1970.
#[test]
fn unix_seconds_become_the_utc_date_and_time() {
    let at = |s: i64| UtcStamp::from_unix_seconds(s).map(|u| (u.date.to_string(), u.seconds));
    assert_eq!(at(0), Some(("1970-01-01".into(), 0)));
    assert_eq!(at(1_796_083_199), Some(("2026-11-30".into(), 86_399)));
    assert_eq!(
        at(1_709_164_800 + 3_600),
        Some(("2024-02-29".into(), 3_600))
    );
    assert_eq!(at(1_798_761_600), Some(("2027-01-01".into(), 0)));
    assert_eq!(at(-1), Some(("1969-12-31".into(), 86_399)));
    assert_eq!(at(i64::MAX / 2), None);
}
