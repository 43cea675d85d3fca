//! GOV.UK-style back link: one step back in the screen history.
//!
//! The small pieces of chrome are view functions, not components: each Yew component type
//! instantiates the framework's lifecycle code again, which the wasm size budget feels.

use yew::prelude::*;

pub fn back_link(label: &'static str, on_back: Callback<MouseEvent>) -> Html {
    html! {
        <button type="button" class="rg-back" data-action="back" onclick={on_back}>{ label }</button>
    }
}
