//! What a person meets, rendered server-side (issue 18): the plan's headings form an
//! outline, every ladder control has its own name, dates and amounts are written one way per
//! locale, and no date hint contradicts the control.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::rc::Rc;

use common::Say::*;
use refund_guide_model::{Action, Date, Field, Guide, Locale, Session};

fn today() -> Option<Date> {
    Date::new(2026, 11, 24)
}

fn guide() -> Rc<Guide> {
    Rc::new(common::guide())
}

/// A withdrawal case on "check your answers".
fn at_plan(guide: &Guide) -> Session {
    common::at_summary(guide).apply(&guide.flow, Action::Next { today: today() })
}

/// The heading levels in document order.
fn levels(html: &str) -> Vec<u8> {
    html.match_indices("<h")
        .filter_map(|(i, _)| html[i + 2..].bytes().next())
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect()
}

#[test]
fn the_plans_headings_form_an_outline() {
    let guide = guide();
    for &locale in Locale::ALL {
        let html = common::render_step(&guide, &at_plan(&guide), locale, today());
        let levels = levels(&html);
        assert_eq!(levels.first(), Some(&2), "{locale:?}: the plan's h2 first");
        for pair in levels.windows(2) {
            assert!(
                pair[1] <= pair[0] + 1,
                "{locale:?}: a level skipped: {levels:?}"
            );
        }
        // Each cause and each step is a heading under its section, not beside it.
        for hook in ["data-cause=", "data-plan-step="] {
            let at = html.find(hook).expect(hook);
            assert!(
                html[at..].find("<h4").unwrap() < html[at..].find("</h4>").unwrap(),
                "{locale:?}: {hook} starts with an h4"
            );
            assert!(levels.iter().filter(|&&l| l == 4).count() >= 2);
        }
    }
}

/// The `aria-label` of each ladder select.
fn ladder_names(html: &str) -> Vec<String> {
    html.match_indices("data-ladder=")
        .map(|(i, _)| {
            let tag = &html[i..i + html[i..].find('>').unwrap()];
            let at = tag.find("aria-label=\"").expect("a named select") + 12;
            tag[at..at + tag[at..].find('"').unwrap()].to_string()
        })
        .collect()
}

#[test]
fn every_ladder_control_is_named_by_its_channel() {
    let guide = guide();
    for &locale in Locale::ALL {
        let html = common::render_step(&guide, &at_plan(&guide), locale, today());
        let names = ladder_names(&html);
        assert!(names.len() >= 4, "{locale:?}: {names:?}");
        let mut distinct = names.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), names.len(), "{locale:?}: {names:?}");
        let regulator = guide
            .texts(locale)
            .channel(refund_guide_model::Channel::Regulator);
        let title = &regulator.expect("a regulator channel").title;
        assert!(
            names.iter().any(|n| n.contains(title.as_str())),
            "{names:?}"
        );
    }
}

#[test]
fn dates_and_amounts_are_written_one_way_per_locale_and_no_date_hint_contradicts_the_control() {
    let guide = guide();
    let summary = common::at_summary(&guide);
    let zh = common::render_step(&guide, &summary, Locale::ZhCn, today());
    assert!(
        zh.contains("2026年11月2日") && zh.contains("300 元"),
        "{zh}"
    );
    let en = common::render_step(&guide, &summary, Locale::En, today());
    assert!(en.contains("2 Nov 2026") && en.contains("CNY 300"), "{en}");
    assert!(!en.contains(">2026-11-02<"));
    // A currency typed in lower case is written as any other (regression: "300 usd" here
    // against "300 USD" in the texts).
    let usd = summary.apply(&guide.flow, Action::SetFact(Field::Currency, "usd".into()));
    assert!(common::render_step(&guide, &usd, Locale::En, today()).contains("300 USD"));
    let cny = summary.apply(&guide.flow, Action::SetFact(Field::Currency, "cny".into()));
    assert!(common::render_step(&guide, &cny, Locale::ZhCn, today()).contains("300 元"));

    let s = common::walk(
        &guide,
        &[
            Pick("money_kind", &["bank_withdrawal"]),
            Pick("scam_contact", &["no_such_contact"]),
            Pick("status", &["failed_or_returned"]),
        ],
    );
    assert_eq!(common::current(&guide, &s), "started_on");
    for &locale in Locale::ALL {
        let html = common::render_step(&guide, &s, locale, today());
        assert!(html.contains("type=\"date\""));
        assert!(
            !html.contains("年-月-日") && !html.contains("year-month-day"),
            "{html}"
        );
    }
}

/// What the `open` buttons of `html` open, in document order.
fn opened(html: &str) -> Vec<String> {
    html.match_indices("data-action=\"open\" data-node=\"")
        .filter_map(|(i, m)| html[i + m.len()..].split('"').next())
        .map(str::to_string)
        .collect()
}

#[test]
fn the_case_file_and_the_texts_open_from_right_under_the_plans_heading() {
    let guide = guide();
    for &locale in Locale::ALL {
        let html = common::render_step(&guide, &at_plan(&guide), locale, today());
        let first_section = html
            .find("<h3")
            .expect("a section under the plan's heading");
        let (top, rest) = html.split_at(first_section);
        // Before any section: the case file first, then the texts.
        assert_eq!(opened(top), ["case_facts", "letters"], "{locale:?}");
        // Named for what the person does there.
        let (fill, see) = match locale {
            Locale::ZhCn => ("填写案件记录", "查看写好的文书"),
            Locale::En => ("Fill in your case file", "See the ready-to-send texts"),
        };
        assert!(top.contains(fill) && top.contains(see), "{locale:?}: {top}");
        // The contact-support step offers its message (the texts page) where it is read...
        let contact = rest
            .find("data-plan-step=\"contact_support\"")
            .expect("the contact-support step");
        let step_end = contact + rest[contact..].find("</li>").expect("the step ends");
        assert_eq!(
            opened(&rest[contact..step_end]).first().map(String::as_str),
            Some("letters"),
            "{locale:?}: the message to customer service from its step"
        );
        // ...and the know-how pages stay at the end, without the case pages a second time.
        let more = rest.rfind("class=\"rg-more\"").expect("the know-how list");
        assert_eq!(
            opened(&rest[more..]),
            ["talk_tips", "prevention", "risks"],
            "{locale:?}"
        );
    }
}

