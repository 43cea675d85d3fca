//! Stable ids (DESIGN §4.3). They appear in the DOM, in events, in saved state and in
//! content packs, so they are closed enums here: a typo is a compile error in code and a
//! named validation error in content.

use serde::{Deserialize, Serialize};

macro_rules! id_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $id)] $variant),+ }

        impl $name {
            /// Every value, in the documented order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Every stable id, in the order of [`Self::ALL`].
            pub const IDS: &'static [&'static str] = &[$($id),+];

            /// The stable id.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// Position in [`Self::ALL`] (for per-value tables).
            pub fn index(self) -> usize {
                self as usize
            }

            /// The value for a stable id, if there is one.
            pub fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

id_enum!(
    /// The five causes the source article names.
    Cause {
        TechnicalFault = "technical_fault",
        AccountSecurity = "account_security",
        MerchantError = "merchant_error",
        UserInfoError = "user_info_error",
        PolicyChange = "policy_change",
    }
);

id_enum!(
    /// The five handling steps of the source article.
    Step {
        CheckStatus = "check_status",
        ContactSupport = "contact_support",
        KeepEvidence = "keep_evidence",
        FileComplaint = "file_complaint",
        LegalHelp = "legal_help",
    }
);

id_enum!(
    /// Complaint channels, in the article's order, plus the card issuer's dispute process.
    Channel {
        InApp = "in_app",
        SocialMedia = "social_media",
        ConsumerAssociation = "consumer_association",
        Regulator = "regulator",
        Lawsuit = "lawsuit",
        CardIssuer = "card_issuer",
    }
);

id_enum!(
    /// How the money comes back; decides the normal processing window.
    Route {
        WalletBalance = "wallet_balance",
        BankCard = "bank_card",
        CreditCard = "credit_card",
        OriginalMethod = "original_method",
        Other = "other",
    }
);

id_enum!(
    /// Case facts a question can fill; the same value the case file shows (one value, one place).
    Field {
        TransactionAt = "transaction_at",
        Amount = "amount",
        Currency = "currency",
        Merchant = "merchant",
        OrderNumber = "order_number",
        Wallet = "wallet",
        Route = "route",
        RefundStartedOn = "refund_started_on",
        ReceivingAccount = "receiving_account",
        FullName = "full_name",
        Phone = "phone",
    }
);

id_enum!(
    /// Flags a choice can raise (`"flag"` in the flow): what kind of case it is, and what
    /// the plan must add. `pay_later`: the credit-record advice. `withdrawal`, `transfer`:
    /// texts worded for that money. `unauthorised`: no clock; freeze, investigate, reverse.
    /// `restricted`: no clock; lift it and state its basis. `official_freeze`: a court or
    /// police freeze the wallet cannot lift. `reverify`: identity checks only inside the
    /// official app. `to_credit`: a refund to a card or pay-later credit lowers the bill.
    /// `cross_border`: longer windows, exchange differences. `scam`: the police and
    /// anti-fraud block shows. `not_refunded`: the merchant has not refunded or there is no
    /// record, so nothing is on its way and no clock applies.
    Flag {
        PayLater = "pay_later",
        Withdrawal = "withdrawal",
        Transfer = "transfer",
        Unauthorised = "unauthorised",
        Restricted = "restricted",
        OfficialFreeze = "official_freeze",
        Reverify = "reverify",
        ToCredit = "to_credit",
        CrossBorder = "cross_border",
        Scam = "scam",
        NotRefunded = "not_refunded",
    }
);

id_enum!(
    /// Where the person stands with a channel of the escalation ladder (they set it).
    Status {
        NotStarted = "not_started",
        Submitted = "submitted",
        Answered = "answered",
        Resolved = "resolved",
    }
);

id_enum!(
    /// Locales with a full content pack and UI catalog.
    Locale {
        ZhCn = "zh-CN",
        En = "en",
    }
);

impl Locale {
    /// Picks a locale for a BCP 47 tag such as `navigator.language`: any `zh` → zh-CN,
    /// anything else → en.
    pub fn for_language_tag(tag: &str) -> Locale {
        if tag.trim().to_ascii_lowercase().starts_with("zh") {
            Locale::ZhCn
        } else {
            Locale::En
        }
    }
}

/// Article items that are not separate types in the engine but must all be present in every
/// locale (the completeness test enumerates these).
pub const TIP_IDS: &[&str] = &[
    "prepare",
    "be_clear",
    "listen",
    "note_key_points",
    "stay_calm",
];
pub const PREVENTION_IDS: &[&str] = &[
    "protect_account",
    "choose_merchants",
    "check_statements",
    "know_refund_policy",
    "official_channels",
];
pub const RISK_IDS: &[&str] = &["technical", "security", "legal", "data_leak", "credit"];
pub const OUTLOOK_IDS: &[&str] = &[
    "security",
    "integration",
    "blockchain",
    "global",
    "experience",
];
/// Named snippets the plan needs from every text pack.
pub const NOTE_IDS: &[&str] = &[
    "no_cause",
    "why",
    "pay_later",
    "legal_now",
    "possible",
    "more",
    "no_clock_unauthorised",
    "no_clock_restricted",
    "no_clock_not_refunded",
    "to_credit",
    "cross_border",
    "reverify",
    "official_freeze",
    "official_only",
    "police",
];
