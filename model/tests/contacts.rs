//! Public complaint contacts are dated data, checked on load, and each case gets the right
//! ones: the external routes always, the bank regulator for cards, the market regulator for
//! merchants, the police and anti-fraud line when the account may be compromised.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{walk, Say::*};
use proptest::prelude::*;
use refund_guide_model::contacts::{
    tel_href, Directory, Party, POLICE_BLOCK, TEL_DIGITS, TEL_SEPARATORS,
};
use refund_guide_model::ids::Channel;
use refund_guide_model::triage::parties;
use refund_guide_model::{diagnose, Locale};

fn phones(dir: &Directory, parties: &[Party]) -> Vec<String> {
    dir.for_case(parties)
        .iter()
        .filter_map(|c| c.phone.clone())
        .collect()
}

#[test]
fn the_shipped_directory_is_valid_dated_and_bilingual() {
    let dir = Directory::builtin().expect("the shipped directory is valid");
    assert!(dir.as_of.year() >= 2026);
    for c in &dir.contacts {
        for &l in Locale::ALL {
            assert!(!c.name(l).is_empty() && !c.note(l).is_empty(), "{}", c.id);
        }
    }
    let text = dir.check_official(Locale::En, "1 Nov 2026");
    assert!(text.contains("1 Nov 2026") && text.contains("official"));
}

#[test]
fn every_case_gets_the_external_routes_in_ladder_order() {
    let dir = Directory::builtin().expect("the shipped directory is valid");
    for parties in [
        vec![Party::PaymentInstitution],
        vec![
            Party::PaymentInstitution,
            Party::Bank,
            Party::Merchant,
            Party::Fraud,
        ],
    ] {
        let list = dir.for_case(&parties);
        for channel in [
            Channel::ConsumerAssociation,
            Channel::Regulator,
            Channel::Lawsuit,
        ] {
            assert!(
                list.iter().any(|c| c.channel == Some(channel)),
                "{channel:?} for {parties:?}"
            );
        }
        let order: Vec<usize> = list
            .iter()
            .map(|c| c.channel.map_or(POLICE_BLOCK, Channel::index))
            .collect();
        assert!(order.windows(2).all(|w| w[0] <= w[1]), "ladder order");
    }
}

/// Regression for the content review: 110 and 96110 sat on the financial regulator's rung,
/// 12315 was not told apart from the consumer association, 12348 was missing, and no entry
/// named a source.
#[test]
fn police_have_their_own_block_and_every_entry_names_its_source() {
    let dir = Directory::builtin().expect("the shipped directory is valid");
    for c in &dir.contacts {
        assert!(c.source.url.starts_with("http"), "{}", c.id);
        let police = c
            .phone
            .as_deref()
            .is_some_and(|p| p == "110" || p == "96110");
        assert_eq!(police, c.channel.is_none() && c.phone.is_some(), "{}", c.id);
        // An entry marked official names the body's own site; anything else is secondary.
        if !c.source.secondary {
            assert!(
                c.source.url.ends_with(".gov.cn") || c.source.url.ends_with(".org.cn"),
                "{}",
                c.id
            );
        }
    }
    let find = |phone: &str| {
        dir.contacts
            .iter()
            .find(|c| c.phone.as_deref() == Some(phone))
    };
    assert_eq!(
        find("12348").map(|c| c.channel),
        Some(Some(Channel::Lawsuit))
    );
    let both = dir.for_case(&[Party::PaymentInstitution]);
    for phone in ["12363", "12378"] {
        assert!(
            both.iter().any(|c| c.phone.as_deref() == Some(phone)),
            "{phone} for a wallet"
        );
    }
    assert!(
        find("12363").unwrap().note(Locale::ZhCn).contains("12378"),
        "what to do if told it is the wrong one"
    );
    assert!(find("12315")
        .unwrap()
        .note(Locale::En)
        .contains("government"));
}

#[test]
fn who_regulates_what_follows_the_case() {
    let guide = common::guide();
    let dir = Directory::builtin().expect("the shipped directory is valid");
    let card = [
        Pick("money_kind", &["bank_withdrawal"]),
        Pick("scam_contact", &["no_such_contact"]),
        Pick("status", &["processing"]),
        Skip("started_on"),
        Pick("security_signs", &["none_of_these"]),
        Pick("details_checked", &["all_correct"]),
        Pick("notices", &["none_of_these"]),
    ];
    let p = parties(&diagnose(&guide.flow, &walk(&guide, &card)));
    assert_eq!(p, [Party::PaymentInstitution, Party::Bank]);
    let numbers = phones(&dir, &p);
    assert!(
        numbers.contains(&"12363".to_string()) && numbers.contains(&"12378".to_string()),
        "{numbers:?}"
    );
    assert!(!numbers.contains(&"110".to_string()));

    let merchant = walk(
        &guide,
        &[
            Pick("money_kind", &["merchant_refund"]),
            Pick("merchant_response", &["refused_or_stalling"]),
            Pick("scam_contact", &["no_such_contact"]),
            Pick("status", &["no_refund_record"]),
        ],
    );
    let p = parties(&diagnose(&guide.flow, &merchant));
    assert!(p.contains(&Party::Merchant));
    assert!(phones(&dir, &p).contains(&"12315".to_string()));

    let stolen = walk(
        &guide,
        &[
            Pick("money_kind", &["incoming_transfer"]),
            Pick("scam_contact", &["no_such_contact"]),
            Pick("status", &["unrecognised_activity"]),
        ],
    );
    let p = parties(&diagnose(&guide.flow, &stolen));
    let numbers = phones(&dir, &p);
    assert!(
        numbers.contains(&"110".to_string()) && numbers.contains(&"96110".to_string()),
        "{numbers:?}"
    );
}

