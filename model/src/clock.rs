//! The refund clock: from the refund route, the day the refund (or withdrawal) was started
//! and today, whether the money is still inside its normal processing window.
//!
//! A window is `min_days` to `max_days` after the start, counted in working days when the
//! route counts them (Mon–Fri, minus public holidays, plus make-up working days such as
//! China's working weekends) or in calendar days otherwise. The due date is the last day of
//! the window: `waiting` up to and including it, `overdue` from the day after, lateness
//! counted in the route's kind of days (DESIGN §4.4).

use super::date::Date;
use super::ids::Route;

/// Normal processing time for one route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub min_days: u16,
    pub max_days: u16,
    pub business_days: bool,
}

/// Default windows per route (overridable by configuration). Conservative: the end of what
/// wallets and banks usually state, so "overdue" really means "act now".
pub fn default_window(route: Route) -> Window {
    let (min_days, max_days, business_days) = match route {
        // Back to the wallet balance: normally at once, at the latest the next day.
        Route::WalletBalance => (0, 1, false),
        // To a debit/bank card: 1–7 working days.
        Route::BankCard => (1, 7, true),
        // To a credit card: can take until the next statement, up to 15 working days.
        Route::CreditCard => (3, 15, true),
        // Back the way it was paid: depends on the method; 1–7 working days.
        Route::OriginalMethod => (1, 7, true),
        // Unknown route: a generous 10 working days.
        Route::Other => (1, 10, true),
    };
    Window {
        min_days,
        max_days,
        business_days,
    }
}

/// The windows and the calendar in force: the defaults, with an integrator's
/// `refundWindows`, `holidays` and `workdays` (DESIGN §4.2) over them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClockRules {
    /// Windows that replace the default for their route.
    pub windows: Vec<(Route, Window)>,
    pub calendar: Calendar,
}

impl ClockRules {
    pub fn window(&self, route: Route) -> Window {
        self.windows
            .iter()
            .find(|(r, _)| *r == route)
            .map_or_else(|| default_window(route), |&(_, w)| w)
    }
}

/// `dates` sorted, each once, for binary search. Each date goes in at its place: the lists
/// are bounded (1,000 dates, `config::MAX_DATES`), and a sorted insert keeps a second sort
/// implementation out of the wasm (the size budget; the reminders calendar does the same).
fn sorted_set(dates: Vec<Date>) -> Vec<Date> {
    let mut set: Vec<Date> = Vec::with_capacity(dates.len());
    for d in dates {
        if let Err(at) = set.binary_search(&d) {
            set.insert(at, d);
        }
    }
    set
}

/// Which days count as working days.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Calendar {
    /// Extra days off (public holidays), sorted.
    holidays: Vec<Date>,
    /// Extra working days (make-up working weekends), sorted.
    workdays: Vec<Date>,
}

impl Calendar {
    pub fn new(holidays: Vec<Date>, workdays: Vec<Date>) -> Calendar {
        Calendar {
            holidays: sorted_set(holidays),
            workdays: sorted_set(workdays),
        }
    }

    pub fn is_working_day(&self, d: Date) -> bool {
        if self.workdays.binary_search(&d).is_ok() {
            return true;
        }
        !d.is_weekend() && self.holidays.binary_search(&d).is_err()
    }

    /// The `n`-th working day after `start` (`start` itself never counts; `n = 0` is `start`).
    pub fn add_working_days(&self, start: Date, n: u16) -> Option<Date> {
        let mut d = start;
        let mut left = n;
        while left > 0 {
            d = d.add_days(1)?;
            if self.is_working_day(d) {
                left -= 1;
            }
        }
        Some(d)
    }

    /// Working days in `(from, to]` (0 when `to <= from`). Arithmetic on whole weeks, then
    /// the listed exceptions, so very old dates cost nothing.
    pub fn working_days_between(&self, from: Date, to: Date) -> u32 {
        let (a, b) = (from.days_since_epoch(), to.days_since_epoch());
        if b <= a {
            return 0;
        }
        let weekdays_through = |day: i64| -> i64 {
            // Mon–Fri among days (-inf, day], relative to a Monday epoch: 1970-01-05.
            let since_monday = day - 4;
            let weeks = since_monday.div_euclid(7);
            let rest = since_monday.rem_euclid(7) + 1; // days of the current week, Mon=1
            weeks * 5 + rest.min(5)
        };
        let mut count = weekdays_through(b) - weekdays_through(a);
        let inside = |d: &Date| (a + 1..=b).contains(&d.days_since_epoch());
        // Make-up working days win over holidays, as in `is_working_day`.
        let is_workday = |d: &Date| self.workdays.binary_search(d).is_ok();
        count -= self
            .holidays
            .iter()
            .filter(|d| inside(d) && !d.is_weekend() && !is_workday(d))
            .count() as i64;
        count += self
            .workdays
            .iter()
            .filter(|d| inside(d) && d.is_weekend())
            .count() as i64;
        count.max(0) as u32
    }
}

/// What the clock says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Still inside the normal window: the money may arrive from `earliest`, and should by
    /// `due` (inclusive).
    Waiting { earliest: Date, due: Date },
    /// Past the window: `days_late` days after `due`, in working days when `business_days`.
    Overdue {
        due: Date,
        days_late: u32,
        business_days: bool,
    },
    /// No route or no start date yet.
    Unknown,
    /// No money is on its way (unauthorised transactions, a restriction): no window applies.
    NotApplicable,
}

impl Verdict {
    /// The id used in the DOM hook and events (`data-clock`).
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Waiting { .. } => "waiting",
            Verdict::Overdue { .. } => "overdue",
            Verdict::Unknown => "unknown",
            Verdict::NotApplicable => "not_applicable",
        }
    }

    pub fn due(self) -> Option<Date> {
        match self {
            Verdict::Waiting { due, .. } | Verdict::Overdue { due, .. } => Some(due),
            Verdict::Unknown | Verdict::NotApplicable => None,
        }
    }
}

/// Why a start date cannot be used (shown at the field).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClockError {
    /// The start date is after today.
    StartInFuture,
    /// The window runs past the last date we can represent (year 9999).
    OutOfRange,
}

/// The verdict for a route and start date on `today`.
pub fn verdict(
    window: Option<Window>,
    start: Option<Date>,
    today: Date,
    calendar: &Calendar,
) -> Result<Verdict, ClockError> {
    let (Some(w), Some(start)) = (window, start) else {
        return Ok(Verdict::Unknown);
    };
    if start > today {
        return Err(ClockError::StartInFuture);
    }
    let shift = |n: u16| {
        if w.business_days {
            calendar.add_working_days(start, n)
        } else {
            start.add_days(i64::from(n))
        }
    };
    let due = shift(w.max_days).ok_or(ClockError::OutOfRange)?;
    let earliest = shift(w.min_days.min(w.max_days)).ok_or(ClockError::OutOfRange)?;
    if today <= due {
        return Ok(Verdict::Waiting { earliest, due });
    }
    let days_late = if w.business_days {
        calendar.working_days_between(due, today)
    } else {
        (today.days_since_epoch() - due.days_since_epoch()) as u32
    };
    Ok(Verdict::Overdue {
        due,
        days_late,
        business_days: w.business_days,
    })
}
