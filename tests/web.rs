//! Browser tests (wasm-bindgen-test in headless Chromium): the widget mounted the way a host
//! page mounts it, into an open shadow root, driven through its DOM hooks.
#![cfg(target_arch = "wasm32")]

use refund_guide::mount::mount;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

fn host() -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let el: HtmlElement = document.create_element("div").unwrap().dyn_into().unwrap();
    document.body().unwrap().append_child(&el).unwrap();
    el
}

fn shadow(host: &HtmlElement) -> ShadowRoot {
    host.shadow_root().expect("an open shadow root")
}

fn find(root: &ShadowRoot, selector: &str) -> Option<Element> {
    root.query_selector(selector).unwrap()
}

fn click(root: &ShadowRoot, selector: &str) {
    find(root, selector)
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
}

async fn settle() {
    yew::scheduler::flush().await;
}

/// Mount options; every widget here gets its own storage prefix, so no test resumes another
/// test's saved progress (they share one page and one localStorage).
/// The configuration as the loader passes it (JSON text), each widget on its own key.
fn options(locale: &str) -> String {
    thread_local!(static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    let n = NEXT.with(|c| c.replace(c.get() + 1));
    format!(r#"{{"locale":"{locale}","storage":{{"prefix":"rg-web-test-{n}"}}}}"#)
}

#[wasm_bindgen_test]
async fn renders_the_first_question_inside_a_shadow_root_with_adopted_styles() {
    let host = host();
    let _handle = mount(host.clone(), options("en"), None).unwrap();
    settle().await;
    let root = shadow(&host);
    assert!(find(&root, "[data-step=\"money_kind\"]").is_some());
    assert!(
        host.query_selector("[data-step]").unwrap().is_none(),
        "nothing rendered in the light DOM"
    );
    let sheets = js_sys::Reflect::get(&root, &"adoptedStyleSheets".into()).unwrap();
    assert_eq!(
        js_sys::Array::from(&sheets).length(),
        1,
        "the widget CSS is a constructed sheet"
    );
    assert!(
        find(&root, "style").is_none(),
        "no <style> element (strict CSP)"
    );
}

#[wasm_bindgen_test]
async fn choosing_and_continuing_advances_and_back_returns_with_focus_on_the_heading() {
    let host = host();
    let _handle = mount(host.clone(), options("en"), None).unwrap();
    settle().await;
    let root = shadow(&host);
    click(&root, "[data-choice=\"merchant_refund\"]");
    settle().await;
    click(&root, "[data-action=\"next\"]");
    settle().await;
    assert!(
        find(&root, "[data-step=\"merchant_response\"]").is_some(),
        "the merchant branch"
    );
    let focused = root.active_element().expect("focus moved into the widget");
    assert_eq!(
        focused.get_attribute("data-heading").as_deref(),
        Some(""),
        "focus is on the heading"
    );
    click(&root, "[data-action=\"back\"]");
    settle().await;
    assert!(find(&root, "[data-step=\"money_kind\"]").is_some());
    let radio: web_sys::HtmlInputElement = find(&root, "[data-choice=\"merchant_refund\"]")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(radio.checked(), "the answer is still selected after back");
}

#[wasm_bindgen_test]
async fn continue_without_an_answer_shows_and_focuses_the_error_summary() {
    let host = host();
    let _handle = mount(host.clone(), options("zh-CN"), None).unwrap();
    settle().await;
    let root = shadow(&host);
    click(&root, "[data-action=\"next\"]");
    settle().await;
    let summary = find(&root, ".rg-error-summary").expect("error summary");
    assert_eq!(summary.get_attribute("role").as_deref(), Some("alert"));
    assert!(root
        .active_element()
        .is_some_and(|e| e.class_name().contains("rg-error-summary")));
    assert!(
        find(&root, "[data-step=\"money_kind\"]").is_some(),
        "still on the question"
    );
}

fn lang(root: &ShadowRoot) -> Option<String> {
    find(root, ".rg").unwrap().get_attribute("lang")
}

/// Regression: the host's `setLocale` did nothing when it named the locale the widget was
/// mounted with, after the person had switched language with the widget's own switch (the
/// command was a prop that had not changed).
#[wasm_bindgen_test]
async fn set_locale_from_the_host_works_after_the_person_switched_language() {
    let host = host();
    let mut handle = mount(host.clone(), options("en"), None).unwrap();
    settle().await;
    let root = shadow(&host);
    click(&root, "[data-locale=\"zh-CN\"]");
    settle().await;
    assert_eq!(lang(&root).as_deref(), Some("zh-CN"));
    handle.set_locale("en");
    settle().await;
    assert_eq!(
        lang(&root).as_deref(),
        Some("en"),
        "the host's command wins"
    );
    handle.set_locale("zh-CN");
    settle().await;
    assert_eq!(lang(&root).as_deref(), Some("zh-CN"));
    handle.set_locale("fr");
    settle().await;
    assert_eq!(
        lang(&root).as_deref(),
        Some("zh-CN"),
        "an unknown locale is ignored"
    );
}

#[wasm_bindgen_test]
async fn reset_from_the_host_goes_back_to_the_first_question() {
    let host = host();
    let mut handle = mount(host.clone(), options("en"), None).unwrap();
    settle().await;
    let root = shadow(&host);
    click(&root, "[data-choice=\"bank_withdrawal\"]");
    settle().await;
    click(&root, "[data-action=\"next\"]");
    settle().await;
    assert!(find(&root, "[data-step=\"scam_contact\"]").is_some());
    handle.reset();
    settle().await;
    assert!(find(&root, "[data-step=\"money_kind\"]").is_some());
}

#[wasm_bindgen_test]
async fn the_language_switch_keeps_place_and_answers() {
    let host = host();
    let _handle = mount(host.clone(), options("zh-CN"), None).unwrap();
    settle().await;
    let root = shadow(&host);
    click(&root, "[data-choice=\"bank_withdrawal\"]");
    settle().await;
    click(&root, "[data-action=\"next\"]");
    settle().await;
    click(&root, "[data-locale=\"en\"]");
    settle().await;
    assert!(
        find(&root, "[data-step=\"scam_contact\"]").is_some(),
        "same step"
    );
    assert_eq!(
        find(&root, ".rg").unwrap().get_attribute("lang").as_deref(),
        Some("en")
    );
    click(&root, "[data-action=\"back\"]");
    settle().await;
    let radio: web_sys::HtmlInputElement = find(&root, "[data-choice=\"bank_withdrawal\"]")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert!(radio.checked());
}

#[wasm_bindgen_test]
async fn destroy_then_mount_reuses_the_shadow_root_and_two_widgets_are_independent() {
    let a = host();
    let b = host();
    let mut first = mount(a.clone(), options("en"), None).unwrap();
    let _second = mount(b.clone(), options("en"), None).unwrap();
    settle().await;
    click(&shadow(&a), "[data-choice=\"other_money\"]");
    settle().await;
    click(&shadow(&a), "[data-action=\"next\"]");
    settle().await;
    assert!(find(&shadow(&a), "[data-step=\"scam_contact\"]").is_some());
    assert!(
        find(&shadow(&b), "[data-step=\"money_kind\"]").is_some(),
        "the other widget did not move"
    );
    first.destroy();
    settle().await;
    assert!(find(&shadow(&a), "[data-step]").is_none());
    let _again = mount(a.clone(), options("en"), None).unwrap();
    settle().await;
    assert!(find(&shadow(&a), "[data-step=\"money_kind\"]").is_some());
}

/// Waits for `done` through real turns of the event loop (a clipboard or file Promise settles
/// outside Yew's scheduler), up to a bound; true once it holds.
async fn until(mut done: impl FnMut() -> bool) -> bool {
    for _ in 0..200 {
        settle().await;
        if done() {
            return true;
        }
        let tick = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
        });
        wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
    }
    false
}

