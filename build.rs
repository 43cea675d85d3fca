//! Minifies the content packs and the widget stylesheet into OUT_DIR, so the wasm carries
//! them without indentation or comments (they are included with `include_str!`). No
//! dependencies: JSON whitespace outside strings and CSS comments/whitespace runs are the
//! only things removed, and the native tests parse the same sources unminified.

use std::{env, fs, path::Path};

fn minify_json(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

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
    no_comments.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in ["flow.json", "zh-CN.json", "en.json"] {
        let src = Path::new("content").join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        let text =
            fs::read_to_string(&src).unwrap_or_else(|e| panic!("reading {}: {e}", src.display()));
        fs::write(Path::new(&out).join(name), minify_json(&text)).expect("writing OUT_DIR");
    }
    let css = Path::new("styles").join("widget.css");
    println!("cargo:rerun-if-changed={}", css.display());
    let text = fs::read_to_string(&css).expect("reading styles/widget.css");
    fs::write(Path::new(&out).join("widget.css"), minify_css(&text)).expect("writing OUT_DIR");
}
