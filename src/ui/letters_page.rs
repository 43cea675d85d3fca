//! The ready-to-send texts, filled from the case file: each with copy (and a visible
//! confirmation) and a .txt download; then the print view of the whole case and the
//! reminders calendar (.ics). Downloads are `data:` links made in the page: no request, and
//! nothing a strict host policy blocks.

use std::rc::Rc;

use yew::prelude::*;

use super::print_frame::print_case;
use super::GuideRef;
use crate::i18n::ui;
use refund_guide_model::case::{summary, SummaryWords};
use refund_guide_model::config::Config;
use refund_guide_model::events::{self, HostEvent};
use refund_guide_model::ics::{calendar, reminders, UtcStamp};
use refund_guide_model::letters::{Case, Letter};
use refund_guide_model::store::text_url;
use refund_guide_model::{diagnose, refund_clock, Date, Locale, Session};

/// Now in UTC, for the calendar's DTSTAMP (one `Date.now()`, no date object to take apart).
fn utc_now() -> Option<UtcStamp> {
    UtcStamp::from_unix_seconds((js_sys::Date::now() / 1000.0) as i64)
}

#[derive(Properties, PartialEq)]
pub struct LettersPageProps {
    pub guide: GuideRef,
    pub locale: Locale,
    /// What the texts are filled from: the case facts, the contact log, the evidence kept
    /// and the answers (the diagnosis and the clock).
    pub session: Rc<Session>,
    /// The texts' date, and the clock's.
    pub today: Date,
    /// The clock's rules and the provider's support contacts.
    pub config: Rc<Config>,
    /// The host's `letter` events (copy, download, print).
    #[prop_or_default]
    pub emit: Option<Callback<HostEvent>>,
}

#[component]
pub fn LettersPage(props: &LettersPageProps) -> Html {
    // The text last copied and whether the clipboard took it: this page's own state, gone
    // when the person leaves the page.
    let copied = use_state(|| None::<(&'static str, bool)>);
    let (locale, today) = (props.locale, props.today);
    let t = ui(locale);
    let words = &t.case;
    let session = &props.session;
    let letters = crate::builtin::letters(locale);
    let texts = props.guide.0.texts(locale);
    let d = diagnose(&props.guide.0.flow, session);
    let clock = refund_clock(&d, session, Some(today), &props.config.clock);
    // The provider's support contacts, as configured, cited after the wallet's name.
    let s = &props.config.support;
    let mut support: Vec<(&str, &str)> = Vec::new();
    for (label, v) in [
        (t.support.hotline, &s.hotline),
        (t.support.in_app, &s.in_app_path),
        (t.support.website, &s.url),
        (t.support.hours, &s.hours),
    ] {
        if let Some(v) = v.as_deref() {
            support.push((label, v));
        }
    }
    let filled = letters.render_all(&Case {
        session,
        diagnosis: &d,
        texts,
        clock,
        today,
        calendar: &props.config.clock.calendar,
        brand: props.config.brand.name.as_deref(),
        support: &support,
    });

    let emit = props.emit.clone();
    let announce = move |letter: &'static str, action: &'static str| {
        if let Some(emit) = &emit {
            emit.emit(events::letter(letter, action));
        }
    };
    let cards: Vec<Html> = filled.iter().map(|l: &Letter| {
        let id = l.id;
        let body = l.body.clone();
        let (set_copied, announce_copy) = (copied.setter(), announce.clone());
        let oncopy = Callback::from(move |_: MouseEvent| {
            let (set_copied, body) = (set_copied.clone(), body.clone());
            announce_copy(id, "copy");
            wasm_bindgen_futures::spawn_local(async move {
                let ok = copy_text(&body).await;
                set_copied.set(Some((id, ok)));
            });
        });
        let announce = announce.clone();
        let ondownload = Callback::from(move |_: MouseEvent| announce(id, "download_txt"));
        let copied = match *copied {
            Some((c, ok)) if c == id => Some(if ok { words.texts.copied } else { words.texts.copy_failed }),
            _ => None,
        };
        let file = format!("{}\n\n{}\n", l.title, l.body);
        // The placeholders left for what the person has not given, named at the text.
        let unfilled = letters.unfilled(&l.body).join(t.list_separator);
        html! {
            <section class="rg-letter" data-text={id} key={id}>
                <h3 class="rg-subheading" id={format!("rg-l-{id}")}>{ l.title.clone() }</h3>
                if !unfilled.is_empty() {
                    <p class="rg-hint rg-unfilled" data-unfilled="">{ words.texts.unfilled }{ unfilled }</p>
                }
                <pre class="rg-letter__body" data-letter={id} tabindex="0" aria-labelledby={format!("rg-l-{id}")}>{ l.body.clone() }</pre>
                <div class="rg-actions">
                    <button type="button" class="rg-button rg-button--secondary" data-action="copy" onclick={oncopy}>{ words.texts.copy }<span class="rg-visually-hidden">{ format!(" {}", l.title) }</span></button>
                    <a class="rg-button rg-button--secondary" data-action="download_txt" download={format!("{id}.txt")}
                        href={text_url("text/plain", &file)} onclick={ondownload}>{ words.texts.download_txt }<span class="rg-visually-hidden">{ format!(" {}", l.title) }</span></a>
                    <span class="rg-status" role="status">{ copied.unwrap_or_default() }</span>
                </div>
            </section>
        }
    }).collect();

    let ics = utc_now().map(|stamp| {
        calendar(
            &reminders(clock, &session.contacts, today, &words.reminders, "case"),
            stamp,
        )
    });

    // The print view: the facts, the evidence kept, the contact log and every text.
    let [facts, evidence, log] = summary(
        &session.facts,
        &session.evidence,
        &session.contacts,
        &SummaryWords {
            facts: &words.facts,
            evidence: &words.evidence,
            contact: &words.contact,
            colon: t.colon,
        },
    );
    let mut sections = vec![
        (words.print.facts.to_string(), facts),
        (words.print.evidence.to_string(), evidence),
        (words.print.contacts.to_string(), log),
    ];
    for l in &filled {
        sections.push((l.title.clone(), l.body.clone()));
    }
    let title = words.print.title;
    let lang = locale.id();
    let onprint = Callback::from(move |e: MouseEvent| {
        print_case(&e, lang, title, &sections);
        announce("all", "print");
    });
    html! {
        <>
            <p class="rg-callout" data-reminder="">{ texts.note("official_only").to_string() }</p>
            { for cards }
            <div class="rg-actions rg-case-actions">
                <button type="button" class="rg-button" data-action="print" onclick={onprint}>{ words.texts.print }</button>
                if let Some(ics) = ics {
                    <a class="rg-button rg-button--secondary" data-action="download_ics" download="refund-reminders.ics"
                        href={text_url("text/calendar", &ics)} aria-describedby="rg-ics-hint">{ words.texts.download_ics }</a>
                }
            </div>
            <p class="rg-hint" id="rg-ics-hint">{ words.texts.ics_hint }</p>
        </>
    }
}

/// Writes to the clipboard; false where the browser refuses (no permission, or an insecure
/// page, where `navigator.clipboard` is undefined).
async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    if clipboard.is_undefined() {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}
