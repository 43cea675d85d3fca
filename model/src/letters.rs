//! Ready-to-send texts: the message to customer service, the in-app complaint, the
//! complaints to the consumer association and the financial regulator, and a summary for a
//! lawyer, in each locale, filled from the case file.
//!
//! Templates are data (`content/letters/<locale>.json`), with `{placeholder}`s. A text
//! asserts only what the person recorded (DESIGN §7):
//! - what happened is worded for the kind of case ([`CaseKind`]): a refund, a withdrawal,
//!   an incoming transfer, unauthorised transactions ("freeze, investigate, reverse"), a
//!   restriction ("lift it and state its basis"), each with its own remedy;
//! - the guide's guess at the cause is never written into a text: the facts and what
//!   happened are;
//! - what was done comes from the ladder statuses, the contact log and the evidence ticks,
//!   and nothing is claimed that they do not record;
//! - the consumer-association complaint is addressed to whoever holds the money: the
//!   merchant when the merchant is at fault, else the wallet;
//! - reply deadlines count working days; dates are written one way per locale.
//!
//! A missing fact shows as a clear bracketed placeholder to fill in, never as an empty gap,
//! and [`Letters::unfilled`] lists them for the page. Card numbers in any value are masked
//! before they reach a text (DESIGN §7).

use super::case::{Contact, EVIDENCE_IDS};
use super::clock::{Calendar, Verdict};
use super::content::{ContentError, Flag, Texts};
use super::date::Date;
use super::engine::Session;
use super::ids::{Cause, Channel, Field, Locale, Route, Status};
use super::mask::{mask_account, mask_card_numbers};
use super::triage::{CaseKind, Diagnosis};
use serde_json::Value;

/// The five texts, in the order the guide offers them (DESIGN §4.3).
pub const LETTER_IDS: &[&str] = &[
    "customer_service",
    "in_app_complaint",
    "consumer_association",
    "regulator",
    "lawyer_summary",
];

/// The shipped templates.
pub const BUILTIN_ZH_CN: &str = include_str!("../../content/letters/zh-CN.json");
pub const BUILTIN_EN: &str = include_str!("../../content/letters/en.json");

/// Placeholders a letter body may use; the facts (which have a "missing" text) first.
const BODY_KEYS: &[&str] = &[
    "transaction_at",
    "amount",
    "merchant",
    "order_number",
    "wallet",
    "refund_started_on",
    "receiving_account",
    "name",
    "phone",
    "subject",
    "what",
    "remedy",
    "facts",
    "done",
    "contacts",
    "clock",
    "respondent",
    "involved",
    "route",
    "reply_by",
    "today",
    "support",
];
/// Facts with a "missing" placeholder text: the first nine body keys.
const MISSING_KEYS: &[&str] = BODY_KEYS.split_at(9).0;
const PHRASE_KEYS: &[&str] = &[
    "clock_waiting",
    "clock_overdue_business",
    "clock_overdue_calendar",
    "clock_unknown",
    "contacts_intro",
    "contact_line",
    "after_contacts",
    "done_in_app",
    "done_consumer_association",
    "done_regulator",
    "done_card_issuer",
    "evidence_intro",
    "evidence_transaction_record",
    "evidence_refund_confirmation",
    "evidence_order_page",
    "evidence_chat_logs",
    "evidence_screenshots",
    "evidence_call_notes",
    "evidence_bank_statement",
    "involved_wallet",
    "involved_merchant",
    "route_wallet_balance",
    "route_bank_card",
    "route_credit_card",
    "route_original_method",
    "route_other",
    "unknown",
];
/// The kinds of case, in [`CaseKind`] order, and what each words its own way: the
/// subject line, what happened, the remedy asked for, and the facts that matter for it (a
/// withdrawal's start date, no start date where no money is in transit).
const KIND_IDS: &[&str] = &[
    "refund",
    "withdrawal",
    "transfer",
    "unauthorised",
    "restricted",
];
const KIND_KEYS: &[&str] = &["subject", "what", "remedy", "facts"];

