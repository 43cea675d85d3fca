//! The widget's own words in Simplified Chinese (the default locale).

use super::{
    ArrivedWords, CaseWords, DataWords, LadderWords, LogWords, PrintWords, SupportWords, TextWords,
    Ui,
};
use refund_guide_model::case::FieldError;
use refund_guide_model::ics::ReminderWords;
use refund_guide_model::ids::Status;
use refund_guide_model::store::ImportError;
use refund_guide_model::{Channel, Route};

pub(super) static UI: Ui = Ui {
    next: "继续",
    back: "返回",
    restart: "重新开始",
    scam_next: "我知道了，继续处理我的问题",
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
    steps_title: "怎么做",
    write_to_support: "打开写好的给客服的消息",
    amount_hint: "单位：元",
    why_more: "原因",
    colon: "：",
    aside: |s| format!("（{s}）"),
    arrived: ArrivedWords {
        yes: "已经到账",
        not_yet: "还没有",
    },
    answer_again: "指南更新后，这些问题需要重新回答：",
    list_separator: "、",
    download_backup: "下载无法读取的数据",
    resolved: |d| format!("已于 {d} 结案：钱已到账。处理方案仍保存在这里，方便留档。"),
    support: SupportWords {
        title: "本页面提供方给出的客服（请在官方 App 内核实）",
        hotline: "客服电话",
        in_app: "在 App 里",
        website: "网站",
        hours: "服务时间",
    },
    case: CaseWords {
        facts: [
            ("交易时间", "付款或提现发起的日期和时间"),
            ("金额", "应退回的金额，例如 199.00"),
            ("币种", "三个字母的代码，人民币为 CNY"),
            ("商家", "商家或收款方的名称"),
            ("订单号 / 交易单号", "在订单详情或账单里可以找到"),
            ("钱包", "例如你使用的支付 App 名称"),
            ("退回方式", "钱应该退到哪里"),
            ("退款 / 提现发起日期", "格式：年-月-日"),
            ("收款账户", "只保留后四位，其余数字在输入时就会隐藏"),
            ("你的姓名", "选填，用于文书的署名，只保存在这台设备上"),
            ("你的联系电话", "选填，用于文书的署名，只保存在这台设备上"),
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
        route: |r| match r {
            Route::WalletBalance => "退回钱包余额",
            Route::BankCard => "退回银行卡",
            Route::CreditCard => "退回信用卡",
            Route::OriginalMethod => "原路退回",
            Route::Other => "其他",
        },
        field_error: |e| match e {
            FieldError::InvalidDateTime => "请输入真实的日期和时间，例如 2026-11-20 14:30",
            FieldError::InvalidDate => "请输入真实存在的日期，例如 2026-11-20",
            FieldError::FutureDate => "日期不能晚于今天",
            FieldError::InvalidAmount => "请输入大于 0 的金额，最多两位小数，例如 199.00",
            FieldError::InvalidCurrency => "请输入三个字母的币种代码，例如 CNY",
            FieldError::InvalidRoute => "请从列表中选择退回方式",
            FieldError::ControlCharacter => "请删除不能保存的特殊字符（例如制表符或换行）",
            FieldError::LogFull => "联系记录最多保存 200 条：请先删除一条，再加入新的记录",
        },
        cut: |n| format!("已截短为 {n} 个字符：这一栏最多只能填 {n} 个字符。"),
        choose: "请选择",
        log: LogWords {
            heading: "记录一次联系",
            add: "加入记录",
            save: "保存修改",
            edit: "修改",
            remove: "删除",
            cancel: "取消",
            empty: "还没有联系记录。",
        },
        texts: TextWords {
            copy: "复制",
            copied: "已复制",
            copy_failed: "无法复制，请手动选择文字复制",
            unfilled: "发送前还需补上：",
            download_txt: "下载 .txt",
            print: "打印整个案件",
            download_ics: "下载提醒日历（.ics）",
            ics_hint: "把“何时查看”和“何时升级投诉”加进你的日历。",
        },
        reminders: ReminderWords {
            check: "查看退款是否到账",
            escalate: "退款仍未到账：升级投诉",
            follow_up: "跟进工单 {ticket}",
            description: "来自退款指南的提醒",
        },
        print: PrintWords {
            title: "退款案件记录",
            facts: "案件信息",
            evidence: "已保存的证据",
            contacts: "联系记录",
        },
    },
    ladder: LadderWords {
        status_name: |s| match s {
            Status::NotStarted => "未开始",
            Status::Submitted => "已提交",
            Status::Answered => "已答复",
            Status::Resolved => "已解决",
        },
        prepare: |c| match c {
            Channel::InApp => "准备：订单号、交易记录截图、与客服沟通的记录。",
            Channel::SocialMedia => "准备：只陈述事实的简短经过，隐去个人信息和卡号。",
            Channel::ConsumerAssociation => "准备：投诉信、交易凭证、沟通记录和你的联系方式。",
            Channel::Regulator => "准备：投诉信、与平台沟通未果的记录、交易凭证。",
            Channel::Lawsuit => "准备：全部证据、时间线和律师摘要，先咨询律师。",
            Channel::CardIssuer => "准备：卡号后四位、交易时间与金额、商家名称。",
        },
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
        import_error: |e| match e {
            ImportError::NotAnExport => "这不是退款指南导出的文件。",
            ImportError::Newer => "这个文件来自更新版本的指南，当前版本无法读取。",
            ImportError::Unreadable => "这个文件已损坏，无法读取。",
            ImportError::TooLarge => "这个文件超过 1 MB，未读取。",
        },
    },
};
