//! Browser entry points, called by the loader (`js/refund-guide.js`): mount a widget into a
//! host element's open shadow root, and the handle the host drives it with.
//!
//! Nothing here may panic on what the host page controls: a missing document, an element
//! that refuses a shadow root, odd options. Failures come back as JS errors with a message,
//! and content that fails its checks shows a message inside the widget, never a blank box.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, Callback};

use crate::storage::{now_rfc3339, BrowserStore};
use crate::ui::app::{App, AppProps};
use crate::ui::{GuideRef, HostChannel, Msg};
use refund_guide_model::config::{Config, Issue, LocaleChoice};
use refund_guide_model::events::HostEvent;
use refund_guide_model::store::Notice;
use refund_guide_model::store::DEFAULT_PREFIX;
use refund_guide_model::{Date, Guide, Locale, Session};

/// The widget's stylesheet, adopted into each shadow root.
const WIDGET_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

thread_local! {
    // One checked copy of the built-in content and one stylesheet object for every widget.
    static GUIDE: Result<Rc<Guide>, String> = crate::builtin::guide()
        .map(Rc::new)
        .map_err(|e| e.to_string());
    // Storage keys of the live widgets: a second widget on the same key runs in memory only
    // (DESIGN §4.5), so two widgets never overwrite each other's progress.
    static KEYS_IN_USE: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
    static SHEET: Option<CssStyleSheet> = CssStyleSheet::new().ok().and_then(|sheet| {
        sheet.replace_sync(WIDGET_CSS).ok().map(|()| sheet)
    });
}

/// A mounted widget. `destroy()` unmounts it; the shadow root stays for a later `mount()`.
#[wasm_bindgen]
pub struct Handle {
    app: Option<AppHandle<App>>,
    /// Where the host's commands go: messages for the root's reducer.
    commands: HostChannel,
    /// The locale the widget was (re)configured with, for the host's `ready` event.
    locale: Locale,
    host: HtmlElement,
    /// The widget's own root inside the shadow root (carries the theme).
    root: Element,
    emit: Option<Callback<HostEvent>>,
    /// The storage prefix this widget holds, released on `destroy()`.
    prefix: Option<String>,
    /// The storage prefix and whether it persists there (a new configuration that changes
    /// either needs a new mount: it changes where the progress lives).
    storage: (String, bool),
}

#[wasm_bindgen]
impl Handle {
    /// Back to the first question with nothing kept.
    pub fn reset(&mut self) {
        self.commands.send(Msg::Reset);
    }

    /// Switch language, keeping the person's place and answers. Unknown values are ignored.
    #[wasm_bindgen(js_name = setLocale)]
    pub fn set_locale(&mut self, locale: &str) {
        if let Some(locale) = resolve_locale(locale) {
            // Known at once, before the root has re-rendered (a `ready` may follow now).
            self.commands.showing(locale);
            self.commands.send(Msg::SetLocale(locale));
        }
    }

    /// The loader passes on every `storage` event of the page (`key` is null when storage
    /// was cleared); one for this widget's key means another tab changed its progress.
    #[wasm_bindgen(js_name = storageChanged)]
    pub fn storage_changed(&mut self, key: Option<String>) {
        let Some(prefix) = &self.prefix else {
            return;
        };
        let mine = refund_guide_model::store::key(prefix, refund_guide_model::store::SCHEMA);
        if key.is_none_or(|k| k == mine) {
            self.commands.send(Msg::Notify(Notice::ChangedInOtherTab));
        }
    }

