//! The guide's pure model: content, engine, triage. Nothing here knows about the browser
//! (no web-sys), so every rule of the product is testable with plain `cargo test`.
//!
//! Data flows one way: the content (a locale-independent flow plus one text pack per
//! locale, both checked on load) and the person's [`Session`] go in; the next session, the
//! diagnosis and the plan come out.

pub mod case;
pub mod clock;
pub mod contacts;
pub mod content;
pub mod date;
pub mod engine;
pub mod events;
pub mod ics;
pub mod ids;
pub mod letters;
pub mod mask;
pub mod overrides;
pub mod triage;

pub use content::{ContentError, Flow, Guide, NodeKind, Texts};
pub use date::Date;
pub use engine::{Action, Answer, Session, StepError};
pub use ids::{Cause, Channel, Field, Locale, Route, Step};
pub use triage::{diagnose, plan_steps, refund_clock, Diagnosis};

/// The built-in content, checked by `build.rs` and serialised with postcard.
const BUILTIN_CONTENT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/guide.postcard"));

/// The shipped text templates, checked by `build.rs` with [`letters::Letters::parse`] and
/// written out as tables, so the widget carries neither their JSON nor its checker.
mod builtin_letters {
    include!(concat!(env!("OUT_DIR"), "/letters.rs"));
}

impl letters::Letters {
    /// The shipped templates for `locale`.
    pub fn builtin(locale: Locale) -> letters::Letters {
        use builtin_letters::*;
        match locale {
            Locale::ZhCn => letters::Letters::from_table(locale, &ZH_CN, &ZH_CN_REPLY_DAYS),
            Locale::En => letters::Letters::from_table(locale, &EN, &EN_REPLY_DAYS),
        }
    }
}

/// The shipped public contacts, checked by `build.rs` with [`contacts::Directory::parse`] and
/// written out as the ladder shows them ([`contacts::Directory::table`]).
mod builtin_contacts {
    include!(concat!(env!("OUT_DIR"), "/contacts.rs"));
}

/// The shipped public contacts on `channel` for a case whose parties are `parties` (a
/// [`contacts::mask`]), one line each, in the directory's order.
pub fn public_contact_lines(
    channel: Channel,
    parties: u8,
    locale: Locale,
) -> impl Iterator<Item = &'static str> {
    builtin_contacts::LINES
        .iter()
        .filter(move |(c, when, _)| *c == channel.index() && when & parties != 0)
        .map(move |(_, _, lines)| lines[locale.index()])
}

/// "These numbers were collected on <date>; check the official site", for the ladder.
pub fn public_contacts_note(locale: Locale) -> &'static str {
    builtin_contacts::CHECK_OFFICIAL[locale.index()]
}

impl contacts::Directory {
    /// The shipped directory of public contacts, read from its JSON (native tools and
    /// tests; the widget reads the build's table through [`public_contact_lines`]).
    pub fn builtin() -> Result<contacts::Directory, Vec<ContentError>> {
        contacts::Directory::parse(contacts::BUILTIN)
    }
}

impl Guide {
    /// The content compiled into this build.
    pub fn builtin() -> Result<Guide, Vec<ContentError>> {
        postcard::from_bytes(BUILTIN_CONTENT).map_err(|e| {
            vec![ContentError::at(
                "build",
                format!("the built-in content cannot be read: {e}"),
            )]
        })
    }
}
