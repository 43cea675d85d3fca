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
pub mod json;
pub mod letters;
pub mod mask;
pub mod packed;
pub mod small_sort;
pub mod triage;
pub mod vec_map;

pub use content::{ContentError, Flow, Guide, NodeKind, Texts};
pub use date::Date;
pub use engine::{Action, Answer, Session, StepError};
pub use ids::{Cause, Field, Locale, Route, Step};
pub use triage::{diagnose, plan_steps, refund_clock, Diagnosis};
pub use vec_map::VecMap;

/// The built-in content, checked and packed by `build.rs` (see [`packed`]).
const BUILTIN_PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/guide.bin"));

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
/// written out as tables.
mod builtin_contacts {
    include!(concat!(env!("OUT_DIR"), "/contacts.rs"));
}

impl contacts::Directory {
    /// The shipped directory of public contacts.
    pub fn builtin() -> contacts::Directory {
        use builtin_contacts::*;
        let as_of = Date::new(AS_OF.0, AS_OF.1, AS_OF.2).unwrap_or(Date::EPOCH);
        contacts::Directory::from_table(as_of, CHECK_OFFICIAL, &CONTACTS)
    }
}

impl Guide {
    /// The content compiled into this build.
    pub fn builtin() -> Result<Guide, Vec<ContentError>> {
        packed::unpack(BUILTIN_PACKED)
            .ok_or_else(|| vec![ContentError::at("build", "the packed content is damaged")])
    }
}
