//! UI strings (everything that is not guide content), one catalog per locale.
//! Content words live in `content/`; these are the widget's own buttons and messages.

use refund_guide_model::clock::Verdict;
use refund_guide_model::store::Notice;
use refund_guide_model::{Locale, StepError};

/// The widget's own words in one locale.
pub struct Ui {
    pub next: &'static str,
    pub back: &'static str,
    pub restart: &'static str,
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
    pub date_format_hint: &'static str,
    pub amount_hint: &'static str,
    pub why_more: &'static str,
    /// "：" / ": " after a label.
    pub colon: &'static str,
    /// Wraps a short aside: "（…）" / " (…)".
    pub aside: fn(&str) -> String,
    /// The "your data" panel at the bottom.
    pub data: DataWords,
    /// The answers to "has the money arrived?" when coming back: yes, not yet.
    pub arrived: [&'static str; 2],
    /// Before the questions to answer again after an update.
    pub answer_again: &'static str,
    /// Between items of an inline list: "、" / "; ".
    pub list_separator: &'static str,
    /// The link to download unreadable saved data.
    pub download_backup: &'static str,
    /// The plan of a closed case: "closed on <date>".
    pub resolved: fn(&str) -> String,
    /// The provider's support contacts (`support`): title, hotline, in the app, website,
    /// hours.
    pub support: [&'static str; 5],
    /// The escalation ladder.
    pub ladder: LadderWords,
    /// The case file's pages and the texts.
    pub case: CaseWords,
}

/// Words of the case file and the texts. Lists follow the model's orders:
/// `facts` [`Field::ALL`], `contact` [`CONTACT_FIELDS`], `evidence` [`EVIDENCE_IDS`],
/// `routes` [`Route::ALL`].
///
/// [`Field::ALL`]: refund_guide_model::Field::ALL
/// [`CONTACT_FIELDS`]: refund_guide_model::case::CONTACT_FIELDS
/// [`EVIDENCE_IDS`]: refund_guide_model::case::EVIDENCE_IDS
/// [`Route::ALL`]: refund_guide_model::Route::ALL
pub struct CaseWords {
    /// Label and hint of each case fact.
    pub facts: [(&'static str, &'static str); 9],
    pub contact: [&'static str; 6],
    pub evidence: [&'static str; 7],
    pub routes: [&'static str; 5],
    /// Why a value is refused, by [`FieldError`](refund_guide_model::case::FieldError) order.
    pub errors: [&'static str; 8],
    /// Said at a field whose input was cut at its bound (the bound, in characters).
    pub cut: fn(usize) -> String,
    /// "Not chosen" in the route list.
    pub choose: &'static str,
    /// Contact log: heading of the form, add, save changes, edit, remove, cancel, empty log.
    pub log: [&'static str; 7],
    /// Texts: copy, copied, download .txt, print the case, download reminders (.ics), the
    /// reminders' hint, copy failed.
    pub texts: [&'static str; 7],
    /// Reminder words: check, escalate, follow up ({ticket}), description.
    pub reminders: [&'static str; 4],
    /// Print view: title, facts heading, evidence heading, contacts heading.
    pub print: [&'static str; 4],
}

/// Words of the escalation ladder. Lists follow the model's orders: `statuses`
/// [`Status::ALL`], `prepare` [`Channel::ALL`].
///
/// [`Status::ALL`]: refund_guide_model::ids::Status::ALL
/// [`Channel::ALL`]: refund_guide_model::ids::Channel::ALL
pub struct LadderWords {
    pub statuses: [&'static str; 4],
    /// What to prepare before using each channel.
    pub prepare: [&'static str; 6],
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
    /// Not a Refund Guide export / made by a newer version / unreadable.
    pub import_errors: [&'static str; 3],
}

pub fn ui(locale: Locale) -> &'static Ui {
    match locale {
        Locale::ZhCn => &ZH_CN,
        Locale::En => &EN,
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

static ZH_CN: Ui = Ui {
    next: "继续",
    back: "返回",
    restart: "重新开始",
    load_newer: "载入最新进度",
    skip: "我不知道，跳过",
    change: "修改",
    see_plan: "查看处理方案",
    back_to_plan: "回到处理方案",
    step_of: |n, total| format!("第 {n} 步，共约 {total} 步"),
    error_title: "有个问题需要处理",
    skipped: "已跳过",
    switch_to: "English",
    load_failed: "退款指南无法加载：",
    now: "现在就做",
    outlook_title: "数字钱包的发展趋势",
    date_format_hint: "格式：年-月-日",
    amount_hint: "单位：元",
    why_more: "原因",
    colon: "：",
    aside: |s| format!("（{s}）"),
    arrived: ["已经到账", "还没有"],
    answer_again: "指南更新后，这些问题需要重新回答：",
    list_separator: "、",
    download_backup: "下载无法读取的数据",
    resolved: |d| format!("已于 {d} 结案：钱已到账。处理方案仍保存在这里，方便留档。"),
    support: ["官方客服", "客服电话", "在 App 里", "网站", "服务时间"],
    case: CaseWords {
        facts: [
            ("交易时间", "付款或提现发起的日期和时间"),
            ("金额", "应退回的金额，例如 199.00"),
            ("币种", "三个大写字母，人民币为 CNY"),
            ("商家", "商家或收款方的名称"),
            ("订单号 / 交易单号", "在订单详情或账单里可以找到"),
            ("钱包", "例如你使用的支付 App 名称"),
            ("退回方式", "钱应该退到哪里"),
            ("退款 / 提现发起日期", "格式：年-月-日"),
            ("收款账户", "只保留后四位，其余数字在输入时就会隐藏"),
        ],
        contact: [
            "联系时间",
            "联系方式（电话、在线客服、邮件…）",
            "工单号",
            "客服姓名或工号",
            "对方的承诺",
            "约定的跟进日期",
        ],
        evidence: [
            "交易记录（付款或提现成功的页面）",
            "退款确认或退款申请记录",
            "订单详情页",
            "与客服、商家的聊天记录",
            "异常页面或错误提示的截图",
            "电话沟通记录（时间、工号、内容）",
            "银行卡或信用卡账单",
        ],
        routes: [
            "退回钱包余额",
            "退回银行卡",
            "退回信用卡",
            "原路退回",
            "其他",
        ],
        errors: [
            "请输入真实的日期和时间，例如 2026-11-20 14:30",
            "请输入真实存在的日期，例如 2026-11-20",
            "日期不能晚于今天",
            "请输入大于 0 的金额，最多两位小数，例如 199.00",
            "请输入三个大写字母的币种代码，例如 CNY",
            "请从列表中选择退回方式",
            "请删除不能保存的特殊字符（例如制表符或换行）",
            "联系记录最多保存 200 条：请先删除一条，再加入新的记录",
        ],
        cut: |n| format!("已截短为 {n} 个字符：这一栏最多只能填 {n} 个字符。"),
        choose: "请选择",
        log: [
            "记录一次联系",
            "加入记录",
            "保存修改",
            "修改",
            "删除",
            "取消",
            "还没有联系记录。",
        ],
        texts: [
            "复制",
            "已复制",
            "下载 .txt",
            "打印整个案件",
            "下载提醒日历（.ics）",
            "把“何时查看”和“何时升级投诉”加进你的日历。",
            "无法复制，请手动选择文字复制",
        ],
        reminders: [
            "查看退款是否到账",
            "退款仍未到账：升级投诉",
            "跟进工单 {ticket}",
            "来自退款指南的提醒",
        ],
        print: ["退款案件记录", "案件信息", "已保存的证据", "联系记录"],
    },
    ladder: LadderWords {
        statuses: ["未开始", "已提交", "已答复", "已解决"],
        prepare: [
            "准备：订单号、交易记录截图、与客服沟通的记录。",
            "准备：只陈述事实的简短经过，隐去个人信息和卡号。",
            "准备：投诉信、交易凭证、沟通记录和你的联系方式。",
            "准备：投诉信、与平台沟通未果的记录、交易凭证。",
            "准备：全部证据、时间线和律师摘要，先咨询律师。",
            "准备：卡号后四位、交易时间与金额、商家名称。",
        ],
        status: "进度",
        legal_after_regulator: "监管部门已答复但问题仍未解决：现在可以考虑咨询律师、走法律途径。",
    },

    data: DataWords {
        title: "你的数据",
        save_here: "在这台设备上保存我的进度",
        export: "下载我的进度（JSON 文件）",
        import: "从文件载入进度",
        delete: "删除我的数据",
        delete_confirm: "删除这个指南在本浏览器里保存的全部内容？此操作无法撤销。",
        confirm: "确认",
        cancel: "取消",
        import_preview: |a, f, d| {
            format!(
                "这个文件有 {a} 个回答和 {f} 项案件信息，保存于 {d}。载入后会替换你现在的进度。"
            )
        },
        import_errors: [
            "这不是退款指南导出的文件。",
            "这个文件来自更新版本的指南，当前版本无法读取。",
            "这个文件已损坏，无法读取。",
        ],
    },
};

static EN: Ui = Ui {
    next: "Continue",
    back: "Back",
    restart: "Start again",
    load_newer: "Load the newer progress",
    skip: "I don't know, skip this",
    change: "Change",
    see_plan: "See your plan",
    back_to_plan: "Back to your plan",
    step_of: |n, total| format!("Step {n} of about {total}"),
    error_title: "There is a problem",
    skipped: "Skipped",
    switch_to: "中文",
    load_failed: "Refund Guide could not load:",
    now: "Do this now",
    outlook_title: "Where digital wallets are heading",
    date_format_hint: "Format: year-month-day",
    amount_hint: "In yuan (CNY)",
    why_more: "Cause",
    colon: ": ",
    aside: |s| format!(" ({s})"),
    arrived: ["Yes, it has arrived", "No, not yet"],
    answer_again: "The guide has changed; please answer these questions again: ",
    list_separator: "; ",
    download_backup: "Download the unreadable data",
    resolved: |d| {
        format!("Case closed on {d}: the money arrived. Your plan stays here for your records.")
    },
    support: [
        "Official support",
        "Hotline",
        "In the app",
        "Website",
        "Hours",
    ],
    case: CaseWords {
        facts: [
            ("Date and time of the transaction", "When the payment or withdrawal was made"),
            ("Amount", "The amount owed to you, for example 199.00"),
            ("Currency", "Three capital letters; CNY for yuan"),
            ("Merchant", "The name of the shop or the person paid"),
            ("Order or transaction number", "In the order details or the statement"),
            ("Wallet", "For example the name of your payment app"),
            ("Refund route", "Where the money should come back to"),
            ("Date the refund or withdrawal started", "Format: year-month-day"),
            ("Receiving account", "Only the last four digits are kept; the rest are hidden as you type"),
        ],
        contact: ["When", "Channel (phone, chat, email…)", "Ticket number", "Agent's name or number", "What they promised", "Follow-up date agreed"],
        evidence: [
            "Transaction record (the payment or withdrawal confirmation)",
            "Refund confirmation or refund request",
            "Order details page",
            "Chat logs with support or the merchant",
            "Screenshots of errors or odd pages",
            "Notes of phone calls (time, agent, what was said)",
            "Bank or credit card statement",
        ],
        routes: ["Back to the wallet balance", "Back to a bank card", "Back to a credit card", "Back the way it was paid", "Other"],
        errors: [
            "Enter a real date and time, for example 2026-11-20 14:30",
            "Enter a real date, for example 2026-11-20",
            "The date cannot be after today",
            "Enter an amount above 0 with at most two decimals, for example 199.00",
            "Enter a three-letter currency code, for example CNY",
            "Choose a refund route from the list",
            "Remove the special characters (such as tabs or line breaks) this field cannot hold",
            "The log holds at most 200 contacts: remove one to add another",
        ],
        cut: |n| format!("Cut to {n} characters \u{2014} this field holds at most {n}."),
        choose: "Choose one",
        log: ["Log a contact", "Add to the log", "Save changes", "Change", "Remove", "Cancel", "No contacts logged yet."],
        texts: ["Copy", "Copied", "Download .txt", "Print the whole case", "Download reminders (.ics)", "Adds the \u{201c}check\u{201d} and \u{201c}escalate\u{201d} dates to your calendar.", "Could not copy; select the text and copy it yourself"],
        reminders: ["Check whether the refund arrived", "Refund still missing: escalate", "Follow up ticket {ticket}", "A reminder from Refund Guide"],
        print: ["Refund case record", "Case facts", "Evidence kept", "Contact log"],
    },
    ladder: LadderWords {
        statuses: ["Not started", "Submitted", "Answered", "Resolved"],
        prepare: [
            "Prepare: the order number, a screenshot of the transaction, your notes of contacts with support.",
            "Prepare: a short factual account without personal details or card numbers.",
            "Prepare: the complaint letter, proof of the transaction, your contact log and how to reach you.",
            "Prepare: the complaint letter, proof that the company did not resolve it, proof of the transaction.",
            "Prepare: all the evidence, the timeline and the summary for a lawyer; talk to a lawyer first.",
            "Prepare: the card's last four digits, the transaction's date and amount, the merchant.",
        ],
        status: "Status",
        legal_after_regulator: "The regulator answered but the money is still missing: now is the time to talk to a lawyer about going to court.",
    },

    data: DataWords {
        title: "Your data",
        save_here: "Save my progress on this device",
        export: "Download my progress (JSON file)",
        import: "Load progress from a file",
        delete: "Delete my data",
        delete_confirm:
            "Delete everything this guide saved in this browser? This cannot be undone.",
        confirm: "Confirm",
        cancel: "Cancel",
        import_preview: |a, f, d| {
            format!("This file holds {a} answers and {f} case facts, saved on {d}. Loading it replaces your current progress.")
        },
        import_errors: [
            "This is not a file exported by Refund Guide.",
            "This file comes from a newer version of the guide and cannot be read here.",
            "This file is damaged and cannot be read.",
        ],
    },
};

pub use refund_guide_model::letters::format_date;

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
            format!("欢迎回来。这笔钱最晚应在 {due} 到账。现在到账了吗？")
        } else {
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
