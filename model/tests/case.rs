//! The case file's rules: each fact and contact field checked as a person types it, and card
//! or account numbers never stored whole.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use refund_guide_model::case::Contact;
use refund_guide_model::case::{
    check_contact, check_fact, contact_bound, fact_bound, parse_datetime, store_contact,
    store_fact, within, FieldError, CONTACT_FIELDS, EVIDENCE_IDS, LINE_MAX, NUMBER_MAX, TEXT_MAX,
};
use refund_guide_model::mask::luhn_valid;
use refund_guide_model::{Date, Field};

fn today() -> Option<Date> {
    Date::new(2026, 11, 24)
}

#[test]
fn facts_are_checked_field_by_field_and_empty_is_fine() {
    let ok = [
        (Field::TransactionAt, "2026-11-02T14:30"),
        (Field::TransactionAt, "2026-11-24T23:59:59"),
        (Field::RefundStartedOn, "2026-11-24"),
        (Field::Amount, "1,299.00"),
        (Field::Currency, "CNY"),
        (Field::Route, "bank_card"),
        (Field::Merchant, "快乐小店"),
        (Field::OrderNumber, "HS-1"),
    ];
    for (f, v) in ok {
        assert_eq!(check_fact(f, v, today()), Ok(()), "{f:?} {v}");
    }
    for &f in Field::ALL {
        assert_eq!(check_fact(f, "  ", today()), Ok(()), "{f:?} is optional");
    }
    let bad = [
        (
            Field::TransactionAt,
            "2026-11-02 14:30",
            FieldError::InvalidDateTime,
        ),
        (
            Field::TransactionAt,
            "2026-11-02T24:00",
            FieldError::InvalidDateTime,
        ),
        (
            Field::TransactionAt,
            "2026-11-25T08:00",
            FieldError::FutureDate,
        ),
        (
            Field::RefundStartedOn,
            "2026-02-29",
            FieldError::InvalidDate,
        ),
        (Field::RefundStartedOn, "2027-01-01", FieldError::FutureDate),
        (Field::Amount, "-3", FieldError::InvalidAmount),
        (Field::Currency, "yuan", FieldError::InvalidCurrency),
        (Field::Currency, "C$1", FieldError::InvalidCurrency),
        (Field::Route, "pigeon", FieldError::InvalidRoute),
        (Field::OrderNumber, "x\u{7}", FieldError::ControlCharacter),
        (Field::Merchant, "two\nlines", FieldError::ControlCharacter),
    ];
    for (f, v, e) in bad {
        assert_eq!(check_fact(f, v, today()), Err(e), "{f:?} {v}");
    }
    assert!(parse_datetime("2028-02-29T00:00").is_some());
    assert_eq!(EVIDENCE_IDS.len(), 7);
}

#[test]
fn a_currency_typed_in_lower_case_is_accepted_and_kept_as_typed() {
    assert_eq!(check_fact(Field::Currency, "cny", today()), Ok(()));
    assert_eq!(check_fact(Field::Currency, "Usd", today()), Ok(()));
    // Kept as typed (rewriting the field as the person types would move their cursor);
    // the page and the texts write it in capitals.
    assert_eq!(store_fact(Field::Currency, "usd"), "usd");
}

#[test]
fn account_and_card_numbers_are_masked_when_stored() {
    assert_eq!(
        store_fact(Field::ReceivingAccount, "6222 0212 3456 7890"),
        "**** **** **** 7890"
    );
    assert_eq!(
        store_fact(Field::OrderNumber, "paid with 4111111111111111"),
        "paid with ****1111"
    );
    assert_eq!(
        store_fact(Field::Amount, "4111111111111111"),
        "4111111111111111",
        "not a text field (and not a valid amount anyway)"
    );
    let c = store_contact(
        &Contact {
            promise: "refund to card 5555 5555 5555 4444 tomorrow".into(),
            ..Contact::default()
        },
        true,
    );
    assert_eq!(c.promise, "refund to card ****4444 tomorrow");
}

