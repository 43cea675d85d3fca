// Types for Refund Guide's embed (the `refund-guide` npm package; docs/INTEGRATION.md).
// Loading the module (`import 'refund-guide'` or the <script type="module"> tag) defines
// <refund-guide> and sets `window.RefundGuide`. Ids are the stable ids of DESIGN §4.3.

export type Locale = 'zh-CN' | 'en';
export type CauseId =
  | 'technical_fault' | 'account_security' | 'merchant_error' | 'user_info_error' | 'policy_change';
export type StepId = 'check_status' | 'contact_support' | 'keep_evidence' | 'file_complaint' | 'legal_help';
export type ChannelId =
  | 'in_app' | 'social_media' | 'consumer_association' | 'regulator' | 'lawsuit' | 'card_issuer';
export type RouteId = 'wallet_balance' | 'bank_card' | 'credit_card' | 'original_method' | 'other';
export type LetterId =
  | 'customer_service' | 'in_app_complaint' | 'consumer_association' | 'regulator' | 'lawyer_summary';
export type NoticeId =
  | 'resume' | 'storage_unavailable' | 'storage_full' | 'saved_data_unreadable'
  | 'saved_by_newer_version' | 'changed_in_other_tab';
export type ClockVerdict = 'waiting' | 'overdue' | 'unknown' | 'not_applicable';
/** A colour written `#rgb` or `#rrggbb`. */
export type HexColor = `#${string}`;
/** A date written `YYYY-MM-DD`. */
export type IsoDate = `${number}-${number}-${number}`;

/** The normal processing time of a refund route, counted from the day the refund started. */
export interface RefundWindow {
  minDays: number;
  maxDays: number;
  /** Count business days (weekends, `holidays` and `workdays` apply) rather than calendar days. */
  businessDays?: boolean;
}

/** A complaint channel the host adds to the ladder. */
export interface ExtraChannel {
  id: string;
  name: string;
  phone?: string;
  /** `https:` or a same-origin path. */
  url?: string;
  note?: string;
}

/** The configuration (DESIGN §4.2): every key optional; unknown keys are reported. */
export interface RefundGuideConfig {
  locale?: Locale | 'auto';
  brand?: {
    name?: string;
    /** `https:` or a same-origin path: the one asset the widget may request. */
    logo?: string;
    colors?: {
      primary?: HexColor;
      onPrimary?: HexColor;
      text?: HexColor;
      background?: HexColor;
      danger?: HexColor;
    };
    /** A CSS length, e.g. `8px`. */
    radius?: string;
    /** A CSS font-family list. */
    font?: string;
  };
  /** The provider's own customer service. */
  support?: {
    hotline?: string;
    /** The menu path in the wallet app, e.g. "我的 › 客服中心". */
    inAppPath?: string;
    url?: string;
    hours?: string;
  };
  refundWindows?: Partial<Record<RouteId, RefundWindow>>;
  /** Extra days off. */
  holidays?: IsoDate[];
  /** Extra working days (make-up working weekends). */
  workdays?: IsoDate[];
  channels?: {
    /** Only `social_media` can be hidden. */
    hide?: 'social_media'[];
    extra?: ExtraChannel[];
  };
  storage?: {
    /** The localStorage key prefix (`<prefix>:v<schema>`). */
    prefix?: string;
    /** `false` keeps everything in memory. */
    persist?: boolean;
  };
  /** The amount (whole units of the case's currency) from which the plan raises legal help; 5000 by default. */
  legalHelpAmount?: number;
  /** Follow the person's `prefers-color-scheme` (default), or force the light or dark theme. */
  theme?: 'auto' | 'light' | 'dark';
  /** A partial content pack (or a list of them), merged by node id and checked. */
  content?: Record<string, unknown> | Record<string, unknown>[];
}

/** A problem the configuration checker reports (an `error` event's detail). */
export interface ConfigIssue {
  code: 'unknown_key' | 'invalid_value' | 'storage_prefix_in_use' | 'load_failed' | (string & {});
  /** Dotted path of the setting, e.g. `brand.colors.primary`; `config` for the whole. */
  key: string | null;
  message: string;
}

/** What `mount()` returns for an element other than <refund-guide>. */
export interface RefundGuideHandle {
  /** Back to the first question with nothing kept. */
  reset(): void;
  /** Switch language, keeping the person's place and answers. */
  setLocale(locale: Locale): void;
  /** Unmount; the element can be mounted again. */
  destroy(): void;
}

/** `<refund-guide>`: the element is the handle. */
export interface RefundGuideElement extends HTMLElement, RefundGuideHandle {
  /** Setting it reconfigures the widget (the person keeps their place). */
  config: RefundGuideConfig | undefined;
}

export interface RefundGuideApi {
  /** Mounts (or reconfigures) a widget; on a <refund-guide> it returns that element. */
  mount(target: RefundGuideElement, config?: RefundGuideConfig): RefundGuideElement;
  mount(target: string | HTMLElement, config?: RefundGuideConfig): RefundGuideHandle;
  /** What `mount()` would report for `config`, without mounting anything. */
  check(config: unknown): Promise<ConfigIssue[]>;
  readonly version: string;
  /** Diagnostics: the wasm's memory in bytes, and a load error if there was one. */
  stats(): { wasmMemoryBytes: number; error: string | null };
}

/** Each event's `detail` (events carry ids, never the person's data). */
export interface RefundGuideEventDetails {
  ready: { version: string; locale: Locale };
  step: { step: string; index: number; total: number };
  cause: { causes: CauseId[] };
  clock: { verdict: ClockVerdict; due: IsoDate | null };
  letter: { letter: LetterId | 'all'; action: 'copy' | 'download_txt' | 'print' };
  complete: { causes: CauseId[]; verdict: ClockVerdict };
  reset: Record<string, never>;
  error: ConfigIssue;
}

export type RefundGuideEventMap = {
  [K in keyof RefundGuideEventDetails as `refund-guide:${K}`]: CustomEvent<RefundGuideEventDetails[K]>;
};

declare global {
  interface Window {
    RefundGuide: RefundGuideApi;
  }
  interface HTMLElementTagNameMap {
    'refund-guide': RefundGuideElement;
  }
  // Events bubble and are composed, so a listener on any ancestor (or the document) sees them.
  interface HTMLElementEventMap extends RefundGuideEventMap {}
  interface DocumentEventMap extends RefundGuideEventMap {}
  interface WindowEventMap extends RefundGuideEventMap {}
}
