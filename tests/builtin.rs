//! What the build prepared for the wasm (`src/builtin.rs`) is exactly the checked JSON: the
//! content, the text templates and the public contacts' lines.
#![cfg(not(target_arch = "wasm32"))]

use refund_guide::builtin::{
    guide, letters, police_lines, public_contact_lines, public_contacts_note,
};
use refund_guide_model::contacts::{mask, Directory, Party};
use refund_guide_model::ids::Channel;
use refund_guide_model::letters::{format_date, Letters};
use refund_guide_model::{Guide, Locale};

// Regression: build.rs serialises the checked guide; the widget must read back exactly it.
#[test]
fn the_builtin_content_the_widget_reads_is_exactly_the_checked_json() {
    assert_eq!(guide().unwrap(), Guide::shipped().unwrap());
}

// Regression: the widget carries the templates as tables written by build.rs; they must be
// exactly the checked JSON packs, text for text and reply day for reply day.
#[test]
fn the_shipped_tables_are_the_checked_packs() {
    for &locale in Locale::ALL {
        assert_eq!(
            letters(locale),
            Letters::shipped(locale).unwrap(),
            "{locale:?}"
        );
    }
}

// Regression: the widget carries the directory as the lines build.rs composed; for every
// case (any set of parties), channel and locale they must be the checked JSON's contacts,
// in order, each written by `Directory::line` with its number apart, and the note must carry
// the "as of" date.
#[test]
fn the_shipped_lines_are_the_checked_directory() {
    let dir = Directory::builtin().expect("valid");
    let all = [
        Party::PaymentInstitution,
        Party::Bank,
        Party::Merchant,
        Party::Fraud,
    ];
    for m in 0u8..16 {
        let parties: Vec<Party> = all.iter().copied().filter(|p| m & p.bit() != 0).collect();
        assert_eq!(mask(&parties), m);
        for &locale in Locale::ALL {
            for &channel in Channel::ALL {
                let entries: Vec<_> = dir
                    .contacts
                    .iter()
                    .filter(|c| {
                        c.channel == Some(channel) && c.when.iter().any(|p| parties.contains(p))
                    })
                    .collect();
                let want: Vec<String> =
                    entries.iter().map(|c| Directory::line(c, locale)).collect();
                let got: Vec<String> = public_contact_lines(channel, m, locale)
                    .map(|parts| parts.concat())
                    .collect();
                assert_eq!(got, want, "{channel:?} {parties:?} {locale:?}");
                // The middle part is the entry's number, which the widget links.
                let numbers: Vec<&str> = public_contact_lines(channel, m, locale)
                    .map(|[_, number, _]| *number)
                    .collect();
                let want: Vec<&str> = entries
                    .iter()
                    .map(|c| c.phone.as_deref().unwrap_or_default())
                    .collect();
                assert_eq!(numbers, want);
            }
        }
    }
    // The police block's lines: the contacts without a channel, in three parts the same way.
    for m in 0u8..16 {
        for &locale in Locale::ALL {
            let want: Vec<[String; 3]> = dir
                .contacts
                .iter()
                .filter(|c| c.channel.is_none() && c.when.iter().any(|p| m & p.bit() != 0))
                .map(|c| Directory::line_parts(c, locale))
                .collect();
            let got: Vec<[String; 3]> = police_lines(m, locale)
                .map(|parts| parts.map(str::to_string))
                .collect();
            assert_eq!(got, want, "police, parties {m:#06b} {locale:?}");
        }
    }
    assert!(police_lines(Party::Fraud.bit(), Locale::En).any(|[_, number, _]| *number == "110"));
    assert_eq!(
        public_contacts_note(Locale::En),
        dir.check_official(Locale::En, &format_date(Locale::En, dir.as_of))
    );
    assert!(public_contacts_note(Locale::En).contains("1 Dec 2026"));
    assert!(public_contacts_note(Locale::ZhCn).contains("2026年12月1日"));
}