fn checked(root: &ShadowRoot, selector: &str) -> bool {
    find(root, selector)
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap()
        .checked()
}

/// "Delete my data" asks first, and the question is the data panel's own state: it stays
/// while the guide moves on (the root renders a new session), cancel changes nothing, and
/// only the confirmed delete reaches the root.
#[wasm_bindgen_test]
async fn the_delete_confirmation_lives_in_the_data_panel() {
    let host = host();
    let _handle = mount(host.clone(), options("en"), None).unwrap();
    settle().await;
    let root = shadow(&host);
    let asking = |root: &ShadowRoot| find(root, ".rg-data [role=\"alert\"]").is_some();
    click(&root, ".rg-data__title");
    click(&root, "[data-action=\"delete_data\"]");
    settle().await;
    assert!(asking(&root), "the confirmation shows in the panel");
    click(&root, "[data-choice=\"bank_withdrawal\"]");
    settle().await;
    click(&root, "[data-action=\"next\"]");
    settle().await;
    assert!(find(&root, "[data-step=\"scam_contact\"]").is_some());
    assert!(asking(&root), "still asked after the guide moved on");
    click(&root, ".rg-data [data-action=\"cancel\"]");
    settle().await;
    assert!(!asking(&root));
    assert!(
        find(&root, "[data-step=\"scam_contact\"]").is_some(),
        "cancel keeps everything"
    );
    assert!(checked(&root, "[data-action=\"save_here\"]"));
    click(&root, "[data-action=\"delete_data\"]");
    settle().await;
    click(&root, ".rg-data [data-action=\"confirm\"]");
    settle().await;
    assert!(!asking(&root), "the question goes with the answer");
    assert!(find(&root, "[data-step=\"money_kind\"]").is_some());
    assert!(
        !checked(&root, "[data-action=\"save_here\"]"),
        "saving is off"
    );
}

