//! Prepares what the wasm carries, in OUT_DIR:
//! - `guide.postcard`: the content packs (`content/*.json`) read and checked by the very code
//!   the crate uses (`src/guide/content.rs` and the ids, included below), then serialised
//!   with postcard. A content error fails the build with the checker's messages, and the
//!   widget reads the checked guide back without parsing or checking JSON at run time.
//! - `letters.rs`: the text templates (`content/letters/*.json`), checked the same way and
//!   written out as tables of strings (`src/guide/letters.rs`).
//! - `contacts.rs`: the public contacts (`content/contacts.json`), checked and written out as
//!   the ladder's finished lines with the dated note (`src/guide/contacts.rs`).
//! - `widget.css`: the stylesheet, minified by lightningcss.

use std::{env, fs, path::Path};

use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};

// The content model, compiled into the build script as well. These files refer to each other
// only through `super::`, so they work at this crate's root as they do under `guide`.
#[allow(dead_code)]
#[path = "src/guide/content.rs"]
mod content;
#[allow(dead_code)]
#[path = "src/guide/ids.rs"]
mod ids;
// The text templates, and what their checker needs.
#[allow(dead_code)]
#[path = "src/guide/clock.rs"]
mod clock;
#[allow(dead_code)]
#[path = "src/guide/contacts.rs"]
mod contacts;
#[allow(dead_code)]
#[path = "src/guide/date.rs"]
mod date;
#[allow(dead_code)]
#[path = "src/guide/letters.rs"]
mod letters;
#[allow(dead_code)]
#[path = "src/guide/mask.rs"]
mod mask;

fn minify_css(text: &str) -> String {
    let mut sheet = StyleSheet::parse(text, ParserOptions::default())
        .unwrap_or_else(|e| panic!("styles/widget.css does not parse: {e}"));
    sheet
        .minify(MinifyOptions::default())
        .unwrap_or_else(|e| panic!("styles/widget.css cannot be minified: {e}"));
    sheet
        .to_css(PrinterOptions {
            minify: true,
            ..PrinterOptions::default()
        })
        .unwrap_or_else(|e| panic!("styles/widget.css cannot be written: {e}"))
        .code
}

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    // The packs are compiled into this script (`include_str!`), so a change to them rebuilds
    // and reruns it; these lines keep that explicit.
    for name in ["flow.json", "zh-CN.json", "en.json"] {
        println!("cargo:rerun-if-changed=content/{name}");
    }
    let guide = content::Guide::from_sources(
        content::BUILTIN_FLOW,
        content::BUILTIN_ZH_CN,
        content::BUILTIN_EN,
    )
    .unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the content packs have errors:\n  {}", list.join("\n  "))
    });
    let bytes = postcard::to_allocvec(&guide).expect("serialising the checked content");
    fs::write(Path::new(&out).join("guide.postcard"), bytes).expect("writing OUT_DIR");
    let mut tables = String::new();
    for (name, file, json) in [
        ("ZH_CN", "zh-CN.json", letters::BUILTIN_ZH_CN),
        ("EN", "en.json", letters::BUILTIN_EN),
    ] {
        println!("cargo:rerun-if-changed=content/letters/{file}");
        let pack = letters::Letters::parse(json).unwrap_or_else(|errors| {
            let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!(
                "content/letters/{file} has errors:\n  {}",
                list.join("\n  ")
            )
        });
        tables.push_str(&pack.table(name));
    }
    fs::write(Path::new(&out).join("letters.rs"), tables).expect("writing OUT_DIR");
    println!("cargo:rerun-if-changed=content/contacts.json");
    let directory = contacts::Directory::parse(contacts::BUILTIN).unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("content/contacts.json has errors:\n  {}", list.join("\n  "))
    });
    fs::write(Path::new(&out).join("contacts.rs"), directory.table()).expect("writing OUT_DIR");
    let css = Path::new("styles").join("widget.css");
    println!("cargo:rerun-if-changed={}", css.display());
    let text = fs::read_to_string(&css).expect("reading styles/widget.css");
    fs::write(Path::new(&out).join("widget.css"), minify_css(&text)).expect("writing OUT_DIR");
}
