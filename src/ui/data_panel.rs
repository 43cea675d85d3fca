//! "Your data", below the guide: download the progress as a file, load it from a file (with a
//! preview before anything is replaced), the "save my progress on this device" switch, and
//! "delete my data" with a confirmation. The storage notices point here, and it opens by
//! itself when one of them is shown.

use web_sys::{File, HtmlElement, HtmlInputElement};
use yew::prelude::*;

use super::{Msg, State};
use crate::i18n::ui;
use refund_guide_model::store::{data_url, export, ImportError, Notice};

pub struct DataPanelProps<'a> {
    pub state: &'a State,
    pub on_msg: &'a Callback<Msg>,
    /// Whether this widget has storage of its own (the switch and "delete" need it).
    pub can_store: bool,
    /// "Delete" confirmed.
    pub on_delete: Callback<MouseEvent>,
    pub on_saving: Callback<bool>,
    /// A file chosen for import.
    pub on_file: Callback<File>,
}

pub fn data_panel(p: DataPanelProps<'_>) -> Html {
    let state = p.state;
    let w = &ui(state.locale).data;
    let today = state.today.map(|d| d.to_string()).unwrap_or_default();
    let session = state.session.clone();
    // The link gets its `data:` URL when clicked, so the file holds the progress of that
    // moment (and rendering never encodes it).
    let on_export = Callback::from(move |e: MouseEvent| {
        // `target`, not `current_target`: Yew listens at the widget's root.
        if let Some(a) = e.target_dyn_into::<HtmlElement>() {
            let now = String::from(js_sys::Date::new_0().to_iso_string());
            let _ = a.set_attribute("href", &data_url(&export(&session, &now)));
        }
    });
    let on_saving = p.on_saving.reform(|e: Event| {
        e.target_dyn_into::<HtmlInputElement>()
            .is_some_and(|i| i.checked())
    });
    let on_file = p.on_file.clone();
    let on_change_file = Callback::from(move |e: Event| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                on_file.emit(file);
            }
            input.set_value("");
        }
    });
    let cancel = super::click(p.on_msg, Msg::Cancel);
    let pending = if state.confirm_delete {
        html! {
            <div class="rg-notice" role="alert">
                <p>{ w.delete_confirm }</p>
                <div class="rg-actions">
                    <button type="button" class="rg-button" data-action="confirm" onclick={p.on_delete}>{ w.confirm }</button>
                    <button type="button" class="rg-button rg-button--secondary" data-action="cancel" onclick={cancel}>{ w.cancel }</button>
                </div>
            </div>
        }
    } else {
        match &state.import {
            Some(Ok(preview)) => html! {
                <div class="rg-notice" role="status">
                    <p>{ (w.import_preview)(preview.answers, preview.facts, preview.saved_at.get(..10).unwrap_or("?")) }</p>
                    <div class="rg-actions">
                        <button type="button" class="rg-button" data-action="confirm" onclick={super::click(p.on_msg, Msg::ConfirmImport)}>{ w.confirm }</button>
                        <button type="button" class="rg-button rg-button--secondary" data-action="cancel" onclick={cancel}>{ w.cancel }</button>
                    </div>
                </div>
            },
            Some(Err(e)) => {
                let id = match e {
                    ImportError::NotAnExport => "not_an_export",
                    ImportError::Newer => "newer",
                    ImportError::Unreadable => "unreadable",
                };
                html! { <p class="rg-error-message" role="alert" data-import-error={id}>{ (w.import_error)(*e) }</p> }
            }
            None => Html::default(),
        }
    };
    let open = state
        .notices
        .iter()
        .any(|n| matches!(n, Notice::StorageUnavailable | Notice::StorageFull));
    let on_ask = super::click(p.on_msg, Msg::AskDelete);
    html! {
        <details class="rg-data" {open}>
            <summary class="rg-data__title">{ w.title }</summary>
            <ul class="rg-data__list">
                if p.can_store {
                    <li class="rg-choice">
                        <input class="rg-choice__input" type="checkbox" id="rg-save-here" data-action="save_here" checked={state.saving} onchange={on_saving} />
                        <label class="rg-choice__label" for="rg-save-here">{ w.save_here }</label>
                    </li>
                }
                <li><a class="rg-link" href="#" data-action="export" download={format!("refund-guide-{today}.json")} onclick={on_export}>{ w.export }</a></li>
                <li>
                    <label class="rg-label" for="rg-import">{ w.import }</label>
                    <input class="rg-file" type="file" id="rg-import" accept=".json,application/json" data-action="import" onchange={on_change_file} />
                </li>
                if p.can_store {
                    <li><button type="button" class="rg-link" data-action="delete_data" onclick={on_ask}>{ w.delete }</button></li>
                }
            </ul>
            { pending }
        </details>
    }
}
