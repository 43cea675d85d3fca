//! refund-guide-model: the pure model of Refund Guide. Content types and their checks, the
//! wizard engine, triage, the refund clock and its working-day calendar, the case file and
//! its masking, the ready-to-send texts and their templates, `.ics` reminders, the saved
//! state's schema, the integrator's configuration and the details of host events.
//!
//! This crate has no web-sys, wasm-bindgen or Yew dependency, so "the model never touches
//! the browser" is enforced by Cargo, and every rule of the product is tested with plain
//! `cargo test`. The widget (the `refund-guide` crate) renders it; its `build.rs` checks the
//! shipped content with this crate and serialises it for the wasm.
//!
//! Data flows one way: the content (a locale-independent flow plus one text pack per
//! locale, both checked) and the person's [`Session`] go in; the next session, the
//! diagnosis, the plan and the texts come out.

pub mod case;
pub mod clock;
pub mod config;
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
pub mod store;
#[cfg(feature = "testing")]
pub mod testing;
pub mod triage;

pub use content::{ContentError, Flow, Guide, NodeKind, Texts};
pub use date::Date;
pub use engine::{Action, Answer, LogEvent, Session, StepError};
pub use ids::{Cause, Channel, Field, Locale, Route, Step};
pub use triage::{diagnose, plan_steps, refund_clock, Diagnosis};

impl Guide {
    /// The shipped content (`content/*.json`), read and checked. For native tools, tests and
    /// the widget's build script; the widget itself reads the copy its build serialised.
    pub fn shipped() -> Result<Guide, Vec<ContentError>> {
        Guide::from_sources(
            content::BUILTIN_FLOW,
            content::BUILTIN_ZH_CN,
            content::BUILTIN_EN,
        )
    }

    /// A guide serialised by [`Guide::to_postcard`] (the widget's build does this).
    pub fn from_postcard(bytes: &[u8]) -> Result<Guide, ContentError> {
        postcard::from_bytes(bytes).map_err(|e| {
            ContentError::at("build", format!("the built-in content cannot be read: {e}"))
        })
    }

    pub fn to_postcard(&self) -> Vec<u8> {
        // Plain structs, strings and enums: postcard cannot fail on them.
        postcard::to_allocvec(self).unwrap_or_default()
    }
}

impl letters::Letters {
    /// The shipped templates for `locale`, read and checked (native; the widget carries the
    /// tables its build wrote, through [`letters::Letters::from_table`]).
    pub fn shipped(locale: Locale) -> Result<letters::Letters, Vec<ContentError>> {
        letters::Letters::parse(match locale {
            Locale::ZhCn => letters::BUILTIN_ZH_CN,
            Locale::En => letters::BUILTIN_EN,
        })
    }
}

impl contacts::Directory {
    /// The shipped directory of public contacts, read from its JSON.
    pub fn builtin() -> Result<contacts::Directory, Vec<ContentError>> {
        contacts::Directory::parse(contacts::BUILTIN)
    }
}
