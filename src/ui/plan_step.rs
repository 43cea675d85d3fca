//! The outcome: the likely causes with the answers that point there, then the five handling
//! steps ordered and worded for the most likely cause, the complaint channels, and links to
//! the know-how pages.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::StepProps;
use refund_guide_model::contacts::mask;
use refund_guide_model::ids::{Channel, Status};
use refund_guide_model::triage::parties;
use refund_guide_model::{diagnose, plan_steps, refund_clock, Action, NodeKind, Route, Step};

use crate::builtin::{public_contact_lines, public_contacts_note};
use crate::i18n::{clock_text, ui};

pub fn plan_step(props: &StepProps<'_>) -> Html {
    let state = props.state;
    let flow = &state.guide.0.flow;
    let texts = state.guide.0.texts(state.locale);
    let t = ui(state.locale);
    let node = state.session.current(flow);
    let NodeKind::Plan { links } = &node.kind else {
        return Html::default();
    };
    let text = texts.node(&node.id);
    let d = diagnose(flow, &state.session);
    let clock = refund_clock(d.route, &state.session, state.today, &state.config.clock);
    let (clock_title, clock_body) = clock_text(state.locale, clock);
    let due = clock.due().map(|d| d.to_string());

    let causes = d.findings.iter().map(|f| {
        let (title, explain) = texts.cause(f.cause);
        let why = f.why.iter().map(|(q, c)| {
            html! { <li>{ format!("{} — {}", texts.node(q).title, texts.choice(q, c)) }</li> }
        });
        html! {
            <section class="rg-cause" data-cause={f.cause.id()} key={f.cause.id()}>
                <h3 class="rg-subheading">{ title.to_string() }</h3>
                <p>{ explain.to_string() }</p>
                <p class="rg-why-title">{ texts.note("why").to_string() }</p>
                <ul class="rg-why">{ for why }</ul>
            </section>
        }
    });

    let config = &state.config;
    // Who is involved decides which public contacts (dated data) show under their channel.
    let involved = mask(&parties(&d));
    let card_route = matches!(d.route, Some(Route::BankCard | Route::CreditCard));
    // Neutrality (DESIGN §7): the integrator may hide social media only, and add channels
    // after the built-in ones.
    let channels = Channel::ALL
        .iter()
        .filter(|&&c| c != Channel::CardIssuer || card_route)
        .filter(|&&c| c != Channel::SocialMedia || !config.hide_social_media)
        .filter_map(|&c| texts.channel(c).map(|item| (c, item)))
        .map(|(c, item)| {
            // The ladder: what to prepare, and where the person stands (they set it).
            let status = state.session.ladder.get(&c).copied().unwrap_or(Status::NotStarted);
            let select_id = format!("rg-status-{}", c.id());
            let onchange = props.on_action.reform(move |e: Event| {
                let picked = e
                    .target_dyn_into::<HtmlSelectElement>()
                    .and_then(|select| Status::from_id(&select.value()));
                Action::SetStatus(c, picked.unwrap_or(Status::NotStarted))
            });
            let mut public = String::new();
            for line in public_contact_lines(c, involved, state.locale) {
                if !public.is_empty() {
                    public.push('\n');
                }
                public.push_str(line);
            }
            let options = Status::ALL.iter().map(|&st| html! {
                <option value={st.id()} selected={st == status}>{ (t.ladder.status_name)(st) }</option>
            });
            html! {
                <li class="rg-channel" data-channel={c.id()} data-status={status.id()} key={c.id()}>
                    <strong>{ item.title.clone() }</strong>{ t.colon }{ item.body.clone() }
                    <p class="rg-hint">{ (t.ladder.prepare)(c) }</p>
                    if !public.is_empty() {
                        <p class="rg-lines" data-public-contacts="">{ public }</p>
                    }
                    <label class="rg-label" for={select_id.clone()}>{ t.ladder.status }</label>
                    <select class="rg-input rg-select" id={select_id} data-ladder={c.id()} {onchange}>{ for options }</select>
                </li>
            }
        });
    let extra = config.extra_channels.iter().map(|e| {
        let details = [e.note.as_deref(), e.phone.as_deref()];
        html! {
            <li class="rg-channel" data-channel={e.id.clone()} key={e.id.clone()}>
                <strong>{ e.name.clone() }</strong>
                { for details.into_iter().flatten().map(|d| html! { <>{ t.colon }{ d.to_string() }</> }) }
                if let Some(url) = e.url.clone() {
                    { " " }<a class="rg-link" href={url.clone()} target="_blank" rel="noopener noreferrer">{ url }</a>
                }
            </li>
        }
    });
    let mut channels = Some(channels.chain(extra));
    // The provider's own contacts, where the plan says to contact support.
    let s = &config.support;
    let support = [
        (t.support.hotline, s.hotline.as_deref()),
        (t.support.in_app, s.in_app_path.as_deref()),
        (t.support.hours, s.hours.as_deref()),
    ];
    let has_support = support.iter().any(|(_, v)| v.is_some()) || s.url.is_some();
    let mut support_block = has_support.then(|| {
        html! {
            <div class="rg-callout" data-support="">
                <p><strong>{ t.support.title }</strong></p>
                <ul class="rg-why">
                    { for support.iter().filter_map(|&(label, v)| v.map(|v| html! { <li>{ label }{ t.colon }{ v.to_string() }</li> })) }
                    if let Some(url) = s.url.clone() {
                        <li>{ t.support.website }{ t.colon }<a class="rg-link" href={url.clone()} target="_blank" rel="noopener noreferrer">{ url }</a></li>
                    }
                </ul>
            </div>
        }
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
                <h3 class="rg-subheading">{ title.to_string() }</h3>
                <p>{ body.to_string() }</p>
                { for notes }
                if urgent_legal {
                    <p class="rg-now rg-legal-now"><strong>{ texts.note("legal_now").to_string() }</strong></p>
                }
                if regulator_legal {
                    <p class="rg-now rg-legal-now" data-legal-after="regulator"><strong>{ t.ladder.legal_after_regulator }</strong></p>
                }
                if s == Step::ContactSupport {
                    { support_block.take().unwrap_or_default() }
                }
                if s == Step::FileComplaint {
                    <ul class="rg-channels">{ for channels.take().into_iter().flatten() }</ul>
                    <p class="rg-hint" data-as-of="">{ public_contacts_note(state.locale) }</p>
                }
            </li>
        }
    });

    let more = links.iter().map(|&l| {
        let id = flow.nodes[l].id.clone();
        let title = texts.node(&id).title.clone();
        let onclick = super::click(&props.on_action, Action::Open(id.clone()));
        html! { <li><button type="button" class="rg-link" data-action="open" data-node={flow.nodes[l].id.clone()} {onclick}>{ title }</button></li> }
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
            if d.findings.is_empty() {
                <p class="rg-lead">{ texts.note("no_cause").to_string() }</p>
            } else {
                <h3 class="rg-section-title">{ heading_causes.to_string() }</h3>
                { for causes }
            }
            if let Some(day) = state.session.resolved_on {
                <p class="rg-callout" data-resolved={day.to_string()}>{ (t.resolved)(&day.to_string()) }</p>
            } else {
                <section class="rg-clock" data-clock={clock.id()} data-due={due}>
                    <h3 class="rg-subheading">{ clock_title }</h3>
                    <p>{ clock_body }</p>
                </section>
            }
            if d.pay_later {
                <p class="rg-callout">{ texts.note("pay_later").to_string() }</p>
            }
            <ol class="rg-plan">{ for steps }</ol>
            <h3 class="rg-section-title">{ texts.note("more").to_string() }</h3>
            <ul class="rg-more">{ for more }</ul>
            <button type="button" class="rg-button rg-button--secondary" data-action="restart" onclick={onrestart}>{ t.restart }</button>
        </div>
    }
}
