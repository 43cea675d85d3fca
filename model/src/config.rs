//! White-label configuration (DESIGN §4.2): parse, validate, sanitise, and turn the theme into
//! CSS custom properties. Pure and tested natively; the browser side only collects the three
//! layers (attributes, the child `<script type="application/json">`, the `mount()` object)
//! and hands them here.
//!
//! Reading never fails: an unknown key is reported (`unknown_key`), an invalid value is
//! reported with the key's dotted path (`invalid_value`) and falls back to its default, and
//! everything else still applies. Nothing that reaches the DOM or the stylesheet can carry
//! script or CSS syntax: URLs are `https:` or same-origin paths, colours are `#rgb`/`#rrggbb`,
//! lengths and font lists are checked character by character. Neutrality: only
//! `social_media` can be hidden; the external escalation channels always show.

use crate::clock::{Calendar, ClockRules, Window};
use serde_json::Value;

type Object = serde_json::Map<String, Value>;
use crate::{Date, Guide, Locale, Route};

/// How the locale is chosen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LocaleChoice {
    #[default]
    Default,
    Fixed(Locale),
    /// From the browser's language.
    Auto,
}

/// The `theme` setting: follow the person's `prefers-color-scheme`, or force one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// The scheme the widget's root is forced into (`data-theme`), `None` to follow the
    /// person's setting. Brand colours are checked against one background, so a brand that
    /// sets colours keeps the light theme unless `theme` asks for dark.
    pub fn forced(self, brand: &Brand) -> Option<&'static str> {
        let c = &brand.colors;
        let colored = [c.primary, c.on_primary, c.text, c.background, c.danger]
            .iter()
            .any(Option::is_some);
        match self {
            Theme::Dark => Some("dark"),
            Theme::Light => Some("light"),
            Theme::Auto if colored => Some("light"),
            Theme::Auto => None,
        }
    }
}

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rgb` or `#rrggbb`, nothing else.
    pub fn parse(text: &str) -> Option<Rgb> {
        let d = |c: u8| char::from(c).to_digit(16).map(|v| v as u8);
        match *text.as_bytes() {
            [b'#', r, g, b] => Some(Rgb(d(r)? * 17, d(g)? * 17, d(b)? * 17)),
            [b'#', r1, r2, g1, g2, b1, b2] => Some(Rgb(
                d(r1)? * 16 + d(r2)?,
                d(g1)? * 16 + d(g2)?,
                d(b1)? * 16 + d(b2)?,
            )),
            _ => None,
        }
    }

    pub fn css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2 relative luminance.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }
}

/// WCAG 2 contrast ratio (1 to 21).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The minimum contrast for normal text (WCAG 2.2 AA).
pub const AA: f64 = 4.5;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Colors {
    pub primary: Option<Rgb>,
    pub on_primary: Option<Rgb>,
    pub text: Option<Rgb>,
    pub background: Option<Rgb>,
    pub danger: Option<Rgb>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Brand {
    pub name: Option<String>,
    pub logo: Option<String>,
    pub colors: Colors,
    pub radius: Option<String>,
    pub font: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Support {
    pub hotline: Option<String>,
    pub in_app_path: Option<String>,
    pub url: Option<String>,
    pub hours: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExtraChannel {
    pub id: String,
    pub name: String,
    pub phone: Option<String>,
    pub url: Option<String>,
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub locale: LocaleChoice,
    pub brand: Brand,
    pub support: Support,
    /// `refundWindows`, `holidays` and `workdays`.
    pub clock: ClockRules,
    pub hide_social_media: bool,
    pub extra_channels: Vec<ExtraChannel>,
    pub storage_prefix: Option<String>,
    pub persist: bool,
    /// A partial content pack, checked by the content checker when merged.
    pub content: Option<Value>,
    pub theme: Theme,
    /// `legalHelpAmount`: the amount (whole units of the case's currency) from which the
    /// plan raises legal help; `None` keeps the guide's own (`legal_help_threshold`, 5,000).
    pub legal_help_amount: Option<u64>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            locale: LocaleChoice::Default,
            brand: Brand::default(),
            support: Support::default(),
            clock: ClockRules::default(),
            hide_social_media: false,
            extra_channels: Vec::new(),
            storage_prefix: None,
            persist: true,
            content: None,
            theme: Theme::Auto,
            legal_help_amount: None,
        }
    }
}

/// A problem with one setting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issue {
    /// `unknown_key` or `invalid_value`.
    pub code: &'static str,
    /// Dotted path of the key, e.g. `brand.colors.primary`.
    pub key: String,
    pub message: String,
}

