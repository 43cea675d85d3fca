//! Public complaint contacts (hotlines, the consumer association, the court route) as dated
//! data (`content/contacts.json`), so an integrator or a later release can correct a number
//! without touching code. Which ones apply depends on who holds the money and why:
//! the wallet (a payment institution, DESIGN §7: the People's Bank of China, 12363), a bank
//! (the National Financial Regulatory Administration, 12378), the merchant (the market
//! regulator, 12315, or the consumer association), fraud (police 110, anti-fraud 96110).

use super::content::ContentError;
use super::date::Date;
use super::ids::{Channel, Locale};
use super::json::Json;
use super::small_sort::sort_by_key;

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

#[derive(Clone, Debug, PartialEq)]
pub struct PublicContact {
    pub id: String,
    pub channel: Channel,
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

/// One contact as `build.rs` writes it: id, channel id, party ids, phone and URL ("" for
/// none), then the name and the note in zh-CN and en.
pub type Row = (
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static str,
    &'static str,
    [&'static str; 4],
);

impl Directory {
    /// The directory from the tables [`Directory::table`] writes (the shipped one: see
    /// `Directory::builtin`).
    pub fn from_table(as_of: Date, check_official: [&str; 2], rows: &[Row]) -> Directory {
        let text = |s: &str| (!s.is_empty()).then(|| s.to_string());
        Directory {
            as_of,
            check_official: (check_official[0].into(), check_official[1].into()),
            contacts: rows
                .iter()
                .filter_map(|&(id, channel, when, phone, url, [nz, ne, tz, te])| {
                    Some(PublicContact {
                        id: id.into(),
                        channel: Channel::from_id(channel)?,
                        when: when.iter().filter_map(|p| Party::from_id(p)).collect(),
                        phone: text(phone),
                        url: text(url),
                        name: (nz.into(), ne.into()),
                        note: (tz.into(), te.into()),
                    })
                })
                .collect(),
        }
    }

    /// The directory as Rust source for `build.rs`.
    pub fn table(&self) -> String {
        let rows: Vec<String> = self
            .contacts
            .iter()
            .map(|c| {
                let when: Vec<&str> = c.when.iter().map(|p| p.id()).collect();
                format!(
                    "({:?}, {:?}, &{:?}, {:?}, {:?}, [{:?}, {:?}, {:?}, {:?}])",
                    c.id,
                    c.channel.id(),
                    when,
                    c.phone.as_deref().unwrap_or_default(),
                    c.url.as_deref().unwrap_or_default(),
                    c.name.0,
                    c.name.1,
                    c.note.0,
                    c.note.1
                )
            })
            .collect();
        format!(
            "pub const AS_OF: (i32, u8, u8) = ({}, {}, {});\npub const CHECK_OFFICIAL: [&str; 2] = [{:?}, {:?}];\npub const CONTACTS: [super::contacts::Row; {}] = [{}];\n",
            self.as_of.year(),
            self.as_of.month(),
            self.as_of.day(),
            self.check_official.0,
            self.check_official.1,
            rows.len(),
            rows.join(", ")
        )
    }

    pub fn parse(json: &str) -> Result<Directory, Vec<ContentError>> {
        let err = |place: String, message: String| ContentError { place, message };
        let raw = Json::parse(json).map_err(|e| vec![err("contacts".into(), e.to_string())])?;
        let mut errors = Vec::new();
        let as_of = raw
            .get("as_of")
            .and_then(Json::as_str)
            .and_then(Date::parse_iso);
        if as_of.is_none() {
            errors.push(err(
                "contacts".into(),
                "`as_of` must be a date written YYYY-MM-DD".into(),
            ));
        }
        let pair =
            |v: Option<&Json>, place: &str, errors: &mut Vec<ContentError>| -> (String, String) {
                let get = |tag: &str| {
                    v.and_then(|v| v.get(tag))
                        .and_then(Json::as_str)
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
        for c in raw.get("contacts").and_then(Json::as_array).unwrap_or(&[]) {
            let id = c
                .get("id")
                .and_then(Json::as_str)
                .unwrap_or_default()
                .to_string();
            let place = format!("contact `{id}`");
            let channel = c
                .get("channel")
                .and_then(Json::as_str)
                .and_then(Channel::from_id);
            if channel.is_none() {
                errors.push(err(place.clone(), "`channel` must be a channel id".into()));
            }
            let when: Vec<Party> = c
                .get("when")
                .and_then(Json::as_array)
                .unwrap_or(&[])
                .iter()
                .filter_map(|p| p.as_str().and_then(Party::from_id))
                .collect();
            if when.is_empty() {
                errors.push(err(
                    place.clone(),
                    "`when` must list who it deals with".into(),
                ));
            }
            let phone = c.get("phone").and_then(Json::as_str).map(str::to_string);
            if phone.as_ref().is_some_and(|p| {
                p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit() || b == b'-')
            }) {
                errors.push(err(place.clone(), "`phone` must be digits".into()));
            }
            let url = c.get("url").and_then(Json::as_str).map(str::to_string);
            if url
                .as_ref()
                .is_some_and(|u| !u.starts_with("https://") || u.contains(char::is_whitespace))
            {
                errors.push(err(place.clone(), "`url` must be https".into()));
            }
            let name = pair(c.get("name"), &place, &mut errors);
            let note = pair(c.get("note"), &place, &mut errors);
            if let Some(channel) = channel {
                contacts.push(PublicContact {
                    id,
                    channel,
                    when,
                    phone,
                    url,
                    name,
                    note,
                });
            }
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
        sort_by_key(&mut out, |c| c.channel.index());
        out
    }
}
