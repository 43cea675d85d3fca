//! Card and account numbers never stored whole (DESIGN §7, masking).
//!
//! In free text, any run of 12–19 digits that passes the Luhn check (a payment card number)
//! is replaced by `****` and its last four digits. Digits may be grouped with single spaces
//! or dashes, as people type them ("6222 0212 3456 7890"). The receiving-account field is
//! masked whatever its check digit: every digit but the last four becomes `*`.

/// The most digits a card number has.
const CARD_MAX: usize = 19;
/// The fewest digits a card number has.
const CARD_MIN: usize = 12;

/// Masks card numbers inside free text; everything else is kept as typed.
///
/// A run of digit groups (joined by single spaces or dashes) may hold a card number next to
/// other numbers ("4111 1111 1111 1111 11 Nov"), so within each run every span of whole
/// groups is tried, earliest and longest first. Runs on every keystroke, so it is linear in
/// the text's length: see [`mask_card_numbers_counted`].
pub fn mask_card_numbers(text: &str) -> String {
    mask_card_numbers_counted(text).0
}

/// [`mask_card_numbers`], with the work it did counted in steps: one per byte of `text`
/// scanned, one per digit gathered into a candidate number, and one per digit a Luhn check
/// reads. A span is widened only while it holds at most 19 digits, so each group starts a
/// bounded number of candidates and the count grows linearly with the text (tests/mask.rs
/// doubles the input to check).
pub fn mask_card_numbers_counted(text: &str) -> (String, u64) {
    // Digits, spaces and dashes are ASCII, so byte positions are char boundaries wherever
    // they are used to slice.
    let bytes = text.as_bytes();
    let mut work = 0u64;
    let mut out = String::with_capacity(text.len());
    // `text[..written]` is already in `out`.
    let mut written = 0;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            work += 1;
            i += 1;
            continue;
        }
        let groups = digit_groups(bytes, i, &mut work);
        let mut g = 0;
        while g < groups.len() {
            match card_at(text, &groups[g..], &mut work) {
                Some((taken, last4)) => {
                    out.push_str(&text[written..groups[g].0]);
                    out.push_str("****");
                    out.push_str(&last4);
                    g += taken;
                    written = groups[g - 1].1;
                }
                None => g += 1,
            }
        }
        i = groups.last().map_or(i + 1, |&(_, end)| end);
    }
    out.push_str(&text[written..]);
    (out, work)
}

/// The run of digit groups starting at `start` (a digit), as byte ranges: groups are joined
/// by one space or dash between two digits.
fn digit_groups(bytes: &[u8], start: usize, work: &mut u64) -> Vec<(usize, usize)> {
    let mut groups = Vec::new();
    let mut j = start;
    loop {
        let g = j;
        while j < bytes.len() && bytes[j].is_ascii_digit() {
            j += 1;
        }
        *work += (j - g) as u64;
        groups.push((g, j));
        let joined = matches!(bytes.get(j), Some(b' ' | b'-'))
            && bytes.get(j + 1).is_some_and(u8::is_ascii_digit);
        if !joined {
            return groups;
        }
        *work += 1;
        j += 1;
    }
}

/// The longest card number made of whole groups from the first of `groups`: how many groups
/// it takes and its last four digits.
fn card_at(text: &str, groups: &[(usize, usize)], work: &mut u64) -> Option<(usize, String)> {
    let mut digits = String::with_capacity(CARD_MAX);
    let mut best = None;
    for (n, &(a, b)) in groups.iter().enumerate() {
        if digits.len() + (b - a) > CARD_MAX {
            break;
        }
        digits.push_str(&text[a..b]);
        *work += (b - a) as u64;
        if digits.len() >= CARD_MIN {
            *work += digits.len() as u64;
            if luhn_valid(&digits) {
                best = Some((n + 1, digits[digits.len() - 4..].to_string()));
            }
        }
    }
    best
}

/// Masks every digit of an account number except the last four, keeping the separators so
/// the person still recognises the shape they typed.
pub fn mask_account(text: &str) -> String {
    let total = text.chars().filter(char::is_ascii_digit).count();
    let mut seen = 0;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let digit = c.is_ascii_digit();
        seen += usize::from(digit);
        out.push(if digit && seen + 4 <= total { '*' } else { c });
    }
    out
}

/// The Luhn (mod 10) check used by payment card numbers.
pub fn luhn_valid(digits: &str) -> bool {
    let mut sum = 0u32;
    for (i, b) in digits.bytes().rev().enumerate() {
        if !b.is_ascii_digit() {
            return false;
        }
        let mut d = u32::from(b - b'0');
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    !digits.is_empty() && sum.is_multiple_of(10)
}
