//! The root reducer's storage-related transitions, natively: it is pure, so what the notices,
//! "your data" and coming back do to the state is checked here without a browser.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use refund_guide::ui::{GuideRef, Msg, State};
use refund_guide_model::store::Notice;
use refund_guide_model::{Action, Date, Field, Locale, Session};
use yew::Reducible;

fn state() -> Rc<State> {
    let guide = Rc::new(common::guide());
    Rc::new(State::new(
        GuideRef(guide),
        Locale::En,
        Date::new(2026, 11, 24),
    ))
}

fn answered(s: &Rc<State>) -> Rc<State> {
    s.clone()
        .reduce(Msg::Guide(Action::Choose("merchant_refund".into())))
}

#[test]
fn delete_starts_afresh_clears_notices_and_leaves_saving_off() {
    // The confirmation itself is the data panel's own state (tests/web.rs); the root only
    // hears of the delete once it is done.
    let s = answered(&state()).reduce(Msg::Notify(Notice::StorageFull));
    let s = s.reduce(Msg::Deleted);
    assert_eq!(*s.session, Session::new(&s.guide.0.flow));
    assert!(s.notices.is_empty());
    assert!(
        !s.saving,
        "nothing is stored again until the person says so"
    );
}

#[test]
fn saving_pauses_while_storage_is_full_or_another_tab_is_newer() {
    let s = state();
    assert!(!s.saving_paused());
    assert!(s
        .clone()
        .reduce(Msg::Notify(Notice::StorageFull))
        .saving_paused());
    let other = s.reduce(Msg::Notify(Notice::ChangedInOtherTab));
    assert!(other.saving_paused());
    // Loading the other tab's progress (or none, after a clear) lifts the pause.
    let loaded = other.reduce(Msg::Replace(None));
    assert!(!loaded.saving_paused());
}

#[test]
fn a_confirmed_import_replaces_the_session_and_ends_the_resume_banner() {
    // The preview and its confirmation are the data panel's own state (tests/web.rs, and
    // the e2e import test); the root gets only the session the person confirmed.
    let mut resumed = (*state()).clone();
    resumed.notices = Rc::new(vec![
        Notice::Resume {
            days: 2,
            dropped: Vec::new(),
        },
        Notice::StorageFull,
    ]);
    let resumed = Rc::new(resumed);
    let theirs = (*answered(&resumed).session).clone();
    let imported = resumed.reduce(Msg::Import(theirs.clone()));
    assert_eq!(*imported.session, theirs);
    assert_eq!(
        *imported.notices,
        vec![Notice::StorageFull],
        "the storage notice stays"
    );
}

#[test]
fn an_unchanged_session_keeps_its_rc_and_the_state() {
    // Views compare the session by pointer first, and the save effect is keyed on it: an
    // action that changes nothing must not make a new one.
    let s = answered(&state());
    let again = s
        .clone()
        .reduce(Msg::Guide(Action::Choose("merchant_refund".into())));
    assert!(Rc::ptr_eq(&s, &again));
    // The locale is saved with the session (it changes once), then choosing it again is
    // no change at all.
    let other = s.clone().reduce(Msg::SetLocale(Locale::ZhCn));
    let same = other.clone().reduce(Msg::SetLocale(Locale::ZhCn));
    assert!(Rc::ptr_eq(&other, &same));
}

