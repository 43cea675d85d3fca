//! Ready-to-send texts: the message to customer service, the in-app complaint, the
//! complaints to the consumer association and the financial regulator, and a summary for a
//! lawyer, in each locale, filled from the case file.
//!
//! Templates are data (`content/letters/<locale>.json`), with `{placeholder}`s. Every text
//! cites the diagnosed cause, the clock verdict (due date or days late), the order and
//! ticket numbers, the remedy asked for (the amount back to the route) and a reply deadline.
//! A missing fact shows as a clear bracketed placeholder to fill in, never as an empty gap.
//! Card numbers in any value are masked before they reach a text (DESIGN §7).

use super::case::Contact;
use super::clock::Verdict;
use super::content::ContentError;
use super::date::Date;
use super::ids::{Cause, Field, Locale, Route};
use super::mask::{mask_account, mask_card_numbers};
use litemap::LiteMap;
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
    "clock",
    "causes",
    "contacts",
    "route",
    "reply_by",
    "today",
    "support",
];
/// Facts with a "missing" placeholder text: the first nine body keys.
const MISSING_KEYS: &[&str] = BODY_KEYS.split_at(9).0;
const PHRASE_KEYS: &[&str] = &[
    "cause_intro",
    "no_cause",
    "clock_waiting",
    "clock_overdue_business",
    "clock_overdue_calendar",
    "clock_unknown",
    "contacts_intro",
    "contact_line",
    "no_contacts",
    "route_wallet_balance",
    "route_bank_card",
    "route_credit_card",
    "route_original_method",
    "route_other",
    "unknown",
];

#[derive(Clone, Debug, PartialEq)]
struct Template {
    title: String,
    reply_days: u64,
    body: String,
}

/// One locale's checked templates. The tables follow [`MISSING_KEYS`], [`PHRASE_KEYS`] and
/// [`LETTER_IDS`] in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Letters {
    pub locale: Locale,
    missing: Vec<String>,
    phrases: Vec<String>,
    templates: Vec<Template>,
}

