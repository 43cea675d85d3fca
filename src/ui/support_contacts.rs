//! The provider's own support contacts (the integrator's `support` settings), under "contact
//! support" on the plan; nothing when none are set.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::ui;
use refund_guide_model::config::Config;
use refund_guide_model::Locale;

#[derive(Properties, PartialEq)]
pub struct SupportContactsProps {
    pub locale: Locale,
    /// Its `support`: hotline, the path in the app, website, hours.
    pub config: Rc<Config>,
}

#[component]
pub fn SupportContacts(props: &SupportContactsProps) -> Html {
    let t = ui(props.locale);
    let s = &props.config.support;
    let lines = [
        (t.support.in_app, s.in_app_path.as_deref()),
        (t.support.hours, s.hours.as_deref()),
    ];
    if s.hotline.is_none() && lines.iter().all(|(_, v)| v.is_none()) && s.url.is_none() {
        return Html::default();
    }
    html! {
        <div class="rg-callout" data-support="">
            <p><strong>{ t.support.title }</strong></p>
            <ul class="rg-why">
                if let Some(number) = s.hotline.as_deref() {
                    <li>{ t.support.hotline }{ t.colon }{ super::phone(number) }</li>
                }
                { for lines.iter().filter_map(|&(label, v)| v.map(|v| html! { <li>{ label }{ t.colon }{ v.to_string() }</li> })) }
                if let Some(url) = s.url.clone() {
                    <li>{ t.support.website }{ t.colon }<a class="rg-link" href={url.clone()} target="_blank" rel="noopener noreferrer">{ url }</a></li>
                }
            </ul>
        </div>
    }
}
