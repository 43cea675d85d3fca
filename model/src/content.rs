//! Content packs: a raw layer (the JSON as written, read into `serde_json::Value`) and a
//! checked layer ([`Flow`], [`Texts`], [`Guide`]) that the engine relies on.
//!
//! The split is deliberate: the JSON is written by people (us, and integrators overriding
//! wording), so everything wrong with it must come back as a list of [`ContentError`]s that
//! name the node and the problem, never as a panic or a half-working guide. Once checked, the
//! engine can index nodes without fallible lookups sprinkled through the UI.
//!
//! The raw layer is a walk over a `serde_json::Value` rather than derived serde structs: a
//! derived reader stops at the first problem, while a person fixing a pack (or an integrator
//! fixing an override) wants every unknown key and missing text named at once.
//!
//! The flow (`content/flow.json`) is locale-independent: node kinds, links, the triage
//! points. Each locale has a text pack (`content/<locale>.json`) keyed by the same ids, so
//! "both locales carry exactly the same node and choice ids" is checked by validating each
//! text pack against the one flow.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

type Map = serde_json::Map<String, Value>;

use super::ids::{
    Cause, Channel, Field, Locale, Route, Step, NOTE_IDS, OUTLOOK_IDS, PREVENTION_IDS, RISK_IDS,
    TIP_IDS,
};

/// The shipped content as written. The widget's `build.rs` checks these ([`Guide::shipped`])
/// and serialises the result with postcard; the wasm never parses these files.
pub const BUILTIN_FLOW: &str = include_str!("../../content/flow.json");
pub const BUILTIN_ZH_CN: &str = include_str!("../../content/zh-CN.json");
pub const BUILTIN_EN: &str = include_str!("../../content/en.json");

/// Large-amount threshold (whole yuan) when the flow sets none.
pub const DEFAULT_LEGAL_HELP_THRESHOLD: u64 = 5000;

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
    pub(super) fn at(place: impl Into<String>, message: impl Into<String>) -> Self {
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
// Reading the raw layer
// ---------------------------------------------------------------------------------------

/// Collects problems while reading one JSON object.
struct Reader<'e> {
    errors: &'e mut Vec<ContentError>,
}

impl Reader<'_> {
    fn err(&mut self, place: &str, message: String) {
        self.errors.push(ContentError::at(place, message));
    }

    /// `value` as an object, reporting keys outside `known`.
    fn object<'v>(&mut self, value: &'v Value, place: &str, known: &[&str]) -> Option<&'v Map> {
        match value.as_object() {
            Some(map) => {
                for key in map.keys() {
                    if !known.is_empty() && !known.contains(&key.as_str()) {
                        self.err(place, format!("unknown key `{key}`"));
                    }
                }
                Some(map)
            }
            None => {
                self.err(place, "must be an object".into());
                None
            }
        }
    }

    /// `map[key]` as an object whose keys are ids (no key check).
    fn table<'v>(&mut self, map: &'v Map, key: &str, place: &str) -> Option<&'v Map> {
        match map.get(key) {
            Some(v) => self.object(v, &format!("{place} `{key}`"), &[]),
            None => {
                self.err(place, format!("`{key}` is missing"));
                None
            }
        }
    }

    fn string(&mut self, map: &Map, key: &str, place: &str, required: bool) -> Option<String> {
        match map.get(key) {
            Some(Value::String(s)) if !required || !s.trim().is_empty() => Some(s.clone()),
            Some(Value::String(_)) => {
                self.err(place, format!("`{key}` is empty"));
                None
            }
            Some(_) => {
                self.err(place, format!("`{key}` must be a string"));
                None
            }
            None if required => {
                self.err(place, format!("`{key}` is missing"));
                None
            }
            None => None,
        }
    }

    fn strings(&mut self, map: &Map, key: &str, place: &str) -> Vec<String> {
        match map.get(key) {
            None => Vec::new(),
            Some(Value::Array(items)) if items.iter().all(Value::is_string) => items
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect(),
            Some(_) => {
                self.err(place, format!("`{key}` must be a list of strings"));
                Vec::new()
            }
        }
    }

    fn flag(&mut self, map: &Map, key: &str, place: &str) -> bool {
        match map.get(key) {
            None => false,
            Some(Value::Bool(b)) => *b,
            Some(_) => {
                self.err(place, format!("`{key}` must be true or false"));
                false
            }
        }
    }
}

