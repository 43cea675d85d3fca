//! What the build prepared for the wasm (`build.rs`): the shipped content checked and
//! serialised, the text templates and the public contacts as tables. The widget reads these
//! instead of parsing and checking JSON at run time; native tests in `tests/builtin.rs` hold
//! them to the checked JSON.

use refund_guide_model::letters::Letters;
use refund_guide_model::{Channel, ContentError, Guide, Locale};

const CONTENT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/guide.postcard"));

/// The content compiled into this build.
pub fn guide() -> Result<Guide, ContentError> {
    Guide::from_postcard(CONTENT)
}

mod letter_tables {
    include!(concat!(env!("OUT_DIR"), "/letters.rs"));
}

/// The shipped text templates for `locale`.
pub fn letters(locale: Locale) -> Letters {
    use letter_tables::*;
    match locale {
        Locale::ZhCn => Letters::from_table(locale, &ZH_CN, &ZH_CN_REPLY_DAYS),
        Locale::En => Letters::from_table(locale, &EN, &EN_REPLY_DAYS),
    }
}

mod contact_tables {
    include!(concat!(env!("OUT_DIR"), "/contacts.rs"));
}

/// One public contact's line in three parts: before its phone number, the number (empty
/// when it has none), after it (`contacts::Directory::line_parts`).
pub type ContactLine = [&'static str; 3];

/// The shipped public contacts on `channel` for a case whose parties are `parties` (a
/// `contacts::mask`), one line each, in the directory's order.
pub fn public_contact_lines(
    channel: Channel,
    parties: u8,
    locale: Locale,
) -> impl Iterator<Item = &'static ContactLine> {
    contact_tables::LINES
        .iter()
        .filter(move |(c, when, _)| *c == channel.index() && when & parties != 0)
        .map(move |(_, _, lines)| &lines[locale.index()])
}

/// The police and anti-fraud contacts, for their own block on the plan, when the case
/// involves fraud.
pub fn police_lines(parties: u8, locale: Locale) -> impl Iterator<Item = &'static ContactLine> {
    contact_tables::LINES
        .iter()
        .filter(move |(c, when, _)| {
            *c == refund_guide_model::contacts::POLICE_BLOCK && when & parties != 0
        })
        .map(move |(_, _, lines)| &lines[locale.index()])
}

/// "These numbers were collected on <date>; check the official site", for the ladder.
pub fn public_contacts_note(locale: Locale) -> &'static str {
    contact_tables::CHECK_OFFICIAL[locale.index()]
}