/// `key: message (code)`: the line each door of the checker prints for a problem
/// (`check-content --config`, `npx refund-guide-check`).
impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} ({})", self.key, self.message, self.code)
    }
}

struct Reader {
    issues: Vec<Issue>,
}

impl Reader {
    fn invalid(&mut self, key: &str, message: impl Into<String>) {
        self.issues.push(Issue {
            code: "invalid_value",
            key: key.to_string(),
            message: message.into(),
        });
    }

    /// The object at `key` (reporting members outside `known`; an empty `known` accepts any
    /// member, for tables keyed by ids), if it is one.
    fn object<'a>(&mut self, v: &'a Value, key: &str, known: &[&str]) -> Option<&'a Object> {
        let Some(o) = v.as_object() else {
            // The whole configuration is named `config` (as the loader names one it cannot
            // read): an event with an empty key names nothing (tests/fuzz-regressions/config-*).
            self.invalid(
                if key.is_empty() { "config" } else { key },
                "must be an object",
            );
            return None;
        };
        for k in o.keys() {
            if !known.is_empty() && !known.contains(&k.as_str()) {
                let path = if key.is_empty() {
                    k.clone()
                } else {
                    format!("{key}.{k}")
                };
                self.issues.push(Issue {
                    code: "unknown_key",
                    key: path,
                    message: "is not a setting".into(),
                });
            }
        }
        Some(o)
    }

    /// A plain text setting (trimmed, control characters refused, at most `max` chars).
    fn text(&mut self, o: &Object, name: &str, key: &str, max: usize) -> Option<String> {
        let v = o.get(name)?;
        match v.as_str().map(str::trim) {
            Some(s) if !s.is_empty() && crate::case::plain_text_within(s, max) => {
                Some(s.to_string())
            }
            Some(_) | None => {
                self.invalid(key, format!("must be text of 1 to {max} characters"));
                None
            }
        }
    }

    fn url(&mut self, o: &Object, name: &str, key: &str) -> Option<String> {
        let s = self.text(o, name, key, 2000)?;
        if safe_url(&s) {
            Some(s)
        } else {
            self.invalid(key, "must be an https:// URL or a path on this site (javascript:, data: and //host URLs are refused)");
            None
        }
    }

    fn color(&mut self, o: &Object, name: &str, key: &str) -> Option<Rgb> {
        let v = o.get(name)?;
        match v.as_str().and_then(Rgb::parse) {
            Some(c) => Some(c),
            None => {
                self.invalid(key, "must be a colour written #rgb or #rrggbb");
                None
            }
        }
    }

    fn bool(&mut self, o: &Object, name: &str, key: &str) -> Option<bool> {
        let v = o.get(name)?;
        match v {
            Value::Bool(b) => Some(*b),
            Value::String(s) if s == "true" || s == "false" => Some(s == "true"),
            _ => {
                self.invalid(key, "must be true or false");
                None
            }
        }
    }

    fn dates(&mut self, o: &Object, name: &str) -> Vec<Date> {
        let Some(v) = o.get(name) else {
            return Vec::new();
        };
        let Some(items) = v.as_array() else {
            self.invalid(name, "must be a list of dates written YYYY-MM-DD");
            return Vec::new();
        };
        // Years of public holidays are a few hundred dates; the bound keeps a hostile list
        // from stalling the page (the calendar sorts them with a sort for short lists).
        if items.len() > MAX_DATES {
            self.invalid(name, "must be a list of at most 1000 dates");
            return Vec::new();
        }
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            match item.as_str().and_then(Date::parse_iso) {
                Some(d) => out.push(d),
                None => self.invalid(&format!("{name}[{i}]"), "must be a date written YYYY-MM-DD"),
            }
        }
        out
    }
}

