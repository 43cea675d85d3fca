//! The language switch: offers the other locale; the person's place and answers stay.

use yew::prelude::*;

use crate::i18n::ui;
use refund_guide_model::Locale;

#[derive(Properties, PartialEq)]
pub struct LocaleSwitchProps {
    /// The locale on show.
    pub locale: Locale,
    /// Sends the locale chosen.
    pub on_switch: Callback<Locale>,
}

#[component]
pub fn LocaleSwitch(props: &LocaleSwitchProps) -> Html {
    let other = match props.locale {
        Locale::ZhCn => Locale::En,
        Locale::En => Locale::ZhCn,
    };
    let onclick = super::click(&props.on_switch, other);
    html! {
        <button type="button" class="rg-locale" data-locale={other.id()} lang={other.id()} {onclick}>
            { ui(props.locale).switch_to }
        </button>
    }
}