/// A file chosen for import shows its preview (the panel's own state) and replaces nothing
/// until confirmed; a refused file says why.
#[wasm_bindgen_test]
async fn an_import_preview_lives_in_the_data_panel_until_confirmed() {
    let host = host();
    host.set_id("rg-web-import");
    let _handle = mount(host.clone(), options("en"), None).unwrap();
    settle().await;
    let root = shadow(&host);
    let choose = |body: &str| {
        storage::run(&format!(
            "const input = document.getElementById('rg-web-import').shadowRoot.querySelector('[data-action=\"import\"]');\
             const files = new DataTransfer();\
             files.items.add(new File([{body:?}], 'progress.json', {{ type: 'application/json' }}));\
             input.files = files.files;\
             input.dispatchEvent(new Event('change', {{ bubbles: true }}));"
        ))
    };
    let export = r#"{"app":"refund-guide","schema":1,"saved_at":"2026-11-20T08:00:00.000Z","data":{"trail":["money_kind","scam_contact"],"answers":{"money_kind":{"one":"bank_withdrawal"}}}}"#;
    choose(export);
    assert!(
        until(|| find(&root, ".rg-data [role=\"status\"]").is_some()).await,
        "the preview shows"
    );
    assert!(
        find(&root, "[data-step=\"money_kind\"]").is_some(),
        "nothing replaced before confirming"
    );
    click(&root, ".rg-data [data-action=\"confirm\"]");
    settle().await;
    assert!(find(&root, "[data-step=\"scam_contact\"]").is_some());
    assert!(find(&root, ".rg-data [role=\"status\"]").is_none());
    choose(r#"{"hello":1}"#);
    assert!(until(|| find(&root, "[data-import-error=\"not_an_export\"]").is_some()).await);
    assert!(
        find(&root, "[data-step=\"scam_contact\"]").is_some(),
        "a refused file changes nothing"
    );
}

/// The "copied" confirmation is the texts page's own state: it names the text copied (or
/// says the browser refused) and is gone once the person leaves the page.
#[wasm_bindgen_test]
async fn the_copied_confirmation_lives_in_the_texts_page() {
    let prefix = "rg-web-letters";
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .set_item(
            &format!("{prefix}:v1"),
            r#"{"schema":1,"saved_at":"2026-11-20T08:00:00.000Z","data":{"trail":["money_kind","contact_log","letters"],"answers":{}}}"#,
        )
        .unwrap();
    let host = host();
    let _handle = mount(
        host.clone(),
        format!(r#"{{"locale":"en","storage":{{"prefix":"{prefix}"}}}}"#),
        None,
    )
    .unwrap();
    settle().await;
    let root = shadow(&host);
    assert!(find(&root, "[data-step=\"letters\"]").is_some());
    let status = |root: &ShadowRoot, id: &str| {
        find(root, &format!("[data-text=\"{id}\"] [role=\"status\"]"))
            .and_then(|s| s.text_content())
            .unwrap_or_default()
    };
    click(&root, "[data-text=\"regulator\"] [data-action=\"copy\"]");
    assert!(
        until(|| !status(&root, "regulator").is_empty()).await,
        "copied, or the browser refused"
    );
    assert!([
        "Copied",
        "Could not copy; select the text and copy it yourself"
    ]
    .contains(&status(&root, "regulator").as_str()));
    assert_eq!(
        status(&root, "customer_service"),
        "",
        "only the text copied"
    );
    click(&root, "[data-action=\"back\"]");
    settle().await;
    assert!(find(&root, "[data-step=\"contact_log\"]").is_some());
    click(&root, "[data-step] [data-action=\"next\"]");
    settle().await;
    assert!(find(&root, "[data-step=\"letters\"]").is_some());
    assert_eq!(
        status(&root, "regulator"),
        "",
        "gone after leaving the page"
    );
}

// The localStorage adapter, with storage made to fail the ways browsers fail.
mod storage {
    use super::*;
    use refund_guide::storage::BrowserStore;
    use refund_guide_model::store::Notice;
    use refund_guide_model::{Action, Date, Guide, Session};
    use serde_json::json;

    fn guide() -> Guide {
        refund_guide::builtin::guide().expect("the built-in content loads")
    }

    pub fn run(js: &str) {
        js_sys::Function::new_no_args(js)
            .call0(&wasm_bindgen::JsValue::NULL)
            .unwrap();
    }

    /// Replaces `window.localStorage` with `getter` for the duration of `f`.
    fn with_local_storage<T>(getter: &str, f: impl FnOnce() -> T) -> T {
        run(&format!(
            "window.__rgSaved = Object.getOwnPropertyDescriptor(window, 'localStorage');\
             Object.defineProperty(window, 'localStorage', {{ configurable: true, get: {getter} }});"
        ));
        let out = f();
        run("Object.defineProperty(window, 'localStorage', window.__rgSaved);");
        out
    }

    fn answered(guide: &Guide) -> Session {
        Session::new(&guide.flow).apply(&guide.flow, Action::Choose("merchant_refund".into()))
    }

    #[wasm_bindgen_test]
    fn a_saved_session_loads_back_with_the_resume_notice() {
        let guide = guide();
        let store = BrowserStore::open("rg-web-store-roundtrip");
        let session = answered(&guide);
        store.save(&session, "2026-11-20T08:00:00.000Z").unwrap();
        let opened = store.load(&guide.flow, Date::parse_iso("2026-11-22"));
        assert_eq!(opened.session, Some(session));
        assert_eq!(
            opened.notice,
            Some(Notice::Resume {
                days: 2,
                dropped: vec![]
            })
        );
        assert!(opened.may_write);
    }

    #[wasm_bindgen_test]
    fn a_throwing_getter_means_no_storage_and_no_panic() {
        let guide = guide();
        let (opened, saved) = with_local_storage(
            "() => { throw new DOMException('blocked', 'SecurityError'); }",
            || {
                let store = BrowserStore::open("rg-web-store-throws");
                (store.load(&guide.flow, None), store.write(&json!({})))
            },
        );
        assert_eq!(opened.notice, Some(Notice::StorageUnavailable));
        assert!(!opened.may_write);
        assert_eq!(saved, Err(Notice::StorageUnavailable));
    }

    #[wasm_bindgen_test]
    fn a_null_local_storage_means_no_storage() {
        let guide = guide();
        let opened = with_local_storage("() => null", || {
            BrowserStore::open("rg-web-store-null").load(&guide.flow, None)
        });
        assert_eq!(opened.notice, Some(Notice::StorageUnavailable));
        assert_eq!(opened.session, None);
    }

    #[wasm_bindgen_test]
    fn a_full_storage_is_reported_as_storage_full() {
        let store = BrowserStore::open("rg-web-store-full");
        run("window.__rgSetItem = Storage.prototype.setItem;\
             Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };");
        let saved = store.write(&json!({}));
        run("Storage.prototype.setItem = window.__rgSetItem;");
        assert_eq!(saved, Err(Notice::StorageFull));
    }

    #[wasm_bindgen_test]
    fn an_unreadable_value_is_moved_aside_before_anything_overwrites_it() {
        let guide = guide();
        let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
        storage.set_item("rg-web-store-bad:v1", "{oops").unwrap();
        let opened = BrowserStore::open("rg-web-store-bad").load(&guide.flow, None);
        assert_eq!(
            opened.notice,
            Some(Notice::SavedDataUnreadable {
                raw: "{oops".into()
            })
        );
        assert!(opened.may_write, "moved aside, so writing is safe");
        let aside: Vec<String> = (0..storage.length().unwrap())
            .filter_map(|i| storage.key(i).unwrap())
            .filter(|k| k.starts_with("rg-web-store-bad:corrupt:"))
            .collect();
        assert_eq!(aside.len(), 1);
        assert_eq!(
            storage.get_item(&aside[0]).unwrap().as_deref(),
            Some("{oops")
        );
    }

    #[wasm_bindgen_test]
    fn a_store_never_overwrites_what_another_tab_saved_since_it_last_looked() {
        let guide = guide();
        let (mine, theirs) = (
            BrowserStore::open("rg-web-store-tabs"),
            BrowserStore::open("rg-web-store-tabs"),
        );
        mine.load(&guide.flow, None);
        theirs.load(&guide.flow, None);
        theirs.write(&json!({"theirs": 1})).unwrap();
        assert_eq!(mine.write(&json!({})), Err(Notice::ChangedInOtherTab));
        let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
        assert_eq!(
            storage.get_item("rg-web-store-tabs:v1").unwrap().as_deref(),
            Some("{\"theirs\":1}")
        );
        // After reading again, saving goes on.
        mine.load(&guide.flow, None);
        assert_eq!(mine.write(&json!({})), Ok(()));
    }
}