/// `https://host…` or a path on this site (`/x`, `./x`, `x.svg`). Refuses every other
/// scheme (`javascript:`, `data:`, `http:`…), protocol-relative `//host`, backslashes
/// (browsers read `/\host` as `//host`), whitespace and control characters.
pub fn safe_url(url: &str) -> bool {
    // ASCII spaces and controls are refused anywhere (URL parsers drop or skip them, which
    // can hide a scheme); other characters cannot start a scheme.
    let b = url.as_bytes();
    if b.is_empty() || b.iter().any(|&c| c <= b' ' || c == 0x7f || c == b'\\') {
        return false;
    }
    if let Some(rest) = b.strip_prefix(b"https://") {
        let host = head(rest);
        return !host.is_empty() && !host.contains(&b'@');
    }
    if b.starts_with(b"//") {
        return false;
    }
    // A relative URL must not have a scheme: no ':' before the first '/', '?' or '#'.
    !head(b).contains(&b':')
}

/// The part before the first '/', '?' or '#' (the authority, or a scheme if any).
fn head(s: &[u8]) -> &[u8] {
    let end = s
        .iter()
        .position(|c| matches!(c, b'/' | b'?' | b'#'))
        .unwrap_or(s.len());
    &s[..end]
}

/// A CSS length for the corner radius: a number with `px`, `em` or `%`, up to 999.
pub fn safe_radius(s: &str) -> bool {
    let b = s.as_bytes();
    let Some(num) = b
        .strip_suffix(b"px")
        .or_else(|| b.strip_suffix(b"em"))
        .or_else(|| b.strip_suffix(b"%"))
    else {
        return false;
    };
    !num.is_empty()
        && num.len() <= 6
        && num.iter().all(|&c| c.is_ascii_digit() || c == b'.')
        && num.iter().filter(|&&c| c == b'.').count() <= 1
        && num[0] != b'.'
}

/// A font-family list: names (any letters, CJK included), spaces, commas, hyphens and quotes
/// only, quotes paired. Every ASCII character that means something in CSS (`;{}()<>\/:` …)
/// or controls it is refused, so there is no way out of the declaration.
pub fn safe_font(s: &str) -> bool {
    let b = s.as_bytes();
    let quotes = |q: u8| b.iter().filter(|&&c| c == q).count() % 2 == 0;
    b.len() <= 200
        && b.iter()
            .all(|&c| c >= 0x80 || c.is_ascii_alphanumeric() || b" ,-_'\"".contains(&c))
        && quotes(b'"')
        && quotes(b'\'')
}

/// The most dates `holidays` or `workdays` may list.
const MAX_DATES: usize = 1000;
const MAX_EXTRA_CHANNELS: usize = 20;

/// The largest configuration read (its JSON as the loader writes it, content override
/// included; DESIGN §8): anything larger is refused whole, before it is parsed.
pub const CONFIG_MAX: usize = 256 * 1024;

/// Reads a configuration from its JSON text (what the loader passes the widget): refused
/// whole above [`CONFIG_MAX`], with the defaults and in memory only (the host may have
/// asked for `persist: false`, which cannot be read any more); text that is not JSON reads
/// as nothing.
pub fn read(text: &str) -> (Config, Vec<Issue>) {
    if text.len() > CONFIG_MAX {
        let issue = Issue {
            code: "invalid_value",
            key: "config".into(),
            message: "is over 256 KB: the defaults apply, nothing is stored".into(),
        };
        let config = Config {
            persist: false,
            ..Config::default()
        };
        return (config, vec![issue]);
    }
    parse(&serde_json::from_str(text).unwrap_or_default())
}