#[test]
fn contact_entries_report_each_field_by_its_id() {
    let c = Contact {
        at: "2026-12-01T10:00".into(),
        follow_up_on: "soon".into(),
        agent: "Li\tWei".into(),
        promise: "x\u{1b}".into(),
        ..Contact::default()
    };
    let ids: Vec<&str> = check_contact(&c, today())
        .iter()
        .map(|(id, _)| *id)
        .collect();
    assert_eq!(ids, ["contact_at", "follow_up_on", "agent", "promise"]);
    assert!(
        check_contact(
            &Contact {
                follow_up_on: "2027-01-10".into(),
                ..Contact::default()
            },
            today()
        )
        .is_empty(),
        "follow-ups are in the future"
    );
}

proptest! {
    #[test]
    fn checks_never_panic_and_stored_text_holds_no_card_number(v in "\\PC{0,40}", digits in "[0-9]{12,19}") {
        for &f in Field::ALL {
            let _ = check_fact(f, &v, today());
        }
        let typed = format!("{v} {digits}");
        let stored = store_fact(Field::Merchant, &typed);
        if luhn_valid(&digits) {
            prop_assert!(!stored.contains(&digits));
        }
        let account = store_fact(Field::ReceivingAccount, &digits);
        prop_assert_eq!(account.chars().filter(char::is_ascii_digit).count(), 4);
    }
}

#[test]
fn each_field_has_the_bound_design_sets() {
    for &f in Field::ALL {
        let expected = if f == Field::OrderNumber {
            NUMBER_MAX
        } else {
            LINE_MAX
        };
        assert_eq!(fact_bound(f), expected, "{f:?}");
    }
    for id in CONTACT_FIELDS {
        let expected = match id {
            "ticket_number" => NUMBER_MAX,
            "promise" => TEXT_MAX,
            _ => LINE_MAX,
        };
        assert_eq!(contact_bound(id), expected, "{id}");
    }
    assert_eq!((LINE_MAX, NUMBER_MAX, TEXT_MAX), (200, 64, 4_000));
}

#[test]
fn a_value_is_cut_at_its_bound_in_characters_not_bytes() {
    assert_eq!(within("退款未到账", 3), ("退款未", true));
    assert_eq!(within("退款", 2), ("退款", false), "exactly at the bound");
    assert_eq!(within("", 0), ("", false));
    assert_eq!(within("a", 0), ("", true));
    let emoji = "💸".repeat(201);
    let (kept, cut) = within(&emoji, LINE_MAX);
    assert!(cut);
    assert_eq!(kept.chars().count(), LINE_MAX);
}

// Regression: the contact log refused every multi-line promise (a line break is a control
// character), though the field is a textarea.
#[test]
fn a_promise_over_several_lines_is_accepted() {
    let c = Contact {
        promise: "refund in 3 days\nthen call back".into(),
        ..Contact::default()
    };
    assert!(check_contact(&c, today()).is_empty());
    let one_line = Contact {
        agent: "Li\nWei".into(),
        ..Contact::default()
    };
    assert_eq!(
        check_contact(&one_line, today()),
        [("agent", FieldError::ControlCharacter)]
    );
}

// Bounds apply to new input (DESIGN §8): a value an older version saved, longer than today's
// bound, is not refused when checked (it is cut only if the person types into the field).
#[test]
fn an_older_value_over_its_bound_still_passes_the_checks() {
    let long = "Shop ".repeat(1_000);
    for f in [
        Field::Merchant,
        Field::Wallet,
        Field::OrderNumber,
        Field::ReceivingAccount,
    ] {
        assert_eq!(check_fact(f, &long, today()), Ok(()), "{f:?}");
    }
    let c = Contact {
        channel: long.clone(),
        ticket: long.clone(),
        agent: long.clone(),
        promise: "said so\n".repeat(2_000),
        ..Contact::default()
    };
    assert!(check_contact(&c, today()).is_empty());
}
