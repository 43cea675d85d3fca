//! The root state and its pure reducer (no storage, no DOM): engine session, locale and the
//! notices on show. Saving happens in an effect in `app.rs`, never here.

use std::rc::Rc;

use yew::Reducible;

use refund_guide_model::config::Config;
use refund_guide_model::store::Notice;
use refund_guide_model::{Action, Date, Guide, Locale, Session};

/// The checked content, shared; compared by pointer (it never changes while mounted).
#[derive(Clone, Debug)]
pub struct GuideRef(pub Rc<Guide>);

impl PartialEq for GuideRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub guide: GuideRef,
    /// Shared with the views that show it: a new `Rc` only when it changed, so a view's
    /// props compare by pointer first (`Session` is `Eq`).
    pub session: Rc<Session>,
    pub locale: Locale,
    /// Today in the person's time zone (the refund clock and date checks); `None` only where
    /// there is no clock (server-side rendering in tests).
    pub today: Option<Date>,
    /// On show above the step (an unreadable save's notice holds the whole saved text).
    pub notices: Rc<Vec<Notice>>,
    /// The "save my progress on this device" switch.
    pub saving: bool,
    /// The integrator's settings: refund windows and calendar, support contacts, channels.
    pub config: Rc<Config>,
    /// The last message was the person's action that first reached the plan (the session's
    /// `plan_reached` turned on): the root sends `cause`, `clock` and `complete` with that
    /// screen's `step`, so a reload, a resume or another tab's progress never sends them.
    pub completed: bool,
}

impl State {
    pub fn new(guide: GuideRef, locale: Locale, today: Option<Date>) -> State {
        let session = Rc::new(Session::new(&guide.0.flow));
        State {
            guide,
            session,
            locale,
            today,
            notices: Rc::default(),
            saving: true,
            config: Rc::default(),
            completed: false,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    Guide(Action),
    SetLocale(Locale),
    /// The host's second `mount()` on this widget: new settings and wording (with the host's
    /// content over the built-in texts), and the locale when the settings name one. The
    /// session is kept: the person stays where they were.
    Configure {
        config: Rc<Config>,
        guide: GuideRef,
        locale: Option<Locale>,
    },
    /// The host's `reset()`: back to the start with nothing kept.
    Reset,
    /// "Start over" on the resume banner.
    StartOver,
    /// "Continue" on the resume banner.
    DismissResume,
    Notify(Notice),
    /// "Load the newer progress" (another tab saved it): the root reads it, and sends
    /// `Replace` with what it found; the reducer never sees this one.
    LoadNewer,
    /// The saved session read again after another tab changed it (`None`: it deleted it).
    Replace(Option<Session>),
    /// The saved data was deleted (by the app, before this message): start afresh.
    Deleted,
    SetSaving(bool),
    /// The progress from a file, confirmed by the person after its preview.
    Import(Session),
    /// The answer to "has the money arrived?" when coming back.
    Arrived(bool),
}

impl State {
    /// Coming back after the date the money should have arrived by: the resume banner
    /// becomes the question "has it arrived?" (not on a same-day reload).
    pub fn ask_follow_up(&mut self) {
        let came_back = self
            .notices
            .iter()
            .position(|n| matches!(n, Notice::Resume { days, .. } if *days > 0));
        let due = refund_guide_model::triage::follow_up_due(
            &self.guide.0.flow,
            &self.session,
            self.today,
            &self.config.clock,
        );
        if let (Some(i), Some(due)) = (came_back, due) {
            Rc::make_mut(&mut self.notices)[i] = Notice::FollowUp { due };
        }
    }

    /// Replaces the session, keeping the old `Rc` when nothing changed (so nothing that
    /// shows it re-renders, and nothing is saved again).
    pub fn set_session(&mut self, session: Session) {
        if *self.session != session {
            self.session = Rc::new(session);
        }
    }

    /// Whether a notice on show means saving cannot go on (storage full, or another tab
    /// holds newer progress).
    pub fn saving_paused(&self) -> bool {
        self.notices
            .iter()
            .any(|n| matches!(n, Notice::StorageFull | Notice::ChangedInOtherTab))
    }
}

impl Reducible for State {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = (*self).clone();
        next.completed = false;
        match msg {
            Msg::Guide(action) => {
                next.set_session(self.session.apply(&self.guide.0.flow, action));
                next.completed = next.session.plan_reached && !self.session.plan_reached;
            }
            Msg::SetLocale(locale) => {
                // Saved with the session, so a reload or a resume comes back in it.
                next.locale = locale;
                if self.session.locale != Some(locale) {
                    Rc::make_mut(&mut next.session).locale = Some(locale);
                }
            }
            Msg::Configure {
                config,
                guide,
                locale,
            } => {
                next.config = config;
                next.guide = guide;
                if let Some(locale) = locale {
                    next.locale = locale;
                }
            }
            Msg::Reset | Msg::StartOver => {
                // The host's reset() clears everything; the person's "start again" on the
                // resume banner restarts the questions and keeps the case file.
                next.set_session(match msg {
                    Msg::StartOver => self.session.apply(&self.guide.0.flow, Action::Restart),
                    _ => Session::new(&self.guide.0.flow),
                });
                Rc::make_mut(&mut next.notices).retain(|n| !matches!(n, Notice::Resume { .. }));
            }
            Msg::DismissResume => {
                Rc::make_mut(&mut next.notices).retain(|n| !matches!(n, Notice::Resume { .. }))
            }
            Msg::Replace(session) => {
                if let Some(locale) = session.as_ref().and_then(|s| s.locale) {
                    next.locale = locale;
                }
                next.set_session(session.unwrap_or_else(|| Session::new(&self.guide.0.flow)));
                Rc::make_mut(&mut next.notices)
                    .retain(|n| !matches!(n, Notice::Resume { .. } | Notice::ChangedInOtherTab));
            }
            Msg::Arrived(yes) => {
                if yes {
                    Rc::make_mut(&mut next.session).resolved_on = self.today;
                }
                Rc::make_mut(&mut next.notices).retain(|n| !matches!(n, Notice::FollowUp { .. }));
            }
            Msg::Deleted => {
                // Nothing stays stored: saving is off until the person turns it back on.
                next.set_session(Session::new(&self.guide.0.flow));
                next.notices = Rc::default();
                next.saving = false;
            }
            Msg::SetSaving(on) => next.saving = on,
            // Turned into `Replace` by the root before it reaches here.
            Msg::LoadNewer => {}
            Msg::Import(session) => {
                if let Some(locale) = session.locale {
                    next.locale = locale;
                }
                next.set_session(session);
                Rc::make_mut(&mut next.notices).retain(|n| !matches!(n, Notice::Resume { .. }));
            }
            Msg::Notify(notice) => {
                if !next.notices.contains(&notice) {
                    Rc::make_mut(&mut next.notices).push(notice);
                }
            }
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