#[derive(Clone, Debug, PartialEq)]
struct Template {
    title: String,
    reply_days: u64,
    body: String,
}

/// One locale's checked templates. The tables follow [`MISSING_KEYS`], [`PHRASE_KEYS`],
/// [`KIND_IDS`] × [`KIND_KEYS`] and [`LETTER_IDS`] in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Letters {
    pub locale: Locale,
    missing: Vec<String>,
    phrases: Vec<String>,
    kinds: Vec<String>,
    templates: Vec<Template>,
}

/// Everything a text is filled from.
pub struct Case<'a> {
    /// The case facts, contact log, evidence ticks, ladder statuses and answers.
    pub session: &'a Session,
    pub diagnosis: &'a Diagnosis,
    /// The content pack of the text's locale: the person's answers in their own words.
    pub texts: &'a Texts,
    pub clock: Verdict,
    pub today: Date,
    /// Working days for the reply deadlines.
    pub calendar: &'a Calendar,
    /// The host's `brand.name`: the wallet's name unless the person typed another.
    pub brand: Option<&'a str>,
    /// The provider's support contacts from the configuration, as (label, value) in the
    /// widget's language, cited after the wallet's name; none configured, nothing is added.
    pub support: &'a [(&'a str, &'a str)],
}

/// A filled text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Letter {
    pub id: &'static str,
    pub title: String,
    pub body: String,
}

/// A date as people read it: "2026年12月1日" / "1 Dec 2026".
pub fn format_date(locale: Locale, d: Date) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    match locale {
        Locale::ZhCn => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        Locale::En => format!(
            "{} {} {}",
            d.day(),
            MONTHS[usize::from(d.month() - 1) % 12],
            d.year()
        ),
    }
}

/// A `datetime-local` value as people read it: "2026年11月2日 14:30" / "2 Nov 2026, 14:30";
/// anything else as typed.
pub fn format_datetime(locale: Locale, text: &str) -> String {
    let (day, time) = text.split_once('T').unwrap_or((text, ""));
    match Date::parse_iso(day) {
        Some(d) if time.is_empty() => format_date(locale, d),
        Some(d) => match locale {
            Locale::ZhCn => format!("{} {time}", format_date(locale, d)),
            Locale::En => format!("{}, {time}", format_date(locale, d)),
        },
        None => text.replace('T', " "),
    }
}

