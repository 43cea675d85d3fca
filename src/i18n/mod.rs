//! UI strings (everything that is not guide content), one catalog per locale: [`zh_cn`] and
//! [`en`]. Content words live in `content/`; these are the widget's own buttons and messages.
//!
//! Every string has a named field, so a missing or misplaced one is a compile error. Words
//! for a closed set of ids (routes, ladder statuses, channels, field and import errors) are
//! a `match` on the model's enum; the three lists the model itself takes as arrays (the
//! case facts, the contact-log fields, the evidence checklist) follow the model's order.

mod en;
mod zh_cn;

use refund_guide_model::case::FieldError;
use refund_guide_model::clock::Verdict;
use refund_guide_model::ics::ReminderWords;
use refund_guide_model::ids::Status;
use refund_guide_model::store::{ImportError, Notice};
use refund_guide_model::{Channel, Locale, Route, StepError};

/// The widget's own words in one locale.
pub struct Ui {
    pub next: &'static str,
    pub back: &'static str,
    pub restart: &'static str,
    /// The scam warning's way on to the person's real problem.
    pub scam_next: &'static str,
    /// The button on the "changed in another tab" notice.
    pub load_newer: &'static str,
    pub skip: &'static str,
    pub change: &'static str,
    pub see_plan: &'static str,
    pub back_to_plan: &'static str,
    pub step_of: fn(usize, usize) -> String,
    pub error_title: &'static str,
    pub skipped: &'static str,
    pub switch_to: &'static str,
    pub load_failed: &'static str,
    pub now: &'static str,
    pub outlook_title: &'static str,
    pub amount_hint: &'static str,
    pub why_more: &'static str,
    /// The plan's heading over its ordered steps (the outline: causes, clock, steps).
    pub steps_title: &'static str,
    /// The contact-support step's way straight to the message it needs (the first text).
    pub write_to_support: &'static str,
    /// The plan's primary actions: what the person does there, not the pages' titles.
    pub open_case_file: &'static str,
    pub open_texts: &'static str,
    /// "：" / ": " after a label.
    pub colon: &'static str,
    /// Wraps a short aside: "（…）" / " (…)".
    pub aside: fn(&str) -> String,
    /// The "your data" panel at the bottom.
    pub data: DataWords,
    /// The answers to "has the money arrived?" when coming back.
    pub arrived: ArrivedWords,
    /// Before the questions to answer again after an update.
    pub answer_again: &'static str,
    /// Between items of an inline list: "、" / "; ".
    pub list_separator: &'static str,
    /// The link to download unreadable saved data.
    pub download_backup: &'static str,
    /// The plan of a closed case: "closed on <date>".
    pub resolved: fn(&str) -> String,
    /// The provider's support contacts (`support` in the configuration).
    pub support: SupportWords,
    /// The escalation ladder.
    pub ladder: LadderWords,
    /// The case file's pages and the texts.
    pub case: CaseWords,
}

/// The two answers to "has the money arrived?".
pub struct ArrivedWords {
    pub yes: &'static str,
    pub not_yet: &'static str,
}

/// The labels of the provider's support contacts.
pub struct SupportWords {
    /// The heading of the block on the plan.
    pub title: &'static str,
    pub hotline: &'static str,
    /// The menu path in the wallet app.
    pub in_app: &'static str,
    pub website: &'static str,
    pub hours: &'static str,
}

