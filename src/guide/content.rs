//! Content packs: a raw layer (serde types that mirror the JSON files exactly) and a checked
//! layer ([`Flow`], [`Texts`], [`Guide`]) that the engine relies on.
//!
//! The split is deliberate: the JSON is written by people (us, and integrators overriding
//! wording), so everything wrong with it must come back as a list of [`ContentError`]s that
//! name the node and the problem, never as a panic or a half-working guide. Once checked, the
//! engine can index nodes without fallible lookups sprinkled through the UI.
//!
//! The flow (`content/flow.json`) is locale-independent: node kinds, links, the triage
//! points. Each locale has a text pack (`content/<locale>.json`) keyed by the same ids, so
//! "both locales carry exactly the same node and choice ids" is checked by validating each
//! text pack against the one flow.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::fmt;

use serde::Deserialize;

use super::ids::{
    Cause, Channel, Field, Locale, Route, Step, NOTE_IDS, OUTLOOK_IDS, PREVENTION_IDS, RISK_IDS,
    TIP_IDS,
};

/// The shipped content, compiled into the build.
pub const BUILTIN_FLOW: &str = include_str!("../../content/flow.json");
pub const BUILTIN_ZH_CN: &str = include_str!("../../content/zh-CN.json");
pub const BUILTIN_EN: &str = include_str!("../../content/en.json");

/// Large-amount threshold when the flow sets none (CNY).
pub const DEFAULT_LEGAL_HELP_THRESHOLD: f64 = 5000.0;

