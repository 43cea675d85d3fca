//! "Your data", below the guide: download the progress as a file, load it from a file (with a
//! preview before anything is replaced), the "save my progress on this device" switch, and
//! "delete my data" with a confirmation. The storage notices point here, and it opens by
//! itself when one of them is shown. What waits for confirmation (a delete, or a file's
//! preview) is this panel's own state; only the confirmed result reaches the root.

use std::rc::Rc;

use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

use super::{GuideRef, Msg};
use crate::i18n::ui;
use refund_guide_model::store::{
    data_url, export, import, import_size_ok, ImportError, ImportPreview,
};
use refund_guide_model::{Date, Locale, Session};

#[derive(Properties, PartialEq)]
pub struct DataPanelProps {
    /// A file is read against this content's questions.
    pub guide: GuideRef,
    pub locale: Locale,
    /// What a download holds.
    pub session: Rc<Session>,
    /// The download's file name.
    #[prop_or_default]
    pub today: Option<Date>,
    /// The "save my progress on this device" switch.
    pub saving: bool,
    /// Whether this widget has storage of its own (the switch and "delete" need it).
    pub can_store: bool,
    /// Storage is off or full: the panel opens by itself.
    pub open: bool,
    /// What the panel asks for: `SetSaving` (the switch), `Deleted` ("delete my data",
    /// confirmed; the root deletes before the reducer hears of it) and `Import` (a file's
    /// progress, confirmed after its preview). One callback, as for the notices.
    pub on_msg: Callback<Msg>,
}

/// What waits for the person's confirmation (at most one thing at a time).
enum Pending {
    Delete,
    /// A file chosen for import: its preview, or why it cannot be used.
    Import(Box<Result<ImportPreview, ImportError>>),
}

#[component]
pub fn DataPanel(props: &DataPanelProps) -> Html {
    let pending = use_state(|| None::<Pending>);
    let w = &ui(props.locale).data;
    let today = props.today.map(|d| d.to_string()).unwrap_or_default();
    // The link gets its `data:` URL when clicked, so the file holds the progress of that
    // moment (and rendering never encodes it).
    let on_export = {
        let session = props.session.clone();
        Callback::from(move |e: MouseEvent| {
            // `target`, not `current_target`: Yew listens at the widget's root.
            if let Some(a) = e.target_dyn_into::<HtmlElement>() {
                let now = String::from(js_sys::Date::new_0().to_iso_string());
                let _ = a.set_attribute("href", &data_url(&export(&session, &now)));
            }
        })
    };
    let on_saving = props.on_msg.reform(|e: Event| {
        Msg::SetSaving(
            e.target_dyn_into::<HtmlInputElement>()
                .is_some_and(|i| i.checked()),
        )
    });
    let on_change_file = {
        let (pending, guide) = (pending.clone(), props.guide.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                // Over the bound, refused before a byte is read (DESIGN §8).
                if let Err(e) = import_size_ok(file.size() as u64) {
                    pending.set(Some(Pending::Import(Box::new(Err(e)))));
                    input.set_value("");
                    return;
                }
                let (pending, guide) = (pending.clone(), guide.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let text = wasm_bindgen_futures::JsFuture::from(file.text())
                        .await
                        .ok()
                        .and_then(|v| v.as_string())
                        .unwrap_or_default();
                    let read = import(&text, &guide.0.flow);
                    pending.set(Some(Pending::Import(Box::new(read))));
                });
            }
            input.set_value("");
        })
    };
    let cancel = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };
    // Confirms what waits: one callback for both (each costs the wasm bytes).
    let on_confirm = {
        let (pending, on_msg) = (pending.clone(), props.on_msg.clone());
        Callback::from(move |_: MouseEvent| {
            match pending.as_ref() {
                Some(Pending::Delete) => on_msg.emit(Msg::Deleted),
                Some(Pending::Import(read)) => {
                    if let Ok(preview) = read.as_ref() {
                        on_msg.emit(Msg::Import(preview.session.clone()));
                    }
                }
                None => {}
            }
            pending.set(None);
        })
    };
    let shown = match pending.as_ref() {
        None => Html::default(),
        Some(Pending::Delete) => {
            html! {
                <div class="rg-notice" role="alert">
                    <p>{ w.delete_confirm }</p>
                    <div class="rg-actions">
                        <button type="button" class="rg-button" data-action="confirm" onclick={on_confirm}>{ w.confirm }</button>
                        <button type="button" class="rg-button rg-button--secondary" data-action="cancel" onclick={cancel}>{ w.cancel }</button>
                    </div>
                </div>
            }
        }
        Some(Pending::Import(read)) => match read.as_ref() {
            Ok(preview) => {
                html! {
                    <div class="rg-notice" role="status">
                        <p>{ (w.import_preview)(preview.answers, preview.facts, &saved_on(props.locale, &preview.saved_at)) }</p>
                        <div class="rg-actions">
                            <button type="button" class="rg-button" data-action="confirm" onclick={on_confirm}>{ w.confirm }</button>
                            <button type="button" class="rg-button rg-button--secondary" data-action="cancel" onclick={cancel}>{ w.cancel }</button>
                        </div>
                    </div>
                }
            }
            Err(e) => {
                let id = match e {
                    ImportError::NotAnExport => "not_an_export",
                    ImportError::Newer => "newer",
                    ImportError::Unreadable => "unreadable",
                    ImportError::TooLarge => "too_large",
                };
                html! { <p class="rg-error-message" role="alert" data-import-error={id}>{ (w.import_error)(*e) }</p> }
            }
        },
    };
    let on_ask = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(Some(Pending::Delete)))
    };
    html! {
        <details class="rg-data" open={props.open}>
            <summary class="rg-data__title">{ w.title }</summary>
            <ul class="rg-data__list">
                if props.can_store {
                    <li class="rg-choice">
                        <input class="rg-choice__input" type="checkbox" id="rg-save-here" data-action="save_here" checked={props.saving} onchange={on_saving} />
                        <label class="rg-choice__label" for="rg-save-here">{ w.save_here }</label>
                    </li>
                }
                <li><a class="rg-link" href="#" data-action="export" download={format!("refund-guide-{today}.json")} onclick={on_export}>{ w.export }</a></li>
                <li>
                    <label class="rg-label" for="rg-import">{ w.import }</label>
                    <input class="rg-file" type="file" id="rg-import" accept=".json,application/json" data-action="import" onchange={on_change_file} />
                </li>
                if props.can_store {
                    <li><button type="button" class="rg-link" data-action="delete_data" onclick={on_ask}>{ w.delete }</button></li>
                }
            </ul>
            { shown }
        </details>
    }
}

/// The day a file was saved, written as the rest of the widget writes dates in `locale`
/// ("2026年11月20日", "20 Nov 2026"); the file's own text when it is not a date.
fn saved_on(locale: Locale, saved_at: &str) -> String {
    crate::i18n::date_text(locale, saved_at.get(..10).unwrap_or(saved_at))
}
