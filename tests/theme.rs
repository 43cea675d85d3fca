//! The built-in light and dark themes of `styles/widget.css` keep every contrast ratio the
//! widget promises (WCAG 2.2 AA: 4.5:1 for text, 3:1 for controls and the focus ring),
//! the dark theme is the same whether it comes from `prefers-color-scheme` or the `theme`
//! setting, and the model's defaults (brand colours are checked against them) are the
//! sheet's.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use refund_guide_model::config::{contrast, Rgb, AA, DARK, LIGHT};

const CSS: &str = include_str!("../styles/widget.css");

/// The `--_x: var(--rg-x, #hex)` defaults of the first block opened by `selector`.
fn palette(selector: &str) -> BTreeMap<String, Rgb> {
    let start = CSS
        .find(selector)
        .unwrap_or_else(|| panic!("no {selector}"));
    let block = &CSS[start..start + CSS[start..].find('}').unwrap()];
    block
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            let name = line.strip_prefix("--_")?.split(':').next()?;
            let hex = line.split(", ").nth(1)?.trim_end_matches(");");
            Some((name.to_string(), Rgb::parse(hex)?))
        })
        .collect()
}

fn check(name: &str, p: &BTreeMap<String, Rgb>) {
    let c = |a: &str, b: &str| contrast(p[a], p[b]);
    // Text and the backgrounds it is written on.
    for (fg, bg) in [
        ("text", "background"),
        ("text", "surface"),
        ("text", "warning-bg"),
        ("muted", "background"),
        ("muted", "surface"),
        ("muted", "warning-bg"),
        ("primary", "background"),
        ("primary", "surface"),
        ("on-primary", "primary"),
        ("danger", "background"),
        ("danger", "warning-bg"),
    ] {
        assert!(c(fg, bg) >= AA, "{name}: {fg} on {bg} is {:.2}", c(fg, bg));
    }
    // Controls' edges and the focus ring against every background it is drawn on.
    for (fg, bg) in [
        ("border", "background"),
        ("border", "surface"),
        ("focus", "background"),
        ("focus", "surface"),
        ("focus", "warning-bg"),
        ("primary", "background"),
    ] {
        assert!(c(fg, bg) >= 3.0, "{name}: {fg} on {bg} is {:.2}", c(fg, bg));
    }
}

#[test]
fn both_themes_keep_every_contrast_ratio() {
    let light = palette(".rg {");
    let dark = palette(".rg[data-theme=\"dark\"] {");
    assert_eq!(light.len(), 10, "{light:?}");
    assert_eq!(dark.len(), 10, "{dark:?}");
    check("light", &light);
    check("dark", &dark);
    assert_eq!(
        palette(".rg:not([data-theme=\"light\"]) {"),
        dark,
        "prefers-color-scheme gives the same dark theme as theme: dark"
    );
    for (name, (primary, text, background), p) in [("light", LIGHT, &light), ("dark", DARK, &dark)]
    {
        assert_eq!(
            (p["primary"], p["text"], p["background"]),
            (primary, text, background),
            "{name}: the model checks brand colours against these"
        );
    }
}
