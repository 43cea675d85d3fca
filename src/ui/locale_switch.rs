//! The language switch: offers the other locale; the person's place and answers stay.

use yew::prelude::*;

use crate::i18n::ui;
use refund_guide_model::Locale;

pub fn locale_switch(locale: Locale, on_switch: &Callback<Locale>) -> Html {
    let other = match locale {
        Locale::ZhCn => Locale::En,
        Locale::En => Locale::ZhCn,
    };
    let onclick = super::click(on_switch, other);
    html! {
        <button type="button" class="rg-locale" data-locale={other.id()} lang={other.id()} {onclick}>
            { ui(locale).switch_to }
        </button>
    }
}
