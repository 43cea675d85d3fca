//! Hostile input fuzzed through every decoder and output, and every saved failure replayed.
//!
//! Each target is one `check_*` function over a plain JSON input, so a failing input can be
//! kept as a readable file (`tests/fuzz-regressions/<target>-<time>.json`, written when
//! `FUZZ_REGRESSIONS_DIR` is set, as `scripts/fuzz.sh` does) and replayed by
//! `every_saved_fuzz_regression_still_passes`. CI runs a fixed count per target;
//! `PROPTEST_CASES` raises it (see docs/TESTING.md, "Hostile input").
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{LazyLock, Mutex};

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use refund_guide_model::case::{Contact, CONTACTS_MAX, CONTACT_FIELDS, EVIDENCE_IDS};
use refund_guide_model::clock::{Calendar, ClockRules, Verdict};
use refund_guide_model::config::{parse, safe_url, theme, Config, LocaleChoice};
use refund_guide_model::engine::Session;
use refund_guide_model::ics::{calendar, reminders, ReminderWords, UtcStamp};
use refund_guide_model::letters::{Case, Letters, LETTER_IDS};
use refund_guide_model::mask::mask_card_numbers;
use refund_guide_model::store::{
    decode, encode, export, import, ImportError, Loaded, IMPORT_MAX, SCHEMA,
};
use refund_guide_model::{
    diagnose, refund_clock, Cause, Channel, Date, Field, Guide, Locale, Route, Step,
};
use serde_json::{json, Map, Value as Json};

static GUIDE: LazyLock<Guide> = LazyLock::new(common::guide);

// ---------------------------------------------------------------------------------------
// Case counts and failure files
// ---------------------------------------------------------------------------------------

/// `ci` cases, or `PROPTEST_CASES` when set (the long run raises it).
fn cases(ci: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(ci);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

/// When each target first failed in this process: the file it writes keeps that name, so
/// proptest's shrinking overwrites it with ever smaller inputs and the last one stays.
static FIRST_FAILURE: LazyLock<Mutex<HashMap<&'static str, String>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// UTC now as `20261201T124501Z`, for file names.
fn utc_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let stamp = UtcStamp::from_unix_seconds(secs).expect("a current date");
    let d = stamp.date;
    let s = stamp.seconds;
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        d.year(),
        d.month(),
        d.day(),
        s / 3600,
        s / 60 % 60,
        s % 60
    )
}

/// Runs one target's check on `input`, turning a panic into a failure; a failing input is
/// written as a readable file when `FUZZ_REGRESSIONS_DIR` is set.
fn guard(target: &'static str, input: &Json) -> Result<(), TestCaseError> {
    let outcome = catch_unwind(AssertUnwindSafe(|| run(target, input)))
        .unwrap_or_else(|panic| Err(format!("panicked: {}", panic_text(&panic))));
    let Err(why) = outcome else {
        return Ok(());
    };
    if let Ok(dir) = std::env::var("FUZZ_REGRESSIONS_DIR") {
        let name = FIRST_FAILURE
            .lock()
            .map(|mut m| m.entry(target).or_insert_with(utc_now).clone())
            .unwrap_or_else(|_| utc_now());
        let file = json!({ "target": target, "found": name, "why": why, "input": input });
        let path = format!("{dir}/{target}-{name}.json");
        let text = serde_json::to_string_pretty(&file).unwrap_or_default();
        if let Err(e) = std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&path, text)) {
            eprintln!("could not save {path}: {e}");
        }
    }
    Err(TestCaseError::fail(why))
}