/// Replaces each `{key}` with its value; unknown keys are left as they are (the checks make
/// sure there are none in shipped templates). `split_once`, not string slicing: slicing a
/// `str` brings its panic path (and char debug formatting) into the wasm.
pub(crate) fn fill(template: &str, value: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        match after.split_once('}') {
            Some((key, tail)) if key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') => {
                match value(key) {
                    Some(v) => out.push_str(&v),
                    None => {
                        out.push('{');
                        out.push_str(key);
                        out.push('}');
                    }
                }
                rest = tail;
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn placeholders(template: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some((_, after)) = rest.split_once('{') {
        let Some((key, tail)) = after.split_once('}') else {
            break;
        };
        out.push(key.to_string());
        rest = tail;
    }
    out
}

impl Letters {
    /// Templates from the tables [`Letters::table`] writes (the widget's `builtin::letters`
    /// reads the shipped ones this way).
    pub fn from_table(locale: Locale, texts: &[&str], reply_days: &[u8]) -> Letters {
        let owned = |range: std::ops::Range<usize>| -> Vec<String> {
            texts
                .get(range)
                .unwrap_or_default()
                .iter()
                .map(|t| t.to_string())
                .collect()
        };
        let (m, p, k) = (
            MISSING_KEYS.len(),
            PHRASE_KEYS.len(),
            KIND_IDS.len() * KIND_KEYS.len(),
        );
        let rest = texts.get(m + p + k..).unwrap_or_default();
        let templates = reply_days
            .iter()
            .enumerate()
            .map(|(i, &reply_days)| {
                let text = |j: usize| rest.get(2 * i + j).map_or(String::new(), |t| t.to_string());
                Template {
                    title: text(0),
                    reply_days: u64::from(reply_days),
                    body: text(1),
                }
            })
            .collect();
        Letters {
            locale,
            missing: owned(0..m),
            phrases: owned(m..m + p),
            kinds: owned(m + p..m + p + k),
            templates,
        }
    }

    /// The pack as Rust source for `build.rs`: every text in table order, then the reply days.
    pub fn table(&self, name: &str) -> String {
        let texts: Vec<&String> = self
            .missing
            .iter()
            .chain(&self.phrases)
            .chain(&self.kinds)
            .chain(self.templates.iter().flat_map(|t| [&t.title, &t.body]))
            .collect();
        let days: Vec<u8> = self
            .templates
            .iter()
            .map(|t| u8::try_from(t.reply_days).unwrap_or(u8::MAX))
            .collect();
        format!(
            "pub const {name}: [&str; {}] = {texts:?};\npub const {name}_REPLY_DAYS: [u8; {}] = {days:?};\n",
            texts.len(),
            days.len()
        )
    }

    /// Checks a template pack: every text, phrase and placeholder present, and no template
    /// using a placeholder that does not exist.
    pub fn parse(json: &str) -> Result<Letters, Vec<ContentError>> {
        let err = |place: &str, message: String| ContentError {
            place: place.to_string(),
            message,
        };
        let raw =
            serde_json::from_str::<Value>(json).map_err(|e| vec![err("letters", e.to_string())])?;
        let mut errors = Vec::new();
        let tag = raw
            .get("locale")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        let locale = Locale::from_id(&tag);
        if locale.is_none() {
            errors.push(err("letters", format!("unknown locale `{tag}`")));
        }
        let check_placeholders = |place: &str, text: &str, errors: &mut Vec<ContentError>| {
            for key in placeholders(text) {
                if !BODY_KEYS.contains(&key.as_str()) {
                    errors.push(err(place, format!("unknown placeholder `{{{key}}}`")));
                }
            }
        };
        let table = |section: &Value,
                     place: &str,
                     keys: &[&str],
                     optional: &[&str],
                     errors: &mut Vec<ContentError>|
         -> Vec<String> {
            // Phrases have placeholders of their own ({due}, {ticket}…), filled where used.
            let own_placeholders = place.ends_with("phrases");
            keys.iter()
                .map(|k| {
                    let v = section.get(k).and_then(Value::as_str);
                    if v.is_none_or(|v| v.trim().is_empty()) && !optional.contains(k) {
                        errors.push(err(place, format!("`{k}` is missing")));
                    }
                    let v = v.unwrap_or_default();
                    if !own_placeholders {
                        check_placeholders(place, v, errors);
                    }
                    v.to_string()
                })
                .collect()
        };
        let section = |name: &str| raw.get(name).cloned().unwrap_or(Value::Null);
        let missing = table(
            &section("missing"),
            &format!("{tag} letters missing"),
            MISSING_KEYS,
            &[],
            &mut errors,
        );
        let phrases = table(
            &section("phrases"),
            &format!("{tag} letters phrases"),
            PHRASE_KEYS,
            &[],
            &mut errors,
        );
        let mut kinds = Vec::new();
        let all_kinds = section("kinds");
        for kind in KIND_IDS {
            let one = all_kinds.get(kind).cloned().unwrap_or(Value::Null);
            kinds.extend(table(
                &one,
                &format!("{tag} letters kind `{kind}`"),
                KIND_KEYS,
                &[],
                &mut errors,
            ));
        }
        let mut templates = Vec::new();
        for id in LETTER_IDS {
            let place = format!("{tag} letter `{id}`");
            let Some(t) = raw.get("letters").and_then(|l| l.get(id)) else {
                errors.push(err(&place, "is missing".into()));
                continue;
            };
            let text = |key: &str| {
                t.get(key)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string()
            };
            let (title, body) = (text("title"), text("body"));
            let reply_days = t.get("reply_days").and_then(Value::as_u64).unwrap_or(0);
            if reply_days > 90 {
                errors.push(err(&place, "reply_days must be 0 to 90".into()));
            }
            if title.trim().is_empty() || body.trim().is_empty() {
                errors.push(err(&place, "needs a title and a body".into()));
            }
            check_placeholders(&place, &body, &mut errors);
            templates.push(Template {
                title,
                reply_days,
                body,
            });
        }
        match locale {
            Some(locale) if errors.is_empty() => Ok(Letters {
                locale,
                missing,
                phrases,
                kinds,
                templates,
            }),
            _ => Err(errors),
        }
    }

    fn phrase(&self, key: &str) -> &str {
        PHRASE_KEYS
            .iter()
            .position(|k| *k == key)
            .and_then(|i| self.phrases.get(i))
            .map_or("", String::as_str)
    }

    fn missing(&self, key: &str) -> String {
        MISSING_KEYS
            .iter()
            .position(|k| *k == key)
            .and_then(|i| self.missing.get(i))
            .cloned()
            .unwrap_or_default()
    }

    fn kind_text(&self, kind: CaseKind, key: &str) -> &str {
        // `CaseKind` is declared in KIND_IDS order.
        let k = kind as usize;
        let j = KIND_KEYS.iter().position(|id| *id == key).unwrap_or(0);
        self.kinds
            .get(k * KIND_KEYS.len() + j)
            .map_or("", String::as_str)
    }

    /// The placeholders still in a filled text (facts the person has not given), each once,
    /// for the page to name. A blank field of a logged contact is not listed: it is shown as
    /// "to fill in" in the line, but there is nothing in the case file to add for it.
    pub fn unfilled<'a>(&'a self, body: &str) -> Vec<&'a str> {
        self.missing
            .iter()
            .filter(|m| !m.is_empty() && body.contains(m.as_str()))
            .map(String::as_str)
            .collect()
    }

    /// Fills every text for this case.
    pub fn render_all(&self, case: &Case) -> Vec<Letter> {
        LETTER_IDS
            .iter()
            .filter_map(|id| self.render(id, case))
            .collect()
    }

    /// Fills one text.
    pub fn render(&self, id: &str, case: &Case) -> Option<Letter> {
        let i = LETTER_IDS.iter().position(|l| *l == id)?;
        let (id, t) = (LETTER_IDS[i], self.templates.get(i)?);
        let (locale, d, session) = (self.locale, case.diagnosis, case.session);
        let zh = locale == Locale::ZhCn;
        let fact = |f: Field| {
            session
                .facts
                .get(&f)
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
        };
        let date = |d: Date| format_date(locale, d);
        let unknown = self.phrase("unknown");
        let or_missing = |v: Option<String>, k: &str| v.unwrap_or_else(|| self.missing(k));
        let typed = |f: Field| fact(f).map(mask_card_numbers);
        let started = fact(Field::RefundStartedOn).map(|s| {
            Date::parse_iso(s)
                .map(date)
                .unwrap_or_else(|| mask_card_numbers(s))
        });
        let amount = fact(Field::Amount).map(|a| {
            let a = mask_card_numbers(a);
            let currency = fact(Field::Currency).map(|c| c.to_ascii_uppercase());
            match (locale, currency.as_deref()) {
                (Locale::ZhCn, None | Some("CNY") | Some("元")) => format!("{a} 元"),
                (Locale::En, None | Some("CNY")) => format!("CNY {a}"),
                (_, Some(c)) => format!("{a} {}", mask_card_numbers(c)),
            }
        });
        let wallet = typed(Field::Wallet).or_else(|| case.brand.map(mask_card_numbers));
        let merchant = typed(Field::Merchant);
        let value = |k: &str| -> Option<String> {
            Some(match k {
                "transaction_at" => or_missing(
                    fact(Field::TransactionAt)
                        .map(|v| mask_card_numbers(&format_datetime(locale, v))),
                    k,
                ),
                "amount" => or_missing(amount.clone(), k),
                "merchant" => or_missing(merchant.clone(), k),
                "order_number" => or_missing(typed(Field::OrderNumber), k),
                "wallet" => or_missing(wallet.clone(), k),
                "refund_started_on" => or_missing(started.clone(), k),
                "receiving_account" => {
                    or_missing(fact(Field::ReceivingAccount).map(mask_account), k)
                }
                "name" => or_missing(typed(Field::FullName), k),
                "phone" => or_missing(typed(Field::Phone), k),
                "route" => self
                    .phrase(match d.route {
                        Some(Route::WalletBalance) => "route_wallet_balance",
                        Some(Route::BankCard) => "route_bank_card",
                        Some(Route::CreditCard) => "route_credit_card",
                        Some(Route::OriginalMethod) => "route_original_method",
                        Some(Route::Other) | None => "route_other",
                    })
                    .to_string(),
                _ => return None,
            })
        };
        // The kind's own sentences use the fact placeholders too.
        let kind_text = |key: &str| fill(self.kind_text(d.kind, key), &value);

        let clock = match case.clock {
            Verdict::Waiting { due, .. } => fill(self.phrase("clock_waiting"), &|k| {
                (k == "due").then(|| date(due))
            }),
            Verdict::Overdue {
                due,
                days_late,
                business_days,
            } => fill(
                self.phrase(if business_days {
                    "clock_overdue_business"
                } else {
                    "clock_overdue_calendar"
                }),
                &|k| match k {
                    "due" => Some(date(due)),
                    "days_late" => Some(days_late.to_string()),
                    _ => None,
                },
            ),
            Verdict::Unknown => self.phrase("clock_unknown").to_string(),
            Verdict::NotApplicable => String::new(),
        };

        // The facts block: a line per fact that fits this kind of case.
        // What was done, only as recorded.
        let mut done: Vec<String> = Vec::new();
        if !session.contacts.is_empty() {
            done.push(self.phrase("after_contacts").to_string());
        }
        for (channel, key) in [
            (Channel::InApp, "done_in_app"),
            (Channel::ConsumerAssociation, "done_consumer_association"),
            (Channel::Regulator, "done_regulator"),
            (Channel::CardIssuer, "done_card_issuer"),
        ] {
            if session
                .ladder
                .get(&channel)
                .is_some_and(|s| *s != Status::NotStarted)
                && id != channel_letter(channel)
            {
                done.push(self.phrase(key).to_string());
            }
        }
        // Short names for a sentence (the checklist's own labels explain each item): the
        // phrases right after `evidence_intro`, in EVIDENCE_IDS order.
        let names = PHRASE_KEYS
            .iter()
            .position(|k| *k == "evidence_intro")
            .map_or(0, |i| i + 1);
        let kept: Vec<&str> = EVIDENCE_IDS
            .iter()
            .enumerate()
            .filter(|(_, e)| session.evidence.iter().any(|x| x == *e))
            .map(|(i, _)| self.phrases.get(names + i).map_or("", String::as_str))
            .collect();
        if !kept.is_empty() {
            done.push(format!(
                "{}{}{}",
                self.phrase("evidence_intro"),
                kept.join(if zh { "、" } else { ", " }),
                if zh { "。" } else { "." }
            ));
        }
        let done = done.join(if zh { "" } else { " " });

        let contacts = if session.contacts.is_empty() {
            String::new()
        } else {
            let mut out = self.phrase("contacts_intro").to_string();
            for c in &session.contacts {
                out.push_str("\n- ");
                out.push_str(&contact_line(
                    self.phrase("contact_line"),
                    c,
                    locale,
                    unknown,
                ));
            }
            out
        };

        // Who holds the money decides whom a complaint names.
        // The merchant holds the money when it is the likely cause or has not refunded.
        let merchant_at_fault = d.kind == CaseKind::Refund
            && (d.findings.first().map(|f| f.cause) == Some(Cause::MerchantError)
                || d.flags.contains(&Flag::NotRefunded));
        // " (hotline: 95188; in the app: Me > Help)" / "（客服电话：95188；在 App 里：我的 > 客服）"
        let colon = if zh { "：" } else { ": " };
        let given: Vec<String> = case
            .support
            .iter()
            .map(|(l, v)| format!("{l}{colon}{v}"))
            .collect();
        let support = if given.is_empty() {
            String::new()
        } else if zh {
            format!("（{}）", given.join("；"))
        } else {
            format!(" ({})", given.join("; "))
        };
        // The wallet is named with the provider's support contacts wherever it is a party.
        let with_support = |k: &str| {
            if k == "support" {
                Some(support.clone())
            } else {
                value(k)
            }
        };
        let wallet_line = fill("{wallet}{support}", &with_support);
        let (respondent, involved) = if merchant_at_fault {
            (
                value("merchant").unwrap_or_default(),
                fill(self.phrase("involved_wallet"), &with_support),
            )
        } else if d.kind == CaseKind::Refund && merchant.is_some() {
            (wallet_line, fill(self.phrase("involved_merchant"), &value))
        } else {
            (wallet_line, String::new())
        };

        let reply_by = case
            .calendar
            .add_working_days(case.today, u16::try_from(t.reply_days).unwrap_or(90))
            .map(date)
            .unwrap_or_default();
        let body = fill(&t.body, &|k| {
            value(k).or_else(|| {
                Some(match k {
                    "subject" | "what" | "remedy" | "facts" => kind_text(k),
                    "done" => done.clone(),
                    "contacts" => contacts.clone(),
                    "clock" => clock.clone(),
                    "respondent" => respondent.clone(),
                    "involved" => involved.clone(),
                    "reply_by" => reply_by.clone(),
                    "today" => date(case.today),
                    "support" => support.clone(),
                    _ => return None,
                })
            })
        });
        Some(Letter {
            id,
            title: t.title.clone(),
            // Each value is masked as it goes in, but two values side by side (an amount and
            // its currency, a host's support line) can still form a card number: the whole
            // text is masked once more (tests/fuzz-regressions/letters-*).
            body: tidy(&mask_card_numbers(&body)),
        })
    }
}

