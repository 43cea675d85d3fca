//! The widget's first screen as the build can render it, for the loader to show before the
//! wasm arrives (issue #20): the root component rendered natively by Yew's server renderer, for
//! each locale, with no saved session, the default brand and storage on (as most hosts have
//! it), and the stylesheet the widget adopts. `cargo run --example prerender` prints one JSON
//! object, `{"css": …, "zh-CN": …, "en": …, "storageKey": …, "schema": …}` (the last two say
//! where saved progress would be, for whoever shows the screen).
//!
//! The standalone page carries the zh-CN screen in its HTML (`scripts/post-build.mjs`,
//! `writeFirstScreen`; `js/page.js` shows it). Not in the loader yet: the two screens cost
//! about 1.2 KiB brotli in `refund-guide.js`, and the budget has less than that left
//! (docs/ARCHITECTURE.md, "First paint"). The e2e suite (`tests/e2e/prerender.test.mjs`) holds
//! it to what the wasm renders, element for element and in height, so that the page cannot
//! jump when the wasm takes over.

use std::rc::Rc;

use refund_guide::ui::app::{App, AppProps};
use refund_guide::ui::GuideRef;
use refund_guide_model::{store, Locale, Session};
use yew::{Callback, LocalServerRenderer};

const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

fn main() {
    let guide = match refund_guide::builtin::guide() {
        Ok(guide) => Rc::new(guide),
        Err(e) => {
            eprintln!("prerender: the built-in content does not load: {e}");
            std::process::exit(1);
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread().build() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("prerender: no runtime: {e}");
            std::process::exit(1);
        }
    };
    let mut out = serde_json::Map::new();
    out.insert("css".into(), CSS.into());
    // Where the widget will look for saved progress with no storage settings and no element
    // id, and the schema it reads: what the standalone page checks before it shows this screen.
    out.insert(
        "storageKey".into(),
        store::key(store::DEFAULT_PREFIX, store::SCHEMA).into(),
    );
    out.insert("schema".into(), store::SCHEMA.into());
    for &locale in Locale::ALL {
        let props = AppProps {
            guide: GuideRef(guide.clone()),
            locale,
            host: Default::default(),
            today: None,
            emit: None,
            initial: None,
            notices: Vec::new(),
            save: Some(Callback::from(|_: Rc<Session>| None)),
            load_newer: Some(Callback::from(|()| None)),
            delete: Some(Callback::noop()),
            config: Rc::default(),
        };
        let html = runtime.block_on(
            LocalServerRenderer::<App>::with_props(props)
                .hydratable(false)
                .render(),
        );
        out.insert(locale.id().into(), html.into());
    }
    println!("{}", serde_json::Value::Object(out));
}