    /// A second `mount()` on this widget: the new configuration reaches the root as one
    /// message, and the person keeps their place. False when it changes where progress is
    /// stored (`storage.prefix`, `persist`): the loader mounts afresh then.
    pub fn configure(&mut self, options: String) -> bool {
        let Ok(builtin) = GUIDE.with(Clone::clone) else {
            return false;
        };
        // Checked before anything is reported: a new mount reports the settings itself.
        let (config, issues) = parse_config(&options);
        if (storage_prefix(&self.host, &config), config.persist) != self.storage {
            return false;
        }
        report(&issues, self.emit.as_ref());
        apply_theme(&self.root, &config);
        let locale = match config.locale {
            LocaleChoice::Fixed(l) => Some(l),
            LocaleChoice::Auto => resolve_locale("auto"),
            LocaleChoice::Default => None,
        };
        let guide = GuideRef(with_content(builtin, &config, self.emit.as_ref()));
        if let Some(locale) = locale {
            self.locale = locale;
            self.commands.showing(locale);
        }
        self.commands.send(Msg::Configure {
            config: Rc::new(config),
            guide,
            locale,
        });
        true
    }

    /// The locale on show (`zh-CN` or `en`), for the host's `ready` event.
    pub fn locale(&self) -> String {
        self.commands
            .locale()
            .unwrap_or(self.locale)
            .id()
            .to_string()
    }

    /// Unmount; the element is left empty.
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        if let Some(prefix) = self.prefix.take() {
            KEYS_IN_USE.with(|keys| keys.borrow_mut().retain(|k| *k != prefix));
        }
        if let Some(shadow) = self.host.shadow_root() {
            clear(&shadow);
        }
    }
}

/// Mounts a widget into `host`. `options` is the configuration of DESIGN §4.2 as JSON text,
/// merged by the loader from its three layers and read by `config::parse`: an unknown key is
/// passed back as a `warning` (the loader logs it), an invalid value as an `error` event
/// naming its key, and that setting keeps its default while the rest still applies. The
/// storage prefix defaults to `refund-guide`, or `refund-guide.<element id>` when the
/// element has an id.
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    options: String,
    emit: Option<js_sys::Function>,
) -> Result<Handle, JsValue> {
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    clear(&shadow);
    adopt_stylesheet(&shadow)?;
    let document = host.owner_document().ok_or("the element has no document")?;
    let root: Element = document.create_element("div")?;
    shadow.append_child(&root)?;

    let emit = emit.map(host_callback);
    let config = read_config(&options, emit.as_ref());
    let locale = match config.locale {
        LocaleChoice::Fixed(l) => l,
        LocaleChoice::Auto => resolve_locale("auto").unwrap_or(Locale::ZhCn),
        LocaleChoice::Default => Locale::ZhCn,
    };
    let prefix = storage_prefix(&host, &config);
    apply_theme(&root, &config);
    let persist = config.persist && claim(&prefix, emit.as_ref());

    let builtin = match GUIDE.with(Clone::clone) {
        Ok(builtin) => builtin,
        Err(message) => {
            root.set_attribute("role", "alert")?;
            root.set_text_content(Some(&format!(
                "{} {message}",
                crate::i18n::ui(locale).load_failed
            )));
            return Ok(Handle {
                app: None,
                commands: HostChannel::default(),
                locale,
                host,
                root,
                emit,
                prefix: persist.then_some(prefix),
                storage: (String::new(), false),
            });
        }
    };
    let guide = with_content(builtin, &config, emit.as_ref());
    let today = today();
    let (initial, notices, save, load_newer, delete) = if persist {
        let store = Rc::new(BrowserStore::open(&prefix));
        let opened = store.load(&guide.flow, today);
        let save = opened.may_write.then(|| {
            let store = store.clone();
            Callback::from(move |session: Rc<Session>| store.save(&session, &now_rfc3339()).err())
        });
        let flow_of = guide.clone();
        let reader = store.clone();
        let load_newer = Callback::from(move |()| reader.load(&flow_of.flow, today).session);
        let delete = Callback::from(move |()| store.delete());
        (
            opened.session,
            opened.notice.map_or_else(Vec::new, |n| vec![n]),
            save,
            Some(load_newer),
            Some(delete),
        )
    } else {
        (None, Vec::new(), None, None, None)
    };
    // A saved language wins over the configured one (the person chose it); the root does
    // the same, and this keeps the host's `ready` right before the first render.
    let locale = initial.as_ref().and_then(|s| s.locale).unwrap_or(locale);
    let commands = HostChannel::default();
    // What it stores under: a later `mount()` that asks for more (persist again, once the
    // key is free) mounts afresh rather than reconfiguring.
    let storage = (prefix.clone(), persist);
    let props = AppProps {
        guide: GuideRef(guide),
        locale,
        host: commands.clone(),
        today,
        initial,
        notices,
        save,
        load_newer,
        delete,
        emit: emit.clone(),
        config: Rc::new(config),
    };
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    Ok(Handle {
        app: Some(app),
        commands,
        locale,
        host,
        root,
        emit,
        prefix: persist.then_some(prefix),
        storage,
    })
}

