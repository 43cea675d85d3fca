//! Masking: card numbers in free text and the receiving account are never kept whole.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use refund_guide::guide::mask::{luhn_valid, mask_account, mask_card_numbers};

#[test]
fn card_numbers_in_free_text_keep_only_the_last_four() {
    assert_eq!(
        mask_card_numbers("卡号 4111111111111111 退款"),
        "卡号 ****1111 退款"
    );
    assert_eq!(
        mask_card_numbers("card 4111 1111 1111 1111."),
        "card ****1111."
    );
    assert_eq!(
        mask_card_numbers("6011-0009-9013-9424 and 5555555555554444"),
        "****9424 and ****4444"
    );
    assert_eq!(
        mask_card_numbers("4111 1111 1111 1111 11 Nov"),
        "****1111 11 Nov",
        "a card next to another number"
    );
    assert_eq!(
        mask_card_numbers("on 24 4111 1111 1111 1111"),
        "on 24 ****1111"
    );
}

#[test]
fn numbers_that_are_not_cards_are_left_alone() {
    for kept in [
        "order 20261124123456789", // 17 digits, fails Luhn
        "4111111111111112",        // one digit off
        "call 12315 or 12363",     // short
        "ticket 411111111111",     // 12 digits, fails Luhn
        "amount 1,234.50 on 2026-11-24",
    ] {
        assert_eq!(mask_card_numbers(kept), kept);
    }
}

#[test]
fn the_account_field_masks_every_digit_but_the_last_four() {
    assert_eq!(mask_account("6222 0212 3456 7890"), "**** **** **** 7890");
    assert_eq!(mask_account("123"), "123");
    assert_eq!(
        mask_account("alipay: 138-0013-8000"),
        "alipay: ***-****-8000"
    );
}

#[test]
fn luhn_accepts_known_test_numbers() {
    for ok in [
        "4111111111111111",
        "5555555555554444",
        "378282246310005",
        "6011000990139424",
        "79927398713",
    ] {
        assert!(luhn_valid(ok), "{ok}");
    }
    assert!(!luhn_valid("79927398710"));
    assert!(!luhn_valid(""));
}

/// A Luhn-valid number of `len` digits from a random prefix.
fn card(len: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(0u8..10, len - 1).prop_map(|digits| {
        let body: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
        (0..10)
            .map(|c| format!("{body}{c}"))
            .find(|n| luhn_valid(n))
            .unwrap()
    })
}

proptest! {
    #[test]
    fn no_card_number_survives_masking(number in (12usize..=19).prop_flat_map(card), before in "[a-z ]{0,8}", after in "[a-z ]{0,8}") {
        let text = format!("{before} {number} {after}");
        let masked = mask_card_numbers(&text);
        let last4 = &number[number.len() - 4..];
        prop_assert!(!masked.contains(&number));
        let expected = format!("****{last4}");
        prop_assert!(masked.contains(&expected));
        prop_assert_eq!(mask_card_numbers(&masked), masked.clone(), "idempotent");
    }

    #[test]
    fn text_without_long_digit_runs_is_unchanged(text in "[^0-9]{0,40}") {
        prop_assert_eq!(mask_card_numbers(&text), text);
    }
}
