//! The case facts form: every fact of DESIGN §4.4, typed straight into the session (cut at
//! its bound with a note at the field, masked as typed where it is a card or account number)
//! and checked all together on Continue.

use yew::prelude::*;

use super::case_step::field_error;
use super::form_field::{Control, FormField};
use super::StepProps;
use crate::i18n::ui;
use refund_guide_model::case::fact_bound;
use refund_guide_model::{Action, Field, Route};

pub fn case_facts(props: &StepProps<'_>) -> Html {
    let state = props.state;
    let words = &ui(state.locale).case;
    let mut routes: Vec<(&'static str, &'static str)> = vec![("", words.choose)];
    for r in Route::ALL {
        routes.push((r.id(), (words.route)(*r)));
    }
    let fields = Field::ALL.iter().map(|&f| {
        let control = match f {
            Field::TransactionAt => Control::Input("datetime-local"),
            Field::RefundStartedOn => Control::Input("date"),
            Field::Amount => Control::Decimal,
            Field::Route => Control::Select(routes.clone()),
            _ => Control::Input("text"),
        };
        let value = state.session.facts.get(&f).cloned().unwrap_or_default();
        let error = state
            .session
            .field_errors
            .iter()
            .find(|(id, _)| *id == f.id())
            .map(|&(_, e)| field_error(state.locale, e));
        let max = fact_bound(f);
        let note = state
            .session
            .cut
            .contains(&f.id())
            .then(|| (words.cut)(max));
        let on_input = props
            .on_action
            .reform(move |v: String| Action::SetFact(f, v));
        let (label, hint) = words.facts[f.index()];
        html! {
            <FormField id={f.id()} {label} {hint} {control} {value} {error}
                note={note.map(AttrValue::from)} {max} {on_input} />
        }
    });
    html! { <div class="rg-form">{ for fields }</div> }
}