fn parse_json(json: &str, what: &str) -> Result<Value, Vec<ContentError>> {
    serde_json::from_str(json).map_err(|e| vec![ContentError::at(what, e.to_string())])
}

// ---------------------------------------------------------------------------------------
// Checked layer
// ---------------------------------------------------------------------------------------

/// What an input node asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InputKind {
    Date,
    Amount,
}

/// Flags are ids of the flow file (`"flag"` on a choice), kept with the other closed ids.
pub use super::ids::Flag;

/// The case file's pages, reached from the plan: facts, evidence, contact log, texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CasePage {
    Facts,
    Evidence,
    Contacts,
    Letters,
}

/// Know-how topics (the article's FAQ sections).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Topic {
    Tips,
    Prevention,
    Risks,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    pub next: Option<usize>,
    pub route: Option<Route>,
    pub points: Vec<(Cause, u8)>,
    /// Causes this answer rules out whatever else points at them (no merchant in a
    /// transfer between people; nothing typed by the person in a merchant refund).
    pub rules_out: Vec<Cause>,
    pub exclusive: bool,
    pub flag: Option<Flag>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum NodeKind {
    Question {
        multi: bool,
        choices: Vec<Choice>,
    },
    Input {
        field: Field,
        input: InputKind,
    },
    /// A page that interrupts the flow with something to do first (account security).
    Urgent,
    /// "Check your answers".
    Summary,
    /// The outcome: causes, clock, steps; links to know-how pages.
    Plan {
        links: Vec<usize>,
    },
    /// A warning that interrupts the path (the scam warning): with a `next` it leads on to
    /// the person's real problem, without one the path ends here.
    Stop,
    Knowhow {
        topic: Topic,
    },
    /// A page of the case file; Continue goes to `next` (the last page has none).
    Case {
        page: CasePage,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub id: String,
    pub kind: NodeKind,
    pub next: Option<usize>,
    /// (question node, choice): the node is skipped, on to its `next`, when any of these
    /// answers was given ("when did the money leave" means nothing for a frozen account).
    pub unless: Vec<(usize, String)>,
    /// The reverse: when set, the node is skipped unless one of these answers was given
    /// (the account-security checklist for anyone who reported theft, by any question).
    pub only_if: Vec<(usize, String)>,
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
        match self.kind {
            NodeKind::Plan { .. } | NodeKind::Knowhow { .. } => true,
            NodeKind::Stop | NodeKind::Case { .. } => self.next.is_none(),
            _ => false,
        }
    }

    /// Nodes that ask something (shown on "check your answers").
    pub fn asks(&self) -> bool {
        matches!(
            self.kind,
            NodeKind::Question { .. } | NodeKind::Input { .. }
        )
    }
}

/// The checked, locale-independent flow.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Flow {
    pub start: usize,
    pub nodes: Vec<Node>,
    /// Step order per cause, indexed by [`Cause::index`].
    pub(super) plans: Vec<Vec<Step>>,
    /// Amounts at or above this (whole yuan) raise legal help in the plan.
    pub legal_help_threshold: u64,
}

const NODE_KEYS: &[&str] = &[
    "id", "kind", "next", "multi", "choices", "field", "input", "links", "topic", "page", "unless",
    "only_if",
];
const CHOICE_KEYS: &[&str] = &[
    "id",
    "next",
    "route",
    "points",
    "rules_out",
    "exclusive",
    "flag",
];

