//! The wizard engine: where the person is, how they got there, what they answered.
//!
//! Two views of progress are kept apart on purpose:
//! - the **trail** is screen history (what Back undoes), like a browser's;
//! - the **path** is derived from the answers: from the start, follow each answered node
//!   to its next. Triage, "check your answers" and the progress indicator read the path, so
//!   changing an early answer re-routes everything after it while answers on nodes that are
//!   still on the new path are kept (GOV.UK's "change" behaviour).
//!
//! [`Session::apply`] is pure: the same session, flow and action always give the same
//! result. The UI passes today's date in the action so that stays true.

use serde::{Deserialize, Serialize};

use super::case::{
    check_contact, check_fact, contact_bound, fact_bound, parse_amount, store_contact, store_fact,
    within, Contact, FieldError, CONTACTS_MAX, CONTACT_FIELDS, EVIDENCE_IDS,
};
use super::content::{CasePage, Flow, InputKind, Node, NodeKind};
use super::date::Date;
use super::ids::{Channel, Field, Locale, Status};
use litemap::LiteMap;

/// What the last change to the contact log did, said in the log's live region (not saved).
/// A removal holds the entry and its place, for Undo: one tap never loses an entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LogEvent {
    /// Entry number `n` (1-based) was added.
    Added(usize),
    /// The changes to entry `n` were saved.
    Saved(usize),
    /// The entry at index `at` was removed; [`Action::UndoRemove`] puts it back there.
    Removed { at: usize, entry: Contact },
    /// Entry `n` was put back by Undo.
    Restored(usize),
}

/// What the person did at a node.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// One choice of a single-choice question.
    One(String),
    /// The choices of a multi-select question.
    Many(Vec<String>),
    /// An input node whose value is in the facts.
    Given,
    /// An input node the person skipped ("I don't know").
    Skipped,
    /// An urgent page the person has read.
    Seen,
}

/// Why Continue did not move on; shown in the error summary and at the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepError {
    /// Nothing chosen or typed.
    Required,
    /// Not a real calendar date.
    InvalidDate,
    /// A start date after today.
    FutureDate,
    /// Not a positive amount with at most two decimals.
    InvalidAmount,
}

/// Something the person does.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Select a choice of the current single-choice question.
    Choose(String),
    /// Tick or untick a choice of the current multi-select question.
    Toggle(String),
    /// Type into a case fact (kept as typed, cut at the field's bound; checked on Continue).
    SetFact(Field, String),
    /// Continue. `today` lets date checks stay pure.
    Next {
        today: Option<Date>,
    },
    /// "I don't know" on an input node.
    Skip,
    Back,
    /// Back to the first question, the case file kept.
    Restart,
    /// From "check your answers": go back to change this node's answer.
    Change(String),
    /// From the plan: open a know-how or case-file page.
    Open(String),
    /// Tick or untick an item of the evidence checklist.
    ToggleEvidence(String),
    /// Type into the contact-log form (field by its DOM id, DESIGN §4.4), cut at the
    /// field's bound.
    SetDraft(&'static str, String),
    /// Add the contact in the form to the log (or save the one being edited).
    SaveContact {
        today: Option<Date>,
    },
    /// Load a logged contact into the form to change it.
    EditContact(usize),
    RemoveContact(usize),
    /// Put the entry just removed back at its place.
    UndoRemove,
    /// Leave the form without saving: it empties and nothing being edited changes.
    CancelContact,
    /// The person's status for a channel of the escalation ladder.
    SetStatus(Channel, Status),
}

