//! Public complaint contacts (hotlines, the consumer association, the court route) as dated
//! data (`content/contacts.json`), so an integrator or a later release can correct a number
//! without touching code. Which ones apply depends on who holds the money and why:
//! the wallet (a payment institution, DESIGN §7: the People's Bank of China, 12363), a bank
//! (the National Financial Regulatory Administration, 12378), the merchant (the market
//! regulator, 12315, or the consumer association), fraud (police 110, anti-fraud 96110).
//!
//! Each entry names its source (an official page, or the best secondary source found,
//! marked as such) and that source's own date where it gives one. The police and
//! anti-fraud entries belong to no complaint channel: the plan shows them in a block of
//! their own ([`POLICE_BLOCK`] in the ladder table).

use super::content::ContentError;
use super::date::Date;
use super::ids::{Channel, Locale};
use serde_json::Value;

pub const BUILTIN: &str = include_str!("../../content/contacts.json");

/// Who a contact deals with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Party {
    PaymentInstitution,
    Bank,
    Merchant,
    Fraud,
}

impl Party {
    pub fn id(self) -> &'static str {
        match self {
            Party::PaymentInstitution => "payment_institution",
            Party::Bank => "bank",
            Party::Merchant => "merchant",
            Party::Fraud => "fraud",
        }
    }

    fn from_id(id: &str) -> Option<Party> {
        match id {
            "payment_institution" => Some(Party::PaymentInstitution),
            "bank" => Some(Party::Bank),
            "merchant" => Some(Party::Merchant),
            "fraud" => Some(Party::Fraud),
            _ => None,
        }
    }
}

/// The ladder table's channel index for the police and anti-fraud block.
pub const POLICE_BLOCK: usize = 99;

/// Where an entry's facts come from.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub url: String,
    /// The source's own date, when it gives one.
    pub date: Option<Date>,
    /// Not an official page of the body itself.
    pub secondary: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PublicContact {
    pub id: String,
    /// The complaint channel it sits under; none for the police and anti-fraud block.
    pub channel: Option<Channel>,
    pub source: Source,
    pub when: Vec<Party>,
    pub phone: Option<String>,
    pub url: Option<String>,
    /// (zh-CN, en)
    name: (String, String),
    note: (String, String),
}

impl PublicContact {
    pub fn name(&self, locale: Locale) -> &str {
        pick(&self.name, locale)
    }
    pub fn note(&self, locale: Locale) -> &str {
        pick(&self.note, locale)
    }
}

