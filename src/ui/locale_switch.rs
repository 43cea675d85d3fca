//! The language switch: offers the other locale; the person's place and answers stay.

use yew::prelude::*;

use super::Msg;
use crate::i18n::ui;
use refund_guide_model::Locale;

#[derive(Properties, PartialEq)]
pub struct LocaleSwitchProps {
    /// The locale on show.
    pub locale: Locale,
    /// Sends `SetLocale` with the locale chosen (the root's one callback for the chrome,
    /// DESIGN §5).
    pub on_msg: Callback<Msg>,
}

#[component]
pub fn LocaleSwitch(props: &LocaleSwitchProps) -> Html {
    let other = match props.locale {
        Locale::ZhCn => Locale::En,
        Locale::En => Locale::ZhCn,
    };
    let onclick = super::click(&props.on_msg, Msg::SetLocale(other));
    html! {
        <button type="button" class="rg-locale" data-locale={other.id()} lang={other.id()} {onclick}>
            { ui(props.locale).switch_to }
        </button>
    }
}
