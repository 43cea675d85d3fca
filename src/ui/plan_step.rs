//! The outcome: the likely causes with the answers that point there, the refund clock, then
//! the five handling steps ordered and worded for the most likely cause (with the provider's
//! support contacts and the escalation ladder), and links to the know-how pages. Where no
//! money is in transit there is no clock date, and the plan says why; the police and
//! anti-fraud contacts have a block of their own when the case involves fraud.

use std::rc::Rc;

use yew::prelude::*;

use super::ladder::Ladder;
use super::support_contacts::SupportContacts;
use super::GuideRef;
use crate::builtin::police_lines;
use crate::i18n::{clock_text, ui};
use refund_guide_model::clock::Verdict;
use refund_guide_model::config::Config;
use refund_guide_model::contacts::mask;
use refund_guide_model::content::{CasePage, Flag, Node};
use refund_guide_model::triage::{parties, CaseKind};
use refund_guide_model::{
    diagnose, plan_steps, refund_clock, Action, Date, Locale, NodeKind, Route, Session, Step,
};

#[derive(Properties, PartialEq)]
pub struct PlanStepProps {
    pub guide: GuideRef,
    pub locale: Locale,
    /// The plan's index in the flow.
    pub node: usize,
    /// What the plan is made from: the answers and case facts (the diagnosis and the clock),
    /// the ladder's statuses and whether the case is closed.
    pub session: Rc<Session>,
    /// For the refund clock.
    #[prop_or_default]
    pub today: Option<Date>,
    /// Refund windows and calendar, support contacts, channels.
    pub config: Rc<Config>,
    /// Open a know-how or case-file page; set a channel's status; start again.
    pub on_action: Callback<Action>,
}

