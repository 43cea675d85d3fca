//! The language switch: offers the other locale; the person's place and answers stay.

use yew::prelude::*;

use crate::guide::Locale;
use crate::i18n::ui;

#[derive(Properties, PartialEq)]
pub struct LocaleSwitchProps {
    pub locale: Locale,
    pub on_switch: Callback<Locale>,
}

#[component]
pub fn LocaleSwitch(props: &LocaleSwitchProps) -> Html {
    let other = match props.locale {
        Locale::ZhCn => Locale::En,
        Locale::En => Locale::ZhCn,
    };
    let onclick = props.on_switch.reform(move |_: MouseEvent| other);
    html! {
        <button type="button" class="rg-locale" data-locale={other.id()} lang={other.id()} {onclick}>
            { ui(props.locale).switch_to }
        </button>
    }
}
