//! The widget's own words in English.

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
    next: "Continue",
    back: "Back",
    restart: "Start again",
    scam_next: "I understand: go on to my money problem",
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
    steps_title: "What to do",
    write_to_support: "Open the message to customer service",
    open_case_file: "Fill in your case file",
    open_texts: "See the ready-to-send texts",
    amount_hint: "In yuan (CNY)",
    why_more: "Cause",
    colon: ": ",
    aside: |s| format!(" ({s})"),
    arrived: ArrivedWords {
        yes: "Yes, it has arrived",
        not_yet: "No, not yet",
    },
    answer_again: "The guide has changed; please answer these questions again: ",
    list_separator: "; ",
    download_backup: "Download the unreadable data",
    resolved: |d| {
        format!("Case closed on {d}: the money arrived. Your plan stays here for your records.")
    },
    support: SupportWords {
        title: "Support contacts given by this site (check them inside the official app)",
        hotline: "Hotline",
        in_app: "In the app",
        website: "Website",
        hours: "Hours",
    },
    case: CaseWords {
        facts: [
            ("Date and time of the transaction", "When the payment or withdrawal was made"),
            ("Amount", "The amount owed to you, for example 199.00"),
            ("Currency", "A three-letter code; CNY for yuan"),
            ("Merchant", "The name of the shop or the person paid"),
            ("Order or transaction number", "In the order details or the statement"),
            ("Wallet", "For example the name of your payment app"),
            ("Refund route", "Where the money should come back to"),
            ("Date the refund or withdrawal started", "Format: year-month-day"),
            ("Receiving account", "Only the last four digits are kept; the rest are hidden as you type"),
            ("Your name", "Optional, to sign the texts; kept on this device only"),
            ("Your phone number", "Optional, to sign the texts; kept on this device only"),
        ],
        contact: [
            "When",
            "Channel (phone, chat, email…)",
            "Ticket number",
            "Agent's name or number",
            "What they promised",
            "Follow-up date agreed",
        ],
        evidence: [
            "Transaction record (the payment or withdrawal confirmation)",
            "Refund confirmation or refund request",
            "Order details page",
            "Chat logs with support or the merchant",
            "Screenshots of errors or odd pages",
            "Notes of phone calls (time, agent, what was said)",
            "Bank or credit card statement",
        ],
        route: |r| match r {
            Route::WalletBalance => "Back to the wallet balance",
            Route::BankCard => "Back to a bank card",
            Route::CreditCard => "Back to a credit card",
            Route::OriginalMethod => "Back the way it was paid",
            Route::Other => "Other",
        },
        field_error: |e| match e {
            FieldError::InvalidDateTime => "Enter a real date and time, for example 2026-11-20 14:30",
            FieldError::InvalidDate => "Enter a real date, for example 2026-11-20",
            FieldError::FutureDate => "The date cannot be after today",
            FieldError::InvalidAmount => {
                "Enter an amount above 0 with at most two decimals, for example 199.00"
            }
            FieldError::InvalidCurrency => "Enter a three-letter currency code, for example CNY",
            FieldError::InvalidRoute => "Choose a refund route from the list",
            FieldError::ControlCharacter => {
                "Remove the special characters (such as tabs or line breaks) this field cannot hold"
            }
            FieldError::LogFull => "The log holds at most 200 contacts: remove one to add another",
        },
        cut: |n| format!("Cut to {n} characters \u{2014} this field holds at most {n}."),
        choose: "Choose one",
        log: LogWords {
            heading: "Log a contact",
            add: "Add to the log",
            save: "Save changes",
            edit: "Change",
            remove: "Remove",
            cancel: "Cancel",
            empty: "No contacts logged yet.",
            undo: "Undo removal",
            added: ("Contact ", " added to the log."),
            saved: ("Contact ", " saved."),
            removed: ("Contact ", " removed."),
            restored: ("Contact ", " restored."),
        },
        texts: TextWords {
            copy: "Copy",
            copied: "Copied",
            copy_failed: "Could not copy; select the text and copy it yourself",
            unfilled: "Fill in before sending: ",
            download_txt: "Download .txt",
            print: "Print the whole case",
            download_ics: "Download reminders (.ics)",
            ics_hint: "Adds the \u{201c}check\u{201d} and \u{201c}escalate\u{201d} dates to your calendar.",
        },
        reminders: ReminderWords {
            check: "Check whether the refund arrived",
            escalate: "Refund still missing: escalate",
            follow_up: "Follow up ticket {ticket}",
            description: "A reminder from Refund Guide",
        },
        print: PrintWords {
            title: "Refund case record",
            facts: "Case facts",
            evidence: "Evidence kept",
            contacts: "Contact log",
        },
    },
    ladder: LadderWords {
        status_name: |s| match s {
            Status::NotStarted => "Not started",
            Status::Submitted => "Submitted",
            Status::Answered => "Answered",
            Status::Resolved => "Resolved",
        },
        prepare: |c| match c {
            Channel::InApp => "Prepare: the order number, a screenshot of the transaction, your notes of contacts with support.",
            Channel::SocialMedia => "Prepare: a short factual account without personal details or card numbers.",
            Channel::ConsumerAssociation => "Prepare: the complaint letter, proof of the transaction, your contact log and how to reach you.",
            Channel::Regulator => "Prepare: the complaint letter, proof that the company did not resolve it, proof of the transaction.",
            Channel::Lawsuit => "Prepare: all the evidence, the timeline and the summary for a lawyer; talk to a lawyer first.",
            Channel::CardIssuer => "Prepare: the card's last four digits, the transaction's date and amount, the merchant.",
        },
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
        import_error: |e| match e {
            ImportError::NotAnExport => "This is not a file exported by Refund Guide.",
            ImportError::Newer => {
                "This file comes from a newer version of the guide and cannot be read here."
            }
            ImportError::Unreadable => "This file is damaged and cannot be read.",
            ImportError::TooLarge => "This file is over 1 MB: not read.",
        },
    },
};