// ---------------------------------------------------------------------------------------
// Raw layer
// ---------------------------------------------------------------------------------------

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFlow {
    pub start: String,
    pub nodes: Vec<RawNode>,
    #[serde(default)]
    pub plans: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub legal_help_threshold: Option<f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNode {
    pub id: String,
    pub kind: String,
    #[serde(default)]
    pub next: Option<String>,
    #[serde(default)]
    pub multi: bool,
    #[serde(default)]
    pub choices: Vec<RawChoice>,
    #[serde(default)]
    pub field: Option<String>,
    #[serde(default)]
    pub input: Option<String>,
    #[serde(default)]
    pub links: Vec<String>,
    #[serde(default)]
    pub topic: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChoice {
    pub id: String,
    #[serde(default)]
    pub next: Option<String>,
    #[serde(default)]
    pub route: Option<String>,
    #[serde(default)]
    pub points: BTreeMap<String, u8>,
    #[serde(default)]
    pub exclusive: bool,
    #[serde(default)]
    pub flag: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTexts {
    pub locale: String,
    pub name: String,
    pub nodes: BTreeMap<String, RawNodeText>,
    pub causes: BTreeMap<String, RawCauseText>,
    pub steps: BTreeMap<String, RawItem>,
    pub plan_notes: BTreeMap<String, BTreeMap<String, String>>,
    pub notes: BTreeMap<String, String>,
    pub tips: BTreeMap<String, RawItem>,
    pub channels: BTreeMap<String, RawItem>,
    pub prevention: BTreeMap<String, RawItem>,
    pub risks: BTreeMap<String, RawItem>,
    pub outlook: BTreeMap<String, RawItem>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNodeText {
    pub title: String,
    #[serde(default)]
    pub hint: Option<String>,
    #[serde(default)]
    pub body: Vec<String>,
    #[serde(default)]
    pub choices: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawItem {
    pub title: String,
    pub body: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCauseText {
    pub title: String,
    pub explain: String,
}

// ---------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------

/// One problem in a content pack: where it is (a node id, or a section such as `causes`)
/// and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub place: String,
    pub message: String,
}

impl ContentError {
    fn at(place: impl Into<String>, message: impl Into<String>) -> Self {
        ContentError {
            place: place.into(),
            message: message.into(),
        }
    }
    fn node(id: &str, message: impl Into<String>) -> Self {
        ContentError::at(format!("node `{id}`"), message)
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

// ---------------------------------------------------------------------------------------
// Checked layer
// ---------------------------------------------------------------------------------------

/// What an input node asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputKind {
    Date,
    Amount,
}

/// Flags a choice can raise for the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flag {
    /// Paid with pay-later credit: the plan adds the credit-record advice.
    PayLater,
}

/// Know-how topics (the article's FAQ sections).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    Tips,
    Prevention,
    Risks,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub id: String,
    pub next: Option<usize>,
    pub route: Option<Route>,
    pub points: Vec<(Cause, u8)>,
    pub exclusive: bool,
    pub flag: Option<Flag>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum NodeKind {
    Question { multi: bool, choices: Vec<Choice> },
    Input { field: Field, input: InputKind },
    /// A page that interrupts the flow with something to do first (account security).
    Urgent,
    /// "Check your answers".
    Summary,
    /// The outcome: causes, clock, steps; links to know-how pages.
    Plan { links: Vec<usize> },
    /// A path that ends here (the scam warning).
    Stop,
    Knowhow { topic: Topic },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub id: String,
    pub kind: NodeKind,
    pub next: Option<usize>,
}

impl Node {
    /// The choice with this id, for question nodes.
    pub fn choice(&self, id: &str) -> Option<&Choice> {
        match &self.kind {
            NodeKind::Question { choices, .. } => choices.iter().find(|c| c.id == id),
            _ => None,
        }
    }

    /// Pages that end a path (no Continue).
    pub fn is_end(&self) -> bool {
        matches!(
            self.kind,
            NodeKind::Plan { .. } | NodeKind::Stop | NodeKind::Knowhow { .. }
        )
    }

    /// Nodes that ask something (shown on "check your answers").
    pub fn asks(&self) -> bool {
        matches!(self.kind, NodeKind::Question { .. } | NodeKind::Input { .. })
    }
}

/// The checked, locale-independent flow.
#[derive(Clone, Debug, PartialEq)]
pub struct Flow {
    pub start: usize,
    pub nodes: Vec<Node>,
    index: HashMap<String, usize>,
    pub plans: BTreeMap<Cause, Vec<Step>>,
    pub legal_help_threshold: f64,
}

impl Flow {
    pub fn parse(json: &str) -> Result<Flow, Vec<ContentError>> {
        let raw: RawFlow = serde_json::from_str(json)
            .map_err(|e| vec![ContentError::at("flow", format!("not a valid flow file: {e}"))])?;
        Flow::check(raw)
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index_of(id).map(|i| &self.nodes[i])
    }

    pub fn start_node(&self) -> &Node {
        &self.nodes[self.start]
    }

    /// The order of the handling steps for a cause (all five, always).
    pub fn plan_for(&self, cause: Option<Cause>) -> Vec<Step> {
        cause
            .and_then(|c| self.plans.get(&c).cloned())
            .unwrap_or_else(|| Step::ALL.to_vec())
    }

    /// Every node directly reachable from `node`.
    pub fn successors(&self, node: &Node) -> Vec<usize> {
        let mut out: Vec<usize> = node.next.into_iter().collect();
        match &node.kind {
            NodeKind::Question { choices, .. } => out.extend(choices.iter().filter_map(|c| c.next)),
            NodeKind::Plan { links } => out.extend(links.iter().copied()),
            _ => {}
        }
        out
    }

    /// Checks a raw flow; returns every problem found, each naming its node.
    pub fn check(raw: RawFlow) -> Result<Flow, Vec<ContentError>> {
        let mut errors = Vec::new();
        let mut index = HashMap::new();
        for (i, node) in raw.nodes.iter().enumerate() {
            if !is_id(&node.id) {
                errors.push(ContentError::node(
                    &node.id,
                    "ids use lowercase letters, digits and `_` only",
                ));
            }
            if index.insert(node.id.clone(), i).is_some() {
                errors.push(ContentError::node(&node.id, "this id is used by more than one node"));
            }
        }
        let link = |errors: &mut Vec<ContentError>, from: &str, what: &str, to: &Option<String>| {
            to.as_ref().and_then(|to| match index.get(to) {
                Some(&i) => Some(i),
                None => {
                    errors.push(ContentError::node(from, format!("{what} links to unknown node `{to}`")));
                    None
                }
            })
        };

        let mut nodes = Vec::with_capacity(raw.nodes.len());
        for rn in &raw.nodes {
            let next = link(&mut errors, &rn.id, "`next`", &rn.next);
            let kind = match rn.kind.as_str() {
                "question" => {
                    let mut seen = BTreeSet::new();
                    let mut choices = Vec::new();
                    for rc in &rn.choices {
                        if !is_id(&rc.id) {
                            errors.push(ContentError::node(&rn.id, format!("choice id `{}` is not a valid id", rc.id)));
                        }
                        if !seen.insert(rc.id.clone()) {
                            errors.push(ContentError::node(&rn.id, format!("choice `{}` appears twice", rc.id)));
                        }
                        let cnext = link(&mut errors, &rn.id, &format!("choice `{}`", rc.id), &rc.next);
                        if cnext.is_none() && next.is_none() && rc.next.is_none() {
                            errors.push(ContentError::node(
                                &rn.id,
                                format!("choice `{}` leads nowhere: give it or the node a `next`", rc.id),
                            ));
                        }
                        let route = rc.route.as_ref().and_then(|r| {
                            let route = Route::from_id(r);
                            if route.is_none() {
                                errors.push(ContentError::node(&rn.id, format!("choice `{}` names unknown route `{r}`", rc.id)));
                            }
                            route
                        });
                        let mut points = Vec::new();
                        for (cause, &p) in &rc.points {
                            match Cause::from_id(cause) {
                                Some(c) => points.push((c, p)),
                                None => errors.push(ContentError::node(
                                    &rn.id,
                                    format!("choice `{}` gives points to unknown cause `{cause}`", rc.id),
                                )),
                            }
                        }
                        let flag = match rc.flag.as_deref() {
                            None => None,
                            Some("pay_later") => Some(Flag::PayLater),
                            Some(other) => {
                                errors.push(ContentError::node(&rn.id, format!("choice `{}` has unknown flag `{other}`", rc.id)));
                                None
                            }
                        };
                        if rc.exclusive && !rn.multi {
                            errors.push(ContentError::node(
                                &rn.id,
                                format!("choice `{}` is `exclusive` but the question is not multi-select", rc.id),
                            ));
                        }
                        choices.push(Choice { id: rc.id.clone(), next: cnext, route, points, exclusive: rc.exclusive, flag });
                    }
                    if rn.choices.len() < 2 {
                        errors.push(ContentError::node(&rn.id, "a question needs at least two choices"));
                    }
                    if rn.multi && rn.next.is_none() {
                        errors.push(ContentError::node(&rn.id, "a multi-select question needs a `next`"));
                    }
                    NodeKind::Question { multi: rn.multi, choices }
                }
                "input" => {
                    let field = rn.field.as_deref().and_then(Field::from_id);
                    if field.is_none() {
                        errors.push(ContentError::node(
                            &rn.id,
                            format!("`field` must be a case-file field id, found {:?}", rn.field),
                        ));
                    }
                    let input = match rn.input.as_deref() {
                        Some("date") => Some(InputKind::Date),
                        Some("amount") => Some(InputKind::Amount),
                        other => {
                            errors.push(ContentError::node(&rn.id, format!("`input` must be `date` or `amount`, found {other:?}")));
                            None
                        }
                    };
                    match (field, input) {
                        (Some(field), Some(input)) => NodeKind::Input { field, input },
                        _ => NodeKind::Urgent,
                    }
                }
                "urgent" => NodeKind::Urgent,
                "summary" => NodeKind::Summary,
                "plan" => {
                    let links = rn
                        .links
                        .iter()
                        .filter_map(|l| link(&mut errors, &rn.id, "`links`", &Some(l.clone())))
                        .collect();
                    NodeKind::Plan { links }
                }
                "stop" => NodeKind::Stop,
                "knowhow" => {
                    let topic = match rn.topic.as_deref() {
                        Some("tips") => Topic::Tips,
                        Some("prevention") => Topic::Prevention,
                        Some("risks") => Topic::Risks,
                        other => {
                            errors.push(ContentError::node(
                                &rn.id,
                                format!("`topic` must be `tips`, `prevention` or `risks`, found {other:?}"),
                            ));
                            Topic::Tips
                        }
                    };
                    NodeKind::Knowhow { topic }
                }
                other => {
                    errors.push(ContentError::node(
                        &rn.id,
                        format!("unknown kind `{other}` (question, input, urgent, summary, plan, stop, knowhow)"),
                    ));
                    NodeKind::Stop
                }
            };
            if matches!(kind, NodeKind::Input { .. } | NodeKind::Urgent | NodeKind::Summary) && rn.next.is_none() {
                errors.push(ContentError::node(&rn.id, format!("a `{}` node needs a `next`", rn.kind)));
            }
            if !matches!(kind, NodeKind::Question { .. }) && !rn.choices.is_empty() {
                errors.push(ContentError::node(&rn.id, "only questions have choices"));
            }
            nodes.push(Node { id: rn.id.clone(), kind, next });
        }

        let start = match index.get(&raw.start) {
            Some(&s) => Some(s),
            None => {
                errors.push(ContentError::at("flow", format!("`start` names unknown node `{}`", raw.start)));
                None
            }
        };

        let mut plans = BTreeMap::new();
        for (cause, order) in &raw.plans {
            let Some(c) = Cause::from_id(cause) else {
                errors.push(ContentError::at("plans", format!("unknown cause `{cause}`")));
                continue;
            };
            let steps: Vec<Step> = order.iter().filter_map(|s| Step::from_id(s)).collect();
            let distinct: BTreeSet<Step> = steps.iter().copied().collect();
            if steps.len() != order.len() || distinct.len() != Step::ALL.len() || steps.len() != Step::ALL.len() {
                errors.push(ContentError::at(
                    "plans",
                    format!("the order for `{cause}` must list each of the five steps exactly once"),
                ));
            }
            plans.insert(c, steps);
        }
        for cause in Cause::ALL {
            if !plans.contains_key(cause) {
                errors.push(ContentError::at("plans", format!("no step order for cause `{}`", cause.id())));
            }
        }
        let legal_help_threshold = raw.legal_help_threshold.unwrap_or(DEFAULT_LEGAL_HELP_THRESHOLD);
        if !(legal_help_threshold.is_finite() && legal_help_threshold > 0.0) {
            errors.push(ContentError::at("flow", "`legal_help_threshold` must be a positive number"));
        }

        let Some(start) = start else { return Err(errors) };
        let flow = Flow { start, nodes, index, plans, legal_help_threshold };
        if !flow.nodes.iter().any(|n| matches!(n.kind, NodeKind::Plan { .. })) {
            errors.push(ContentError::at("flow", "there is no `plan` node: no path can reach an outcome"));
        }
        errors.extend(flow.check_graph());
        if errors.is_empty() {
            Ok(flow)
        } else {
            Err(errors)
        }
    }

    /// Reachability both ways: every node reachable from the start, and from every node an
    /// end (plan, stop, know-how) reachable, which also rules out loops with no exit.
    fn check_graph(&self) -> Vec<ContentError> {
        let n = self.nodes.len();
        let mut errors = Vec::new();
        let mut reached = vec![false; n];
        let mut queue = VecDeque::from([self.start]);
        reached[self.start] = true;
        let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (i, node) in self.nodes.iter().enumerate() {
            for s in self.successors(node) {
                preds[s].push(i);
            }
        }
        while let Some(i) = queue.pop_front() {
            for s in self.successors(&self.nodes[i]) {
                if !reached[s] {
                    reached[s] = true;
                    queue.push_back(s);
                }
            }
        }
        let mut exits = vec![false; n];
        let mut queue: VecDeque<usize> = (0..n).filter(|&i| self.nodes[i].is_end()).collect();
        for &i in &queue {
            exits[i] = true;
        }
        while let Some(i) = queue.pop_front() {
            for &p in &preds[i] {
                if !exits[p] {
                    exits[p] = true;
                    queue.push_back(p);
                }
            }
        }
        for (i, node) in self.nodes.iter().enumerate() {
            if !reached[i] {
                errors.push(ContentError::node(&node.id, "cannot be reached from the start"));
            }
            if !exits[i] {
                errors.push(ContentError::node(
                    &node.id,
                    "no path from here reaches an outcome (a loop without an exit, or a dead end)",
                ));
            }
        }
        errors
    }
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// A node's words in one locale.
#[derive(Clone, Debug, PartialEq)]
pub struct NodeText {
    pub title: String,
    pub hint: Option<String>,
    pub body: Vec<String>,
    pub choices: BTreeMap<String, String>,
}

/// A titled paragraph (a tip, a risk, a channel…).
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub id: String,
    pub title: String,
    pub body: String,
}

/// One locale's checked text pack.
#[derive(Clone, Debug, PartialEq)]
pub struct Texts {
    pub locale: Locale,
    pub name: String,
    nodes: HashMap<String, NodeText>,
    causes: BTreeMap<Cause, (String, String)>,
    steps: BTreeMap<Step, Item>,
    plan_notes: BTreeMap<(Cause, Step), String>,
    notes: BTreeMap<String, String>,
    pub tips: Vec<Item>,
    pub channels: Vec<(Channel, Item)>,
    pub prevention: Vec<Item>,
    pub risks: Vec<Item>,
    pub outlook: Vec<Item>,
}

impl Texts {
    pub fn parse(json: &str, flow: &Flow) -> Result<Texts, Vec<ContentError>> {
        let raw: RawTexts = serde_json::from_str(json)
            .map_err(|e| vec![ContentError::at("texts", format!("not a valid text pack: {e}"))])?;
        Texts::check(raw, flow)
    }

    /// Checks a text pack against the flow: every node and choice has words, no words for
    /// ids the flow does not have, every article item present.
    pub fn check(raw: RawTexts, flow: &Flow) -> Result<Texts, Vec<ContentError>> {
        let mut errors = Vec::new();
        let locale = Locale::from_id(&raw.locale);
        if locale.is_none() {
            errors.push(ContentError::at("texts", format!("unknown locale `{}` (zh-CN or en)", raw.locale)));
        }
        let place = |section: &str| format!("{} {section}", raw.locale);
        for node in &flow.nodes {
            let Some(text) = raw.nodes.get(&node.id) else {
                errors.push(ContentError::node(&node.id, format!("has no text in {}", raw.locale)));
                continue;
            };
            if text.title.trim().is_empty() {
                errors.push(ContentError::node(&node.id, format!("empty title in {}", raw.locale)));
            }
            if let NodeKind::Question { choices, .. } = &node.kind {
                for c in choices {
                    if text.choices.get(&c.id).is_none_or(|l| l.trim().is_empty()) {
                        errors.push(ContentError::node(&node.id, format!("choice `{}` has no label in {}", c.id, raw.locale)));
                    }
                }
                for id in text.choices.keys() {
                    if node.choice(id).is_none() {
                        errors.push(ContentError::node(&node.id, format!("{} labels a choice `{id}` the flow does not have", raw.locale)));
                    }
                }
            } else if !text.choices.is_empty() {
                errors.push(ContentError::node(&node.id, format!("{} gives choices to a node that has none", raw.locale)));
            }
            if matches!(node.kind, NodeKind::Urgent | NodeKind::Stop) && text.body.is_empty() {
                errors.push(ContentError::node(&node.id, format!("a warning page needs a body in {}", raw.locale)));
            }
        }
        for id in raw.nodes.keys() {
            if flow.node(id).is_none() {
                errors.push(ContentError::node(id, format!("{} has text for a node the flow does not have", raw.locale)));
            }
        }

        let mut causes = BTreeMap::new();
        for (id, t) in &raw.causes {
            match Cause::from_id(id) {
                Some(c) => {
                    causes.insert(c, (t.title.clone(), t.explain.clone()));
                }
                None => errors.push(ContentError::at(place("causes"), format!("unknown cause `{id}`"))),
            }
        }
        for c in Cause::ALL {
            if !causes.contains_key(c) {
                errors.push(ContentError::at(place("causes"), format!("cause `{}` is missing", c.id())));
            }
        }
        let steps = enum_items(&raw.steps, Step::ALL, Step::id, &place("steps"), &mut errors);
        let channels = enum_items(&raw.channels, Channel::ALL, Channel::id, &place("channels"), &mut errors);
        let mut plan_notes = BTreeMap::new();
        for (cause_id, notes) in &raw.plan_notes {
            let Some(cause) = Cause::from_id(cause_id) else {
                errors.push(ContentError::at(place("plan_notes"), format!("unknown cause `{cause_id}`")));
                continue;
            };
            for (step_id, note) in notes {
                match Step::from_id(step_id) {
                    Some(step) => {
                        plan_notes.insert((cause, step), note.clone());
                    }
                    None => errors.push(ContentError::at(
                        place("plan_notes"),
                        format!("`{cause_id}` has a note for unknown step `{step_id}`"),
                    )),
                }
            }
        }
        for &c in Cause::ALL {
            for &s in Step::ALL {
                if !plan_notes.contains_key(&(c, s)) {
                    errors.push(ContentError::at(
                        place("plan_notes"),
                        format!("no note for step `{}` under cause `{}`", s.id(), c.id()),
                    ));
                }
            }
        }
        let fixed = |map: &BTreeMap<String, RawItem>, ids: &[&str], section: &str, errors: &mut Vec<ContentError>| {
            check_keys(map.keys().map(String::as_str), ids, &place(section), errors);
            ids.iter()
                .filter_map(|id| {
                    map.get(*id).map(|i| Item { id: (*id).to_string(), title: i.title.clone(), body: i.body.clone() })
                })
                .collect::<Vec<_>>()
        };
        let tips = fixed(&raw.tips, TIP_IDS, "tips", &mut errors);
        let prevention = fixed(&raw.prevention, PREVENTION_IDS, "prevention", &mut errors);
        let risks = fixed(&raw.risks, RISK_IDS, "risks", &mut errors);
        let outlook = fixed(&raw.outlook, OUTLOOK_IDS, "outlook", &mut errors);
        check_keys(raw.notes.keys().map(String::as_str), NOTE_IDS, &place("notes"), &mut errors);

        match locale {
            Some(locale) if errors.is_empty() => Ok(Texts {
                locale,
                name: raw.name,
                nodes: raw
                    .nodes
                    .into_iter()
                    .map(|(id, t)| {
                        (id, NodeText { title: t.title, hint: t.hint, body: t.body, choices: t.choices })
                    })
                    .collect(),
                causes,
                steps: steps.into_iter().collect(),
                plan_notes,
                notes: raw.notes,
                tips,
                channels,
                prevention,
                risks,
                outlook,
            }),
            _ => Err(errors),
        }
    }

    /// A node's words. Every flow node has them once checked; the fallback only guards a
    /// node id that is not in the flow.
    pub fn node(&self, id: &str) -> &NodeText {
        static EMPTY: std::sync::OnceLock<NodeText> = std::sync::OnceLock::new();
        self.nodes.get(id).unwrap_or_else(|| {
            EMPTY.get_or_init(|| NodeText { title: String::new(), hint: None, body: Vec::new(), choices: BTreeMap::new() })
        })
    }

    /// A choice's label (the id itself if unknown, so nothing renders blank).
    pub fn choice<'a>(&'a self, node: &str, choice: &'a str) -> &'a str {
        self.node(node).choices.get(choice).map(String::as_str).unwrap_or(choice)
    }

    pub fn cause(&self, c: Cause) -> (&str, &str) {
        self.causes.get(&c).map(|(t, e)| (t.as_str(), e.as_str())).unwrap_or((c.id(), ""))
    }

    pub fn step(&self, s: Step) -> (&str, &str) {
        self.steps.get(&s).map(|i| (i.title.as_str(), i.body.as_str())).unwrap_or((s.id(), ""))
    }

    pub fn plan_note(&self, c: Cause, s: Step) -> &str {
        self.plan_notes.get(&(c, s)).map(String::as_str).unwrap_or("")
    }

    pub fn note(&self, id: &str) -> &str {
        self.notes.get(id).map(String::as_str).unwrap_or("")
    }
}

fn check_keys<'a>(keys: impl Iterator<Item = &'a str>, ids: &[&str], place: &str, errors: &mut Vec<ContentError>) {
    let have: BTreeSet<&str> = keys.collect();
    for id in ids {
        if !have.contains(id) {
            errors.push(ContentError::at(place, format!("`{id}` is missing")));
        }
    }
    for id in have {
        if !ids.contains(&id) {
            errors.push(ContentError::at(place, format!("unknown item `{id}`")));
        }
    }
}

fn enum_items<T: Copy + Ord>(
    map: &BTreeMap<String, RawItem>,
    all: &[T],
    id: fn(T) -> &'static str,
    place: &str,
    errors: &mut Vec<ContentError>,
) -> Vec<(T, Item)> {
    let ids: Vec<&str> = all.iter().map(|&t| id(t)).collect();
    check_keys(map.keys().map(String::as_str), &ids, place, errors);
    all.iter()
        .filter_map(|&t| {
            map.get(id(t)).map(|i| (t, Item { id: id(t).to_string(), title: i.title.clone(), body: i.body.clone() }))
        })
        .collect()
}

/// The flow and every locale's texts, checked together.
#[derive(Clone, Debug, PartialEq)]
pub struct Guide {
    pub flow: Flow,
    pub zh_cn: Texts,
    pub en: Texts,
}

impl Guide {
    /// The content compiled into this build.
    pub fn builtin() -> Result<Guide, Vec<ContentError>> {
        Guide::from_sources(BUILTIN_FLOW, BUILTIN_ZH_CN, BUILTIN_EN)
    }

    pub fn from_sources(flow: &str, zh_cn: &str, en: &str) -> Result<Guide, Vec<ContentError>> {
        let flow = Flow::parse(flow)?;
        let zh = Texts::parse(zh_cn, &flow);
        let en = Texts::parse(en, &flow);
        match (zh, en) {
            (Ok(zh_cn), Ok(en)) if zh_cn.locale == Locale::ZhCn && en.locale == Locale::En => {
                Ok(Guide { flow, zh_cn, en })
            }
            (Ok(_), Ok(_)) => Err(vec![ContentError::at("texts", "the packs are not zh-CN and en")]),
            (zh, en) => Err(zh.err().into_iter().chain(en.err()).flatten().collect()),
        }
    }

    pub fn texts(&self, locale: Locale) -> &Texts {
        match locale {
            Locale::ZhCn => &self.zh_cn,
            Locale::En => &self.en,
        }
    }
}