const TOP_KEYS: &[&str] = &[
    "locale",
    "brand",
    "support",
    "refundWindows",
    "holidays",
    "workdays",
    "channels",
    "storage",
    "content",
    "theme",
    "legalHelpAmount",
];

/// A configuration's `content` applied over `builtin`: `None` when it has none, or the
/// one `invalid_value` at `content` naming every problem (the widget then keeps its
/// built-in texts).
pub fn apply_content(config: &Config, builtin: &Guide) -> Option<Result<Guide, Issue>> {
    let content = config.content.as_ref()?;
    Some(builtin.clone().with_content(content).map_err(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        Issue {
            code: "invalid_value",
            key: "content".into(),
            message: format!("not applied: {}", list.join("; ")),
        }
    }))
}

/// Everything the widget reports for this configuration when it mounts, in the same order:
/// the settings' problems, then the content override's. The one checker behind
/// `RefundGuide.check()`, `refund-guide-check` and `check-content --config`.
pub fn check(text: &str, builtin: &Guide) -> Vec<Issue> {
    let (config, mut issues) = read(text);
    if let Some(Err(issue)) = apply_content(&config, builtin) {
        issues.push(issue);
    }
    issues
}

/// Reads one configuration object (already merged from its layers).
pub fn parse(raw: &Value) -> (Config, Vec<Issue>) {
    let mut r = Reader { issues: Vec::new() };
    let mut c = Config::default();
    let Some(top) = r.object(raw, "", TOP_KEYS) else {
        return (c, r.issues);
    };
    if let Some(v) = top.get("locale") {
        match v.as_str() {
            Some("zh-CN") => c.locale = LocaleChoice::Fixed(Locale::ZhCn),
            Some("en") => c.locale = LocaleChoice::Fixed(Locale::En),
            Some("auto") => c.locale = LocaleChoice::Auto,
            _ => r.invalid("locale", "must be zh-CN, en or auto"),
        }
    }
    if let Some(b) = top
        .get("brand")
        .and_then(|v| r.object(v, "brand", &["name", "logo", "colors", "radius", "font"]))
    {
        c.brand.name = r.text(b, "name", "brand.name", 60);
        c.brand.logo = r.url(b, "logo", "brand.logo");
        if let Some(k) = b.get("colors").and_then(|v| {
            r.object(
                v,
                "brand.colors",
                &["primary", "onPrimary", "text", "background", "danger"],
            )
        }) {
            c.brand.colors = Colors {
                primary: r.color(k, "primary", "brand.colors.primary"),
                on_primary: r.color(k, "onPrimary", "brand.colors.onPrimary"),
                text: r.color(k, "text", "brand.colors.text"),
                background: r.color(k, "background", "brand.colors.background"),
                danger: r.color(k, "danger", "brand.colors.danger"),
            };
        }
        if let Some(s) = r.text(b, "radius", "brand.radius", 10) {
            if safe_radius(&s) {
                c.brand.radius = Some(s);
            } else {
                r.invalid("brand.radius", "must be a length such as 8px, 0.5em or 50%");
            }
        }
        if let Some(s) = r.text(b, "font", "brand.font", 200) {
            if safe_font(&s) {
                c.brand.font = Some(s);
            } else {
                r.invalid(
                    "brand.font",
                    "must be a list of font names, such as \"PingFang SC\", sans-serif",
                );
            }
        }
    }
    if let Some(s) = top
        .get("support")
        .and_then(|v| r.object(v, "support", &["hotline", "inAppPath", "url", "hours"]))
    {
        c.support = Support {
            hotline: r.text(s, "hotline", "support.hotline", 40),
            in_app_path: r.text(s, "inAppPath", "support.inAppPath", 120),
            url: r.url(s, "url", "support.url"),
            hours: r.text(s, "hours", "support.hours", 120),
        };
    }
    if let Some(w) = top
        .get("refundWindows")
        .and_then(|v| r.object(v, "refundWindows", &[]))
    {
        for (id, v) in w {
            let key = format!("refundWindows.{id}");
            let Some(route) = Route::from_id(id) else {
                r.issues.push(Issue {
                    code: "unknown_key",
                    key,
                    message: "is not a refund route".into(),
                });
                continue;
            };
            let Some(o) = r.object(v, &key, &["minDays", "maxDays", "businessDays"]) else {
                continue;
            };
            let days = |n: Option<&Value>| {
                n.and_then(Value::as_u64)
                    .filter(|n| *n <= 365)
                    .map(|n| n as u16)
            };
            let (min, max) = (days(o.get("minDays")), days(o.get("maxDays")));
            let business = r
                .bool(o, "businessDays", &format!("{key}.businessDays"))
                .unwrap_or(true);
            match (min, max) {
                (Some(min_days), Some(max_days)) if min_days <= max_days => {
                    c.clock.windows.push((route, Window { min_days, max_days, business_days: business }));
                }
                _ => r.invalid(&key, "needs minDays and maxDays, whole days from 0 to 365, minDays not above maxDays"),
            }
        }
    }
    c.clock.calendar = Calendar::new(r.dates(top, "holidays"), r.dates(top, "workdays"));
    if let Some(ch) = top
        .get("channels")
        .and_then(|v| r.object(v, "channels", &["hide", "extra"]))
    {
        if let Some(hide) = ch.get("hide") {
            for (i, id) in hide
                .as_array()
                .map_or(&[][..], Vec::as_slice)
                .iter()
                .enumerate()
            {
                match id.as_str() {
                    Some("social_media") => c.hide_social_media = true,
                    other => r.invalid(
                        &format!("channels.hide[{i}]"),
                        format!("{} cannot be hidden: only social_media can (the external routes always show)", other.unwrap_or("this")),
                    ),
                }
            }
            if hide.as_array().is_none() {
                r.invalid("channels.hide", "must be a list of channel ids");
            }
        }
        if let Some(extra) = ch.get("extra") {
            let list = extra.as_array().map_or(&[][..], Vec::as_slice);
            // Bounded (DESIGN §8): the ladder is for a person, not a directory.
            if list.len() > MAX_EXTRA_CHANNELS {
                r.invalid(
                    "channels.extra",
                    "must be a list of at most 20 channels; the first 20 are used",
                );
            }
            for (i, e) in list.iter().take(MAX_EXTRA_CHANNELS).enumerate() {
                let key = format!("channels.extra[{i}]");
                let Some(o) = r.object(e, &key, &["id", "name", "phone", "url", "note"]) else {
                    continue;
                };
                let id = r.text(o, "id", &format!("{key}.id"), 40).filter(|id| {
                    id.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
                });
                let name = r.text(o, "name", &format!("{key}.name"), 80);
                match (id, name) {
                    (Some(id), Some(name)) => c.extra_channels.push(ExtraChannel {
                        id,
                        name,
                        phone: r.text(o, "phone", &format!("{key}.phone"), 40),
                        url: r.url(o, "url", &format!("{key}.url")),
                        note: r.text(o, "note", &format!("{key}.note"), 300),
                    }),
                    _ => r.invalid(
                        &key,
                        "needs an id (lowercase letters, digits, _) and a name",
                    ),
                }
            }
        }
    }
    if let Some(s) = top
        .get("storage")
        .and_then(|v| r.object(v, "storage", &["prefix", "persist"]))
    {
        if let Some(p) = r.text(s, "prefix", "storage.prefix", 80) {
            if p.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
            {
                c.storage_prefix = Some(p);
            } else {
                r.invalid(
                    "storage.prefix",
                    "may use letters, digits, '-', '_' and '.' only",
                );
            }
        }
        if let Some(p) = r.bool(s, "persist", "storage.persist") {
            c.persist = p;
        }
    }
    if let Some(v) = top.get("legalHelpAmount") {
        match v.as_u64() {
            Some(n) if (1..=1_000_000_000).contains(&n) => c.legal_help_amount = Some(n),
            _ => r.invalid(
                "legalHelpAmount",
                "must be a whole amount from 1 to 1000000000 in the case's currency",
            ),
        }
    }
    if let Some(v) = top.get("theme") {
        match v.as_str() {
            Some("auto") => c.theme = Theme::Auto,
            Some("light") => c.theme = Theme::Light,
            Some("dark") => c.theme = Theme::Dark,
            _ => r.invalid("theme", "must be auto, light or dark"),
        }
    }
    if let Some(content) = top.get("content") {
        // Checked against the guide when the widget mounts (`Guide::with_content`).
        if content.as_object().is_some() || content.as_array().is_some() {
            c.content = Some(content.clone());
        } else {
            r.invalid(
                "content",
                "must be a partial content pack (an object) or a list of them",
            );
        }
    }
    (c, r.issues)
}

