//! Notices above the step: the resume banner (continue or start over) and calm messages
//! about storage. Each carries `[data-notice="<id>"]`; `role="status"` announces it without
//! stealing focus.

use yew::prelude::*;

use super::{Msg, State};
use crate::i18n::{notice_text, ui};
use refund_guide_model::store::{data_url, Notice};

pub fn notices(state: &State, on_msg: &Callback<Msg>, on_load_newer: Callback<MouseEvent>) -> Html {
    let t = ui(state.locale);
    let items = state.notices.iter().map(|n| {
        let text = notice_text(state.locale, n);
        let actions = if *n == Notice::ChangedInOtherTab {
            html! {
                <div class="rg-actions">
                    <button type="button" class="rg-button" data-action="load_newer" onclick={on_load_newer.clone()}>{ t.load_newer }</button>
                </div>
            }
        } else if let Notice::FollowUp { .. } = n {
            html! {
                <div class="rg-actions">
                    <button type="button" class="rg-button" data-action="arrived" onclick={super::click(on_msg, Msg::Arrived(true))}>{ t.arrived.yes }</button>
                    <button type="button" class="rg-button rg-button--secondary" data-action="not_arrived" onclick={super::click(on_msg, Msg::Arrived(false))}>{ t.arrived.not_yet }</button>
                </div>
            }
        } else if let Notice::SavedDataUnreadable { raw } = n {
            html! {
                <p><a class="rg-link" data-action="download_backup" download="refund-guide-backup.json" href={data_url(raw)}>{ t.download_backup }</a></p>
            }
        } else if let Notice::Resume { dropped, .. } = n {
            let texts = state.guide.0.texts(state.locale);
            let ids = dropped.join(" ");
            let titles: Vec<&str> = dropped.iter().map(|id| texts.node(id).title.as_str()).collect();
            let again = titles.join(t.list_separator);
            let resume = super::click(on_msg, Msg::DismissResume);
            let start_over = super::click(on_msg, Msg::StartOver);
            html! {
                <>
                if !again.is_empty() {
                    <p data-answer-again={ids}>{ t.answer_again }{ again }</p>
                }
                <div class="rg-actions">
                    <button type="button" class="rg-button" data-action="resume" onclick={resume}>{ t.next }</button>
                    <button type="button" class="rg-button rg-button--secondary" data-action="start_over" onclick={start_over}>{ t.restart }</button>
                </div>
                </>
            }
        } else {
            Html::default()
        };
        html! {
            <div class="rg-notice" data-notice={n.id()} role="status">
                <p>{ text }</p>
                { actions }
            </div>
        }
    });
    html! { <>{ for items }</> }
}