/// The person's progress through the guide. Its serde form is the saved envelope's `data`
/// (DESIGN §4.5): every field but `trail` and `answers` is optional so older saves read, and
/// ids this build does not know (a fact field, a channel) are skipped rather than failing the
/// whole save.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// Screen history; never empty, the last entry is the current node.
    pub trail: Vec<String>,
    #[serde(serialize_with = "saved::as_map", deserialize_with = "saved::answers")]
    pub answers: LiteMap<String, Answer>,
    #[serde(
        default,
        serialize_with = "saved::as_map",
        deserialize_with = "saved::known_facts"
    )]
    pub facts: LiteMap<Field, String>,
    /// Ticked evidence checklist items (ids of [`EVIDENCE_IDS`]).
    #[serde(default)]
    pub evidence: Vec<String>,
    /// The contact log, oldest first, card numbers already masked.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// The contact-log form as typed (masked as typed too), and which entry it edits.
    #[serde(default)]
    pub draft: Contact,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub editing: Option<usize>,
    /// Statuses the person set on the escalation ladder.
    #[serde(
        default,
        serialize_with = "saved::as_map",
        deserialize_with = "saved::known_ladder"
    )]
    pub ladder: LiteMap<Channel, Status>,
    /// Arrived from "check your answers": Continue skips ahead over answers that still apply.
    #[serde(default)]
    pub changing: bool,
    /// The day the person said the money arrived: the case is closed and kept as it was.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "saved::lenient_date"
    )]
    pub resolved_on: Option<Date>,
    /// The plan has been reached in this run of the questions: its one-time host events
    /// (`cause`, `clock`, `complete`) have been sent and are not sent again on a reload,
    /// a resume or a second visit to the plan. A restart clears it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub plan_reached: bool,
    /// The language the person (or the host's `setLocale`) last chose: a reload or a resume
    /// comes back in it; the host's `locale` stays the default of a new session.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "saved::lenient_locale"
    )]
    pub locale: Option<Locale>,
    /// What the last change to the contact log did (not saved).
    #[serde(skip)]
    pub log_event: Option<LogEvent>,
    /// The last Continue's problem, if any (not saved).
    #[serde(skip)]
    pub error: Option<StepError>,
    /// A multi-field form's problems (case facts, contact log), by field DOM id, or
    /// `add_contact` for a full log (not saved).
    #[serde(skip)]
    pub field_errors: Vec<(&'static str, FieldError)>,
    /// The fields, by DOM id, whose last input was longer than their bound and was cut
    /// there (DESIGN §8); the view says so at the field. Forgotten on leaving the page (not
    /// saved).
    #[serde(skip)]
    pub cut: Vec<&'static str>,
}

/// Readers for the saved fields that tolerate what an older or hand-edited save may hold.
mod saved {
    use litemap::LiteMap;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use serde_json::{Map, Value};

    /// Always a JSON object, even when empty (litemap writes an empty map as a list).
    pub fn as_map<K: Serialize, V: Serialize, S: Serializer>(
        map: &LiteMap<K, V>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_map(map.iter())
    }

    use super::super::date::Date;
    use super::super::ids::{Channel, Field, Locale, Status};

    /// A locale id this build knows; anything else reads as none (the host's default).
    pub fn lenient_locale<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Locale>, D::Error> {
        Ok(Option::<Value>::deserialize(d)?
            .as_ref()
            .and_then(Value::as_str)
            .and_then(Locale::from_id))
    }

    /// Answers keyed by node id, each put in its place (litemap's own reader sorts a whole
    /// map, which brings a sort implementation into the wasm). A JSON object reads back in
    /// key order, so each entry appends at the end: linear in the save's size, whatever a
    /// hostile save holds; an entry out of order is inserted at its place.
    pub fn answers<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<LiteMap<String, super::Answer>, D::Error> {
        let mut answers = LiteMap::new();
        for (node, v) in Map::deserialize(d)? {
            let answer = super::Answer::deserialize(v).map_err(serde::de::Error::custom)?;
            if let Some((node, answer)) = answers.try_append(node, answer) {
                answers.insert(node, answer);
            }
        }
        Ok(answers)
    }

