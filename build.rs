//! Prepares what the wasm carries, in OUT_DIR:
//! - `guide.postcard`: the content packs (`content/*.json`) read and checked by the model
//!   crate (`refund_guide_model::Guide::shipped`), then serialised with postcard. A content error fails the build with the checker's messages, and the
//!   widget reads the checked guide back without parsing or checking JSON at run time.
//! - `letters.rs`: the text templates (`content/letters/*.json`), checked the same way and
//!   written out as tables of strings (`refund_guide_model::letters`).
//! - `contacts.rs`: the public contacts (`content/contacts.json`), checked and written out as
//!   the ladder's finished lines with the dated note (`refund_guide_model::contacts`).
//! - `widget.css`: the stylesheet, minified by lightningcss.

use std::{env, fs, path::Path};

use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};
use refund_guide_model::{contacts, letters, Guide};

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
    // The packs are compiled into the model crate (`include_str!`), so a change to them
    // rebuilds it and reruns this script; these lines keep that explicit.
    for name in ["flow.json", "zh-CN.json", "en.json"] {
        println!("cargo:rerun-if-changed=content/{name}");
    }
    let guide = Guide::shipped().unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the content packs have errors:\n  {}", list.join("\n  "))
    });
    fs::write(Path::new(&out).join("guide.postcard"), guide.to_postcard())
        .expect("writing OUT_DIR");
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
