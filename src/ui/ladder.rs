//! The escalation ladder under "file a complaint": each complaint channel with what to prepare,
//! the public contacts that fit the case, and where the person stands on it (they set it);
//! then the integrator's own channels, and the date the public contacts were checked.

use std::rc::Rc;

use litemap::LiteMap;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::GuideRef;
use crate::builtin::{public_contact_lines, public_contacts_note};
use crate::i18n::ui;
use refund_guide_model::config::Config;
use refund_guide_model::ids::{Channel, Status};
use refund_guide_model::{Action, Locale};

#[derive(Properties, PartialEq)]
pub struct LadderProps {
    pub guide: GuideRef,
    pub locale: Locale,
    /// Who is involved in the case (a `contacts::mask` of parties): decides which public
    /// contacts show under their channel.
    pub parties: u8,
    /// The money went to or came from a card: the card issuer's dispute process shows.
    pub card_route: bool,
    /// The statuses the person set.
    pub statuses: LiteMap<Channel, Status>,
    /// Whether social media is hidden, and the integrator's extra channels.
    pub config: Rc<Config>,
    /// Sets a channel's status.
    pub on_action: Callback<Action>,
}

#[component]
pub fn Ladder(props: &LadderProps) -> Html {
    let locale = props.locale;
    let texts = props.guide.0.texts(locale);
    let t = ui(locale);
    let config = &props.config;
    // Neutrality (DESIGN §7): the integrator may hide social media only, and add channels
    // after the built-in ones.
    let channels = Channel::ALL
        .iter()
        .filter(|&&c| c != Channel::CardIssuer || props.card_route)
        .filter(|&&c| c != Channel::SocialMedia || !config.hide_social_media)
        .filter_map(|&c| texts.channel(c).map(|item| (c, item)))
        .map(|(c, item)| {
            let status = props.statuses.get(&c).copied().unwrap_or(Status::NotStarted);
            let select_id = format!("rg-status-{}", c.id());
            let onchange = props.on_action.reform(move |e: Event| {
                let picked = e
                    .target_dyn_into::<HtmlSelectElement>()
                    .and_then(|select| Status::from_id(&select.value()));
                Action::SetStatus(c, picked.unwrap_or(Status::NotStarted))
            });
            let public: Vec<_> = public_contact_lines(c, props.parties, locale).collect();
            let options = Status::ALL.iter().map(|&st| html! {
                <option value={st.id()} selected={st == status}>{ (t.ladder.status_name)(st) }</option>
            });
            html! {
                <li class="rg-channel" data-channel={c.id()} data-status={status.id()} key={c.id()}>
                    <strong>{ item.title.clone() }</strong>{ t.colon }{ item.body.clone() }
                    <p class="rg-hint">{ (t.ladder.prepare)(c) }</p>
                    if !public.is_empty() {
                        { super::contact_lines(&public) }
                    }
                    // Named by its channel ("Status: Financial regulator", the visible label
                    // first): five selects all called "Status" cannot be told apart in a
                    // screen reader's list of controls.
                    <label class="rg-label" for={select_id.clone()}>{ t.ladder.status }</label>
                    <select class="rg-input rg-select" id={select_id} data-ladder={c.id()} {onchange}
                        aria-label={format!("{}{}{}", t.ladder.status, t.colon, item.title)}>{ for options }</select>
                </li>
            }
        });
    let extra = config.extra_channels.iter().map(|e| {
        html! {
            <li class="rg-channel" data-channel={e.id.clone()} key={e.id.clone()}>
                <strong>{ e.name.clone() }</strong>
                if let Some(note) = e.note.clone() {
                    { t.colon }{ note }
                }
                if let Some(number) = e.phone.as_deref() {
                    { t.colon }{ super::phone(number) }
                }
                if let Some(url) = e.url.clone() {
                    { " " }<a class="rg-link" href={url.clone()} target="_blank" rel="noopener noreferrer">{ url }</a>
                }
            </li>
        }
    });
    html! {
        <>
            <ul class="rg-channels">{ for channels.chain(extra) }</ul>
            <p class="rg-hint" data-as-of="">{ public_contacts_note(locale) }</p>
        </>
    }
}