/// Everything a text is filled from.
pub struct Case<'a> {
    pub facts: &'a LiteMap<Field, String>,
    pub contacts: &'a [Contact],
    /// Diagnosed causes' titles, most likely first (from the locale's content pack).
    pub causes: &'a [(Cause, String)],
    pub clock: Verdict,
    pub route: Option<Route>,
    pub today: Date,
    pub name: Option<&'a str>,
    pub phone: Option<&'a str>,
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
        let (m, p) = (MISSING_KEYS.len(), PHRASE_KEYS.len());
        let rest = texts.get(m + p..).unwrap_or_default();
        let mut templates = Vec::new();
        for (i, &reply_days) in reply_days.iter().enumerate() {
            let text = |j: usize| rest.get(2 * i + j).map_or(String::new(), |t| t.to_string());
            templates.push(Template {
                title: text(0),
                reply_days: u64::from(reply_days),
                body: text(1),
            });
        }
        Letters {
            locale,
            missing: owned(0..m),
            phrases: owned(m..m + p),
            templates,
        }
    }

    /// The pack as Rust source for `build.rs`: every text in table order, then the reply days.
    pub fn table(&self, name: &str) -> String {
        let texts: Vec<&String> = self
            .missing
            .iter()
            .chain(&self.phrases)
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
        let table = |section: &str, keys: &[&str], errors: &mut Vec<ContentError>| -> Vec<String> {
            keys.iter()
                .map(|k| {
                    let v = raw
                        .get(section)
                        .and_then(|s| s.get(k))
                        .and_then(Value::as_str)
                        .unwrap_or_default();
                    if v.trim().is_empty() {
                        errors.push(err(
                            &format!("{tag} letters {section}"),
                            format!("`{k}` is missing"),
                        ));
                    }
                    v.to_string()
                })
                .collect()
        };
        let missing = table("missing", MISSING_KEYS, &mut errors);
        let phrases = table("phrases", PHRASE_KEYS, &mut errors);
        let mut templates = Vec::new();
        for id in LETTER_IDS {
            let place = format!("{tag} letter `{id}`");
            let Some(t) = raw.get("letters").and_then(|l| l.get(id)) else {
                errors.push(err(&place, "is missing".into()));
                continue;
            };
            let title = t
                .get("title")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let body = t
                .get("body")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let reply_days = t.get("reply_days").and_then(Value::as_u64).unwrap_or(0);
            if reply_days > 90 {
                errors.push(err(&place, "reply_days must be 0 to 90".into()));
            }
            if title.trim().is_empty() || body.trim().is_empty() {
                errors.push(err(&place, "needs a title and a body".into()));
            }
            for key in placeholders(&body) {
                if !BODY_KEYS.contains(&key.as_str()) {
                    errors.push(err(&place, format!("unknown placeholder `{{{key}}}`")));
                }
            }
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

    /// Fills every text for this case.
    pub fn render_all(&self, case: &Case) -> Vec<Letter> {
        let mut out = Vec::with_capacity(LETTER_IDS.len());
        for id in LETTER_IDS {
            out.extend(self.render(id, case));
        }
        out
    }

    /// Fills one text.
    pub fn render(&self, id: &str, case: &Case) -> Option<Letter> {
        let i = LETTER_IDS.iter().position(|l| *l == id)?;
        let (id, t) = (LETTER_IDS[i], self.templates.get(i)?);
        let locale = self.locale;
        let fact = |f: Field| {
            case.facts
                .get(&f)
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
        };
        let date = |d: Date| format_date(locale, d);
        let start = fact(Field::RefundStartedOn).map(|s| {
            Date::parse_iso(s)
                .map(date)
                .unwrap_or_else(|| mask_card_numbers(s))
        });
        let start_text = start
            .clone()
            .unwrap_or_else(|| self.missing("refund_started_on"));
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
        };
        let zh = locale == Locale::ZhCn;
        let causes = if case.causes.is_empty() {
            self.phrase("no_cause").to_string()
        } else {
            let titles: Vec<&str> = case
                .causes
                .iter()
                .map(|(_, title)| title.as_str())
                .collect();
            format!(
                "{}{}{}",
                self.phrase("cause_intro"),
                if zh { "" } else { " " },
                titles.join(if zh { "；" } else { "; " })
            )
        };
        let unknown = self.phrase("unknown").to_string();
        let contacts = if case.contacts.is_empty() {
            self.phrase("no_contacts").to_string()
        } else {
            let mut out = self.phrase("contacts_intro").to_string();
            for c in case.contacts {
                let value = |v: &str| {
                    if v.trim().is_empty() {
                        unknown.clone()
                    } else {
                        mask_card_numbers(v.trim())
                    }
                };
                out.push_str("\n- ");
                out.push_str(&fill(self.phrase("contact_line"), &|k| match k {
                    "at" => Some(value(&c.at.replace('T', " "))),
                    "channel" => Some(value(&c.channel)),
                    "ticket" => Some(value(&c.ticket)),
                    "agent" => Some(value(&c.agent)),
                    "promise" => Some(value(&c.promise)),
                    _ => None,
                }));
            }
            out
        };
        let amount = fact(Field::Amount).map(|a| {
            let a = mask_card_numbers(a);
            match (locale, fact(Field::Currency)) {
                (Locale::ZhCn, None | Some("CNY") | Some("元")) => format!("{a} 元"),
                (Locale::En, None | Some("CNY")) => format!("CNY {a}"),
                (_, Some(c)) => format!("{a} {}", mask_card_numbers(c)),
            }
        });
        let route = self.phrase(match case.route {
            Some(Route::WalletBalance) => "route_wallet_balance",
            Some(Route::BankCard) => "route_bank_card",
            Some(Route::CreditCard) => "route_credit_card",
            Some(Route::OriginalMethod) => "route_original_method",
            Some(Route::Other) | None => "route_other",
        });
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
        let reply_by = case
            .today
            .add_days(t.reply_days as i64)
            .map(date)
            .unwrap_or_default();
        let body = fill(&t.body, &|k| {
            let typed = |f: Field| fact(f).map(mask_card_numbers);
            Some(match k {
                "transaction_at" => fact(Field::TransactionAt)
                    .map(|v| mask_card_numbers(&v.replace('T', " ")))
                    .unwrap_or_else(|| self.missing(k)),
                "amount" => amount.clone().unwrap_or_else(|| self.missing(k)),
                "merchant" => typed(Field::Merchant).unwrap_or_else(|| self.missing(k)),
                "order_number" => typed(Field::OrderNumber).unwrap_or_else(|| self.missing(k)),
                "wallet" => typed(Field::Wallet).unwrap_or_else(|| self.missing(k)),
                "refund_started_on" => start_text.clone(),
                "receiving_account" => fact(Field::ReceivingAccount)
                    .map(mask_account)
                    .unwrap_or_else(|| self.missing(k)),
                "name" => case
                    .name
                    .map(mask_card_numbers)
                    .unwrap_or_else(|| self.missing(k)),
                "phone" => case
                    .phone
                    .map(str::to_string)
                    .unwrap_or_else(|| self.missing(k)),
                "clock" => clock.clone(),
                "causes" => causes.clone(),
                "contacts" => contacts.clone(),
                "route" => route.to_string(),
                "reply_by" => reply_by.clone(),
                "today" => date(case.today),
                "support" => support.clone(),
                _ => return None,
            })
        });
        Some(Letter {
            id,
            title: t.title.clone(),
            body,
        })
    }
}