    /// Facts keyed by field id; a field this build does not have is skipped.
    pub fn known_facts<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<LiteMap<Field, String>, D::Error> {
        let mut facts = LiteMap::new();
        for (k, v) in Map::deserialize(d)? {
            match (Field::from_id(&k), v) {
                (Some(field), Value::String(text)) => {
                    facts.insert(field, text);
                }
                (Some(_), _) => return Err(serde::de::Error::custom("a fact must be text")),
                (None, _) => {}
            }
        }
        Ok(facts)
    }

    /// Ladder statuses by channel id; an unknown channel or status is skipped.
    pub fn known_ladder<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<LiteMap<Channel, Status>, D::Error> {
        let mut ladder = LiteMap::new();
        for (c, st) in Map::deserialize(d)? {
            if let (Some(c), Some(st)) =
                (Channel::from_id(&c), st.as_str().and_then(Status::from_id))
            {
                ladder.insert(c, st);
            }
        }
        Ok(ladder)
    }

    /// An ISO date; anything else reads as none.
    pub fn lenient_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        Ok(Option::<Value>::deserialize(d)?
            .as_ref()
            .and_then(Value::as_str)
            .and_then(Date::parse_iso))
    }
}

impl Session {
    pub fn new(flow: &Flow) -> Session {
        Session {
            trail: vec![flow.start_node().id.clone()],
            answers: LiteMap::new(),
            facts: LiteMap::new(),
            evidence: Vec::new(),
            contacts: Vec::new(),
            draft: Contact::default(),
            editing: None,
            ladder: LiteMap::new(),
            changing: false,
            log_event: None,
            error: None,
            field_errors: Vec::new(),
            cut: Vec::new(),
            resolved_on: None,
            plan_reached: false,
            locale: None,
        }
    }