/// The theme as `--rg-*` custom properties for the host element. Text on the primary colour
/// keeps 4.5:1: a configured `onPrimary` that fails is replaced by white or near-black,
/// whichever contrasts more; links use the primary colour only where it reads on the
/// background, the text colour otherwise.
pub fn theme(brand: &Brand) -> Vec<(&'static str, String)> {
    theme_in(brand, false)
}

/// The built-in (primary, text, background) of the light and the dark theme, as in
/// `styles/widget.css` (the widget's tests/theme.rs holds the two to each other).
pub const LIGHT: (Rgb, Rgb, Rgb) = (
    Rgb(0x16, 0x68, 0xdc),
    Rgb(0x1f, 0x1f, 0x1f),
    Rgb(0xff, 0xff, 0xff),
);
pub const DARK: (Rgb, Rgb, Rgb) = (
    Rgb(0x8a, 0xb4, 0xf8),
    Rgb(0xe8, 0xea, 0xed),
    Rgb(0x17, 0x19, 0x1c),
);

/// [`theme`] over the built-in dark theme's colours when `dark` (the `theme` setting is
/// `"dark"`): what the brand leaves unset is the dark default, and contrast is checked
/// against the dark background.
pub fn theme_in(brand: &Brand, dark: bool) -> Vec<(&'static str, String)> {
    let defaults = if dark { DARK } else { LIGHT };
    let primary = brand.colors.primary.unwrap_or(defaults.0);
    let background = brand.colors.background.unwrap_or(defaults.2);
    let mut text = brand.colors.text.unwrap_or(defaults.1);
    if contrast(text, background) < AA {
        text = best_on(background);
    }
    let on_primary = match brand.colors.on_primary {
        Some(c) if contrast(c, primary) >= AA => c,
        _ => best_on(primary),
    };
    let link = if contrast(primary, background) >= AA {
        primary
    } else {
        text
    };
    let mut vars = vec![
        ("--rg-primary", primary.css()),
        ("--rg-on-primary", on_primary.css()),
        ("--rg-text", text.css()),
        ("--rg-background", background.css()),
        ("--rg-link", link.css()),
    ];
    if let Some(d) = brand.colors.danger {
        vars.push((
            "--rg-danger",
            if contrast(d, background) >= AA {
                d
            } else {
                text
            }
            .css(),
        ));
    }
    if let Some(r) = &brand.radius {
        vars.push(("--rg-radius", r.clone()));
    }
    if let Some(f) = &brand.font {
        vars.push(("--rg-font", f.clone()));
    }
    vars
}

/// White or near-black, whichever reads better on `bg`.
fn best_on(bg: Rgb) -> Rgb {
    let (white, black) = (Rgb(255, 255, 255), Rgb(0x1f, 0x1f, 0x1f));
    if contrast(white, bg) >= contrast(black, bg) {
        white
    } else {
        black
    }
}