/// Every setting through the one checked reader; an unknown key becomes a console warning
/// (through the loader), an invalid value an `error` event and its default.
fn read_config(options: &str, emit: Option<&Callback<HostEvent>>) -> Config {
    let (config, issues) = parse_config(options);
    report(&issues, emit);
    config
}

fn parse_config(options: &str) -> (Config, Vec<Issue>) {
    refund_guide_model::config::read(options)
}

fn report(issues: &[Issue], emit: Option<&Callback<HostEvent>>) {
    if let Some(emit) = emit {
        for issue in issues {
            let mut event =
                refund_guide_model::events::error(issue.code, &issue.key, &issue.message);
            if issue.code == "unknown_key" {
                event.name = "warning";
            }
            emit.emit(event);
        }
    }
}

/// `storage.prefix`, else `refund-guide.<element id>`, else `refund-guide`.
fn storage_prefix(host: &HtmlElement, config: &Config) -> String {
    config
        .storage_prefix
        .clone()
        .unwrap_or_else(|| match host.id() {
            id if id.is_empty() => DEFAULT_PREFIX.to_string(),
            id => format!("{DEFAULT_PREFIX}.{id}"),
        })
}

/// Takes `prefix` for this widget; a second widget on a key in use runs in memory only and
/// says so (two widgets never overwrite each other's progress).
fn claim(prefix: &str, emit: Option<&Callback<HostEvent>>) -> bool {
    let free = KEYS_IN_USE.with(|keys| {
        let mut keys = keys.borrow_mut();
        let free = !keys.iter().any(|k| k == prefix);
        if free {
            keys.push(prefix.to_string());
        }
        free
    });
    if !free {
        if let Some(emit) = emit {
            emit.emit(refund_guide_model::events::error(
                "storage_prefix_in_use",
                "storage.prefix",
                "another widget here saves under this key, so this one keeps its progress in memory only; give each its own id or storage-prefix",
            ));
        }
    }
    free
}

/// The theme as `--rg-*` on the widget's own root, through the CSSOM (allowed under
/// `style-src 'self'`); only when the brand sets any of it, so a host's own `--rg-*` CSS
/// still works otherwise. Text colours are adjusted to keep 4.5:1 (`config::theme`). What
/// an earlier configuration set is cleared first. With `theme: "dark"` the brand is laid
/// over the dark theme (the root's `data-theme`, set by the view, picks its palette).
fn apply_theme(root: &Element, config: &Config) {
    let brand = &config.brand;
    let Ok(root) = root.clone().dyn_into::<HtmlElement>() else {
        return;
    };
    let style = root.style();
    for name in THEME_PROPERTIES {
        let _ = style.remove_property(name);
    }
    let c = &brand.colors;
    let themed = [c.primary, c.on_primary, c.text, c.background, c.danger]
        .iter()
        .any(Option::is_some)
        || brand.radius.is_some()
        || brand.font.is_some();
    if themed {
        let dark = config.theme == refund_guide_model::config::Theme::Dark;
        for (name, value) in refund_guide_model::config::theme_in(brand, dark) {
            let _ = style.set_property(name, &value);
        }
    }
}

