//! White-label configuration: every key read and checked, invalid values named and
//! defaulted, nothing unsafe reaching a URL or the stylesheet, contrast kept, and no input
//! makes it panic. (The layers are merged by the loader: tests/e2e/embed.test.mjs.)
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use refund_guide_model::config::{contrast, parse, safe_url, theme, LocaleChoice, Rgb, AA};
use refund_guide_model::{Date, Locale, Route};
use serde_json::Value as Json;

fn cfg(
    text: &str,
) -> (
    refund_guide_model::config::Config,
    Vec<refund_guide_model::config::Issue>,
) {
    parse(&serde_json::from_str::<Json>(text).unwrap())
}

#[test]
fn a_full_valid_config_is_read_without_issues() {
    let (c, issues) = cfg(r##"{
        "locale": "en",
        "brand": { "name": "PayWallet", "logo": "https://cdn.example.com/logo.svg",
                   "colors": { "primary": "#0a7d3c", "onPrimary": "#ffffff", "text": "#222", "background": "#fff", "danger": "#b00020" },
                   "radius": "12px", "font": "\"PingFang SC\", system-ui, sans-serif" },
        "support": { "hotline": "95188", "inAppPath": "我的 › 客服中心", "url": "/help", "hours": "9:00–21:00" },
        "refundWindows": { "bank_card": { "minDays": 1, "maxDays": 5, "businessDays": true } },
        "holidays": ["2026-10-01"], "workdays": ["2026-10-10"],
        "channels": { "hide": ["social_media"], "extra": [ { "id": "ombudsman", "name": "Payments ombudsman", "url": "https://ombudsman.example.org" } ] },
        "storage": { "prefix": "paywallet.guide", "persist": false }
    }"##);
    assert_eq!(issues, []);
    assert_eq!(c.locale, LocaleChoice::Fixed(Locale::En));
    assert_eq!(c.brand.name.as_deref(), Some("PayWallet"));
    assert_eq!(c.brand.colors.primary, Some(Rgb(0x0a, 0x7d, 0x3c)));
    assert_eq!(
        c.brand.colors.text,
        Some(Rgb(0x22, 0x22, 0x22)),
        "#rgb shorthand"
    );
    assert_eq!(c.support.in_app_path.as_deref(), Some("我的 › 客服中心"));
    assert_eq!(c.clock.window(Route::BankCard).max_days, 5);
    let holiday = Date::new(2026, 10, 1).unwrap();
    assert!(
        !c.clock.calendar.is_working_day(holiday),
        "a Thursday made a holiday"
    );
    let make_up = Date::new(2026, 10, 10).unwrap();
    assert!(
        c.clock.calendar.is_working_day(make_up),
        "a Saturday made a working day"
    );
    assert!(c.hide_social_media);
    assert_eq!(c.extra_channels[0].id, "ombudsman");
    assert_eq!(c.storage_prefix.as_deref(), Some("paywallet.guide"));
    assert!(!c.persist);
}

