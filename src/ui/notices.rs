//! Notices above the step: the resume banner (continue or start over), "has the money
//! arrived?" when coming back after it was due, and calm messages about storage. Each
//! carries `[data-notice="<id>"]`; `role="status"` announces it without stealing focus.

use std::rc::Rc;

use yew::prelude::*;

use super::{GuideRef, Msg};
use crate::i18n::{notice_text, ui};
use refund_guide_model::store::{data_url, Notice};
use refund_guide_model::Locale;

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    /// For the titles of the questions to answer again after an update.
    pub guide: GuideRef,
    pub locale: Locale,
    pub notices: Rc<Vec<Notice>>,
    /// What the buttons ask for: `DismissResume` and `StartOver` (the resume banner),
    /// `Arrived` (coming back after the due date), `LoadNewer` (another tab saved newer
    /// progress). One callback, not one per button: each costs the wasm about as much as a
    /// small view (DESIGN §5's budget).
    pub on_msg: Callback<Msg>,
}

#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    let locale = props.locale;
    let t = ui(locale);
    let items = props.notices.iter().map(|n| {
        let text = notice_text(locale, n);
        let actions = match n {
            Notice::ChangedInOtherTab => html! {
                <div class="rg-actions">
                    <button type="button" class="rg-button" data-action="load_newer" onclick={super::click(&props.on_msg, Msg::LoadNewer)}>{ t.load_newer }</button>
                </div>
            },
            Notice::FollowUp { .. } => html! {
                <div class="rg-actions">
                    <button type="button" class="rg-button" data-action="arrived" onclick={super::click(&props.on_msg, Msg::Arrived(true))}>{ t.arrived.yes }</button>
                    <button type="button" class="rg-button rg-button--secondary" data-action="not_arrived" onclick={super::click(&props.on_msg, Msg::Arrived(false))}>{ t.arrived.not_yet }</button>
                </div>
            },
            Notice::SavedDataUnreadable { raw } => html! {
                <p><a class="rg-link" data-action="download_backup" download="refund-guide-backup.json" href={data_url(raw)}>{ t.download_backup }</a></p>
            },
            Notice::Resume { dropped, .. } => {
                let texts = props.guide.0.texts(locale);
                let ids = dropped.join(" ");
                let titles: Vec<&str> = dropped.iter().map(|id| texts.node(id).title.as_str()).collect();
                let again = titles.join(t.list_separator);
                html! {
                    <>
                    if !again.is_empty() {
                        <p data-answer-again={ids}>{ t.answer_again }{ again }</p>
                    }
                    <div class="rg-actions">
                        <button type="button" class="rg-button" data-action="resume" onclick={super::click(&props.on_msg, Msg::DismissResume)}>{ t.next }</button>
                        <button type="button" class="rg-button rg-button--secondary" data-action="start_over" onclick={super::click(&props.on_msg, Msg::StartOver)}>{ t.restart }</button>
                    </div>
                    </>
                }
            }
            _ => Html::default(),
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