/// Every property `config::theme` may set.
const THEME_PROPERTIES: [&str; 8] = [
    "--rg-primary",
    "--rg-on-primary",
    "--rg-text",
    "--rg-background",
    "--rg-link",
    "--rg-danger",
    "--rg-radius",
    "--rg-font",
];

/// The guide this configuration asks for: the host's wording over a fresh copy of the
/// built-in texts, taken only where the content checker would take it
/// (`config::apply_content`; on any problem the built-in texts stay and the host is told
/// what to fix), and its `legalHelpAmount` over the guide's threshold.
fn with_content(
    builtin: Rc<Guide>,
    config: &Config,
    emit: Option<&Callback<HostEvent>>,
) -> Rc<Guide> {
    let guide = match refund_guide_model::config::apply_content(config, &builtin) {
        None => builtin,
        Some(Ok(g)) => Rc::new(g),
        Some(Err(issue)) => {
            report(&[issue], emit);
            builtin
        }
    };
    // `legalHelpAmount`: the plan raises legal help from the host's amount.
    match config.legal_help_amount {
        Some(n) if n != guide.flow.legal_help_threshold => {
            let mut g = Guide::clone(&guide);
            g.flow.legal_help_threshold = n;
            Rc::new(g)
        }
        _ => guide,
    }
}

/// `RefundGuide.check(config)`: what `mount()` would report for these options, found by
/// the code mount runs (the same reader and content checker; nothing is mounted or stored).
/// Each problem reaches `emit` as mount's `error`/`warning` events do. Natively, the same
/// checker is `config::check`.
#[wasm_bindgen]
pub fn check(options: String, emit: js_sys::Function) {
    let emit = host_callback(emit);
    let config = read_config(&options, Some(&emit));
    if let Ok(builtin) = GUIDE.with(Clone::clone) {
        with_content(builtin, &config, Some(&emit));
    }
}

/// The loader's `emit(name, detail)` as the widget's event callback.
fn host_callback(f: js_sys::Function) -> Callback<HostEvent> {
    Callback::from(move |e: HostEvent| {
        // A throwing host listener must not break the widget.
        let _ = f.call2(&JsValue::NULL, &e.name.into(), &e.detail.into());
    })
}

/// Today in the browser's local time zone (the date on the person's own calendar).
fn today() -> Option<Date> {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
}

/// `zh-CN`/`en` as given; `auto` from the browser's language; nothing → zh-CN (the default).
fn resolve_locale(requested: &str) -> Option<Locale> {
    match requested {
        "" => Some(Locale::ZhCn),
        "auto" => {
            let tag = web_sys::window()
                .and_then(|w| w.navigator().language())
                .unwrap_or_default();
            Some(if tag.is_empty() {
                Locale::ZhCn
            } else {
                Locale::for_language_tag(&tag)
            })
        }
        other => Locale::from_id(other),
    }
}

fn clear(shadow: &ShadowRoot) {
    while let Some(child) = shadow.first_child() {
        if shadow.remove_child(&child).is_err() {
            break;
        }
    }
}

/// A constructed stylesheet passes a host CSP of `style-src 'self'` (a `<style>` element
/// would not). Browsers without constructable sheets get a `<style>` element instead.
fn adopt_stylesheet(shadow: &ShadowRoot) -> Result<(), JsValue> {
    match SHEET.with(Clone::clone) {
        Some(sheet) => {
            let sheets = js_sys::Array::of1(&sheet);
            js_sys::Reflect::set(shadow, &"adoptedStyleSheets".into(), &sheets)?;
        }
        None => {
            let document = shadow.owner_document().ok_or("no document")?;
            let style = document.create_element("style")?;
            style.set_text_content(Some(WIDGET_CSS));
            shadow.append_child(style.unchecked_ref())?;
        }
    }
    Ok(())
}
