//! The refund clock: date arithmetic at month and year ends, leap years, weekends, holidays
//! and make-up working days, same-day and very old starts, future starts; and property tests
//! against a day-by-day count.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use refund_guide_model::clock::{default_window, verdict, Calendar, ClockError, Verdict, Window};
use refund_guide_model::{Date, Route};

fn d(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

fn due(route: Route, start: &str, cal: &Calendar) -> Date {
    verdict(Some(default_window(route)), Some(d(start)), d(start), cal)
        .unwrap()
        .due()
        .unwrap()
}

#[test]
fn dates_parse_strictly_and_know_their_weekday() {
    assert_eq!(d("2026-11-24").weekday(), 2, "a Tuesday");
    assert_eq!(d("2000-02-29").to_string(), "2000-02-29");
    for bad in [
        "2026-02-29",
        "1900-02-29",
        "2026-13-01",
        "2026-00-10",
        "2026-1-01",
        "26-01-01",
        "2026/01/01",
        "２０２６-01-01",
    ] {
        assert!(Date::parse_iso(bad).is_none(), "{bad}");
    }
    assert_eq!(d("1970-01-01").days_since_epoch(), 0);
    assert_eq!(
        Date::from_days_since_epoch(d("2026-11-24").days_since_epoch()),
        Some(d("2026-11-24"))
    );
}

#[test]
fn working_days_skip_the_weekend() {
    let cal = Calendar::default();
    assert_eq!(
        due(Route::BankCard, "2026-11-20", &cal),
        d("2026-12-01"),
        "Fri + 7 working days, across a month end"
    );
    assert_eq!(
        due(Route::BankCard, "2026-11-21", &cal),
        d("2026-12-01"),
        "a Saturday start counts from Monday"
    );
}

#[test]
fn calendar_days_cross_month_year_and_leap_days() {
    let cal = Calendar::default();
    assert_eq!(
        due(Route::WalletBalance, "2028-02-28", &cal),
        d("2028-02-29")
    );
    assert_eq!(
        due(Route::WalletBalance, "2028-02-29", &cal),
        d("2028-03-01")
    );
    assert_eq!(
        due(Route::WalletBalance, "2027-02-28", &cal),
        d("2027-03-01")
    );
    assert_eq!(
        due(Route::WalletBalance, "2026-12-31", &cal),
        d("2027-01-01")
    );
}

#[test]
fn holidays_and_make_up_working_days_move_the_due_date() {
    let plain = Calendar::default();
    assert_eq!(
        due(Route::BankCard, "2026-12-28", &plain),
        d("2027-01-06"),
        "across a year end"
    );
    let new_year = Calendar::new(vec![d("2027-01-01")], vec![]);
    assert_eq!(
        due(Route::BankCard, "2026-12-28", &new_year),
        d("2027-01-07"),
        "1 January off"
    );
    // National Day week: 1–7 October off, Saturday 10 October worked.
    let golden_week = Calendar::new(
        (1..=7).map(|n| Date::new(2026, 10, n).unwrap()).collect(),
        vec![d("2026-10-10")],
    );
    assert_eq!(
        due(Route::BankCard, "2026-09-30", &golden_week),
        d("2026-10-15")
    );
    assert!(golden_week.is_working_day(d("2026-10-10")));
    assert!(!golden_week.is_working_day(d("2026-10-05")));
}

/// Guards the calendar's sorted insert: a host may list dates in any order and twice.
#[test]
fn holidays_listed_out_of_order_and_twice_count_once() {
    let days = |list: &[&str]| list.iter().map(|s| d(s)).collect::<Vec<_>>();
    let tidy = Calendar::new(days(&["2026-10-01", "2026-10-02", "2026-10-05"]), vec![]);
    let messy = Calendar::new(
        days(&[
            "2026-10-05",
            "2026-10-01",
            "2026-10-05",
            "2026-10-02",
            "2026-10-01",
        ]),
        vec![],
    );
    assert_eq!(messy, tidy);
    assert_eq!(
        messy.working_days_between(d("2026-09-30"), d("2026-10-09")),
        4
    );
}

#[test]
fn waiting_up_to_and_including_the_due_date_then_overdue() {
    let cal = Calendar::default();
    let w = Some(default_window(Route::BankCard));
    let start = Some(d("2026-11-20"));
    assert_eq!(
        verdict(w, start, d("2026-11-20"), &cal),
        Ok(Verdict::Waiting {
            earliest: d("2026-11-23"),
            due: d("2026-12-01")
        }),
        "same day"
    );
    assert_eq!(
        verdict(w, start, d("2026-12-01"), &cal).unwrap().id(),
        "waiting",
        "the due date itself"
    );
    assert_eq!(
        verdict(w, start, d("2026-12-02"), &cal),
        Ok(Verdict::Overdue {
            due: d("2026-12-01"),
            days_late: 1,
            business_days: true
        })
    );
    assert_eq!(
        verdict(w, start, d("2026-12-07"), &cal),
        Ok(Verdict::Overdue {
            due: d("2026-12-01"),
            days_late: 4,
            business_days: true
        }),
        "Wed, Thu, Fri, Mon: the weekend does not count"
    );
    let calendar_route = verdict(
        Some(default_window(Route::WalletBalance)),
        start,
        d("2026-11-23"),
        &cal,
    );
    assert_eq!(
        calendar_route,
        Ok(Verdict::Overdue {
            due: d("2026-11-21"),
            days_late: 2,
            business_days: false
        })
    );
}

#[test]
fn unknown_without_route_or_date_and_errors_for_impossible_starts() {
    let cal = Calendar::default();
    let today = d("2026-11-24");
    assert_eq!(
        verdict(None, Some(today), today, &cal),
        Ok(Verdict::Unknown)
    );
    assert_eq!(
        verdict(Some(default_window(Route::Other)), None, today, &cal),
        Ok(Verdict::Unknown)
    );
    assert_eq!(
        verdict(
            Some(default_window(Route::Other)),
            Some(d("2026-11-25")),
            today,
            &cal
        ),
        Err(ClockError::StartInFuture)
    );
    let end = d("9999-12-30");
    assert_eq!(
        verdict(Some(default_window(Route::BankCard)), Some(end), end, &cal),
        Err(ClockError::OutOfRange)
    );
}

#[test]
fn very_old_starts_are_counted_without_walking_every_day() {
    let cal = Calendar::default();
    let v = verdict(
        Some(default_window(Route::CreditCard)),
        Some(d("1901-03-01")),
        d("2026-11-24"),
        &cal,
    )
    .unwrap();
    let Verdict::Overdue { due, days_late, .. } = v else {
        panic!("{v:?}")
    };
    assert_eq!(days_late, naive_working_days(&cal, due, d("2026-11-24")));
    assert!(days_late > 30_000);
}

fn naive_working_days(cal: &Calendar, from: Date, to: Date) -> u32 {
    let mut n = 0;
    let mut day = from;
    while day < to {
        day = day.add_days(1).unwrap();
        if cal.is_working_day(day) {
            n += 1;
        }
    }
    n
}

fn date_in(range: std::ops::Range<i64>) -> impl Strategy<Value = Date> {
    range.prop_map(|n| Date::from_days_since_epoch(n).unwrap())
}

proptest! {
    #[test]
    fn dates_round_trip_through_day_numbers_and_text(n in -700_000i64..2_900_000) {
        let date = Date::from_days_since_epoch(n).unwrap();
        prop_assert_eq!(date.days_since_epoch(), n);
        prop_assert_eq!(Date::parse_iso(&date.to_string()), Some(date));
        prop_assert_eq!(date.add_days(1).unwrap().weekday() % 7, (date.weekday() + 1) % 7);
    }

    #[test]
    fn working_day_counts_match_a_day_by_day_count(
        a in date_in(20_000..20_800),
        span in 0i64..120,
        holidays in proptest::collection::vec(date_in(20_000..20_900), 0..12),
        workdays in proptest::collection::vec(date_in(20_000..20_900), 0..6),
    ) {
        let cal = Calendar::new(holidays, workdays);
        let b = a.add_days(span).unwrap();
        prop_assert_eq!(cal.working_days_between(a, b), naive_working_days(&cal, a, b));
    }

    #[test]
    fn the_verdict_turns_exactly_the_day_after_the_due_date(
        start in date_in(20_000..20_800),
        wait in 0i64..60,
        max_days in 0u16..20,
        business_days: bool,
        holidays in proptest::collection::vec(date_in(20_000..20_900), 0..8),
    ) {
        let cal = Calendar::new(holidays, vec![]);
        let window = Window { min_days: max_days / 2, max_days, business_days };
        let today = start.add_days(wait).unwrap();
        let v = verdict(Some(window), Some(start), today, &cal).unwrap();
        let due = v.due().unwrap();
        prop_assert!(due >= start);
        match v {
            Verdict::Waiting { earliest, due } => {
                prop_assert!(today <= due);
                prop_assert!(earliest <= due && earliest >= start);
            }
            Verdict::Overdue { days_late, .. } => {
                prop_assert!(today > due);
                let expected = if business_days { naive_working_days(&cal, due, today) } else { (today.days_since_epoch() - due.days_since_epoch()) as u32 };
                prop_assert_eq!(days_late, expected);
            }
            Verdict::Unknown | Verdict::NotApplicable => prop_assert!(false),
        }
        if business_days {
            prop_assert!(cal.is_working_day(due) || max_days == 0);
            prop_assert_eq!(naive_working_days(&cal, start, due), u32::from(max_days));
        }
    }
}
