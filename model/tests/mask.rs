//! Masking: card numbers in free text and the receiving account are never kept whole.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use refund_guide_model::mask::{
    luhn_valid, mask_account, mask_card_numbers, mask_card_numbers_counted,
};

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

/// The masking rule written out the straightforward way (the implementation before it was
/// made linear): for each run of digit groups, from each group, try every span of whole
/// groups, longest first, rebuilding its digits each time. Quadratic and more, so only for
/// comparing on short texts.
fn reference_mask(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let mut groups: Vec<(usize, usize)> = Vec::new();
        let mut j = i;
        loop {
            let g = j;
            while j < chars.len() && chars[j].is_ascii_digit() {
                j += 1;
            }
            groups.push((g, j));
            let joined = j + 1 < chars.len()
                && (chars[j] == ' ' || chars[j] == '-')
                && chars[j + 1].is_ascii_digit();
            if !joined {
                break;
            }
            j += 1;
        }
        let digits_of = |a: usize, b: usize| -> String {
            chars[groups[a].0..groups[b].1]
                .iter()
                .filter(|c| c.is_ascii_digit())
                .collect()
        };
        let mut g = 0;
        let mut written = i;
        while g < groups.len() {
            let found = (g..groups.len()).rev().find(|&e| {
                let d = digits_of(g, e);
                (12..=19).contains(&d.len()) && luhn_valid(&d)
            });
            match found {
                Some(e) => {
                    out.extend(&chars[written..groups[g].0]);
                    let d = digits_of(g, e);
                    out.push_str("****");
                    out.push_str(&d[d.len() - 4..]);
                    written = groups[e].1;
                    g = e + 1;
                }
                None => g += 1,
            }
        }
        out.extend(&chars[written..j]);
        i = j;
    }
    out
}

/// Text as people type it around numbers: digit groups of every length (card-sized ones
/// included, a tenth of which pass Luhn by chance), whole card numbers, single and double
/// spaces and dashes, letters, CJK and punctuation.
fn typed_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[0-9]{1,5}",
        2 => "[0-9]{12,19}",
        1 => (12usize..=19).prop_flat_map(card),
        3 => Just(" ".to_string()),
        2 => Just("-".to_string()),
        1 => Just("  ".to_string()),
        1 => Just("--".to_string()),
        2 => "[a-zA-Z.,:/卡号退款]{1,3}",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// The work of masking `unit` repeated `n` times, then `2n` times.
fn work_doubling(unit: &str, n: usize) -> (u64, u64) {
    let (_, once) = mask_card_numbers_counted(&unit.repeat(n));
    let (_, twice) = mask_card_numbers_counted(&unit.repeat(2 * n));
    (once, twice)
}

// Regression: masking tried every span of a run's digit groups and rebuilt the digits for
// each, O(groups² × length); 2,000 pasted "1 "s froze the page for about 3 s. Work is counted
// in steps, never timed.
#[test]
fn masking_work_at_most_doubles_when_the_input_doubles() {
    for unit in [
        "1 ",
        "1-",
        "12 ",
        "1",
        "4111 1111 1111 1111 ",
        "4111-1111-1111-1111 1 ",
        "卡 1 2 ",
    ] {
        for n in [1_000, 4_000] {
            let (once, twice) = work_doubling(unit, n);
            assert!(
                twice as f64 <= 2.2 * once as f64,
                "{unit:?} × {n}: {once} steps, doubled {twice}"
            );
        }
    }
}

#[test]
fn masking_a_pasted_wall_of_digit_groups_stays_correct() {
    let text = "4111 1111 1111 1111 ".repeat(2_000);
    let masked = mask_card_numbers(&text);
    assert_eq!(masked, "****1111 ".repeat(2_000));
    let ones = "1 ".repeat(2_000);
    assert_eq!(
        mask_card_numbers(&ones),
        ones,
        "no span of ones passes Luhn"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn masking_matches_the_straightforward_rule(text in typed_text()) {
        prop_assert_eq!(mask_card_numbers(&text), reference_mask(&text));
    }

    #[test]
    fn masking_matches_the_straightforward_rule_on_dense_digits(text in "[0-9 \\-x卡]{0,60}") {
        prop_assert_eq!(mask_card_numbers(&text), reference_mask(&text));
    }
}