    /// The current node (the start if the trail names nothing this flow has).
    pub fn current<'f>(&self, flow: &'f Flow) -> &'f Node {
        self.trail
            .last()
            .and_then(|id| flow.node(id))
            .unwrap_or_else(|| flow.start_node())
    }

    /// True when every trail entry and answered node exists in the flow and every answer
    /// fits its node (what a saved or generated session must satisfy).
    pub fn is_valid(&self, flow: &Flow) -> bool {
        !self.trail.is_empty()
            && self.trail.iter().all(|id| flow.node(id).is_some())
            && self
                .answers
                .iter()
                .all(|(id, a)| flow.node(id).is_some_and(|n| answer_fits(n, a)))
    }

    /// This session made valid for `flow`: trail entries and answers that name nodes or
    /// choices the flow no longer has are dropped (facts are always kept). Returns the ids of
    /// the questions whose answers were dropped, so the person can be told to answer again.
    pub fn sanitize(mut self, flow: &Flow) -> (Session, Vec<String>) {
        self.trail.retain(|id| flow.node(id).is_some());
        if self.trail.is_empty() {
            self.trail.push(flow.start_node().id.clone());
        }
        let mut dropped = Vec::new();
        let mut kept = LiteMap::new();
        for (id, answer) in self.answers.iter() {
            // A question that became multi-select keeps its one answer (the scam question).
            let answer = match (flow.node(id).map(|n| &n.kind), answer) {
                (Some(NodeKind::Question { multi: true, .. }), Answer::One(c)) => {
                    &Answer::Many(vec![c.clone()])
                }
                _ => answer,
            };
            if flow.node(id).is_some_and(|n| answer_fits(n, answer)) {
                kept.insert(id.clone(), answer.clone());
            } else {
                dropped.push(id.clone());
            }
        }
        self.answers = kept;
        self.error = None;
        self.evidence.retain(|e| EVIDENCE_IDS.contains(&e.as_str()));
        if self.editing.is_some_and(|i| i >= self.contacts.len()) {
            self.editing = None;
        }
        (self, dropped)
    }

    /// The next session after `action`. Invalid actions (a choice the current node does not
    /// have, Back at the start…) leave the session as it is.
    pub fn apply(&self, flow: &Flow, action: Action) -> Session {
        let mut s = self.clone();
        let cur = self.current(flow);
        match action {
            Action::Choose(choice) => {
                if matches!(cur.kind, NodeKind::Question { multi: false, .. })
                    && cur.choice(&choice).is_some()
                {
                    s.answers.insert(cur.id.clone(), Answer::One(choice));
                    s.error = None;
                }
            }
            Action::Toggle(choice) => {
                if let (NodeKind::Question { multi: true, .. }, Some(c)) =
                    (&cur.kind, cur.choice(&choice))
                {
                    let mut picked = match s.answers.get(&cur.id) {
                        Some(Answer::Many(v)) => v.clone(),
                        _ => Vec::new(),
                    };
                    if let Some(pos) = picked.iter().position(|p| *p == choice) {
                        picked.remove(pos);
                    } else if c.exclusive {
                        picked = vec![choice];
                    } else {
                        picked.retain(|p| cur.choice(p).is_some_and(|pc| !pc.exclusive));
                        picked.push(choice);
                    }
                    if picked.is_empty() {
                        s.answers.remove(&cur.id);
                    } else {
                        s.answers.insert(cur.id.clone(), Answer::Many(picked));
                    }
                    s.error = None;
                }
            }
            Action::SetFact(field, value) => {
                // Cut first, so masking only ever reads a bounded value; then masked as
                // typed: a card or account number is never held whole.
                let (value, cut) = within(&value, fact_bound(field));
                s.note_cut(field.id(), cut);
                let value = store_fact(field, value);
                if value.is_empty() {
                    s.facts.remove(&field);
                } else {
                    s.facts.insert(field, value);
                }
            }
            Action::ToggleEvidence(id) => {
                if let Some(pos) = s.evidence.iter().position(|e| *e == id) {
                    s.evidence.remove(pos);
                } else if EVIDENCE_IDS.contains(&id.as_str()) {
                    s.evidence.push(id);
                }
            }
            Action::SetDraft(field, value) => {
                if let Some(slot) = s.draft.field_mut(field) {
                    let (value, cut) = within(&value, contact_bound(field));
                    *slot = value.to_string();
                    s.draft = store_contact(&s.draft, false);
                    s.note_cut(field, cut);
                }
            }
            Action::SaveContact { today } => {
                s.field_errors = check_contact(&s.draft, today);
                let adding = !matches!(s.editing, Some(i) if i < s.contacts.len());
                if adding && s.contacts.len() >= CONTACTS_MAX && !s.draft.is_empty() {
                    // Refused, the form kept as typed: the person removes an entry first.
                    s.field_errors.push(("add_contact", FieldError::LogFull));
                }
                if s.field_errors.is_empty() && !s.draft.is_empty() {
                    let entry = store_contact(&s.draft, true);
                    s.log_event = Some(match s.editing.take() {
                        Some(i) if i < s.contacts.len() => {
                            s.contacts[i] = entry;
                            LogEvent::Saved(i + 1)
                        }
                        _ => {
                            s.contacts.push(entry);
                            LogEvent::Added(s.contacts.len())
                        }
                    });
                    s.draft = Contact::default();
                    s.forget_draft_cuts();
                }
            }
            Action::EditContact(i) => {
                if let Some(c) = s.contacts.get(i) {
                    s.draft = c.clone();
                    s.editing = Some(i);
                    s.field_errors.clear();
                    s.forget_draft_cuts();
                    // The log's live region empties, so saving the entry is said again.
                    s.log_event = None;
                }
            }
            Action::RemoveContact(i) => {
                if i < s.contacts.len() {
                    let entry = s.contacts.remove(i);
                    s.log_event = Some(LogEvent::Removed { at: i, entry });
                    s.editing = match s.editing {
                        Some(e) if e == i => {
                            s.draft = Contact::default();
                            s.forget_draft_cuts();
                            None
                        }
                        Some(e) if e > i => Some(e - 1),
                        other => other,
                    };
                }
            }
            Action::UndoRemove => {
                // Only a removal is undone; anything else the log last said stays.
                let removal = |e: &mut LogEvent| matches!(e, LogEvent::Removed { .. });
                if let Some(LogEvent::Removed { at, entry }) = s.log_event.take_if(removal) {
                    let at = at.min(s.contacts.len());
                    s.contacts.insert(at, entry);
                    if let Some(e) = s.editing.as_mut().filter(|e| **e >= at) {
                        *e += 1;
                    }
                    s.log_event = Some(LogEvent::Restored(at + 1));
                }
            }
            Action::CancelContact => {
                s.draft = Contact::default();
                s.editing = None;
                s.field_errors.clear();
                s.forget_draft_cuts();
            }
            Action::SetStatus(channel, status) => {
                if status == Status::NotStarted {
                    s.ladder.remove(&channel);
                } else {
                    s.ladder.insert(channel, status);
                }
            }
            Action::Next { today } => s.next(flow, today),
            Action::Skip => {
                if matches!(cur.kind, NodeKind::Input { .. }) {
                    s.answers.insert(cur.id.clone(), Answer::Skipped);
                    s.error = None;
                    s.advance(flow, cur);
                }
            }
            Action::Back => {
                if s.trail.len() > 1 {
                    s.trail.pop();
                    s.error = None;
                    s.field_errors.clear();
                    if matches!(s.current(flow).kind, NodeKind::Summary) {
                        s.changing = false;
                    }
                }
            }
            // Back to the first question; the case file (facts, evidence, the contact log,
            // the ladder) stays, so one tap never loses what the person recorded (the host's
            // `reset()` and "delete my data" clear everything). A closed case's date goes:
            // the new run is an open case.
            Action::Restart => {
                s.answers.clear();
                s.resolved_on = None;
                s.plan_reached = false;
                s.trail = vec![flow.start_node().id.clone()];
                s.changing = false;
                s.error = None;
                s.field_errors.clear();
            }
            Action::Change(id) => {
                let on_path = self.path(flow).iter().any(|&i| flow.nodes[i].id == id);
                let asks = flow.node(&id).is_some_and(Node::asks);
                if matches!(cur.kind, NodeKind::Summary) && on_path && asks {
                    s.trail.push(id);
                    s.changing = true;
                    s.error = None;
                }
            }
            Action::Open(id) => {
                if let NodeKind::Plan { links } = &cur.kind {
                    if links.iter().any(|&l| flow.nodes[l].id == id) {
                        s.trail.push(id);
                    }
                }
            }
        }
        if s.trail != self.trail {
            s.cut.clear();
            // What the log's live region said (and the Undo it offered) belongs to the page.
            s.log_event = None;
            if matches!(s.current(flow).kind, NodeKind::Plan { .. }) {
                s.plan_reached = true;
            }
        }
        s
    }

    /// Records whether the last input into field `id` was cut at its bound.
    fn note_cut(&mut self, id: &'static str, cut: bool) {
        self.cut.retain(|&c| c != id);
        if cut {
            self.cut.push(id);
        }
    }

    /// The contact-log form was emptied or replaced: what was said about its input goes.
    fn forget_draft_cuts(&mut self) {
        self.cut.retain(|id| !CONTACT_FIELDS.contains(id));
    }

    fn next(&mut self, flow: &Flow, today: Option<Date>) {
        let cur = self.current(flow);
        match &cur.kind {
            NodeKind::Question { .. } => {
                if self.answered_next(flow, cur).is_none() {
                    self.error = Some(StepError::Required);
                    return;
                }
            }
            NodeKind::Input { field, input } => {
                let value = self.facts.get(field).map(|v| v.trim()).unwrap_or("");
                if let Err(e) = check_input(*input, value, today) {
                    self.error = Some(e);
                    return;
                }
                self.answers.insert(cur.id.clone(), Answer::Given);
            }
            NodeKind::Urgent => {
                self.answers.insert(cur.id.clone(), Answer::Seen);
            }
            // A warning with a way on (the scam warning): read, then the real problem.
            NodeKind::Stop if cur.next.is_some() => {
                self.answers.insert(cur.id.clone(), Answer::Seen);
            }
            NodeKind::Summary => {
                // Only go on to the plan when every question on the path is answered; a change
                // that opened a new branch sends the person there instead.
                let path = self.path(flow);
                if let Some(&last) = path.last() {
                    if !matches!(flow.nodes[last].kind, NodeKind::Summary) {
                        self.error = None;
                        self.changing = true;
                        self.trail.push(flow.nodes[last].id.clone());
                        return;
                    }
                }
                self.changing = false;
                self.error = None;
                if let Some(next) = cur.next {
                    self.trail.push(flow.nodes[next].id.clone());
                }
                return;
            }
            NodeKind::Case { page } => {
                // The facts are checked all together, GOV.UK style: every problem at once.
                if *page == CasePage::Facts {
                    self.field_errors.clear();
                    for &f in Field::ALL {
                        let v = self.facts.get(&f).map_or("", String::as_str);
                        if let Err(e) = check_fact(f, v, today) {
                            self.field_errors.push((f.id(), e));
                        }
                    }
                    if !self.field_errors.is_empty() {
                        return;
                    }
                }
                if let Some(next) = cur.next {
                    self.trail.push(flow.nodes[next].id.clone());
                }
                return;
            }
            NodeKind::Plan { .. } | NodeKind::Stop | NodeKind::Knowhow { .. } => return,
        }
        self.error = None;
        self.advance(flow, cur);
    }

    /// Moves from `cur` (already answered) to its next node; when changing an answer from
    /// "check your answers", skips ahead over nodes whose answers still apply.
    fn advance(&mut self, flow: &Flow, cur: &Node) {
        let Some(mut target) = self.answered_next(flow, cur) else {
            return;
        };
        if self.changing {
            let mut seen = vec![false; flow.nodes.len()];
            while !std::mem::replace(&mut seen[target], true) {
                let node = &flow.nodes[target];
                if matches!(node.kind, NodeKind::Summary) || node.is_end() {
                    break;
                }
                match self.answered_next(flow, node) {
                    Some(n) => target = n,
                    None => break,
                }
            }
            if matches!(flow.nodes[target].kind, NodeKind::Summary) {
                self.changing = false;
            }
        }
        self.trail.push(flow.nodes[target].id.clone());
    }

    /// Where a node leads given its stored answer (past any node its `unless` skips);
    /// `None` if it has no usable answer yet.
    pub fn answered_next(&self, flow: &Flow, node: &Node) -> Option<usize> {
        self.raw_next(node).map(|i| self.land(flow, i))
    }

    /// `i`, or the first node after it whose `unless` does not apply to these answers.
    fn land(&self, flow: &Flow, mut i: usize) -> usize {
        let mut seen = vec![false; flow.nodes.len()];
        while !std::mem::replace(&mut seen[i], true) {
            let node = &flow.nodes[i];
            let given = |(at, choice): &(usize, String)| match self.answers.get(&flow.nodes[*at].id)
            {
                Some(Answer::One(c)) => c == choice,
                Some(Answer::Many(cs)) => cs.contains(choice),
                _ => false,
            };
            let skipped = node.unless.iter().any(given)
                || (!node.only_if.is_empty() && !node.only_if.iter().any(given));
            match node.next {
                Some(next) if skipped => i = next,
                _ => break,
            }
        }
        i
    }

    fn raw_next(&self, node: &Node) -> Option<usize> {
        let answer = self.answers.get(&node.id)?;
        if !answer_fits(node, answer) {
            return None;
        }
        match (&node.kind, answer) {
            (NodeKind::Question { multi: false, .. }, Answer::One(c)) => {
                node.choice(c)?.next.or(node.next)
            }
            (
                NodeKind::Question {
                    multi: true,
                    choices,
                },
                Answer::Many(picked),
            ) => choices
                .iter()
                .filter(|c| picked.contains(&c.id))
                .find_map(|c| c.next)
                .or(node.next),
            (NodeKind::Input { field, input }, Answer::Given) => {
                let v = self.facts.get(field).map(|v| v.trim()).unwrap_or("");
                check_input(*input, v, None).ok().and(node.next)
            }
            (NodeKind::Input { .. }, Answer::Skipped)
            | (NodeKind::Urgent | NodeKind::Stop, Answer::Seen) => node.next,
            _ => None,
        }
    }

    /// The nodes the answers lead through, from the start up to and including the first
    /// node without an answer (or "check your answers", or an end page).
    pub fn path(&self, flow: &Flow) -> Vec<usize> {
        let mut path = Vec::new();
        let mut seen = vec![false; flow.nodes.len()];
        let mut i = flow.start;
        while !std::mem::replace(&mut seen[i], true) {
            path.push(i);
            let node = &flow.nodes[i];
            if matches!(node.kind, NodeKind::Summary) || node.is_end() {
                break;
            }
            match self.answered_next(flow, node) {
                Some(n) => i = n,
                None => break,
            }
        }
        path
    }

    /// "Step N of about M" while answering: N counts the asking and urgent pages up to the
    /// current one along the path; M adds what the answers so far predict (each unanswered
    /// node's default route) up to "check your answers". `None` on other pages.
    pub fn progress(&self, flow: &Flow) -> Option<(usize, usize)> {
        let cur = flow.index_of(&self.current(flow).id)?;
        let counted =
            |i: usize| flow.nodes[i].asks() || matches!(flow.nodes[i].kind, NodeKind::Urgent);
        if !counted(cur) {
            return None;
        }
        let path = self.path(flow);
        let pos = path.iter().position(|&i| i == cur)?;
        let number = path[..=pos].iter().filter(|&&i| counted(i)).count();
        let mut total = path.iter().filter(|&&i| counted(i)).count();
        let mut seen = vec![false; flow.nodes.len()];
        for &i in &path {
            seen[i] = true;
        }
        let mut i = *path.last()?;
        loop {
            let node = &flow.nodes[i];
            if matches!(node.kind, NodeKind::Summary) || node.is_end() {
                break;
            }
            let default = node
                .next
                .or_else(|| match &node.kind {
                    NodeKind::Question { choices, .. } => choices.iter().find_map(|c| c.next),
                    _ => None,
                })
                .map(|n| self.land(flow, n));
            match default {
                Some(n) if !std::mem::replace(&mut seen[n], true) => {
                    if counted(n) {
                        total += 1;
                    }
                    i = n;
                }
                _ => break,
            }
        }
        Some((number, total.max(number)))
    }
}