#[test]
fn coming_back_asks_about_the_money_only_on_a_later_day() {
    let guide = Rc::new(common::guide());
    let mut session = Session::new(&guide.flow);
    // A plan reached with a start date long past (the clock is overdue).
    for a in [
        Action::Choose("bank_withdrawal".into()),
        Action::Next { today: None },
        Action::Toggle("no_such_contact".into()),
        Action::Next { today: None },
        Action::Choose("processing".into()),
        Action::Next { today: None },
        Action::SetFact(Field::RefundStartedOn, "2020-01-02".into()),
        Action::Next { today: None },
        Action::Toggle("none_of_these".into()),
        Action::Next { today: None },
        Action::Choose("all_correct".into()),
        Action::Next { today: None },
        Action::Toggle("none_of_these".into()),
        Action::Next { today: None },
        Action::Skip,
        Action::Next { today: None },
    ] {
        session = session.apply(&guide.flow, a);
    }
    assert_eq!(session.current(&guide.flow).id, "plan");
    let back = |days: i64| {
        let mut s = State::new(GuideRef(guide.clone()), Locale::En, Date::new(2026, 11, 24));
        s.session = Rc::new(session.clone());
        s.notices = Rc::new(vec![Notice::Resume {
            days,
            dropped: Vec::new(),
        }]);
        s.ask_follow_up();
        s
    };
    assert!(
        matches!(back(0).notices[..], [Notice::Resume { .. }]),
        "same day: just resume"
    );
    let later = Rc::new(back(3));
    assert!(matches!(later.notices[..], [Notice::FollowUp { .. }]));
    let closed = later.clone().reduce(Msg::Arrived(true));
    assert_eq!(closed.session.resolved_on, Date::new(2026, 11, 24));
    assert!(closed.notices.is_empty());
    let open = later.reduce(Msg::Arrived(false));
    assert_eq!(open.session.resolved_on, None);
    assert!(open.notices.is_empty());
}

/// The resume banner's "start again" is the person's: it keeps the case file. The host's
/// `reset()` clears everything (DESIGN §4.1).
#[test]
fn start_again_on_the_resume_banner_keeps_the_case_file_and_the_hosts_reset_does_not() {
    let s = answered(&state())
        .reduce(Msg::Guide(Action::SetFact(
            Field::Merchant,
            "Shop 42".into(),
        )))
        .reduce(Msg::Guide(Action::ToggleEvidence("chat_logs".into())));
    let again = s.clone().reduce(Msg::StartOver);
    assert!(again.session.answers.is_empty());
    assert_eq!(
        again
            .session
            .facts
            .get(&Field::Merchant)
            .map(String::as_str),
        Some("Shop 42")
    );
    assert_eq!(again.session.evidence, ["chat_logs"]);
    let reset = s.reduce(Msg::Reset);
    assert_eq!(*reset.session, Session::new(&reset.guide.0.flow));
}

/// A session on "check your answers" of a withdrawal case (the engine's own script).
#[test]
fn the_plan_counts_as_completed_once_per_run_of_the_questions() {
    // `completed` is what makes the root send `cause`, `clock` and `complete` with the step.
    let guide = common::guide();
    let next = || Msg::Guide(Action::Next { today: None });
    let s = state().reduce(Msg::Import(common::at_summary(&guide)));
    assert!(!s.completed, "an import is not a completion");
    let plan = s.reduce(next());
    assert_eq!(common::current(&guide, &plan.session), "plan");
    assert!(plan.completed);
    let back = plan.reduce(Msg::Guide(Action::Back));
    assert!(!back.completed);
    let again = back.reduce(next());
    assert_eq!(common::current(&guide, &again.session), "plan");
    assert!(!again.completed, "back and forth is the same completion");
    // Progress that reached the plan elsewhere (a reload, another tab) is not counted.
    let other_tab = state().reduce(Msg::Replace(Some((*again.session).clone())));
    assert!(!other_tab.completed);
    // A new run of the questions after Start again is a new completion.
    let r = again.reduce(Msg::Guide(Action::Restart));
    assert!(!r.session.plan_reached);
    let replay = common::at_summary(&guide);
    let r = r.reduce(Msg::Import(Session {
        plan_reached: false,
        ..replay
    }));
    assert!(r.reduce(next()).completed);
}

#[test]
fn the_chosen_locale_is_saved_with_the_session_and_comes_back_with_it() {
    let s = answered(&state()).reduce(Msg::SetLocale(Locale::ZhCn));
    assert_eq!(s.locale, Locale::ZhCn);
    assert_eq!(
        s.session.locale,
        Some(Locale::ZhCn),
        "saved with the progress"
    );
    // Progress from another tab or a file brings its language; none keeps the one on show.
    let mut theirs = Session::new(&s.guide.0.flow);
    theirs.locale = Some(Locale::En);
    assert_eq!(
        s.clone().reduce(Msg::Import(theirs.clone())).locale,
        Locale::En
    );
    assert_eq!(
        s.clone().reduce(Msg::Replace(Some(theirs))).locale,
        Locale::En
    );
    let plain = Session::new(&s.guide.0.flow);
    assert_eq!(s.clone().reduce(Msg::Import(plain)).locale, Locale::ZhCn);
}
