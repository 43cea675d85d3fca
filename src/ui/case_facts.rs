//! The case facts form: every fact of DESIGN §4.4, typed straight into the session (cut at
//! its bound with a note at the field, masked as typed where it is a card or account number)
//! and checked all together on Continue.

use litemap::LiteMap;
use yew::prelude::*;

use super::form_field::{Control, FormField};
use crate::i18n::ui;
use refund_guide_model::case::{fact_bound, FieldError};
use refund_guide_model::{Action, Field, Locale, Route};

#[derive(Properties, PartialEq)]
pub struct CaseFactsProps {
    pub locale: Locale,
    /// The facts as typed.
    pub facts: LiteMap<Field, String>,
    /// The last Continue's problems, by field id.
    pub field_errors: Vec<(&'static str, FieldError)>,
    /// The fields whose last input was cut at their bound.
    pub cut: Vec<&'static str>,
    /// Sets a fact.
    pub on_action: Callback<Action>,
}

#[component]
pub fn CaseFacts(props: &CaseFactsProps) -> Html {
    let words = &ui(props.locale).case;
    let mut routes: Vec<(&'static str, &'static str)> = vec![("", words.choose)];
    for &r in Route::ALL {
        routes.push((r.id(), (words.route)(r)));
    }
    let fields = Field::ALL.iter().zip(&words.facts).map(|(&f, &(label, hint))| {
        let control = match f {
            Field::TransactionAt => Control::Input("datetime-local"),
            Field::RefundStartedOn => Control::Input("date"),
            Field::Amount => Control::Decimal,
            Field::Route => Control::Select(routes.clone()),
            Field::Phone => Control::Input("tel"),
            _ => Control::Input("text"),
        };
        let value = props.facts.get(&f).cloned().unwrap_or_default();
        let error = props
            .field_errors
            .iter()
            .find(|(id, _)| *id == f.id())
            .map(|&(_, e)| (words.field_error)(e));
        let max = fact_bound(f);
        let note = props
            .cut
            .contains(&f.id())
            .then(|| AttrValue::from((words.cut)(max)));
        let on_input = super::fact_input(&props.on_action, f);
        html! {
            <FormField id={f.id()} {label} {hint} {control} {value} {error} {note} {max} {on_input} />
        }
    });
    html! { <div class="rg-form">{ for fields }</div> }
}
