//! Ready-to-send texts: golden files per text × locale × full and empty case, the facts
//! actually appear, nothing is left unfilled, and card numbers never appear whole.
//! `UPDATE_GOLDEN=1 cargo test --test letters` rewrites the golden files after a wording
//! change (review the diff).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use litemap::LiteMap;
use refund_guide_model::case::Contact;
use refund_guide_model::clock::Verdict;
use refund_guide_model::letters::{Case, Letters, LETTER_IDS};

use refund_guide_model::{Cause, Date, Field, Locale, Route};

fn full_facts() -> LiteMap<Field, String> {
    let mut f = LiteMap::new();
    f.insert(Field::TransactionAt, "2026-11-02T14:30".into());
    f.insert(Field::Amount, "1,299.00".into());
    f.insert(Field::Merchant, "Happy Shop 快乐小店".into());
    f.insert(Field::OrderNumber, "HS-20261102-0042".into());
    f.insert(Field::Wallet, "PayWallet".into());
    f.insert(Field::RefundStartedOn, "2026-11-03".into());
    f.insert(Field::ReceivingAccount, "6222 0212 3456 7890".into());
    f
}

fn contacts() -> Vec<Contact> {
    vec![
        Contact {
            at: "2026-11-12T10:05".into(),
            channel: "App chat".into(),
            ticket: "T-88231".into(),
            agent: "Li".into(),
            promise: "refund within 3 days, card 4111 1111 1111 1111".into(),
            follow_up_on: "2026-11-15".into(),
        },
        Contact {
            at: "2026-11-18T09:00".into(),
            channel: "Hotline".into(),
            ticket: "T-90412".into(),
            ..Contact::default()
        },
    ]
}

fn render(locale: Locale, full: bool) -> Vec<(String, String)> {
    let guide = common::guide();
    let letters = Letters::shipped(locale).unwrap();
    let texts = guide.texts(locale);
    let today = Date::new(2026, 11, 24).unwrap();
    let facts = if full { full_facts() } else { LiteMap::new() };
    let contacts = if full { contacts() } else { Vec::new() };
    let causes: Vec<(Cause, String)> = if full {
        [Cause::MerchantError, Cause::TechnicalFault]
            .iter()
            .map(|&c| (c, texts.cause(c).0.to_string()))
            .collect()
    } else {
        Vec::new()
    };
    let case = Case {
        facts: &facts,
        contacts: &contacts,
        causes: &causes,
        clock: if full {
            Verdict::Overdue {
                due: Date::new(2026, 11, 12).unwrap(),
                days_late: 8,
                business_days: true,
            }
        } else {
            Verdict::Unknown
        },
        route: full.then_some(Route::OriginalMethod),
        today,
        name: full.then_some("Wang Fang"),
        phone: full.then_some("138 0013 8000"),
        support: match (full, locale) {
            (false, _) => &[],
            (true, Locale::ZhCn) => &[("客服电话", "95188"), ("在 App 里", "我的 > 客服")],
            (true, Locale::En) => &[("Hotline", "95188"), ("In the app", "Me > Help")],
        },
    };
    letters
        .render_all(&case)
        .into_iter()
        .map(|l| (l.id.to_string(), format!("{}\n\n{}\n", l.title, l.body)))
        .collect()
}

#[test]
fn every_text_matches_its_golden_file() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut mismatches = Vec::new();
    for &locale in Locale::ALL {
        for full in [true, false] {
            let rendered = render(locale, full);
            assert_eq!(rendered.len(), LETTER_IDS.len());
            for (id, text) in rendered {
                let path = format!(
                    "tests/golden/letters/{id}.{}.{}.txt",
                    locale.id(),
                    if full { "full" } else { "empty" }
                );
                if update {
                    std::fs::write(&path, &text).unwrap();
                } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                    mismatches.push(path);
                }
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "differ from golden (UPDATE_GOLDEN=1 to accept): {mismatches:?}"
    );
}

#[test]
fn full_texts_cite_the_facts_cause_clock_tickets_remedy_and_deadline() {
    for &locale in Locale::ALL {
        for (id, text) in render(locale, true) {
            for needle in [
                "HS-20261102-0042",
                "1,299.00",
                "T-88231",
                "T-90412",
                "Happy Shop",
            ] {
                assert!(
                    text.contains(needle),
                    "{id} {locale:?} lacks {needle}:\n{text}"
                );
            }
            let (cause, late, deadline) = match locale {
                Locale::ZhCn => ("商家没有正确处理退款", "8 个工作日", "2026年11月"),
                Locale::En => (
                    "The merchant did not process the refund properly",
                    "8 working days",
                    "Nov 2026",
                ),
            };
            assert!(text.contains(cause), "{id} {locale:?}: cause");
            assert!(text.contains(late), "{id} {locale:?}: days late");
            assert!(text.contains(deadline), "{id} {locale:?}: a date");
            assert!(
                !text.contains('{') && !text.contains('}'),
                "{id} {locale:?}: unfilled placeholder"
            );
            assert!(
                !text.contains("4111 1111 1111 1111") && !text.contains("4111111111111111"),
                "{id}: card number in full"
            );
            assert!(
                !text.contains("6222 0212 3456 7890"),
                "{id}: account number in full"
            );
            if ["customer_service", "regulator"].contains(&id.as_str()) {
                assert!(
                    text.contains("**** **** **** 7890"),
                    "{id} {locale:?}: the masked receiving account"
                );
            }
        }
    }
}

#[test]
fn empty_texts_show_placeholders_to_fill_in_never_blanks() {
    for &locale in Locale::ALL {
        for (id, text) in render(locale, false) {
            assert!(
                !text.contains('{') && !text.contains("undefined") && !text.contains("None"),
                "{id}"
            );
            let (amount, order) = match locale {
                Locale::ZhCn => ("[金额]", "[订单号/交易号]"),
                Locale::En => ("[amount]", "[order or transaction number]"),
            };
            assert!(
                text.contains(amount) && text.contains(order),
                "{id} {locale:?}: placeholders to fill in\n{text}"
            );
        }
    }
}

#[test]
fn a_template_with_an_unknown_placeholder_is_rejected() {
    let broken = refund_guide_model::letters::BUILTIN_EN.replace("{reply_by}", "{reply_before}");
    let errors = Letters::parse(&broken).unwrap_err();
    assert!(
        errors
            .iter()
            .any(|e| e.to_string().contains("{reply_before}")),
        "{errors:?}"
    );
}