#[component]
pub fn PlanStep(props: &PlanStepProps) -> Html {
    let locale = props.locale;
    let flow = &props.guide.0.flow;
    let texts = props.guide.0.texts(locale);
    let t = ui(locale);
    let Some(node) = flow.nodes.get(props.node) else {
        return Html::default();
    };
    let NodeKind::Plan { links } = &node.kind else {
        return Html::default();
    };
    let text = texts.node(&node.id);
    let d = diagnose(flow, &props.session);
    let clock = refund_clock(&d, &props.session, props.today, &props.config.clock);
    let (clock_title, clock_body) = clock_text(locale, clock);
    // No money in transit (theft, a restriction): say why there is no date, and what
    // to do instead (DESIGN §7).
    let clock_body = match (d.kind, clock) {
        (CaseKind::Unauthorised, _) => texts.note("no_clock_unauthorised").to_string(),
        (CaseKind::Restricted, _) => texts.note("no_clock_restricted").to_string(),
        (_, Verdict::NotApplicable) => texts.note("no_clock_not_refunded").to_string(),
        _ => clock_body,
    };
    // What the answers add to the plan: pay-later credit, a refund to a card or credit,
    // a foreign currency, how a freeze is lifted.
    let flag_notes = [
        (Flag::PayLater, "pay_later"),
        (Flag::ToCredit, "to_credit"),
        (Flag::CrossBorder, "cross_border"),
        (Flag::Reverify, "reverify"),
        (Flag::OfficialFreeze, "official_freeze"),
    ]
    .into_iter()
    .filter(|(f, _)| d.flags.contains(f))
    .map(|(_, note)| html! { <p class="rg-callout" data-note={note} key={note}>{ texts.note(note).to_string() }</p> });
    let due = clock.due().map(|d| d.to_string());

    let causes = d.findings.iter().map(|f| {
        let (title, explain) = texts.cause(f.cause);
        let why = f.why.iter().map(|(q, c)| {
            html! { <li>{ format!("{} — {}", texts.node(q).title, texts.choice(q, c)) }</li> }
        });
        html! {
            <section class="rg-cause" data-cause={f.cause.id()} key={f.cause.id()}>
                <h4 class="rg-subheading">{ title.to_string() }</h4>
                <p>{ explain.to_string() }</p>
                <p class="rg-why-title">{ texts.note("why").to_string() }</p>
                <ul class="rg-why">{ for why }</ul>
            </section>
        }
    });

    // Who is involved decides which public contacts (dated data) show under their channel.
    let parties = mask(&parties(&d));
    let police: Vec<_> = police_lines(parties, locale).collect();
    let card_route = matches!(d.route, Some(Route::BankCard | Route::CreditCard));

    let open = |id: &str, label: &str, link: bool| open_button(&props.on_action, id, label, link);
    // The case file and the texts are what a person came for: the plan's primary actions,
    // right under its heading (within a phone's first screen); the know-how pages at the end.
    let linked = || links.iter().map(|&l| &flow.nodes[l]);
    let is_case = |n: &&Node| matches!(n.kind, NodeKind::Case { .. });
    let is_texts = |n: &&Node| {
        matches!(
            n.kind,
            NodeKind::Case {
                page: CasePage::Letters
            }
        )
    };
    let texts_page = linked().find(is_texts).map(|n| n.id.as_str());
    let primary = linked().filter(is_case).map(|n| {
        let label = if is_texts(&n) {
            t.open_texts
        } else {
            t.open_case_file
        };
        open(&n.id, label, false)
    });
    let order = plan_steps(&d, clock);
    let steps = order.iter().map(|&s| {
        let (title, body) = texts.step(s);
        // What to do now for each diagnosed cause, most likely first; named when there are
        // several so the person knows which advice answers which cause.
        let several = d.findings.len() > 1;
        let notes = d.findings.iter().map(|f| {
            let aside = if several { (t.aside)(texts.cause(f.cause).0) } else { String::new() };
            let label = format!("{}{aside}{}", t.now, t.colon);
            html! { <p class="rg-now" data-note-for={f.cause.id()}><strong>{ label }</strong>{ texts.plan_note(f.cause, s).to_string() }</p> }
        });
        let urgent_legal = s == Step::LegalHelp && d.large_amount;
        let regulator_legal = s == Step::LegalHelp && d.regulator_unresolved;
        html! {
            <li class="rg-plan-step" data-plan-step={s.id()} key={s.id()}>
                <h4 class="rg-subheading">{ title.to_string() }</h4>
                <p>{ body.to_string() }</p>
                { for notes }
                if urgent_legal {
                    <p class="rg-now rg-legal-now"><strong>{ texts.note("legal_now").to_string() }</strong></p>
                }
                if regulator_legal {
                    <p class="rg-now rg-legal-now" data-legal-after="regulator"><strong>{ t.ladder.legal_after_regulator }</strong></p>
                }
                if s == Step::ContactSupport {
                    <SupportContacts {locale} config={props.config.clone()} />
                    // The message to customer service is the texts page's first text.
                    if let Some(id) = texts_page {
                        <p class="rg-plan-action">{ open(id, t.write_to_support, false) }</p>
                    }
                    <p class="rg-hint" data-reminder="">{ texts.note("official_only").to_string() }</p>
                }
                if s == Step::FileComplaint {
                    <Ladder guide={props.guide.clone()} {locale} {parties} {card_route}
                        statuses={props.session.ladder.clone()} config={props.config.clone()}
                        on_action={props.on_action.clone()} />
                }
            </li>
        }
    });

    let more = linked().filter(|n| !is_case(n)).map(|n| {
        html! { <li>{ open(&n.id, &texts.node(&n.id).title, true) }</li> }
    });
    let onrestart = super::click(&props.on_action, Action::Restart);
    let heading_causes = if d.confident {
        t.why_more
    } else {
        texts.note("possible")
    };

    html! {
        <div class="rg-step" data-step={node.id.clone()}>
            <h2 class="rg-heading" tabindex="-1" data-heading="">{ text.title.clone() }</h2>
            if let Some(hint) = text.hint.clone() {
                <p class="rg-hint">{ hint }</p>
            }
            <div class="rg-actions rg-plan-actions">{ for primary }</div>
            // Where fraud may be involved (a scam, an account used by someone else): the police
            // and the anti-fraud line come first, one tap away.
            if !police.is_empty() {
                <section class="rg-callout rg-police" data-police="">
                    <h3 class="rg-subheading">{ texts.note("police").to_string() }</h3>
                    { super::contact_lines(&police) }
                </section>
            }
            if d.findings.is_empty() {
                <p class="rg-lead">{ texts.note("no_cause").to_string() }</p>
            } else {
                <h3 class="rg-section-title">{ heading_causes.to_string() }</h3>
                { for causes }
            }
            if let Some(day) = props.session.resolved_on {
                <p class="rg-callout" data-resolved={day.to_string()}>{ (t.resolved)(&crate::i18n::format_date(locale, day)) }</p>
            } else {
                <section class="rg-clock" data-clock={clock.id()} data-due={due}>
                    <h3 class="rg-subheading">{ clock_title }</h3>
                    <p>{ clock_body }</p>
                </section>
            }
            { for flag_notes }
            // The outline (h2 plan, h3 sections, h4 their items): causes under theirs, steps
            // under theirs.
            <h3 class="rg-section-title">{ t.steps_title }</h3>
            <ol class="rg-plan">{ for steps }</ol>
            <h3 class="rg-section-title">{ texts.note("more").to_string() }</h3>
            <ul class="rg-more">{ for more }</ul>
            <button type="button" class="rg-button rg-button--secondary" data-action="restart" onclick={onrestart}>{ t.restart }</button>
        </div>
    }
}

/// A button that opens a page of the flow (`[data-action="open"][data-node]`), styled as a
/// button or as a link. Its classes are literals: a class from a variable goes through Yew's
/// `Classes`, which measurably grew the wasm (DESIGN §5).
fn open_button(on_action: &Callback<Action>, id: &str, label: &str, link: bool) -> Html {
    let onclick = super::click(on_action, Action::Open(id.to_string()));
    let (node, label) = (id.to_string(), label.to_string());
    if link {
        html! { <button type="button" class="rg-link" data-action="open" data-node={node} {onclick}>{ label }</button> }
    } else {
        html! { <button type="button" class="rg-button" data-action="open" data-node={node} {onclick}>{ label }</button> }
    }
}