fn answer_fits(node: &Node, answer: &Answer) -> bool {
    match (&node.kind, answer) {
        (NodeKind::Question { multi: false, .. }, Answer::One(c)) => node.choice(c).is_some(),
        (
            NodeKind::Question {
                multi: true,
                choices,
            },
            Answer::Many(picked),
        ) => {
            !picked.is_empty()
                && picked.iter().all(|p| node.choice(p).is_some())
                && (picked.len() == 1
                    || !choices
                        .iter()
                        .any(|c| c.exclusive && picked.contains(&c.id)))
        }
        (NodeKind::Input { .. }, Answer::Given | Answer::Skipped) => true,
        (NodeKind::Urgent, Answer::Seen) => true,
        (NodeKind::Stop, Answer::Seen) => node.next.is_some(),
        _ => false,
    }
}

/// Checks a typed value for an input node.
pub fn check_input(kind: InputKind, value: &str, today: Option<Date>) -> Result<(), StepError> {
    if value.is_empty() {
        return Err(StepError::Required);
    }
    match kind {
        InputKind::Date => {
            let date = Date::parse_iso(value).ok_or(StepError::InvalidDate)?;
            match today {
                Some(t) if date > t => Err(StepError::FutureDate),
                _ => Ok(()),
            }
        }
        InputKind::Amount => parse_amount(value)
            .map(|_| ())
            .ok_or(StepError::InvalidAmount),
    }
}