/// The text a ladder channel's own complaint is (it does not claim itself as done).
fn channel_letter(channel: Channel) -> &'static str {
    match channel {
        Channel::InApp => "in_app_complaint",
        Channel::ConsumerAssociation => "consumer_association",
        Channel::Regulator => "regulator",
        _ => "",
    }
}

fn contact_line(template: &str, c: &Contact, locale: Locale, unknown: &str) -> String {
    let value = |v: &str| {
        if v.trim().is_empty() {
            unknown.to_string()
        } else {
            mask_card_numbers(v.trim())
        }
    };
    fill(template, &|k| match k {
        "at" => Some(if c.at.trim().is_empty() {
            unknown.to_string()
        } else {
            mask_card_numbers(&format_datetime(locale, c.at.trim()))
        }),
        "channel" => Some(value(&c.channel)),
        "ticket" => Some(value(&c.ticket)),
        "agent" => Some(value(&c.agent)),
        "promise" => Some(value(&c.promise)),
        _ => None,
    })
}

/// Lines that a placeholder left empty go, and blank lines never pile up: what was not
/// recorded leaves no gap.
fn tidy(body: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for line in body.lines() {
        let blank = line.trim().is_empty() || line.trim() == "-";
        if blank && out.last().is_none_or(|l| l.is_empty()) {
            continue;
        }
        out.push(if blank { "" } else { line });
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}