/// Words of the case file and the texts. `facts`, `contact` and `evidence` are the arrays the
/// model's [`summary`] and [`contact_text`] take, in its orders: [`Field::ALL`],
/// [`CONTACT_FIELDS`] and [`EVIDENCE_IDS`].
///
/// [`summary`]: refund_guide_model::case::summary
/// [`contact_text`]: refund_guide_model::case::contact_text
/// [`Field::ALL`]: refund_guide_model::Field::ALL
/// [`CONTACT_FIELDS`]: refund_guide_model::case::CONTACT_FIELDS
/// [`EVIDENCE_IDS`]: refund_guide_model::case::EVIDENCE_IDS
pub struct CaseWords {
    /// Label and hint of each case fact.
    pub facts: [(&'static str, &'static str); 11],
    /// The contact log's field labels.
    pub contact: [&'static str; 6],
    /// The evidence checklist's items.
    pub evidence: [&'static str; 7],
    /// A refund route in the route list.
    pub route: fn(Route) -> &'static str,
    /// Why a value is refused.
    pub field_error: fn(FieldError) -> &'static str,
    /// Said at a field whose input was cut at its bound (the bound, in characters).
    pub cut: fn(usize) -> String,
    /// "Not chosen" in the route list.
    pub choose: &'static str,
    pub log: LogWords,
    pub texts: TextWords,
    /// The reminders calendar (.ics); `follow_up` holds `{ticket}`.
    pub reminders: ReminderWords<'static>,
    pub print: PrintWords,
}

/// The contact log page.
pub struct LogWords {
    /// The heading of the form.
    pub heading: &'static str,
    /// Submits a new entry.
    pub add: &'static str,
    /// Submits the changes to the entry being changed.
    pub save: &'static str,
    /// Opens an entry in the form.
    pub edit: &'static str,
    pub remove: &'static str,
    /// Leaves the entry being changed as it was.
    pub cancel: &'static str,
    /// Said where the log would be.
    pub empty: &'static str,
    /// Puts back the entry just removed.
    pub undo: &'static str,
    /// Said in the log's live region after a change: the words before and after the entry's
    /// number (pairs rather than a `format!` closure each, which the wasm would carry eight
    /// times).
    pub added: (&'static str, &'static str),
    pub saved: (&'static str, &'static str),
    pub removed: (&'static str, &'static str),
    pub restored: (&'static str, &'static str),
}

/// The ready-to-send texts page.
pub struct TextWords {
    pub copy: &'static str,
    /// The confirmation after a copy.
    pub copied: &'static str,
    /// The browser refused the clipboard.
    pub copy_failed: &'static str,
    /// Before the placeholders a text still holds: what the person has not given.
    pub unfilled: &'static str,
    pub download_txt: &'static str,
    /// Prints the whole case.
    pub print: &'static str,
    /// Downloads the reminders (.ics).
    pub download_ics: &'static str,
    /// Says what the reminders are.
    pub ics_hint: &'static str,
}

/// The print view's title and section headings.
pub struct PrintWords {
    pub title: &'static str,
    pub facts: &'static str,
    pub evidence: &'static str,
    pub contacts: &'static str,
}

/// Words of the escalation ladder.
pub struct LadderWords {
    /// Where the person stands on a channel.
    pub status_name: fn(Status) -> &'static str,
    /// What to prepare before using a channel.
    pub prepare: fn(Channel) -> &'static str,
    /// The label of a channel's status.
    pub status: &'static str,
    /// The regulator answered without resolving it: legal help is next.
    pub legal_after_regulator: &'static str,
}

/// Words of the "your data" panel.
pub struct DataWords {
    pub title: &'static str,
    pub save_here: &'static str,
    pub export: &'static str,
    pub import: &'static str,
    pub delete: &'static str,
    pub delete_confirm: &'static str,
    pub confirm: &'static str,
    pub cancel: &'static str,
    /// (answers, facts, saved on) → what an import would bring in.
    pub import_preview: fn(usize, usize, &str) -> String,
    /// Why a file cannot be imported.
    pub import_error: fn(ImportError) -> &'static str,
}

pub fn ui(locale: Locale) -> &'static Ui {
    match locale {
        Locale::ZhCn => &zh_cn::UI,
        Locale::En => &en::UI,
    }
}

/// The message for a Continue that did not go through.
pub fn error_message(locale: Locale, error: StepError, multi: bool) -> &'static str {
    match (locale, error) {
        (Locale::ZhCn, StepError::Required) if multi => "请至少选择一项",
        (Locale::ZhCn, StepError::Required) => "请选择一项，或填写后再继续",
        (Locale::ZhCn, StepError::InvalidDate) => "请输入真实存在的日期，例如 2026-11-20",
        (Locale::ZhCn, StepError::FutureDate) => "日期不能晚于今天",
        (Locale::ZhCn, StepError::InvalidAmount) => {
            "请输入大于 0 的金额，最多两位小数，例如 199.50"
        }
        (Locale::En, StepError::Required) if multi => "Select at least one option",
        (Locale::En, StepError::Required) => "Select an option, or fill this in, to continue",
        (Locale::En, StepError::InvalidDate) => "Enter a real date, for example 2026-11-20",
        (Locale::En, StepError::FutureDate) => "The date cannot be after today",
        (Locale::En, StepError::InvalidAmount) => {
            "Enter an amount above 0 with at most two decimals, for example 199.50"
        }
    }
}

pub use refund_guide_model::letters::format_date;

/// An ISO date (`2026-11-20`), or a date-time (`2026-11-20T09:30`), as the texts write
/// dates in `locale` ("2026年11月20日 09:30", "20 Nov 2026 09:30"); anything else as it is.
pub fn date_text(locale: Locale, iso: &str) -> String {
    let (day, time) = iso.split_once('T').unwrap_or((iso, ""));
    match refund_guide_model::Date::parse_iso(day) {
        Some(d) if time.is_empty() => format_date(locale, d),
        Some(d) => format!("{} {time}", format_date(locale, d)),
        None => iso.to_string(),
    }
}

/// An amount as the texts write it, so the page and the letters agree: "299 元" /
/// "CNY 299", another currency after the number.
pub fn amount_text(locale: Locale, amount: &str, currency: Option<&str>) -> String {
    // A code typed in lower case ("cny") is the same code, written as the texts write it.
    let currency = currency.map(str::to_ascii_uppercase);
    match (locale, currency.as_deref()) {
        (Locale::ZhCn, None | Some("CNY")) => format!("{amount} 元"),
        (Locale::En, None | Some("CNY")) => format!("CNY {amount}"),
        (_, Some(c)) => format!("{amount} {c}"),
    }
}