impl Flow {
    pub fn parse(json: &str) -> Result<Flow, Vec<ContentError>> {
        Flow::check(&parse_json(json, "flow")?)
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.nodes.iter().position(|n| n.id == id)
    }

    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id == id)
    }

    pub fn start_node(&self) -> &Node {
        &self.nodes[self.start]
    }

    /// The order of the handling steps for a cause (all five, always).
    pub fn plan_for(&self, cause: Option<Cause>) -> Vec<Step> {
        cause
            .and_then(|c| self.plans.get(c.index()).cloned())
            .unwrap_or_else(|| Step::ALL.to_vec())
    }

    /// Every node directly reachable from `node`.
    pub fn successors(&self, node: &Node) -> Vec<usize> {
        let mut out: Vec<usize> = node.next.into_iter().collect();
        match &node.kind {
            NodeKind::Question { choices, .. } => out.extend(choices.iter().filter_map(|c| c.next)),
            NodeKind::Plan { links } => out.extend_from_slice(links),
            _ => {}
        }
        out
    }

    /// Checks a flow file; returns every problem found, each naming its node.
    pub fn check(raw: &Value) -> Result<Flow, Vec<ContentError>> {
        let mut errors = Vec::new();
        let mut r = Reader {
            errors: &mut errors,
        };
        let Some(top) = r.object(
            raw,
            "flow",
            &["start", "nodes", "plans", "legal_help_threshold"],
        ) else {
            return Err(errors);
        };
        let raw_nodes: &[Value] = match top.get("nodes") {
            Some(Value::Array(n)) => n.as_slice(),
            _ => {
                r.err("flow", "`nodes` must be a list".into());
                &[]
            }
        };
        // First pass: ids, so links can be resolved in any order.
        let mut ids: Vec<String> = Vec::new();
        for (i, v) in raw_nodes.iter().enumerate() {
            let id = v
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            if !is_id(&id) {
                r.err(
                    &format!("node #{}", i + 1),
                    format!("`id` `{id}` must use lowercase letters, digits and `_`"),
                );
            }
            if ids.contains(&id) {
                r.errors.push(ContentError::node(
                    &id,
                    "this id is used by more than one node",
                ));
            }
            ids.push(id);
        }
        let find = |id: &str| ids.iter().position(|n| n == id);

        let mut nodes = Vec::with_capacity(raw_nodes.len());
        for (v, id) in raw_nodes.iter().zip(&ids) {
            let place = format!("node `{id}`");
            let Some(m) = r.object(v, &place, NODE_KEYS) else {
                continue;
            };
            let link = |r: &mut Reader, key: &str, what: &str, m: &Map| -> Option<usize> {
                let to = r.string(m, key, &place, false)?;
                let found = find(&to);
                if found.is_none() {
                    r.err(&place, format!("{what} links to unknown node `{to}`"));
                }
                found
            };
            let next = link(&mut r, "next", "`next`", m);
            let kind_name = r.string(m, "kind", &place, true).unwrap_or_default();
            let multi = r.flag(m, "multi", &place);
            let kind = match kind_name.as_str() {
                "question" => {
                    let raw_choices = m
                        .get("choices")
                        .and_then(Value::as_array)
                        .map_or(&[][..], Vec::as_slice);
                    let mut choices: Vec<Choice> = Vec::new();
                    for cv in raw_choices {
                        let Some(c) = r.object(cv, &place, CHOICE_KEYS) else {
                            continue;
                        };
                        let cid = r.string(c, "id", &place, true).unwrap_or_default();
                        let what = format!("choice `{cid}`");
                        if !is_id(&cid) {
                            r.err(&place, format!("{what} is not a valid id"));
                        }
                        if choices.iter().any(|o| o.id == cid) {
                            r.err(&place, format!("{what} appears twice"));
                        }
                        let cnext = link(&mut r, "next", &what, c);
                        if cnext.is_none() && next.is_none() && c.get("next").is_none() {
                            r.err(
                                &place,
                                format!("{what} leads nowhere: give it or the node a `next`"),
                            );
                        }
                        let route = r.string(c, "route", &place, false).and_then(|s| {
                            let route = Route::from_id(&s);
                            if route.is_none() {
                                r.err(&place, format!("{what} names unknown route `{s}`"));
                            }
                            route
                        });
                        let mut points = Vec::new();
                        if let Some(p) = c.get("points") {
                            for (cause, n) in r.object(p, &place, &[]).into_iter().flatten() {
                                match (Cause::from_id(cause), n.as_u64().filter(|n| *n <= 9)) {
                                    (Some(cause), Some(n)) => points.push((cause, n as u8)),
                                    (None, _) => r.err(
                                        &place,
                                        format!("{what} gives points to unknown cause `{cause}`"),
                                    ),
                                    (_, None) => r.err(
                                        &place,
                                        format!("{what}: points for `{cause}` must be 0 to 9"),
                                    ),
                                }
                            }
                        }
                        let flag = match r.string(c, "flag", &place, false).as_deref() {
                            None => None,
                            Some(id) => {
                                let flag = Flag::from_id(id);
                                if flag.is_none() {
                                    r.err(&place, format!("{what} has unknown flag `{id}`"));
                                }
                                flag
                            }
                        };
                        let mut rules_out = Vec::new();
                        for id in r.strings(c, "rules_out", &place) {
                            match Cause::from_id(&id) {
                                Some(cause) => rules_out.push(cause),
                                None => {
                                    r.err(&place, format!("{what} rules out unknown cause `{id}`"))
                                }
                            }
                        }
                        let exclusive = r.flag(c, "exclusive", &place);
                        if exclusive && !multi {
                            r.err(
                                &place,
                                format!(
                                    "{what} is `exclusive` but the question is not multi-select"
                                ),
                            );
                        }
                        choices.push(Choice {
                            id: cid,
                            next: cnext,
                            route,
                            points,
                            rules_out,
                            exclusive,
                            flag,
                        });
                    }
                    if choices.len() < 2 {
                        r.err(&place, "a question needs at least two choices".into());
                    }
                    if multi && next.is_none() {
                        r.err(&place, "a multi-select question needs a `next`".into());
                    }
                    NodeKind::Question { multi, choices }
                }
                "input" => {
                    let field = r.string(m, "field", &place, true);
                    let field = field.as_deref().and_then(|f| {
                        let field = Field::from_id(f);
                        if field.is_none() {
                            r.err(
                                &place,
                                format!("`field` must be a case-file field id, found `{f}`"),
                            );
                        }
                        field
                    });
                    let input = match r.string(m, "input", &place, true).as_deref() {
                        Some("date") => Some(InputKind::Date),
                        Some("amount") => Some(InputKind::Amount),
                        Some(other) => {
                            r.err(
                                &place,
                                format!("`input` must be `date` or `amount`, found `{other}`"),
                            );
                            None
                        }
                        None => None,
                    };
                    match (field, input) {
                        (Some(field), Some(input)) => NodeKind::Input { field, input },
                        _ => NodeKind::Urgent,
                    }
                }
                "urgent" => NodeKind::Urgent,
                "summary" => NodeKind::Summary,
                "plan" => {
                    let mut links = Vec::new();
                    for l in r.strings(m, "links", &place) {
                        match find(&l) {
                            Some(i) => links.push(i),
                            None => r.err(&place, format!("`links` names unknown node `{l}`")),
                        }
                    }
                    NodeKind::Plan { links }
                }
                "stop" => NodeKind::Stop,
                "knowhow" => {
                    let topic = match r.string(m, "topic", &place, true).as_deref() {
                        Some("tips") => Topic::Tips,
                        Some("prevention") => Topic::Prevention,
                        Some("risks") => Topic::Risks,
                        other => {
                            if let Some(other) = other {
                                r.err(&place, format!("`topic` must be `tips`, `prevention` or `risks`, found `{other}`"));
                            }
                            Topic::Tips
                        }
                    };
                    NodeKind::Knowhow { topic }
                }
                "case" => {
                    let page = match r.string(m, "page", &place, true).as_deref() {
                        Some("facts") => CasePage::Facts,
                        Some("evidence") => CasePage::Evidence,
                        Some("contacts") => CasePage::Contacts,
                        Some("letters") => CasePage::Letters,
                        other => {
                            if let Some(other) = other {
                                r.err(&place, format!("`page` must be `facts`, `evidence`, `contacts` or `letters`, found `{other}`"));
                            }
                            CasePage::Facts
                        }
                    };
                    NodeKind::Case { page }
                }
                other => {
                    if !other.is_empty() {
                        r.err(&place, format!("unknown kind `{other}` (question, input, urgent, summary, plan, stop, knowhow, case)"));
                    }
                    NodeKind::Stop
                }
            };
            if matches!(
                kind,
                NodeKind::Input { .. } | NodeKind::Urgent | NodeKind::Summary
            ) && next.is_none()
            {
                r.err(&place, format!("a `{kind_name}` node needs a `next`"));
            }
            if !matches!(kind, NodeKind::Question { .. }) && m.contains_key("choices") {
                r.err(&place, "only questions have choices".into());
            }
            let answers = |r: &mut Reader, key: &str| -> Vec<(usize, String)> {
                let mut out = Vec::new();
                for pair in r.strings(m, key, &place) {
                    let found = pair
                        .split_once('.')
                        .and_then(|(node, choice)| Some((find(node)?, choice.to_string())));
                    match found {
                        Some(found) if next.is_some() => out.push(found),
                        Some(_) => r.err(&place, format!("a node with `{key}` needs a `next`")),
                        None => r.err(
                            &place,
                            format!("`{key}` names `{pair}`, not a `node.choice` of this flow"),
                        ),
                    }
                }
                out
            };
            let unless = answers(&mut r, "unless");
            let only_if = answers(&mut r, "only_if");
            nodes.push(Node {
                id: id.clone(),
                kind,
                next,
                unless,
                only_if,
            });
        }

        let start_id = r.string(top, "start", "flow", true).unwrap_or_default();
        let start = find(&start_id);
        if start.is_none() && !start_id.is_empty() {
            r.err("flow", format!("`start` names unknown node `{start_id}`"));
        }

        let mut plans = vec![Vec::new(); Cause::ALL.len()];
        let raw_plans = r.table(top, "plans", "flow");
        for &cause in Cause::ALL {
            let order = raw_plans.and_then(|p| p.get(cause.id()));
            let steps: Vec<Step> = order
                .and_then(Value::as_array)
                .map(|o| {
                    o.iter()
                        .filter_map(|s| s.as_str().and_then(Step::from_id))
                        .collect()
                })
                .unwrap_or_default();
            let complete = order
                .and_then(Value::as_array)
                .is_some_and(|o| o.len() == Step::ALL.len())
                && Step::ALL.iter().all(|s| steps.contains(s));
            if !complete {
                r.err(
                    "plans",
                    format!(
                        "the order for `{}` must list each of the five steps exactly once",
                        cause.id()
                    ),
                );
            }
            plans[cause.index()] = steps;
        }
        for key in raw_plans.into_iter().flat_map(|p| p.keys()) {
            if Cause::from_id(key).is_none() {
                r.err("plans", format!("unknown cause `{key}`"));
            }
        }
        let legal_help_threshold = match top.get("legal_help_threshold") {
            None => DEFAULT_LEGAL_HELP_THRESHOLD,
            Some(v) => v.as_u64().filter(|n| *n > 0).unwrap_or_else(|| {
                r.err(
                    "flow",
                    "`legal_help_threshold` must be a positive whole number".into(),
                );
                DEFAULT_LEGAL_HELP_THRESHOLD
            }),
        };

        let Some(start) = start else {
            return Err(errors);
        };
        if nodes.len() != ids.len() {
            return Err(errors);
        }
        let flow = Flow {
            start,
            nodes,
            plans,
            legal_help_threshold,
        };
        if !flow
            .nodes
            .iter()
            .any(|n| matches!(n.kind, NodeKind::Plan { .. }))
        {
            errors.push(ContentError::at(
                "flow",
                "there is no `plan` node: no path can reach an outcome",
            ));
        }
        for node in &flow.nodes {
            for (at, choice) in node.unless.iter().chain(&node.only_if) {
                if flow.nodes[*at].choice(choice).is_none() {
                    errors.push(ContentError::node(
                        &node.id,
                        format!(
                            "`unless`/`only_if` names choice `{choice}`, which `{}` does not have",
                            flow.nodes[*at].id
                        ),
                    ));
                }
            }
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
        let succ: Vec<Vec<usize>> = self
            .nodes
            .iter()
            .map(|node| self.successors(node))
            .collect();
        let mut reached = vec![false; n];
        reached[self.start] = true;
        let mut stack = vec![self.start];
        while let Some(i) = stack.pop() {
            for &s in &succ[i] {
                if !reached[s] {
                    reached[s] = true;
                    stack.push(s);
                }
            }
        }
        // Fixpoint: a node exits if it is an end or any successor exits.
        let mut exits: Vec<bool> = self.nodes.iter().map(Node::is_end).collect();
        let mut changed = true;
        while changed {
            changed = false;
            for i in 0..n {
                if !exits[i] && succ[i].iter().any(|&s| exits[s]) {
                    exits[i] = true;
                    changed = true;
                }
            }
        }
        let mut errors = Vec::new();
        for (i, node) in self.nodes.iter().enumerate() {
            if !reached[i] {
                errors.push(ContentError::node(
                    &node.id,
                    "cannot be reached from the start",
                ));
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
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// A node's words in one locale.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct NodeText {
    pub title: String,
    pub hint: Option<String>,
    pub body: Vec<String>,
    /// (choice id, label), in the flow's order.
    pub choices: Vec<(String, String)>,
}

/// A titled paragraph (a tip, a risk, a channel…).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub id: String,
    pub title: String,
    pub body: String,
}

/// One locale's checked text pack.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Texts {
    pub locale: Locale,
    pub name: String,
    pub(super) nodes: Vec<(String, NodeText)>,
    /// (title, explanation) per [`Cause::index`].
    pub(super) causes: Vec<(String, String)>,
    /// Per [`Step::index`].
    pub(super) steps: Vec<Item>,
    /// Per cause × step: `cause.index() * 5 + step.index()`.
    pub(super) plan_notes: Vec<String>,
    /// Per [`NOTE_IDS`] position.
    pub(super) notes: Vec<String>,
    pub tips: Vec<Item>,
    /// Per [`Channel::index`].
    pub channels: Vec<Item>,
    pub prevention: Vec<Item>,
    pub risks: Vec<Item>,
    pub outlook: Vec<Item>,
}

/// The keys of a text pack: `locale`, `name`, then its sections.
pub(super) const TEXT_KEYS: &[&str] = &[
    "locale",
    "name",
    "nodes",
    "causes",
    "steps",
    "plan_notes",
    "notes",
    "tips",
    "channels",
    "prevention",
    "risks",
    "outlook",
];

impl Texts {
    pub fn parse(json: &str, flow: &Flow) -> Result<Texts, Vec<ContentError>> {
        Texts::check(&parse_json(json, "texts")?, flow)
    }

    /// Checks a text pack against the flow: every node and choice has words, no words for
    /// ids the flow does not have, every article item present.
    pub fn check(raw: &Value, flow: &Flow) -> Result<Texts, Vec<ContentError>> {
        let mut errors = Vec::new();
        let mut r = Reader {
            errors: &mut errors,
        };
        let Some(top) = r.object(raw, "texts", TEXT_KEYS) else {
            return Err(errors);
        };
        let tag = r.string(top, "locale", "texts", true).unwrap_or_default();
        let locale = Locale::from_id(&tag);
        if locale.is_none() {
            r.err("texts", format!("unknown locale `{tag}` (zh-CN or en)"));
        }
        let name = r.string(top, "name", &tag, true).unwrap_or_default();
        let place = |section: &str| format!("{tag} {section}");

        let mut nodes = Vec::new();
        let raw_nodes = r.table(top, "nodes", &tag);
        for node in &flow.nodes {
            let Some(v) = raw_nodes.and_then(|m| m.get(&node.id)) else {
                r.errors.push(ContentError::node(
                    &node.id,
                    format!("has no text in {tag}"),
                ));
                continue;
            };
            let np = format!("node `{}` ({tag})", node.id);
            let Some(m) = r.object(v, &np, &["title", "hint", "body", "choices"]) else {
                continue;
            };
            let title = r.string(m, "title", &np, true).unwrap_or_default();
            let hint = r.string(m, "hint", &np, false);
            let body = r.strings(m, "body", &np);
            let mut choices = Vec::new();
            let raw_choices = m.get("choices").and_then(Value::as_object);
            if let NodeKind::Question {
                choices: flow_choices,
                ..
            } = &node.kind
            {
                for c in flow_choices {
                    match raw_choices
                        .and_then(|rc| rc.get(&c.id))
                        .and_then(Value::as_str)
                        .filter(|l| !l.trim().is_empty())
                    {
                        Some(label) => choices.push((c.id.clone(), label.to_string())),
                        None => r.errors.push(ContentError::node(
                            &node.id,
                            format!("choice `{}` has no label in {tag}", c.id),
                        )),
                    }
                }
                for id in raw_choices.into_iter().flat_map(|rc| rc.keys()) {
                    if node.choice(id).is_none() {
                        r.errors.push(ContentError::node(
                            &node.id,
                            format!("{tag} labels a choice `{id}` the flow does not have"),
                        ));
                    }
                }
            } else if m.contains_key("choices") {
                r.errors.push(ContentError::node(
                    &node.id,
                    format!("{tag} gives choices to a node that has none"),
                ));
            }
            if matches!(node.kind, NodeKind::Urgent | NodeKind::Stop) && body.is_empty() {
                r.errors.push(ContentError::node(
                    &node.id,
                    format!("a warning page needs a body in {tag}"),
                ));
            }
            nodes.push((
                node.id.clone(),
                NodeText {
                    title,
                    hint,
                    body,
                    choices,
                },
            ));
        }
        for id in raw_nodes.into_iter().flat_map(|m| m.keys()) {
            if flow.node(id).is_none() {
                r.errors.push(ContentError::node(
                    id,
                    format!("{tag} has text for a node the flow does not have"),
                ));
            }
        }

        let cause_ids = Cause::IDS;
        let mut causes = Vec::new();
        if let Some(m) = r.table(top, "causes", &tag) {
            check_keys(m, cause_ids, &place("causes"), r.errors);
            for c in cause_ids {
                let cp = format!("{tag} cause `{c}`");
                let o = m
                    .get(*c)
                    .and_then(|v| r.object(v, &cp, &["title", "explain"]));
                let title = o
                    .and_then(|o| r.string(o, "title", &cp, true))
                    .unwrap_or_default();
                let explain = o
                    .and_then(|o| r.string(o, "explain", &cp, true))
                    .unwrap_or_default();
                causes.push((title, explain));
            }
        }
        let (step_ids, channel_ids) = (Step::IDS, Channel::IDS);
        let steps = items(&mut r, top, "steps", step_ids, &tag);
        let channels = items(&mut r, top, "channels", channel_ids, &tag);
        let tips = items(&mut r, top, "tips", TIP_IDS, &tag);
        let prevention = items(&mut r, top, "prevention", PREVENTION_IDS, &tag);
        let risks = items(&mut r, top, "risks", RISK_IDS, &tag);
        let outlook = items(&mut r, top, "outlook", OUTLOOK_IDS, &tag);

        let mut plan_notes = Vec::new();
        if let Some(m) = r.table(top, "plan_notes", &tag) {
            check_keys(m, cause_ids, &place("plan_notes"), r.errors);
            for &c in Cause::ALL {
                let cp = format!("{tag} plan_notes `{}`", c.id());
                let notes = m.get(c.id()).and_then(|v| r.object(v, &cp, step_ids));
                for &s in Step::ALL {
                    let note = notes
                        .and_then(|n| n.get(s.id()))
                        .and_then(Value::as_str)
                        .unwrap_or_default();
                    if note.trim().is_empty() {
                        r.err(&cp, format!("no note for step `{}`", s.id()));
                    }
                    plan_notes.push(note.to_string());
                }
            }
        }
        let mut notes = Vec::new();
        if let Some(m) = r.table(top, "notes", &tag) {
            check_keys(m, NOTE_IDS, &place("notes"), r.errors);
            // Each note is shown as it is: a missing or empty one is an error, not a blank.
            let np = place("notes");
            for id in NOTE_IDS {
                // (A missing one is already reported by `check_keys`.)
                let note = m.contains_key(*id).then(|| r.string(m, id, &np, true));
                notes.push(note.flatten().unwrap_or_default());
            }
        }

        match locale {
            Some(locale) if errors.is_empty() => Ok(Texts {
                locale,
                name,
                nodes,
                causes,
                steps,
                plan_notes,
                notes,
                tips,
                channels,
                prevention,
                risks,
                outlook,
            }),
            _ => Err(errors),
        }
    }

    /// A node's words. Every flow node has them once checked; the empty fallback only guards
    /// a node id that is not in the flow.
    pub fn node(&self, id: &str) -> &NodeText {
        static EMPTY: NodeText = NodeText {
            title: String::new(),
            hint: None,
            body: Vec::new(),
            choices: Vec::new(),
        };
        self.nodes
            .iter()
            .find(|(n, _)| n == id)
            .map(|(_, t)| t)
            .unwrap_or(&EMPTY)
    }

    /// A choice's label (the id itself if unknown, so nothing renders blank).
    pub fn choice<'a>(&'a self, node: &str, choice: &'a str) -> &'a str {
        self.node(node)
            .choices
            .iter()
            .find(|(c, _)| c == choice)
            .map(|(_, l)| l.as_str())
            .unwrap_or(choice)
    }

    pub fn cause(&self, c: Cause) -> (&str, &str) {
        self.causes
            .get(c.index())
            .map(|(t, e)| (t.as_str(), e.as_str()))
            .unwrap_or((c.id(), ""))
    }

    pub fn step(&self, s: Step) -> (&str, &str) {
        self.steps
            .get(s.index())
            .map(|i| (i.title.as_str(), i.body.as_str()))
            .unwrap_or((s.id(), ""))
    }

    pub fn channel(&self, c: Channel) -> Option<&Item> {
        self.channels.get(c.index())
    }

    pub fn plan_note(&self, c: Cause, s: Step) -> &str {
        self.plan_notes
            .get(c.index() * Step::ALL.len() + s.index())
            .map(String::as_str)
            .unwrap_or("")
    }

    pub fn note(&self, id: &str) -> &str {
        NOTE_IDS
            .iter()
            .position(|n| *n == id)
            .and_then(|i| self.notes.get(i))
            .map(String::as_str)
            .unwrap_or("")
    }
}

fn check_keys(map: &Map, ids: &[&str], place: &str, errors: &mut Vec<ContentError>) {
    for id in ids {
        if !map.contains_key(*id) {
            errors.push(ContentError::at(place, format!("`{id}` is missing")));
        }
    }
    for key in map.keys() {
        if !ids.contains(&key.as_str()) {
            errors.push(ContentError::at(place, format!("unknown item `{key}`")));
        }
    }
}

/// A section of titled paragraphs with exactly these ids, in this order.
fn items(r: &mut Reader, top: &Map, section: &str, ids: &[&str], tag: &str) -> Vec<Item> {
    let Some(m) = r.table(top, section, tag) else {
        return Vec::new();
    };
    check_keys(m, ids, &format!("{tag} {section}"), r.errors);
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let ip = format!("{tag} {section} `{id}`");
        let Some(o) = m
            .get(*id)
            .and_then(|v| r.object(v, &ip, &["title", "body"]))
        else {
            continue;
        };
        let title = r.string(o, "title", &ip, true);
        let body = r.string(o, "body", &ip, true);
        if let (Some(title), Some(body)) = (title, body) {
            out.push(Item {
                id: (*id).to_string(),
                title,
                body,
            });
        }
    }
    out
}

/// The flow and every locale's texts, checked together.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Guide {
    pub flow: Flow,
    pub zh_cn: Texts,
    pub en: Texts,
}

impl Guide {
    pub fn from_sources(flow: &str, zh_cn: &str, en: &str) -> Result<Guide, Vec<ContentError>> {
        let flow = Flow::parse(flow)?;
        let zh = Texts::parse(zh_cn, &flow);
        let en = Texts::parse(en, &flow);
        match (zh, en) {
            (Ok(zh_cn), Ok(en)) if zh_cn.locale == Locale::ZhCn && en.locale == Locale::En => {
                Ok(Guide { flow, zh_cn, en })
            }
            (Ok(_), Ok(_)) => Err(vec![ContentError::at(
                "texts",
                "the packs are not zh-CN and en",
            )]),
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