fn panic_text(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

/// The targets by name, as the regression files name them.
fn run(target: &str, input: &Json) -> Result<(), String> {
    match target {
        "config" => check_config(input),
        "content" => check_content(input),
        "envelope" => check_envelope(input),
        "saved_session" => check_saved_session(input),
        "import" => check_import(input),
        "ics" => check_ics(input),
        "letters" => check_letters(input),
        other => Err(format!("no target `{other}`")),
    }
}

macro_rules! ensure {
    ($cond:expr, $($why:tt)+) => {
        if !$cond {
            return Err(format!($($why)+));
        }
    };
}

// ---------------------------------------------------------------------------------------
// Hostile values
// ---------------------------------------------------------------------------------------

/// Every id the guide knows, from every section, plus keys that mean something to
/// JavaScript objects: each is tried where a different one belongs.
fn every_id() -> Vec<String> {
    let g = &*GUIDE;
    let mut ids: Vec<String> = [
        "__proto__",
        "constructor",
        "prototype",
        "toString",
        "hasOwnProperty",
        "",
        " ",
        "a.b",
        "x[0]",
        "we\"ird",
        "back\\slash",
        "schema",
        "data",
        "app",
        "saved_at",
        "locale",
        "brand",
        "colors",
        "support",
        "refundWindows",
        "holidays",
        "workdays",
        "channels",
        "hide",
        "extra",
        "storage",
        "content",
        "theme",
        "nodes",
        "title",
        "body",
        "choices",
        "one",
        "many",
        "given",
        "skipped",
        "trail",
        "answers",
        "facts",
        "evidence",
        "contacts",
        "draft",
        "ladder",
        "editing",
        "resolved_on",
        "zh-CN",
        "en",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    ids.extend(Cause::IDS.iter().map(|s| s.to_string()));
    ids.extend(Step::IDS.iter().map(|s| s.to_string()));
    ids.extend(Channel::ALL.iter().map(|c| c.id().to_string()));
    ids.extend(Route::ALL.iter().map(|r| r.id().to_string()));
    ids.extend(Field::ALL.iter().map(|f| f.id().to_string()));
    ids.extend(LETTER_IDS.iter().map(|s| s.to_string()));
    ids.extend(EVIDENCE_IDS.iter().map(|s| s.to_string()));
    ids.extend(CONTACT_FIELDS.iter().map(|s| s.to_string()));
    for n in &g.flow.nodes {
        ids.push(n.id.clone());
        if let refund_guide_model::NodeKind::Question { choices, .. } = &n.kind {
            ids.extend(choices.iter().map(|c| c.id.clone()));
        }
    }
    ids
}

static IDS: LazyLock<Vec<String>> = LazyLock::new(every_id);

fn any_id() -> impl Strategy<Value = String> {
    proptest::sample::select(IDS.clone())
}

/// Text a host, a browser extension or a person could put anywhere.
fn hostile_text() -> impl Strategy<Value = String> {
    let huge_unit = proptest::sample::select(vec![
        "x",
        "9",
        "卡",
        "{amount}",
        "4111 1111 1111 1111 ",
        "\u{0}\r\n",
        "😀",
    ]);
    prop_oneof![
        6 => "\\PC{0,24}",
        4 => any_id(),
        3 => proptest::sample::select(vec![
            "javascript:alert(1)",
            "https://example.com/x.svg",
            "</script><script>alert(1)</script>",
            "red;}*{display:none}",
            "#fff",
            "2026-11-02",
            "2026-11-20T09:30",
            "2026-02-30",
            "1,299.00",
            "CNY",
            "{amount}",
            "{merchant} {nope} {",
            "}{",
            "\u{feff}",
            "\u{202e}evil",
            "\u{0}\u{1b}[31m\u{7f}\u{85}\u{2028}",
            "\t\r\n\r\n",
            "4111 1111 1111 1111",
            "6222-0212-3456-7890",
            "4111111111111111",
            "5555 5555 5555 4444 and 4000 0566 5566 5556",
        ]).prop_map(String::from),
        3 => "[\\x00-\\x1f\\x7f]{1,6}",
        3 => "([0-9]{2,5}[ -]?){1,6}",
        // 256 KB to 1 MB, a stretch of one unit.
        1 => (huge_unit, 1usize..=4).prop_map(|(u, k)| u.repeat(k * 262_144 / u.len())),
    ]
}

/// A JSON value of any type, with the numbers serde_json can hold at their edges (it has
/// no NaN or infinity: those are in the raw-text targets).
fn hostile_leaf() -> impl Strategy<Value = Json> {
    prop_oneof![
        1 => Just(Json::Null),
        1 => any::<bool>().prop_map(Json::Bool),
        1 => proptest::sample::select(vec![
            json!(1e308),
            json!(-1e308),
            json!(-0.0),
            json!(5e-324),
            json!(u64::MAX),
            json!(i64::MIN),
            json!(0),
            json!(1),
            json!(365),
            json!(366),
            json!(-1),
            json!(0.5),
        ]),
        5 => hostile_text().prop_map(Json::String),
        1 => Just(json!([])),
        1 => Just(json!({})),
    ]
}

/// `leaf` inside `depth` levels of lists and objects (keys that mean something to JS).
fn nest(depth: usize, leaf: Json) -> Json {
    (0..depth).fold(leaf, |v, i| {
        if i % 2 == 0 {
            Json::Array(vec![v])
        } else {
            let mut m = Map::new();
            m.insert(
                if i % 4 == 1 {
                    "__proto__"
                } else {
                    "constructor"
                }
                .into(),
                v,
            );
            Json::Object(m)
        }
    })
}

/// Any value: a leaf, a deep nest (serde_json reads at most 128 levels from text, so no
/// value the widget sees is deeper), or a small structure of hostile ids and values.
fn hostile_value() -> impl Strategy<Value = Json> {
    let small = hostile_leaf().prop_recursive(3, 24, 5, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Json::Array),
            proptest::collection::vec((any_id(), inner), 0..5)
                .prop_map(|m| Json::Object(m.into_iter().collect())),
        ]
    });
    prop_oneof![
        6 => small,
        1 => (1usize..120, hostile_leaf()).prop_map(|(d, leaf)| nest(d, leaf)),
    ]
}

/// One step of a path into a JSON value.
#[derive(Clone, Debug)]
enum Seg {
    Key(String),
    Index(usize),
}