fn pick(pair: &(String, String), locale: Locale) -> &str {
    match locale {
        Locale::ZhCn => &pair.0,
        Locale::En => &pair.1,
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Directory {
    pub as_of: Date,
    check_official: (String, String),
    pub contacts: Vec<PublicContact>,
}

impl Party {
    /// This party's bit in the masks of the ladder table ([`Directory::table`]).
    pub fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// What may stand between the digits of a number to dial (ASCII only).
pub const TEL_SEPARATORS: &str = " -.()";
/// How many digits a number to dial has: from 110 to E.164's longest, 15. An extension
/// written on as more digits ("010-8888 8888-8001") is not told apart; written with a word
/// ("转 8001", "ext. 8001") the whole is shown as text.
pub const TEL_DIGITS: std::ops::RangeInclusive<usize> = 3..=15;

/// The `tel:` link that dials `number`, where the text is only a phone number: digits, with
/// spaces, hyphens, dots or parentheses among them, starting with a digit, `(` or `+` and
/// ending with a digit (what a provider writes for its hotline: "95188", "400-123-4567",
/// "+86 (10) 1234 5678"). None for anything else ("9:00–18:00", "95188 (24h)", "400-"),
/// which the widget shows as text: a link must dial what it shows. The link keeps the `+`
/// and the digits only.
pub fn tel_href(number: &str) -> Option<String> {
    let number = number.trim();
    // "(0)" after a country code is not dialled ("+86 (0)10 …"): rather no link than a wrong one.
    if number.contains("(0)") {
        return None;
    }
    let (plus, rest) = match number.strip_prefix('+') {
        Some(rest) => ("+", rest),
        None => ("", number),
    };
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    let separators = rest
        .chars()
        .all(|ch| ch.is_ascii_digit() || TEL_SEPARATORS.contains(ch));
    (separators
        && rest.starts_with(|ch: char| ch.is_ascii_digit() || ch == '(')
        && rest.ends_with(|ch: char| ch.is_ascii_digit())
        && TEL_DIGITS.contains(&digits.len()))
    .then(|| format!("tel:{plus}{digits}"))
}

/// The parties of a case as a mask of [`Party::bit`]s.
pub fn mask(parties: &[Party]) -> u8 {
    parties.iter().fold(0, |m, p| m | p.bit())
}

impl Directory {
    /// One contact as the ladder shows it: "name phone url: note" (zh-CN puts "："). The
    /// source stays in the data, for whoever checks or corrects the entry.
    pub fn line(c: &PublicContact, locale: Locale) -> String {
        Directory::line_parts(c, locale).concat()
    }

    /// [`Directory::line`] in three parts, what comes before the phone number, the number
    /// (empty when the entry has none) and what comes after it, so that the widget can make
    /// the number a link that dials it.
    pub fn line_parts(c: &PublicContact, locale: Locale) -> [String; 3] {
        let zh = locale == Locale::ZhCn;
        let mut before = c.name(locale).to_string();
        let phone = c.phone.clone().unwrap_or_default();
        if !phone.is_empty() {
            before.push(' ');
        }
        let mut after = String::new();
        if let Some(url) = &c.url {
            after.push(' ');
            after.push_str(url);
        }
        after.push_str(if zh { "：" } else { ": " });
        after.push_str(c.note(locale));
        [before, phone, after]
    }

    /// The ladder's view of the directory as Rust source for `build.rs`: the dated "check
    /// the official site" note per locale (zh-CN, en), and per contact its channel index,
    /// the mask of the parties it deals with and its [`Directory::line_parts`] per locale. The
    /// lines are composed here, at the build, so the widget shows text checked at the build.
    pub fn table(&self) -> String {
        let dated = |l: Locale| self.check_official(l, &super::letters::format_date(l, self.as_of));
        let rows: Vec<String> = self
            .contacts
            .iter()
            .map(|c| {
                format!(
                    "({}, {}, [{:?}, {:?}])",
                    c.channel.map_or(POLICE_BLOCK, Channel::index),
                    mask(&c.when),
                    Directory::line_parts(c, Locale::ZhCn),
                    Directory::line_parts(c, Locale::En),
                )
            })
            .collect();
        format!(
            "pub const CHECK_OFFICIAL: [&str; 2] = [{:?}, {:?}];\npub const LINES: [(usize, u8, [[&str; 3]; 2]); {}] = [{}];\n",
            dated(Locale::ZhCn),
            dated(Locale::En),
            rows.len(),
            rows.join(", ")
        )
    }

    pub fn parse(json: &str) -> Result<Directory, Vec<ContentError>> {
        let err = |place: String, message: String| ContentError { place, message };
        let raw = serde_json::from_str::<Value>(json)
            .map_err(|e| vec![err("contacts".into(), e.to_string())])?;
        let mut errors = Vec::new();
        let as_of = raw
            .get("as_of")
            .and_then(Value::as_str)
            .and_then(Date::parse_iso);
        if as_of.is_none() {
            errors.push(err(
                "contacts".into(),
                "`as_of` must be a date written YYYY-MM-DD".into(),
            ));
        }
        let pair =
            |v: Option<&Value>, place: &str, errors: &mut Vec<ContentError>| -> (String, String) {
                let get = |tag: &str| {
                    v.and_then(|v| v.get(tag))
                        .and_then(Value::as_str)
                        .unwrap_or_default()
                        .to_string()
                };
                let (zh, en) = (get("zh-CN"), get("en"));
                if zh.trim().is_empty() || en.trim().is_empty() {
                    errors.push(err(place.to_string(), "needs zh-CN and en text".into()));
                }
                (zh, en)
            };
        let check_official = pair(
            raw.get("check_official"),
            "contacts `check_official`",
            &mut errors,
        );
        let mut contacts = Vec::new();
        for c in raw
            .get("contacts")
            .and_then(Value::as_array)
            .map_or(&[][..], Vec::as_slice)
        {
            let id = c
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let place = format!("contact `{id}`");
            let channel = c
                .get("channel")
                .map(|v| v.as_str().and_then(Channel::from_id));
            if channel.is_some_and(|c| c.is_none()) {
                errors.push(err(place.clone(), "`channel` must be a channel id".into()));
            }
            let channel = channel.flatten();
            if channel.is_none()
                && !c
                    .get("when")
                    .is_some_and(|w| w == &serde_json::json!(["fraud"]))
            {
                errors.push(err(
                    place.clone(),
                    "only police and anti-fraud entries (`when: [\"fraud\"]`) go without a `channel`".into(),
                ));
            }
            let source = c.get("source");
            let source_url = source
                .and_then(|s| s.get("url"))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            if !(source_url.starts_with("https://") || source_url.starts_with("http://")) {
                errors.push(err(
                    place.clone(),
                    "`source.url` must be a web address".into(),
                ));
            }
            let source_date = source.and_then(|s| s.get("date"));
            let date = source_date
                .and_then(Value::as_str)
                .and_then(Date::parse_iso);
            if source_date.is_some() && date.is_none() {
                errors.push(err(
                    place.clone(),
                    "`source.date` must be YYYY-MM-DD".into(),
                ));
            }
            let secondary = source
                .and_then(|s| s.get("secondary"))
                .and_then(Value::as_bool);
            if secondary.is_none() {
                errors.push(err(
                    place.clone(),
                    "`source.secondary` must say whether it is an official page".into(),
                ));
            }
            let when: Vec<Party> = c
                .get("when")
                .and_then(Value::as_array)
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .filter_map(|p| p.as_str().and_then(Party::from_id))
                .collect();
            if when.is_empty() {
                errors.push(err(
                    place.clone(),
                    "`when` must list who it deals with".into(),
                ));
            }
            let phone = c.get("phone").and_then(Value::as_str).map(str::to_string);
            if phone.as_ref().is_some_and(|p| {
                p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit() || b == b'-')
            }) {
                errors.push(err(place.clone(), "`phone` must be digits".into()));
            }
            let url = c.get("url").and_then(Value::as_str).map(str::to_string);
            if url
                .as_ref()
                .is_some_and(|u| !u.starts_with("https://") || u.contains(char::is_whitespace))
            {
                errors.push(err(place.clone(), "`url` must be https".into()));
            }
            let name = pair(c.get("name"), &place, &mut errors);
            let note = pair(c.get("note"), &place, &mut errors);
            contacts.push(PublicContact {
                id,
                channel,
                source: Source {
                    url: source_url,
                    date,
                    secondary: secondary.unwrap_or(true),
                },
                when,
                phone,
                url,
                name,
                note,
            });
        }
        match as_of {
            Some(as_of) if errors.is_empty() => Ok(Directory {
                as_of,
                check_official,
                contacts,
            }),
            _ => Err(errors),
        }
    }

    /// "Collected on … check the official site" in one locale.
    pub fn check_official(&self, locale: Locale, as_of_text: &str) -> String {
        super::letters::fill(pick(&self.check_official, locale), &|k| {
            (k == "as_of").then(|| as_of_text.to_string())
        })
    }

    /// The contacts for this case, in the ladder's channel order.
    pub fn for_case(&self, parties: &[Party]) -> Vec<&PublicContact> {
        let mut out: Vec<&PublicContact> = self
            .contacts
            .iter()
            .filter(|c| c.when.iter().any(|p| parties.contains(p)))
            .collect();
        out.sort_by_key(|c| c.channel.map_or(POLICE_BLOCK, Channel::index));
        out
    }
}
