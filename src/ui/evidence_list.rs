//! The evidence checklist: what to gather and keep, ticked as the person has it.

use yew::prelude::*;

use crate::i18n::ui;
use refund_guide_model::case::EVIDENCE_IDS;
use refund_guide_model::{Action, Locale};

#[derive(Properties, PartialEq)]
pub struct EvidenceListProps {
    pub locale: Locale,
    /// The ids of the items ticked.
    pub evidence: Vec<String>,
    /// Ticks or unticks an item.
    pub on_action: Callback<Action>,
}

#[component]
pub fn EvidenceList(props: &EvidenceListProps) -> Html {
    let words = &ui(props.locale).case;
    let items = EVIDENCE_IDS.iter().zip(words.evidence).map(|(&id, label)| {
        let dom_id = format!("rg-e-{id}");
        let checked = props.evidence.iter().any(|e| e == id);
        let onchange = super::change(&props.on_action, Action::ToggleEvidence(id.to_string()));
        html! {
            <div class="rg-choice" key={id}>
                <input class="rg-choice__input" type="checkbox" id={dom_id.clone()} data-evidence={id} {checked} {onchange} />
                <label class="rg-choice__label" for={dom_id}>{ label }</label>
            </div>
        }
    });
    html! { <div class="rg-choices">{ for items }</div> }
}