#[test]
fn unknown_keys_are_reported_by_path_and_the_rest_applies() {
    let (c, issues) =
        cfg(r##"{ "brand": { "name": "X", "colour": "#fff" }, "themes": {}, "locale": "zh-CN" }"##);
    let keys: Vec<(&str, &str)> = issues.iter().map(|i| (i.code, i.key.as_str())).collect();
    assert_eq!(
        keys,
        [("unknown_key", "themes"), ("unknown_key", "brand.colour")]
    );
    assert_eq!(c.brand.name.as_deref(), Some("X"));
    assert_eq!(c.locale, LocaleChoice::Fixed(Locale::ZhCn));
}

// Regression: the calendar sorts with a quadratic sort for short lists; a hostile list of
// dates must be refused, not sorted.
#[test]
fn more_than_a_thousand_holidays_are_refused() {
    let many = vec!["\"2026-10-01\""; 1001].join(",");
    let (c, issues) = cfg(&format!(
        r#"{{ "holidays": [{many}], "workdays": ["2026-10-10"] }}"#
    ));
    assert!(issues
        .iter()
        .any(|i| i.code == "invalid_value" && i.key == "holidays"));
    assert_eq!(c.clock, cfg(r#"{ "workdays": ["2026-10-10"] }"#).0.clock);
    let (_, issues) = cfg(&format!(
        r#"{{ "holidays": [{}] }}"#,
        vec!["\"2026-10-01\""; 1000].join(",")
    ));
    assert!(issues.is_empty(), "{issues:?}");
}

#[test]
fn invalid_values_are_named_and_fall_back_to_defaults() {
    let (c, issues) = cfg(r#"{
        "locale": "fr",
        "brand": { "logo": "javascript:alert(1)", "colors": { "primary": "red;}*{display:none}" }, "font": "x;}*{display:none", "radius": "expression(1)" },
        "support": { "url": "//evil.example" },
        "refundWindows": { "bank_card": { "minDays": 9, "maxDays": 2 }, "pigeon": {} },
        "holidays": ["2026-02-30"],
        "channels": { "hide": ["regulator", "consumer_association", "lawsuit", "social_media"] },
        "storage": { "prefix": "a b", "persist": "maybe" }
    }"#);
    let invalid: Vec<&str> = issues
        .iter()
        .filter(|i| i.code == "invalid_value")
        .map(|i| i.key.as_str())
        .collect();
    for key in [
        "locale",
        "brand.logo",
        "brand.colors.primary",
        "brand.radius",
        "brand.font",
        "support.url",
        "refundWindows.bank_card",
        "holidays[0]",
        "channels.hide[0]",
        "channels.hide[1]",
        "channels.hide[2]",
        "storage.prefix",
        "storage.persist",
    ] {
        assert!(invalid.contains(&key), "{key} not reported: {issues:?}");
    }
    assert!(issues
        .iter()
        .any(|i| i.code == "unknown_key" && i.key == "refundWindows.pigeon"));
    assert_eq!(c.brand.logo, None);
    assert_eq!(c.brand.colors.primary, None);
    assert_eq!(c.brand.font, None);
    assert_eq!(c.locale, LocaleChoice::Default);
    assert!(c.hide_social_media, "social_media alone can be hidden");
    assert!(c.persist, "persist falls back to true");
    assert!(c.clock.windows.is_empty());
}

#[test]
fn only_https_and_same_site_urls_are_accepted() {
    for ok in [
        "https://example.com/logo.svg",
        "https://cdn.example.com",
        "/logo.svg",
        "./img/logo.png",
        "logo.svg",
        "/help?x=1#y",
    ] {
        assert!(safe_url(ok), "{ok}");
    }
    for bad in [
        "javascript:alert(1)",
        "JAVASCRIPT:alert(1)",
        "data:image/svg+xml,<svg>",
        "http://example.com",
        "//evil.example",
        "/\\evil.example",
        "https://",
        "https://user@evil.example",
        " https://example.com",
        "java\tscript:x",
        "\u{7f}javascript:x",
        "https://exa mple.com",
        "vbscript:x",
        "",
    ] {
        assert!(!safe_url(bad), "{bad}");
    }
}

#[test]
fn theme_keeps_text_on_the_brand_colour_readable() {
    let (c, _) = cfg(
        r##"{ "brand": { "colors": { "primary": "#ffd400", "onPrimary": "#ffffff", "background": "#ffffff" } } }"##,
    );
    let vars = theme(&c.brand);
    let get = |k: &str| {
        vars.iter()
            .find(|(n, _)| *n == k)
            .map(|(_, v)| v.clone())
            .unwrap()
    };
    let primary = Rgb::parse(&get("--rg-primary")).unwrap();
    let on = Rgb::parse(&get("--rg-on-primary")).unwrap();
    assert!(
        contrast(on, primary) >= AA,
        "white on yellow fails, so it was replaced"
    );
    assert_eq!(get("--rg-on-primary"), "#1f1f1f");
    let link = Rgb::parse(&get("--rg-link")).unwrap();
    assert!(
        contrast(link, Rgb(255, 255, 255)) >= AA,
        "yellow links would not read on white"
    );
    let (c, _) = cfg(r##"{ "brand": { "colors": { "primary": "#0a7d3c" } } }"##);
    let vars = theme(&c.brand);
    assert!(vars.contains(&("--rg-on-primary", "#ffffff".to_string())));
    assert!(vars.contains(&("--rg-link", "#0a7d3c".to_string())));
}

#[test]
fn the_theme_setting_forces_light_or_dark_and_brand_colours_keep_their_background() {
    use refund_guide_model::config::{theme_in, Theme, DARK};
    for (json, theme) in [
        (r#"{ "theme": "auto" }"#, Theme::Auto),
        (r#"{ "theme": "light" }"#, Theme::Light),
        (r#"{ "theme": "dark" }"#, Theme::Dark),
        (r#"{}"#, Theme::Auto),
    ] {
        let (c, issues) = cfg(json);
        assert!(issues.is_empty(), "{json}: {issues:?}");
        assert_eq!(c.theme, theme, "{json}");
    }
    for bad in [
        r#"{ "theme": "Dark" }"#,
        r#"{ "theme": true }"#,
        r#"{ "theme": {} }"#,
    ] {
        let (c, issues) = cfg(bad);
        assert_eq!(c.theme, Theme::Auto, "{bad}: the default kept");
        let keys: Vec<(&str, &str)> = issues.iter().map(|i| (i.code, i.key.as_str())).collect();
        assert_eq!(keys, [("invalid_value", "theme")], "{bad}");
    }
    // Auto follows the person unless brand colours were checked against the light page.
    let (plain, _) = cfg(r#"{ "brand": { "radius": "2px" } }"#);
    assert_eq!(plain.theme.forced(&plain.brand), None);
    let (branded, _) = cfg(r##"{ "brand": { "colors": { "primary": "#0a7d3c" } } }"##);
    assert_eq!(branded.theme.forced(&branded.brand), Some("light"));
    let (dark, _) =
        cfg(r##"{ "theme": "dark", "brand": { "colors": { "primary": "#0a7d3c" } } }"##);
    assert_eq!(dark.theme.forced(&dark.brand), Some("dark"));
    // Over the dark theme, a dark brand green is not used for links and the text is light.
    let vars = theme_in(&dark.brand, true);
    let get = |k: &str| {
        vars.iter()
            .find(|(n, _)| *n == k)
            .map(|(_, v)| v.clone())
            .unwrap()
    };
    assert_eq!(get("--rg-background"), DARK.2.css());
    let link = Rgb::parse(&get("--rg-link")).unwrap();
    assert!(
        contrast(link, DARK.2) >= AA,
        "links read on the dark background"
    );
    let text = Rgb::parse(&get("--rg-text")).unwrap();
    assert!(contrast(text, DARK.2) >= AA);
}

fn json_value() -> impl Strategy<Value = Json> {
    let leaf = prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::Bool),
        (0u32..1000).prop_map(Json::from),
        prop_oneof![
            Just("#fff".to_string()),
            Just("javascript:x".to_string()),
            Just("2026-10-01".to_string()),
            "\\PC{0,12}"
        ]
        .prop_map(Json::String),
    ];
    let keys = proptest::sample::select(vec![
        "locale",
        "brand",
        "name",
        "logo",
        "colors",
        "primary",
        "onPrimary",
        "radius",
        "font",
        "support",
        "url",
        "refundWindows",
        "bank_card",
        "minDays",
        "maxDays",
        "businessDays",
        "holidays",
        "channels",
        "hide",
        "extra",
        "id",
        "storage",
        "prefix",
        "persist",
        "content",
        "x",
    ]);
    leaf.prop_recursive(4, 40, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Json::Array),
            proptest::collection::vec((keys.clone(), inner), 0..6).prop_map(|m| {
                Json::Object(m.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
            }),
        ]
    })
}

proptest! {
    #[test]
    fn hostile_configs_never_panic_and_never_reach_css_or_urls_unsafely(v in json_value()) {
        let (c, _) = parse(&v);
        for (name, value) in theme(&c.brand) {
            prop_assert!(name.starts_with("--rg-"));
            prop_assert!(!value.contains([';', '{', '}', '<', '>', '(', ')', '\\']), "{value}");
        }
        for url in [&c.brand.logo, &c.support.url].into_iter().flatten() {
            prop_assert!(safe_url(url));
        }
    }
}

#[test]
fn colours_parse_only_as_hex_and_print_back() {
    assert_eq!(Rgb::parse("#0a7d3c"), Some(Rgb(10, 125, 60)));
    assert_eq!(Rgb::parse("#FFF"), Some(Rgb(255, 255, 255)));
    for bad in ["0a7d3c", "#0a7d3", "#ggg", "red", "#0a7d3c;", "#ｆｆｆ", ""] {
        assert_eq!(Rgb::parse(bad), None, "{bad}");
    }
    assert_eq!(Rgb(10, 125, 60).css(), "#0a7d3c");
}

#[test]
fn content_overrides_are_kept_for_the_content_checker_as_one_pack_or_a_list() {
    let (c, issues) = cfg(r#"{ "content": { "locale": "en", "nodes": {} } }"#);
    assert_eq!(issues, []);
    assert!(c.content.is_some_and(|v| v.as_object().is_some()));
    let (c, issues) = cfg(r#"{ "content": [ { "locale": "en" }, { "locale": "zh-CN" } ] }"#);
    assert_eq!(issues, []);
    assert_eq!(c.content.and_then(|v| v.as_array().map(Vec::len)), Some(2));
    let (c, issues) = cfg(r#"{ "content": "replace everything" }"#);
    assert!(c.content.is_none());
    assert!(issues.iter().any(|i| i.key == "content"), "{issues:?}");
}

/// Regression: a key holding `"` or `\` made the hand-built event JSON invalid, so the
/// loader's `JSON.parse` threw and both the console warning and the `error` event were lost.
#[test]
fn a_key_with_quotes_or_backslashes_still_makes_a_readable_event() {
    let (_, issues) = cfg(
        r##"{"we\"ird": 1, "brand": {"colors": {"pri\\mary": "#fff"}},
             "refundWindows": {"bank\"card": {"minDays": 1, "maxDays": 2}}}"##,
    );
    for key in [
        "we\"ird",
        "brand.colors.pri\\mary",
        "refundWindows.bank\"card",
    ] {
        assert!(issues.iter().any(|i| i.key == key), "{key}: {issues:?}");
    }
    for issue in &issues {
        let event = refund_guide_model::events::error(issue.code, &issue.key, &issue.message);
        let detail: Json = serde_json::from_str(&event.detail).expect("the detail is JSON");
        assert_eq!(detail["key"], issue.key.as_str());
        assert_eq!(detail["code"], issue.code);
        assert_eq!(detail["message"], issue.message.as_str());
    }
}

// Regression (tests/fuzz-regressions/config-*): a configuration that is not an object was
// reported with an empty key, so the `error` event named nothing.
#[test]
fn a_configuration_that_is_not_an_object_is_named_config() {
    for v in [
        Json::Null,
        Json::from(5),
        Json::from("x"),
        Json::Array(vec![]),
    ] {
        let (c, issues) = parse(&v);
        assert_eq!(c, refund_guide_model::config::Config::default());
        let keys: Vec<&str> = issues.iter().map(|i| i.key.as_str()).collect();
        assert_eq!(keys, ["config"], "{v}");
    }
}

/// The configurations in `tests/configs/` and what the checker says of each, recorded in
/// `tests/configs/verdicts.json` (`UPDATE_GOLDEN=1` rewrites it). The browser's
/// `RefundGuide.check()` and `npx refund-guide-check` are held to the same file by
/// tests/e2e/integrator.test.mjs, so the three doors cannot drift apart.
#[test]
fn the_checker_gives_the_recorded_verdict_for_each_shared_configuration() {
    use std::collections::BTreeMap;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/configs");
    let guide = refund_guide_model::Guide::shipped().unwrap();
    let mut verdicts = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name == "verdicts.json" || !name.ends_with(".json") {
            continue;
        }
        let raw: Json = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let lines: Vec<String> = refund_guide_model::config::check(&raw.to_string(), &guide)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            lines.is_empty(),
            name.starts_with("good-"),
            "{name}: good-* files have no problem, bad-* files have some: {lines:?}"
        );
        verdicts.insert(name, lines);
    }
    let file = dir.join("verdicts.json");
    let written = serde_json::to_string_pretty(&verdicts).unwrap() + "\n";
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&file, &written).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(&file).unwrap_or_default(),
        written,
        "the checker's verdicts changed; review, then rerun with UPDATE_GOLDEN=1"
    );
}

#[test]
fn a_refused_content_override_is_one_issue_after_the_settings() {
    let guide = refund_guide_model::Guide::shipped().unwrap();
    let raw: Json = serde_json::from_str(
        r#"{ "lang": "en", "content": { "locale": "en", "nodes": { "money_kind": { "title": "" } } } }"#,
    )
    .unwrap();
    let issues = refund_guide_model::config::check(&raw.to_string(), &guide);
    let keys: Vec<&str> = issues.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys, ["lang", "content"]);
    assert_eq!(issues[1].code, "invalid_value");
    assert!(
        issues[1].message.starts_with("not applied: "),
        "{}",
        issues[1].message
    );
    let fine: Json = serde_json::from_str(r#"{ "content": { "locale": "en", "nodes": { "money_kind": { "title": "Which money?" } } } }"#).unwrap();
    assert_eq!(
        refund_guide_model::config::check(&fine.to_string(), &guide),
        []
    );
}

#[test]
fn legal_help_amount_is_a_positive_whole_amount() {
    let (c, issues) = cfg(r#"{ "legalHelpAmount": 20000 }"#);
    assert_eq!((c.legal_help_amount, issues.len()), (Some(20000), 0));
    for bad in ["0", "-5", "12.5", "\"5000\"", "10000000000"] {
        let (c, issues) = cfg(&format!(r#"{{ "legalHelpAmount": {bad} }}"#));
        assert_eq!(c.legal_help_amount, None, "{bad}");
        assert_eq!(issues.len(), 1, "{bad}");
        assert_eq!(issues[0].key, "legalHelpAmount");
    }
}

/// Bounds (DESIGN §8): a configuration over 256 KB is refused whole, before it is parsed,
/// and at most 20 extra channels are read (the rest named, not shown).
#[test]
fn a_configuration_over_256_kb_is_refused_whole_and_extra_channels_stop_at_twenty() {
    use refund_guide_model::config::{read, CONFIG_MAX};
    let note = "n".repeat(CONFIG_MAX);
    let (c, issues) = read(&format!(
        r#"{{ "locale": "en", "brand": {{ "name": "{note}" }} }}"#
    ));
    let defaults = refund_guide_model::config::Config {
        persist: false,
        ..Default::default()
    };
    assert_eq!(
        c, defaults,
        "the defaults, nothing of it read, and in memory only"
    );
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].key, "config");
    let (c, issues) = read(r#"{ "locale": "en" }"#);
    assert_eq!(
        (c.locale, issues.len()),
        (LocaleChoice::Fixed(Locale::En), 0)
    );

    let extra: Vec<String> = (0..25)
        .map(|i| format!(r#"{{ "id": "c{i}", "name": "Channel {i}" }}"#))
        .collect();
    let (c, issues) = cfg(&format!(
        r#"{{ "channels": {{ "extra": [{}] }} }}"#,
        extra.join(",")
    ));
    assert_eq!(c.extra_channels.len(), 20);
    assert_eq!(c.extra_channels[19].id, "c19");
    let keys: Vec<&str> = issues.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(keys, ["channels.extra"]);
}