#[test]
fn a_broken_directory_is_rejected_with_the_contact_named() {
    let broken = refund_guide_model::contacts::BUILTIN
        .replace("\"12378\"", "\"call us\"")
        .replace("https://www.cca.org.cn", "http://www.cca.org.cn");
    let errors: Vec<String> = Directory::parse(&broken)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        errors
            .iter()
            .any(|e| e.contains("nfra_12378") && e.contains("digits")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("consumer_association") && e.contains("https")),
        "{errors:?}"
    );
}

#[test]
fn a_contact_line_names_the_body_its_number_or_site_and_what_it_is_for() {
    let dir = Directory::builtin().expect("valid");
    let pboc = dir
        .contacts
        .iter()
        .find(|c| c.id == "pboc_12363")
        .expect("12363");
    assert_eq!(
        Directory::line(pboc, Locale::En),
        "People's Bank of China, financial consumer complaints line 12363 https://www.pbc.gov.cn: \
         Supervises wallets and other payment institutions: try first, after complaining to \
         the wallet; if told it is the wrong place, call 12378."
    );
    let cca = dir
        .contacts
        .iter()
        .find(|c| c.id == "consumer_association")
        .expect("cca");
    assert!(Directory::line(cca, Locale::ZhCn).contains(" https://www.cca.org.cn："));
    assert_eq!(cca.source.url, "https://www.cca.org.cn");
    assert!(!cca.source.secondary && cca.source.date.is_none());
}

#[test]
fn a_tel_link_dials_the_number_written_and_nothing_else_becomes_one() {
    for (text, href) in [
        ("95188", Some("tel:95188")),
        ("110", Some("tel:110")),
        (" 400-123-4567 ", Some("tel:4001234567")),
        ("+86 (10) 1234 5678", Some("tel:+861012345678")),
        ("021.6123.4567", Some("tel:02161234567")),
        // Not only a number: shown as text.
        ("95188 (24h)", None),
        ("9:00-18:00", None),
        ("客服 95188", None),
        ("12", None),
        ("+", None),
        ("", None),
        ("-95188", None),
        ("1+1", None),
        // Half a number (found by hand: these were links to tel:400 and tel:010).
        ("400-", None),
        ("(010)", None),
        // "(0)" is not dialled after a country code: no link rather than a wrong one.
        ("+86 (0)10 6512 3456", None),
        // E.164's longest is 15 digits.
        ("123 4567 8901 2345", Some("tel:123456789012345")),
        ("123 4567 8901 23456", None),
    ] {
        assert_eq!(tel_href(text).as_deref(), href, "{text:?}");
    }
}

proptest! {
    // Property: a number written with any of the usual separators dials its digits; a
    // letter anywhere means no link.
    #[test]
    fn a_written_number_dials_its_digits(
        groups in prop::collection::vec("[0-9]{1,4}", 1..6),
        seps in prop::collection::vec(prop::sample::select(vec![" ", "-", ".", "", ") ", " ("]), 6),
        plus in any::<bool>(),
        letter in "[a-zA-Z时]",
        at in any::<prop::sample::Index>(),
    ) {
        // Every separator is one the rule allows.
        prop_assert!(seps.iter().all(|sep| sep.chars().all(|ch| TEL_SEPARATORS.contains(ch))));
        let mut text = if plus { "+".to_string() } else { String::new() };
        for (i, g) in groups.iter().enumerate() {
            if i > 0 {
                text.push_str(seps[i]);
            }
            text.push_str(g);
        }
        let digits: String = groups.concat();
        let want = (TEL_DIGITS.contains(&digits.len()) && !text.contains("(0)"))
            .then(|| format!("tel:{}{digits}", if plus { "+" } else { "" }));
        prop_assert_eq!(tel_href(&text), want);
        let mut chars: Vec<char> = text.chars().collect();
        chars.insert(at.index(chars.len() + 1), letter.chars().next().unwrap());
        let with_letter: String = chars.into_iter().collect();
        prop_assert_eq!(tel_href(&with_letter), None);
    }
}
