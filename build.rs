//! Prepares what the wasm carries, in OUT_DIR:
//! - `guide.bin`: the content packs (`content/*.json`) read and checked by the very code the
//!   crate uses (`src/guide/{ids,json,content}.rs`, included below), then packed
//!   (`src/guide/packed.rs`). A content error fails the build with the checker's messages.
//!   The widget unpacks this instead of carrying a JSON reader and checker for its own content.
//! - `letters.rs`: the text templates (`content/letters/*.json`), checked the same way and
//!   written out as tables of strings (`src/guide/letters.rs`).
//! - `contacts.rs`: the public contacts (`content/contacts.json`), checked and written out as
//!   the ladder's finished lines with the dated note (`src/guide/contacts.rs`).
//! - `widget.css`: the stylesheet without comments and whitespace runs.

use std::{env, fs, path::Path};

// The content model, compiled into the build script as well. These files refer to each other
// only through `super::`, so they work at this crate's root as they do under `guide`.
#[allow(dead_code)]
#[path = "src/guide/content.rs"]
mod content;
#[allow(dead_code)]
#[path = "src/guide/ids.rs"]
mod ids;
#[allow(dead_code)]
#[path = "src/guide/json.rs"]
mod json;
#[allow(dead_code)]
#[path = "src/guide/packed.rs"]
mod packed;
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
#[allow(dead_code)]
#[path = "src/guide/small_sort.rs"]
mod small_sort;
#[allow(dead_code)]
#[path = "src/guide/vec_map.rs"]
mod vec_map;

fn minify_css(text: &str) -> String {
    // Drop /* comments */, then collapse whitespace runs to one space.
    let mut no_comments = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("/*") {
        no_comments.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    no_comments.push_str(rest);
    let collapsed = no_comments.split_whitespace().collect::<Vec<_>>().join(" ");
    // Then drop the spaces around `{ } ; , >` and after `:`, and a `;` before `}`, outside
    // quoted strings. A space before `:` stays (`.a :focus` is not `.a:focus`).
    let mut out = String::with_capacity(collapsed.len());
    let mut quote = None;
    let tight = |c: char| matches!(c, '{' | '}' | ';' | ',' | '>');
    let chars: Vec<char> = collapsed.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => {
                quote = Some(c);
                out.push(c);
            }
            ' ' if out.ends_with(|p: char| tight(p) || p == ':')
                || chars.get(i + 1).is_some_and(|&n| tight(n)) => {}
            '}' if out.ends_with(';') => {
                out.pop();
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out
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
    fs::write(Path::new(&out).join("guide.bin"), packed::pack(&guide)).expect("writing OUT_DIR");
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
