//! The print view of the whole case, in a document of its own (DESIGN §7: the host page is
//! never printed with the case). A hidden same-origin `about:blank` iframe
//! (`.rg-print-frame`) is added to the texts page by the first Print, not rendered with it:
//! an iframe costs the browser a document, 30–60 ms at 4× CPU, most of the texts page's
//! longest task when the page made it. It is filled through the DOM (text nodes only: no
//! HTML strings, so a Trusted Types policy has nothing to object to) and printed. Its A4
//! stylesheet is a constructed sheet made in the iframe's own realm, which a
//! `style-src 'self'` policy allows where a `<style>` element would not be.
//!
//! The frame is a child Yew does not know of, in the step's element: Yew only inserts and
//! removes its own nodes, so it stays (hidden) while the case pages share that element and
//! goes with it; the next Print finds it or makes another.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlIFrameElement, MouseEvent};

const PRINT_CSS: &str = "@page{size:A4;margin:18mm}body{font:11pt/1.5 system-ui,sans-serif;color:#000;margin:0}h1{font-size:16pt;margin:0 0 8mm}h2{font-size:13pt;margin:8mm 0 2mm;break-after:avoid}pre{font:inherit;white-space:pre-wrap;margin:0;break-inside:avoid-page}";

fn el(doc: &Document, tag: &str, text: &str) -> Option<web_sys::Node> {
    let e = doc.create_element(tag).ok()?;
    e.set_text_content(Some(text));
    Some(e.into())
}

/// Adopts `css` in `doc` with a sheet constructed by the document's own window.
fn adopt_css(frame: &HtmlIFrameElement, doc: &Document, css: &str) -> Option<()> {
    use js_sys::{Array, Function, Reflect};
    let window = frame.content_window()?;
    let ctor: Function = Reflect::get(&window, &"CSSStyleSheet".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let sheet = Reflect::construct(&ctor, &Array::new()).ok()?;
    let replace: Function = Reflect::get(&sheet, &"replaceSync".into())
        .ok()?
        .dyn_into()
        .ok()?;
    replace.call1(&sheet, &css.into()).ok()?;
    Reflect::set(doc, &"adoptedStyleSheets".into(), &Array::of1(&sheet)).ok()?;
    Some(())
}

/// Fills the print document (made on the first call) with a title and `(heading, text)`
/// sections, then prints it.
pub fn print_case(e: &MouseEvent, lang: &str, title: &str, sections: &[(String, String)]) {
    let _ = fill_and_print(e, lang, title, sections);
}

fn fill_and_print(
    e: &MouseEvent,
    lang: &str,
    title: &str,
    sections: &[(String, String)],
) -> Option<()> {
    let target: Element = e.target()?.dyn_into().ok()?;
    let step = target.closest("[data-step]").ok()??;
    let frame: HtmlIFrameElement = match step.query_selector(".rg-print-frame").ok()? {
        Some(frame) => frame.dyn_into().ok()?,
        None => {
            let frame = step.owner_document()?.create_element("iframe").ok()?;
            frame.set_class_name("rg-print-frame");
            for (name, value) in [("aria-hidden", "true"), ("tabindex", "-1")] {
                let _ = frame.set_attribute(name, value);
            }
            step.append_child(&frame).ok()?;
            frame.dyn_into().ok()?
        }
    };
    // Named on every Print: the language may have changed since the frame was made.
    let _ = frame.set_attribute("title", title);
    let doc = frame.content_document()?;
    let html = doc.document_element()?;
    let _ = html.set_attribute("lang", lang);
    let body = doc.body()?;
    body.set_text_content(None);
    doc.set_title(title);
    body.append_child(&el(&doc, "h1", title)?).ok()?;
    for (heading, text) in sections.iter().filter(|(_, t)| !t.is_empty()) {
        body.append_child(&el(&doc, "h2", heading)?).ok()?;
        body.append_child(&el(&doc, "pre", text)?).ok()?;
    }
    adopt_css(&frame, &doc, PRINT_CSS);
    frame.content_window()?.print().ok()
}