/// The refund clock's heading and sentence.
pub fn clock_text(locale: Locale, v: Verdict) -> (String, String) {
    let zh = locale == Locale::ZhCn;
    let kind = |business: bool| match (zh, business) {
        (true, true) => "工作日",
        (true, false) => "天",
        (false, true) => "working days",
        (false, false) => "days",
    };
    match v {
        Verdict::Waiting { due, .. } => {
            let due_text = format_date(locale, due);
            let back = due
                .add_days(1)
                .map(|d| format_date(locale, d))
                .unwrap_or_default();
            if zh {
                ("还在正常处理时间内".into(), format!("这笔钱最晚应在 {due_text} 到账。如果到时还没到，请在 {back} 回来，按下面的步骤催办。"))
            } else {
                ("Still within the normal time".into(), format!("The money should arrive by {due_text}. If it has not, come back on {back} and follow the steps below."))
            }
        }
        Verdict::Overdue {
            due,
            days_late,
            business_days,
        } => {
            let due_text = format_date(locale, due);
            let unit = kind(business_days);
            if zh {
                (
                    format!("已超时 {days_late} 个{unit}"),
                    format!("正常处理时间截止到 {due_text}。现在就联系客服，并开始保留证据。"),
                )
            } else {
                let unit = if days_late == 1 {
                    unit.trim_end_matches('s')
                } else {
                    unit
                };
                (format!("{days_late} {unit} late"), format!("The normal processing time ended on {due_text}. Contact support now and start keeping evidence."))
            }
        }
        // The plan words this per kind of case (content notes `no_clock_*`).
        Verdict::NotApplicable => {
            if zh {
                ("这类情况没有等待期限".into(), String::new())
            } else {
                ("No waiting time applies".into(), String::new())
            }
        }
        Verdict::Unknown => {
            if zh {
                (
                    "还不能判断是否超时".into(),
                    "补上退款或提现发起的日期，就能算出正常的到账时间。".into(),
                )
            } else {
                ("Not known yet whether it is late".into(), "Add the date the refund or withdrawal was started to see when the money should arrive.".into())
            }
        }
    }
}

/// A notice's message.
pub fn notice_text(locale: Locale, notice: &Notice) -> String {
    let zh = locale == Locale::ZhCn;
    match notice {
        Notice::Resume { days, .. } => match (zh, days) {
            (true, 0) => "欢迎回来，已恢复你今天保存的进度。".into(),
            (true, d) => format!("欢迎回来，已恢复你 {d} 天前保存的进度。"),
            (false, 0) => "Welcome back: your progress from earlier today is restored.".into(),
            (false, 1) => "Welcome back: your progress from 1 day ago is restored.".into(),
            (false, d) => format!("Welcome back: your progress from {d} days ago is restored."),
        },
        Notice::StorageUnavailable => if zh {
            "这个浏览器不允许保存数据：关闭页面后，进度不会保留。可以在下方“你的数据”里下载进度。"
        } else {
            "This browser does not allow saving, so your progress will not be kept after you close the page. You can download it under \u{201c}Your data\u{201d} below."
        }
        .into(),
        Notice::StorageFull => if zh {
            "设备的存储空间已满：之后的修改不会保存在这个浏览器里。可以在下方“你的数据”里下载进度。"
        } else {
            "Your device's storage is full, so further changes will not be saved in this browser. You can download your progress under \u{201c}Your data\u{201d} below."
        }
        .into(),
        Notice::SavedDataUnreadable { .. } => if zh {
            "之前保存的进度无法读取，已另外保留一份备份；现在从头开始。"
        } else {
            "Your saved progress could not be read. A backup copy was kept and you are starting afresh."
        }
        .into(),
        Notice::SavedByNewerVersion => if zh {
            "这里有新版本指南保存的进度，当前版本不会使用或覆盖它；这次的进度不会保存。"
        } else {
            "Progress saved by a newer version of this guide is here; this version will not use or overwrite it, and will not save this visit."
        }
        .into(),
        Notice::FollowUp { due } => if zh {
            let due = format_date(locale, *due);
            format!("欢迎回来。这笔钱最晚应在 {due} 到账。现在到账了吗？")
        } else {
            let due = format_date(locale, *due);
            format!("Welcome back. The money should have arrived by {due}. Has it arrived?")
        },
        Notice::ChangedInOtherTab => if zh {
            "你在另一个标签页里更新了进度。这个标签页不会覆盖它：载入最新进度后再继续。"
        } else {
            "Your progress was changed in another tab. This tab will not overwrite it: load the newer progress to continue."
        }
        .into(),
    }
}
