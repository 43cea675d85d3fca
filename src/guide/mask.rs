//! Card and account numbers never stored whole (DESIGN §7, masking).
//!
//! In free text, any run of 12–19 digits that passes the Luhn check (a payment card number)
//! is replaced by `****` and its last four digits. Digits may be grouped with single spaces
//! or dashes, as people type them ("6222 0212 3456 7890"). The receiving-account field is
//! masked whatever its check digit: every digit but the last four becomes `*`.

/// Masks card numbers inside free text; everything else is kept as typed.
///
/// A run of digit groups (joined by single spaces or dashes) may hold a card number next to
/// other numbers ("4111 1111 1111 1111 11 Nov"), so within each run every span of whole
/// groups is tried, earliest and longest first.
pub fn mask_card_numbers(text: &str) -> String {
    // Loops that push, here and below, rather than `collect`/`extend` over adapters: each of
    // those is one more generic body in the wasm.
    let mut chars: Vec<char> = Vec::with_capacity(text.len());
    for c in text.chars() {
        chars.push(c);
    }
    let push_all = |out: &mut String, cs: &[char]| {
        for &c in cs {
            out.push(c);
        }
    };
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        // The run's groups as (start, end) char positions.
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
            let mut d = String::new();
            for &c in &chars[groups[a].0..groups[b].1] {
                if c.is_ascii_digit() {
                    d.push(c);
                }
            }
            d
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
                    push_all(&mut out, &chars[written..groups[g].0]);
                    let d = digits_of(g, e);
                    out.push_str("****");
                    // `get`, not `&d[..]`: indexing a `str` brings in its panic path and,
                    // through it, `char` debug formatting (about 1 KB of the size budget).
                    out.push_str(d.get(d.len() - 4..).unwrap_or_default());
                    written = groups[e].1;
                    g = e + 1;
                }
                None => g += 1,
            }
        }
        push_all(&mut out, &chars[written..j]);
        i = j;
    }
    out
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