/// Every path in `v`, the root first (containers and leaves).
fn paths(v: &Json) -> Vec<Vec<Seg>> {
    fn walk(v: &Json, at: &mut Vec<Seg>, out: &mut Vec<Vec<Seg>>) {
        out.push(at.clone());
        match v {
            Json::Object(m) => {
                for (k, child) in m {
                    at.push(Seg::Key(k.clone()));
                    walk(child, at, out);
                    at.pop();
                }
            }
            // A long list (a log of 300 contacts) is walked through its first few entries.
            Json::Array(list) => {
                for (i, child) in list.iter().enumerate().take(4) {
                    at.push(Seg::Index(i));
                    walk(child, at, out);
                    at.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(v, &mut Vec::new(), &mut out);
    out
}

fn at_mut<'a>(v: &'a mut Json, path: &[Seg]) -> Option<&'a mut Json> {
    path.iter().try_fold(v, |v, seg| match seg {
        Seg::Key(k) => v.get_mut(k.as_str()),
        Seg::Index(i) => v.get_mut(*i),
    })
}

/// What a mutation does at the place it picks.
#[derive(Clone, Debug)]
enum Edit {
    /// The value replaced: a wrong type, an edge number, a huge string, deep nesting.
    Replace(Json),
    /// An extra member in an object (an unknown key, `__proto__`, an id from elsewhere).
    Insert(String, Json),
    /// The member or element removed.
    Remove,
    /// A list's first element repeated to `n` entries (over every count bound).
    Repeat(usize),
}

fn any_edit() -> impl Strategy<Value = (usize, Edit)> {
    let edit = prop_oneof![
        5 => hostile_value().prop_map(Edit::Replace),
        4 => (any_id(), hostile_value()).prop_map(|(k, v)| Edit::Insert(k, v)),
        2 => Just(Edit::Remove),
        1 => proptest::sample::select(vec![21usize, 201, 1001, 1500]).prop_map(Edit::Repeat),
    ];
    (any::<usize>(), edit)
}

/// Applies each edit at the place its number picks among the value's current paths.
fn mutate(mut v: Json, edits: &[(usize, Edit)]) -> Json {
    for (pick, edit) in edits {
        let all = paths(&v);
        let path = &all[pick % all.len()];
        match edit {
            Edit::Replace(new) => {
                if let Some(slot) = at_mut(&mut v, path) {
                    *slot = new.clone();
                }
            }
            Edit::Insert(k, new) => {
                if let Some(Json::Object(m)) = at_mut(&mut v, path) {
                    m.insert(k.clone(), new.clone());
                }
            }
            Edit::Remove => {
                let Some((last, parent)) = path.split_last() else {
                    continue;
                };
                match (at_mut(&mut v, parent), last) {
                    (Some(Json::Object(m)), Seg::Key(k)) => {
                        m.remove(k);
                    }
                    (Some(Json::Array(list)), Seg::Index(i)) if *i < list.len() => {
                        list.remove(*i);
                    }
                    _ => {}
                }
            }
            Edit::Repeat(n) => {
                if let Some(Json::Array(list)) = at_mut(&mut v, path) {
                    if let Some(first) = list.first().cloned() {
                        list.resize(*n, first);
                    }
                }
            }
        }
    }
    v
}

/// Text-level damage JSON values cannot express: numbers serde_json refuses or rounds,
/// nesting past its limit, a byte-order mark, a cut-off file.
#[derive(Clone, Debug)]
enum TextEdit {
    None,
    Bom,
    Truncate(usize),
    /// The first number in the text replaced.
    Number(&'static str),
    /// The whole text wrapped in `n` lists.
    Deep(usize),
    /// A JSON escape for a lone UTF-16 surrogate inside the first string.
    LoneSurrogate,
}

fn any_text_edit() -> impl Strategy<Value = TextEdit> {
    prop_oneof![
        6 => Just(TextEdit::None),
        1 => Just(TextEdit::Bom),
        1 => any::<usize>().prop_map(TextEdit::Truncate),
        2 => proptest::sample::select(vec![
            "1e999", "-1e999", "1e308", "-0", "0.0", "18446744073709551615",
            "18446744073709551616", "-9223372036854775809", "1e-400", "1.0", "1e2",
            "NaN", "Infinity", "0x1", "01",
        ]).prop_map(TextEdit::Number),
        1 => proptest::sample::select(vec![127usize, 128, 129, 10_000]).prop_map(TextEdit::Deep),
        1 => Just(TextEdit::LoneSurrogate),
    ]
}

fn damage(text: String, edit: &TextEdit) -> String {
    match edit {
        TextEdit::None => text,
        TextEdit::Bom => format!("\u{feff}{text}"),
        TextEdit::Truncate(at) => {
            let mut at = at % (text.len() + 1);
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            text[..at].to_string()
        }
        TextEdit::Number(n) => match text.find(|c: char| c.is_ascii_digit()) {
            Some(start) => {
                let end = text[start..]
                    .find(|c: char| !c.is_ascii_digit())
                    .map_or(text.len(), |e| start + e);
                format!("{}{n}{}", &text[..start], &text[end..])
            }
            None => text,
        },
        TextEdit::Deep(n) => format!("{}{text}{}", "[".repeat(*n), "]".repeat(*n)),
        TextEdit::LoneSurrogate => text.replacen("\":\"", "\":\"\\ud800", 1),
    }
}

// ---------------------------------------------------------------------------------------
// Rich sessions (DESIGN §7: not near-defaults), with what an older save may hold
// ---------------------------------------------------------------------------------------

/// What an older build or a person editing storage may have saved beyond today's bounds.
#[derive(Clone, Debug)]
enum Extra {
    Fact(Field, String),
    /// The contact log filled past `CONTACTS_MAX`.
    ManyContacts(usize),
    Promise(String),
}

fn any_extra() -> impl Strategy<Value = Extra> {
    prop_oneof![
        3 => (proptest::sample::select(Field::ALL.to_vec()), hostile_text())
            .prop_map(|(f, v)| Extra::Fact(f, v)),
        1 => (CONTACTS_MAX + 1..CONTACTS_MAX + 120).prop_map(Extra::ManyContacts),
        1 => hostile_text().prop_map(Extra::Promise),
    ]
}

fn rich_session() -> impl Strategy<Value = Session> {
    (
        proptest::collection::vec(common::any_action(&GUIDE), 0..50),
        proptest::collection::vec(any_extra(), 0..4),
    )
        .prop_map(|(actions, extras)| {
            let mut s = common::played(&GUIDE, actions);
            for e in extras {
                match e {
                    Extra::Fact(f, v) => {
                        s.facts.insert(f, v);
                    }
                    Extra::ManyContacts(n) => {
                        let one = Contact {
                            ticket: "T-1".into(),
                            promise: "call back".into(),
                            follow_up_on: "2026-12-01".into(),
                            ..Contact::default()
                        };
                        s.contacts.resize(n, one);
                    }
                    Extra::Promise(p) => s.contacts.push(Contact {
                        promise: p,
                        ..Contact::default()
                    }),
                }
            }
            s
        })
}

fn session_json(s: &Session) -> Json {
    serde_json::to_value(s).expect("a session serialises")
}

fn session_of(v: &Json) -> Result<Session, String> {
    serde_json::from_value(v.clone()).map_err(|e| format!("the input session does not read: {e}"))
}

// ---------------------------------------------------------------------------------------
// Target: configuration (`config::parse` on what the loader merged)
// ---------------------------------------------------------------------------------------

/// A configuration using every key validly: the mutations start from real structure.
fn full_config() -> Json {
    json!({
        "locale": "en",
        "brand": { "name": "PayWallet", "logo": "https://cdn.example.com/logo.svg",
                   "colors": { "primary": "#0a7d3c", "onPrimary": "#ffffff", "text": "#222",
                               "background": "#fff", "danger": "#b00020" },
                   "radius": "12px", "font": "\"PingFang SC\", system-ui, sans-serif" },
        "support": { "hotline": "95188", "inAppPath": "我的 › 客服中心", "url": "/help",
                     "hours": "9:00–21:00" },
        "refundWindows": { "bank_card": { "minDays": 1, "maxDays": 5, "businessDays": true },
                           "wallet_balance": { "minDays": 0, "maxDays": 1, "businessDays": false } },
        "holidays": ["2026-10-01", "2026-10-02"], "workdays": ["2026-10-10"],
        "channels": { "hide": ["social_media"],
                      "extra": [ { "id": "ombudsman", "name": "Payments ombudsman",
                                   "phone": "400-000", "url": "https://ombudsman.example.org",
                                   "note": "free" } ] },
        "storage": { "prefix": "paywallet.guide", "persist": false },
        "content": { "locale": "en", "nodes": { "money_kind": { "title": "Which payment?" } } }
    })
}

fn any_config() -> impl Strategy<Value = Json> {
    prop_oneof![
        8 => proptest::collection::vec(any_edit(), 0..6).prop_map(|e| mutate(full_config(), &e)),
        1 => hostile_value(),
    ]
}

/// The configuration `c` written back as settings: reading it must give `c` again.
fn config_json(c: &Config, input: &Json) -> Json {
    let mut top = Map::new();
    match c.locale {
        LocaleChoice::Default => {}
        LocaleChoice::Fixed(l) => {
            top.insert("locale".into(), l.id().into());
        }
        LocaleChoice::Auto => {
            top.insert("locale".into(), "auto".into());
        }
    }
    let mut brand = Map::new();
    let b = &c.brand;
    let put = |m: &mut Map<String, Json>, k: &str, v: &Option<String>| {
        if let Some(v) = v {
            m.insert(k.into(), v.as_str().into());
        }
    };
    put(&mut brand, "name", &b.name);
    put(&mut brand, "logo", &b.logo);
    put(&mut brand, "radius", &b.radius);
    put(&mut brand, "font", &b.font);
    let mut colors = Map::new();
    for (k, v) in [
        ("primary", b.colors.primary),
        ("onPrimary", b.colors.on_primary),
        ("text", b.colors.text),
        ("background", b.colors.background),
        ("danger", b.colors.danger),
    ] {
        put(&mut colors, k, &v.map(|c| c.css()));
    }
    if !colors.is_empty() {
        brand.insert("colors".into(), Json::Object(colors));
    }
    if !brand.is_empty() {
        top.insert("brand".into(), Json::Object(brand));
    }
    let mut support = Map::new();
    put(&mut support, "hotline", &c.support.hotline);
    put(&mut support, "inAppPath", &c.support.in_app_path);
    put(&mut support, "url", &c.support.url);
    put(&mut support, "hours", &c.support.hours);
    if !support.is_empty() {
        top.insert("support".into(), Json::Object(support));
    }
    if !c.clock.windows.is_empty() {
        let w: Map<String, Json> = c
            .clock
            .windows
            .iter()
            .map(|(r, w)| {
                (
                    r.id().to_string(),
                    json!({ "minDays": w.min_days, "maxDays": w.max_days, "businessDays": w.business_days }),
                )
            })
            .collect();
        top.insert("refundWindows".into(), Json::Object(w));
    }
    // The calendar keeps its dates private: the valid ones of the input, which it was built
    // from, go back (the comparison checks they make the same calendar).
    for name in ["holidays", "workdays"] {
        if let Some(list) = input.get(name).and_then(Json::as_array) {
            let valid: Vec<Json> = list
                .iter()
                .filter(|d| d.as_str().and_then(Date::parse_iso).is_some())
                .cloned()
                .collect();
            if list.len() <= 1000 && !valid.is_empty() {
                top.insert(name.into(), Json::Array(valid));
            }
        }
    }
    let mut channels = Map::new();
    if c.hide_social_media {
        channels.insert("hide".into(), json!(["social_media"]));
    }
    if !c.extra_channels.is_empty() {
        let extra: Vec<Json> = c
            .extra_channels
            .iter()
            .map(|e| {
                let mut m = Map::new();
                m.insert("id".into(), e.id.as_str().into());
                m.insert("name".into(), e.name.as_str().into());
                put(&mut m, "phone", &e.phone);
                put(&mut m, "url", &e.url);
                put(&mut m, "note", &e.note);
                Json::Object(m)
            })
            .collect();
        channels.insert("extra".into(), Json::Array(extra));
    }
    if !channels.is_empty() {
        top.insert("channels".into(), Json::Object(channels));
    }
    let mut storage = Map::new();
    put(&mut storage, "prefix", &c.storage_prefix);
    storage.insert("persist".into(), c.persist.into());
    top.insert("storage".into(), Json::Object(storage));
    if let Some(content) = &c.content {
        top.insert("content".into(), content.clone());
    }
    Json::Object(top)
}

/// Never panics; every issue is a known code with a message, at a dotted key rooted in a
/// key the input has (or `config` for a configuration that is not an object); nothing
/// unsafe reaches the theme or a URL; what is accepted reads back the same with no issue.
fn check_config(input: &Json) -> Result<(), String> {
    let (c, issues) = parse(input);
    for i in &issues {
        ensure!(
            i.code == "unknown_key" || i.code == "invalid_value",
            "unknown code {}",
            i.code
        );
        ensure!(!i.message.is_empty(), "no message for {}", i.key);
        let rooted = match input.as_object() {
            Some(top) => top.keys().any(|k| {
                i.key == *k
                    || i.key.starts_with(&format!("{k}."))
                    || i.key.starts_with(&format!("{k}["))
            }),
            None => i.key == "config",
        };
        ensure!(rooted, "issue key {:?} names no key of the input", i.key);
    }
    for (name, value) in theme(&c.brand) {
        ensure!(name.starts_with("--rg-"), "{name}");
        ensure!(
            !value.contains([';', '{', '}', '<', '>', '(', ')', '\\', '\n']),
            "{name}: {value}"
        );
    }
    let urls = [&c.brand.logo, &c.support.url]
        .into_iter()
        .chain(c.extra_channels.iter().map(|e| &e.url));
    for url in urls.flatten() {
        ensure!(safe_url(url), "unsafe URL {url}");
    }
    let again = config_json(&c, input);
    let (c2, issues2) = parse(&again);
    ensure!(
        issues2.is_empty(),
        "what was accepted is refused when read again: {issues2:?}"
    );
    ensure!(c2 == c, "what was accepted reads back differently");
    Ok(())
}

proptest! {
    #![proptest_config(cases(256))]
    #[test]
    fn hostile_configurations_are_refused_by_key_and_what_is_accepted_reads_back(input in any_config()) {
        guard("config", &input)?;
    }
}

// ---------------------------------------------------------------------------------------
// Target: content overrides (`Guide::with_content`, as mount applies `content`)
// ---------------------------------------------------------------------------------------

/// A valid partial pack touching every section, for the mutations to start from.
fn full_override(locale: &str) -> Json {
    json!({
        "locale": locale,
        "name": "Guide",
        "nodes": { "money_kind": { "title": "Which payment?", "hint": "one",
                                   "choices": { "merchant_refund": "A shop refund" } },
                   "scam_warning": { "body": ["Stop.", "Call 110."] } },
        "causes": { "merchant_error": { "title": "The shop", "explain": "It did not refund." } },
        "plan_notes": { "merchant_error": { "check_status": "Open the order." } },
        "notes": { "why": "Because you said:" },
        "steps": { "contact_support": { "title": "Contact us", "body": "Call." } },
        "channels": { "in_app": { "body": "Use Help." } },
        "tips": { "prepare": { "title": "Prepare", "body": "Notes." } }
    })
}

fn any_pack() -> impl Strategy<Value = Json> {
    (
        proptest::sample::select(vec!["en", "zh-CN"]),
        proptest::collection::vec(any_edit(), 0..6),
    )
        .prop_map(|(l, e)| mutate(full_override(l), &e))
}

fn any_override() -> impl Strategy<Value = Json> {
    prop_oneof![
        6 => any_pack(),
        2 => proptest::collection::vec(any_pack(), 0..3).prop_map(Json::Array),
        1 => hostile_value(),
    ]
}

/// Never panics; the widget's applier gives the checker's verdict (and, accepted, the same
/// guide); every refusal names its place and why; an accepted guide's texts write back to
/// JSON and read back the same, and applying the override again changes nothing.
fn check_content(input: &Json) -> Result<(), String> {
    let g = &*GUIDE;
    let lean = g.clone().with_content(input);
    let reference = g.clone().with_content_checked(input);
    ensure!(
        lean.is_ok() == reference.is_ok(),
        "the applier says {} and the checker {}",
        lean.is_ok(),
        reference.is_ok()
    );
    match lean {
        Ok(out) => {
            ensure!(
                reference.as_ref().ok() == Some(&out),
                "the applier and the checker made different guides"
            );
            for &l in Locale::ALL {
                let t = out.texts(l);
                let back = refund_guide_model::Texts::check(&t.to_json(), &out.flow)
                    .map_err(|e| format!("accepted texts do not read back: {e:?}"))?;
                ensure!(&back == t, "accepted texts read back differently");
            }
            let twice = out.clone().with_content(input);
            ensure!(
                twice.as_ref().ok() == Some(&out),
                "applying it again changed the guide"
            );
        }
        Err(errors) => {
            ensure!(!errors.is_empty(), "refused without a reason");
            for e in errors {
                ensure!(
                    !e.place.is_empty() && !e.message.is_empty(),
                    "a refusal without place or reason: {e}"
                );
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(128))]
    #[test]
    fn hostile_content_overrides_get_the_checkers_verdict_and_name_each_place(input in any_override()) {
        guard("content", &input)?;
    }
}

// ---------------------------------------------------------------------------------------
// Target: the saved envelope and its migrations (`store::decode` on what storage holds)
// ---------------------------------------------------------------------------------------

fn any_envelope_text() -> impl Strategy<Value = String> {
    let schema = prop_oneof![
        4 => Just(json!(SCHEMA)),
        1 => hostile_leaf(),
        1 => (0u64..5).prop_map(Json::from),
    ];
    (
        rich_session(),
        schema,
        proptest::collection::vec(any_edit(), 0..4),
        any_text_edit(),
    )
        .prop_map(|(s, schema, edits, text_edit)| {
            let envelope =
                json!({ "schema": schema, "saved_at": "2026-11-20T08:15:00.000Z", "data": session_json(&s) });
            damage(mutate(envelope, &edits).to_string(), &text_edit)
        })
}

/// Never panics; a newer schema is left alone, anything else is resumed or unreadable; a
/// resumed session is valid for the content, and saved again it reads back the same.
fn check_envelope(input: &Json) -> Result<(), String> {
    let raw = input.as_str().ok_or("the input is the stored text")?;
    let flow = &GUIDE.flow;
    let parsed: Option<Json> = serde_json::from_str(raw).ok();
    let schema = parsed.as_ref().and_then(|v| v.get("schema"));
    // A whole number above this build's schema, whatever the rest of the envelope holds.
    let newer = schema.and_then(Json::as_u64).is_some_and(|n| n > SCHEMA);
    match decode(raw, flow) {
        Loaded::Newer => ensure!(newer, "called newer with schema {schema:?}"),
        Loaded::Unreadable => ensure!(!newer, "a newer schema called unreadable: {schema:?}"),
        Loaded::Resumed {
            session, saved_at, ..
        } => {
            ensure!(
                schema.and_then(Json::as_u64).is_some_and(|n| n <= SCHEMA),
                "resumed with schema {schema:?}"
            );
            ensure!(session.is_valid(flow), "a resumed session is not valid");
            match decode(&encode(&session, &saved_at), flow) {
                Loaded::Resumed {
                    session: again,
                    saved_at: at,
                    dropped,
                } => {
                    ensure!(again == session, "saved again, it reads back differently");
                    ensure!(
                        at == saved_at && dropped.is_empty(),
                        "saved again: {dropped:?}"
                    );
                }
                other => return Err(format!("saved again, it reads as {other:?}")),
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(128))]
    #[test]
    fn any_stored_text_decodes_or_is_refused_and_what_resumes_saves_back_the_same(raw in any_envelope_text()) {
        guard("envelope", &Json::String(raw))?;
    }
}

/// Edits a save can carry and still be read whole: unknown members anywhere (`__proto__`
/// too), answers and trail entries naming ids of other sections (dropped and named),
/// ladder entries for channels or statuses this build lacks (skipped).
fn keep_whole_edits() -> impl Strategy<Value = Vec<(usize, String, Json)>> {
    let place = proptest::sample::select(vec![
        "envelope", "data", "facts", "answers", "trail", "ladder", "draft", "contact",
    ]);
    proptest::collection::vec((place, any::<usize>(), any_id(), hostile_value()), 0..6).prop_map(
        |edits| {
            edits
                .into_iter()
                .map(|(place, n, id, v)| (n, format!("{place}/{id}"), v))
                .collect()
        },
    )
}

/// The members of a saved session: an edit that keeps a save whole leaves them as they are.
const SESSION_KEYS: [&str; 10] = [
    "trail",
    "answers",
    "facts",
    "evidence",
    "contacts",
    "draft",
    "editing",
    "ladder",
    "changing",
    "resolved_on",
];

fn keep_whole(mut envelope: Json, edits: &[(usize, String, Json)]) -> Json {
    for (n, what, v) in edits {
        let (place, id) = what.split_once('/').unwrap_or((what, ""));
        let data = &mut envelope["data"];
        match place {
            "envelope" if !["schema", "saved_at", "data"].contains(&id) => {
                envelope[id] = v.clone();
            }
            "data" if !SESSION_KEYS.contains(&id) => data[id] = v.clone(),
            // A fact this build does not have, as text (a known one must stay as saved).
            "facts" if Field::from_id(id).is_none() => {
                data["facts"][id] = Json::String(v.to_string());
            }
            "answers" => {
                data["answers"][id] = json!({ "one": IDS[n % IDS.len()] });
            }
            "trail" => {
                if let Some(t) = data["trail"].as_array_mut() {
                    t.insert(n % (t.len() + 1), Json::String(id.to_string()));
                }
            }
            "ladder" if Channel::from_id(id).is_none() => data["ladder"][id] = v.clone(),
            "draft" if !CONTACT_FIELDS.contains(&id) => data["draft"][id] = v.clone(),
            "contact" if !CONTACT_FIELDS.contains(&id) => {
                if let Some(list) = data["contacts"].as_array_mut() {
                    let len = list.len();
                    if let Some(c) = list.get_mut(n % len.max(1)) {
                        c[id] = v.clone();
                    }
                }
            }
            _ => {}
        }
    }
    envelope
}

/// A save that decodes keeps every case fact, evidence tick, contact-log entry, the form
/// being typed, the ladder and a closed case's date, even over today's bounds (bounds apply
/// to new input only); only answers and trail entries the content lacks are dropped.
fn check_saved_session(input: &Json) -> Result<(), String> {
    let original = session_of(&input["session"])?;
    let raw = input["saved"]
        .as_str()
        .ok_or("the input has the saved text")?;
    let Loaded::Resumed {
        session, dropped, ..
    } = decode(raw, &GUIDE.flow)
    else {
        return Err("a save with only unknown or outdated parts did not load".into());
    };
    ensure!(session.facts == original.facts, "facts changed");
    let ticks: Vec<String> = original
        .evidence
        .iter()
        .filter(|e| EVIDENCE_IDS.contains(&e.as_str()))
        .cloned()
        .collect();
    ensure!(session.evidence == ticks, "evidence ticks changed");
    ensure!(
        session.contacts == original.contacts,
        "the contact log changed ({} entries saved, {} read)",
        original.contacts.len(),
        session.contacts.len()
    );
    ensure!(session.draft == original.draft, "the contact form changed");
    ensure!(session.ladder == original.ladder, "the ladder changed");
    ensure!(
        session.resolved_on == original.resolved_on,
        "the closing date changed"
    );
    let saved: Json = serde_json::from_str(raw).map_err(|e| e.to_string())?;
    for (id, answer) in original.answers.iter() {
        // An answer the edits replaced may be kept as replaced; one left as it was must be
        // kept or named.
        if saved["data"]["answers"].get(id) != Some(&json!(answer)) {
            continue;
        }
        ensure!(
            session.answers.get(id) == Some(answer) || dropped.contains(id),
            "the answer to {id} went without being named"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(96))]
    #[test]
    fn a_save_that_decodes_keeps_every_fact_tick_and_contact_even_over_the_bounds(
        s in rich_session(), edits in keep_whole_edits()
    ) {
        let envelope = json!({ "schema": SCHEMA, "saved_at": "2026-11-20T08:15:00.000Z", "data": session_json(&s) });
        let saved = keep_whole(envelope, &edits).to_string();
        guard("saved_session", &json!({ "session": session_json(&s), "saved": saved }))?;
    }
}

// ---------------------------------------------------------------------------------------
// Target: import files (`store::import`)
// ---------------------------------------------------------------------------------------

fn any_import_text() -> impl Strategy<Value = String> {
    let app = prop_oneof![
        6 => Just(json!("refund-guide")),
        1 => hostile_leaf(),
        1 => Just(json!("refund-guide ")),
        1 => Just(json!("Refund-Guide")),
    ];
    (
        rich_session(),
        app,
        proptest::collection::vec(any_edit(), 0..3),
        any_text_edit(),
    )
        .prop_map(|(s, app, edits, text_edit)| {
            let mut file: Json = serde_json::from_str(&export(&s, "2026-11-24T10:00:00.000Z"))
                .expect("an export is JSON");
            file["app"] = app;
            damage(mutate(file, &edits).to_string(), &text_edit)
        })
}

/// Never panics; a refusal says why (not ours, newer, unreadable); an accepted file's
/// preview counts what it brings, and exported again it imports back the same.
fn check_import(input: &Json) -> Result<(), String> {
    let text = input.as_str().ok_or("the input is the file's text")?;
    let flow = &GUIDE.flow;
    match import(text, flow) {
        Err(ImportError::TooLarge) => {
            ensure!(
                text.len() as u64 > IMPORT_MAX,
                "a file within 1 MB called too large"
            );
            Ok(())
        }
        Err(ImportError::NotAnExport | ImportError::Newer | ImportError::Unreadable) => {
            ensure!(text.len() as u64 <= IMPORT_MAX, "a file over 1 MB was read");
            Ok(())
        }
        Ok(preview) => {
            ensure!(text.len() as u64 <= IMPORT_MAX, "a file over 1 MB was read");
            ensure!(
                preview.session.is_valid(flow),
                "an imported session is not valid"
            );
            ensure!(
                preview.answers == preview.session.answers.len()
                    && preview.facts == preview.session.facts.len(),
                "the preview miscounts"
            );
            let file = export(&preview.session, &preview.saved_at);
            if file.len() as u64 > IMPORT_MAX {
                // Written out in full (a form left empty in the file), it can pass the bound.
                ensure!(
                    import(&file, flow) == Err(ImportError::TooLarge),
                    "an export over 1 MB was read"
                );
                return Ok(());
            }
            let again =
                import(&file, flow).map_err(|e| format!("exported again, it is refused: {e:?}"))?;
            ensure!(
                again.session == preview.session,
                "exported again, it imports differently"
            );
            ensure!(again.dropped.is_empty(), "exported again, answers dropped");
            Ok(())
        }
    }
}

proptest! {
    #![proptest_config(cases(128))]
    #[test]
    fn any_import_file_is_refused_with_a_reason_or_exports_back_the_same(text in any_import_text()) {
        guard("import", &Json::String(text))?;
    }

    // Within the bound an export imports back equal; over it (a save older than the bounds
    // can hold more) it is refused as too large, never cut.
    #[test]
    fn any_session_exported_imports_back_equal(s in rich_session()) {
        let file = export(&s, "t");
        if file.len() as u64 > IMPORT_MAX {
            prop_assert_eq!(import(&file, &GUIDE.flow), Err(ImportError::TooLarge));
        } else {
            let preview = import(&file, &GUIDE.flow).map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            prop_assert_eq!(preview.session, s);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Target: the reminders calendar (`ics::reminders` and `ics::calendar`)
// ---------------------------------------------------------------------------------------

fn any_ics_input() -> impl Strategy<Value = Json> {
    let contact = (hostile_text(), hostile_text(), hostile_text()).prop_map(|(ticket, follow, promise)| {
        json!({ "ticket_number": ticket, "follow_up_on": follow, "promise": promise })
    });
    let date = prop_oneof![
        3 => (20_000i64..22_000).prop_map(Json::from),
        1 => Just(json!(2_932_896)),
        1 => Just(json!(-719_162)),
        1 => Just(Json::Null),
    ];
    let follow_up = prop_oneof![
        Just("Follow up ticket {ticket}".to_string()),
        hostile_text(),
    ];
    (
        proptest::collection::vec(contact, 0..6),
        date.clone(),
        date,
        proptest::collection::vec(hostile_text(), 3),
        follow_up,
        hostile_text(),
        any::<i64>(),
    )
        .prop_map(|(contacts, due, today, words, follow_up, key, stamp)| {
            json!({ "contacts": contacts, "due": due, "today": today, "key": key,
                    "stamp": stamp % 400_000_000_000,
                    "words": { "check": words[0], "escalate": words[1], "follow_up": follow_up,
                               "description": words[2] } })
        })
}

/// Never panics; every line ends in CRLF, is at most 75 octets (a continuation line's
/// leading space counted) and holds no raw control character; every reminder is an event.
fn check_ics(input: &Json) -> Result<(), String> {
    let contacts: Vec<Contact> =
        serde_json::from_value(input["contacts"].clone()).map_err(|e| format!("contacts: {e}"))?;
    let day = |k: &str| input[k].as_i64().and_then(Date::from_days_since_epoch);
    let today = day("today").unwrap_or(Date::new(2026, 11, 24).ok_or("a date")?);
    let clock = match day("due") {
        Some(due) => Verdict::Waiting { earliest: due, due },
        None => Verdict::Unknown,
    };
    let w = |k: &str| input["words"][k].as_str().unwrap_or_default().to_string();
    let (check, escalate, follow_up, description) =
        (w("check"), w("escalate"), w("follow_up"), w("description"));
    let words = ReminderWords {
        check: &check,
        escalate: &escalate,
        follow_up: &follow_up,
        description: &description,
    };
    let key = input["key"].as_str().unwrap_or_default();
    let list = reminders(clock, &contacts, today, &words, key);
    let stamp = UtcStamp::from_unix_seconds(input["stamp"].as_i64().unwrap_or(0))
        .or(UtcStamp::from_unix_seconds(0))
        .ok_or("a stamp")?;
    let ics = calendar(&list, stamp);
    ensure!(ics.ends_with("\r\n"), "the file does not end in CRLF");
    let lines: Vec<&str> = ics[..ics.len() - 2].split("\r\n").collect();
    for (n, line) in lines.iter().enumerate() {
        ensure!(line.len() <= 75, "line {n} is {} octets", line.len());
        ensure!(
            !line.chars().any(char::is_control),
            "line {n} holds a raw control character: {line:?}"
        );
    }
    let events = lines.iter().filter(|l| **l == "BEGIN:VEVENT").count();
    ensure!(
        events == list.len(),
        "{events} events for {} reminders",
        list.len()
    );
    for r in &list {
        ensure!(r.date >= today, "a reminder in the past");
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(256))]
    #[test]
    fn reminder_files_keep_crlf_folding_and_no_control_characters_whatever_was_typed(input in any_ics_input()) {
        guard("ics", &input)?;
    }
}

// ---------------------------------------------------------------------------------------
// Target: the ready-to-send texts (`Letters::render_all`)
// ---------------------------------------------------------------------------------------

fn any_letters_input() -> impl Strategy<Value = Json> {
    (
        rich_session(),
        proptest::sample::select(vec!["zh-CN", "en"]),
        proptest::option::of(hostile_text()),
        proptest::collection::vec((hostile_text(), hostile_text()), 0..3),
        20_000i64..22_000,
    )
        .prop_map(|(s, locale, brand, support, today)| {
            json!({ "session": session_json(&s), "locale": locale, "brand": brand,
                    "support": support, "today": today })
        })
}

/// Every `{placeholder}` in `text`: `{` then lowercase letters or `_`, then `}`.
fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some((_, after)) = rest.split_once('{') {
        if let Some((key, _)) = after.split_once('}') {
            if !key.is_empty() && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                out.push(key);
            }
        }
        rest = after;
    }
    out
}

/// Never panics; every text is there; no text holds a `{placeholder}` the person did not
/// type themselves, nor a whole card number (masking the text again changes nothing).
fn check_letters(input: &Json) -> Result<(), String> {
    let g = &*GUIDE;
    let session = session_of(&input["session"])?;
    let locale = input["locale"]
        .as_str()
        .and_then(Locale::from_id)
        .ok_or("a locale")?;
    let today = input["today"]
        .as_i64()
        .and_then(Date::from_days_since_epoch)
        .ok_or("a day")?;
    let support: Vec<(String, String)> =
        serde_json::from_value(input["support"].clone()).map_err(|e| format!("support: {e}"))?;
    let support: Vec<(&str, &str)> = support
        .iter()
        .map(|(l, v)| (l.as_str(), v.as_str()))
        .collect();
    let letters = Letters::shipped(locale).map_err(|e| format!("{e:?}"))?;
    let d = diagnose(&g.flow, &session);
    let clock = refund_clock(&d, &session, Some(today), &ClockRules::default());
    let out = letters.render_all(&Case {
        session: &session,
        diagnosis: &d,
        texts: g.texts(locale),
        clock,
        today,
        calendar: &Calendar::default(),
        brand: input["brand"].as_str(),
        support: &support,
    });
    ensure!(out.len() == LETTER_IDS.len(), "{} texts", out.len());
    // What the person typed may hold braces of its own; a placeholder is ours only if no
    // value holds it.
    let typed = input.to_string();
    for letter in &out {
        // Each distinct key once: a value typed as 1 MB of `{amount}` puts 131,072 of them in
        // a text, and searching the input once for each made this check quadratic (the
        // target ran for minutes on PROPTEST_RNG_SEED=1, all of it in this loop).
        let keys: std::collections::BTreeSet<&str> =
            placeholders(&letter.body).into_iter().collect();
        for key in keys {
            ensure!(
                typed.contains(&format!("{{{key}}}")),
                "{}: a raw {{{key}}}",
                letter.id
            );
        }
        ensure!(
            mask_card_numbers(&letter.body) == letter.body,
            "{} holds a whole card number",
            letter.id
        );
        ensure!(
            mask_card_numbers(&letter.title) == letter.title,
            "{}'s title holds a card number",
            letter.id
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(64))]
    #[test]
    fn texts_never_show_a_raw_placeholder_or_a_whole_card_number(input in any_letters_input()) {
        guard("letters", &input)?;
    }
}

// ---------------------------------------------------------------------------------------
// Replay
// ---------------------------------------------------------------------------------------

/// Every input the long run (`scripts/fuzz.sh`) ever saved passes its target now: CI
/// replays them through `cargo test --workspace`. An empty folder passes.
#[test]
fn every_saved_fuzz_regression_still_passes() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz-regressions");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut failed = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).expect("a regression file reads");
        let file: Json = serde_json::from_str(&text).expect("a regression file is JSON");
        let target = file["target"]
            .as_str()
            .expect("a regression file names its target");
        let outcome = catch_unwind(AssertUnwindSafe(|| run(target, &file["input"])))
            .unwrap_or_else(|p| Err(format!("panicked: {}", panic_text(&p))));
        if let Err(why) = outcome {
            failed.push(format!("{}: {why}", path.display()));
        }
    }
    assert!(failed.is_empty(), "{failed:#?}");
}