#[test]
fn the_contact_log_says_each_change_and_offers_undo_after_a_removal() {
    let guide = guide();
    let flow = &guide.flow;
    let log = at_plan(&guide)
        .apply(flow, Action::Open("case_facts".into()))
        .apply(flow, Action::Next { today: today() })
        .apply(flow, Action::Next { today: today() });
    assert_eq!(log.trail.last().map(String::as_str), Some("contact_log"));
    let render = |s: &Session| common::render_step(&guide, s, Locale::En, today());
    let html = render(&log);
    assert!(
        html.contains("role=\"status\""),
        "the live region is there before any change"
    );
    assert!(!html.contains("data-action=\"undo\""));
    let added = log
        .apply(flow, Action::SetDraft("ticket_number", "T-1".into()))
        .apply(flow, Action::SaveContact { today: today() });
    assert!(render(&added).contains("Contact 1 added to the log."));
    let changed = added
        .apply(flow, Action::EditContact(0))
        .apply(flow, Action::SetDraft("agent", "Li".into()))
        .apply(flow, Action::SaveContact { today: today() });
    assert!(render(&changed).contains("Contact 1 saved."));
    let removed = added.apply(flow, Action::RemoveContact(0));
    let html = render(&removed);
    assert!(html.contains("Contact 1 removed."), "{html}");
    assert!(html.contains("data-action=\"undo\""));
    let back = removed.apply(flow, Action::UndoRemove);
    let html = render(&back);
    assert!(html.contains("Contact 1 restored."));
    assert!(html.contains("T-1") && !html.contains("data-action=\"undo\""));
    assert!(
        html.contains("data-restored"),
        "the entry put back is marked for focus"
    );
    let zh = common::render_step(&guide, &removed, Locale::ZhCn, today());
    assert!(zh.contains("第 1 条记录已删除。") && zh.contains("撤销删除"));
}

/// `html` with its tags taken out: what the page reads as.
fn without_tags(html: &str) -> String {
    html.split('<')
        .map(|part| part.split_once('>').map_or(part, |(_, text)| text))
        .collect()
}

/// The `tel:` links of `html`: (href, the text shown).
fn tel_links(html: &str) -> Vec<(String, String)> {
    html.match_indices("href=\"tel:")
        .map(|(i, _)| {
            let href = html[i + 6..].split('"').next().unwrap().to_string();
            let text_at = i + html[i..].find('>').unwrap() + 1;
            let text = html[text_at..].split('<').next().unwrap().to_string();
            (href, text)
        })
        .collect()
}

#[test]
fn every_phone_number_on_the_plan_dials_what_it_shows() {
    use refund_guide_model::config::{Config, ExtraChannel};
    let guide = guide();
    let mut config = Config::default();
    config.support.hotline = Some("400-123-4567".into());
    config.support.hours = Some("9-18".into());
    config.extra_channels.push(ExtraChannel {
        id: "ombudsman".into(),
        name: "Payments ombudsman".into(),
        phone: Some("+86 (10) 1234 5678".into()),
        url: None,
        note: None,
    });
    let dir = refund_guide_model::contacts::Directory::builtin().expect("valid");
    for &locale in Locale::ALL {
        let html =
            common::render_step_with(&guide, &at_plan(&guide), locale, today(), config.clone());
        let links = tel_links(&html);
        // The provider's hotline and the integrator's channel, digits only in the link.
        assert!(
            links.contains(&("tel:4001234567".into(), "400-123-4567".into())),
            "{links:?}"
        );
        assert!(
            links.contains(&("tel:+861012345678".into(), "+86 (10) 1234 5678".into())),
            "{links:?}"
        );
        // The opening hours are not a number to call, though they are digits.
        assert!(!links.iter().any(|(_, text)| text == "9-18"), "{links:?}");
        // Each link dials the digits it shows.
        for (href, text) in &links {
            assert_eq!(
                href,
                &format!("tel:{}", text.replace(['-', ' ', '(', ')'], ""))
            );
        }
        // Its line starts "name number" (Directory::line), as the text reads with the tags out.
        let text = without_tags(&html);
        let shown: Vec<&String> = dir
            .contacts
            .iter()
            .filter_map(|c| {
                c.phone
                    .as_ref()
                    .filter(|p| text.contains(&format!("{} {p}", c.name(locale))))
            })
            .collect();
        assert!(shown.len() >= 3, "{locale:?}: {shown:?}");
        for p in shown {
            assert!(
                links.contains(&(format!("tel:{p}"), p.clone())),
                "{locale:?}: {p} {links:?}"
            );
        }
    }
    // A hotline with more than a number in it is shown as written, not linked.
    config.support.hotline = Some("95188 (24h)".into());
    let html = common::render_step_with(&guide, &at_plan(&guide), Locale::En, today(), config);
    assert!(html.contains("95188 (24h)"));
    assert!(!tel_links(&html).iter().any(|(href, _)| href == "tel:95188"));
}
