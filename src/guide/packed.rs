//! The built-in content, packed at build time.
//!
//! `build.rs` reads and checks the JSON packs with the same code as everything else
//! (`content.rs`, included into the build script), so a content error fails the build with
//! the checker's messages; it then writes the checked [`Guide`] in this compact form, and the
//! widget unpacks it at start. Why: the JSON reading and checking of three packs, with all
//! the checker's messages, cost about 5 KB gzip in the wasm, and the built-in content needs
//! none of it at run time (it was checked when it was built). The native tests and
//! `check-content` keep reading JSON, and a test proves `unpack(pack(g)) == g` for the
//! built-in guide.
//!
//! Format: a flat sequence of values, in the order of the structs' fields. Numbers are
//! LEB128; strings are a length then UTF-8; lists are a count then the items; an option is
//! 0 for none or 1 then the value; enums are their position. The first byte is [`VERSION`].
//! The text packs leave out what the flow and the id lists already fix: node and choice ids
//! (the flow's, in its order), item ids (the section's id list) and the count of causes.
//! The bytes never leave the build, but unpacking still checks every index it reads, so a
//! damaged file is `None`, never a panic.

use super::content::{
    CasePage, Choice, Flag, Flow, Guide, InputKind, Item, Node, NodeKind, NodeText, Texts, Topic,
};
use super::ids::{
    Cause, Channel, Field, Locale, Route, Step, OUTLOOK_IDS, PREVENTION_IDS, RISK_IDS, TIP_IDS,
};

/// Bumped whenever the format changes.
pub const VERSION: u8 = 2;

pub fn pack(g: &Guide) -> Vec<u8> {
    let mut w = Writer(vec![VERSION]);
    w.flow(&g.flow);
    w.texts(&g.zh_cn);
    w.texts(&g.en);
    w.0
}

pub fn unpack(bytes: &[u8]) -> Option<Guide> {
    let mut r = Reader { b: bytes, i: 0 };
    if r.byte()? != VERSION {
        return None;
    }
    let flow = r.flow()?;
    let zh_cn = r.texts(&flow)?;
    let en = r.texts(&flow)?;
    (r.i == bytes.len() && zh_cn.locale == Locale::ZhCn && en.locale == Locale::En)
        .then_some(Guide { flow, zh_cn, en })
}

struct Writer(Vec<u8>);

impl Writer {
    fn n(&mut self, mut v: usize) {
        loop {
            let low = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(low);
                return;
            }
            self.0.push(low | 0x80);
        }
    }

    fn s(&mut self, s: &str) {
        self.n(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }

    fn opt_s(&mut self, s: &Option<String>) {
        match s {
            Some(s) => {
                self.n(1);
                self.s(s);
            }
            None => self.n(0),
        }
    }

    /// An optional small number, as 0 for none and n + 1 otherwise.
    fn opt_n(&mut self, v: Option<usize>) {
        self.n(v.map_or(0, |v| v + 1));
    }

    fn strings(&mut self, items: &[String]) {
        self.n(items.len());
        for s in items {
            self.s(s);
        }
    }

    /// Titled paragraphs without their ids: a checked pack has exactly the section's ids, in
    /// order, so the reader takes them from the id list.
    fn items(&mut self, items: &[Item]) {
        for i in items {
            self.s(&i.title);
            self.s(&i.body);
        }
    }

    fn flow(&mut self, f: &Flow) {
        self.n(f.start);
        self.n(f.legal_help_threshold as usize);
        self.n(f.nodes.len());
        for node in &f.nodes {
            self.s(&node.id);
            self.opt_n(node.next);
            match &node.kind {
                NodeKind::Question { multi, choices } => {
                    self.n(0);
                    self.n(usize::from(*multi));
                    self.n(choices.len());
                    for c in choices {
                        self.s(&c.id);
                        self.opt_n(c.next);
                        self.opt_n(c.route.map(Route::index));
                        self.n(c.points.len());
                        for &(cause, points) in &c.points {
                            self.n(cause.index());
                            self.n(points.into());
                        }
                        self.n(usize::from(c.exclusive));
                        self.opt_n(c.flag.map(|Flag::PayLater| 0));
                    }
                }
                NodeKind::Input { field, input } => {
                    self.n(1);
                    self.n(field.index());
                    self.n(matches!(input, InputKind::Amount).into());
                }
                NodeKind::Urgent => self.n(2),
                NodeKind::Summary => self.n(3),
                NodeKind::Plan { links } => {
                    self.n(4);
                    self.n(links.len());
                    for &l in links {
                        self.n(l);
                    }
                }
                NodeKind::Stop => self.n(5),
                NodeKind::Knowhow { topic } => {
                    self.n(6);
                    self.n(*topic as usize);
                }
                NodeKind::Case { page } => {
                    self.n(7);
                    self.n(*page as usize);
                }
            }
        }
        self.n(f.plans.len());
        for plan in &f.plans {
            self.n(plan.len());
            for s in plan {
                self.n(s.index());
            }
        }
    }

    fn texts(&mut self, t: &Texts) {
        self.n(t.locale.index());
        self.s(&t.name);
        // Node and choice ids are the flow's, in its order (the checker builds them so): only
        // the words are written, and the reader takes the ids from the flow. (Ids are a third
        // of the strings; written three times they cost 0.5 KB of the wasm even packed.)
        for (_, text) in &t.nodes {
            self.s(&text.title);
            self.opt_s(&text.hint);
            self.strings(&text.body);
            for (_, label) in &text.choices {
                self.s(label);
            }
        }
        // One per cause, in `Cause::ALL` order (no count).
        for (title, explain) in &t.causes {
            self.s(title);
            self.s(explain);
        }
        self.items(&t.steps);
        self.strings(&t.plan_notes);
        self.strings(&t.notes);
        for list in [&t.tips, &t.channels, &t.prevention, &t.risks, &t.outlook] {
            self.items(list);
        }
    }
}

struct Reader<'a> {
    b: &'a [u8],
    i: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.b.get(self.i)?;
        self.i += 1;
        Some(b)
    }

    fn n(&mut self) -> Option<usize> {
        let mut v = 0usize;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            v |= usize::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }

    fn s(&mut self) -> Option<String> {
        let len = self.n()?;
        let bytes = self.b.get(self.i..self.i.checked_add(len)?)?;
        self.i += len;
        String::from_utf8(bytes.to_vec()).ok()
    }

    fn flag(&mut self) -> Option<bool> {
        match self.n()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    fn opt_n(&mut self) -> Option<Option<usize>> {
        Some(self.n()?.checked_sub(1))
    }

    fn opt_s(&mut self) -> Option<Option<String>> {
        Some(if self.flag()? { Some(self.s()?) } else { None })
    }

    /// A count, then that many items read by `f`. A loop rather than
    /// `collect::<Option<Vec<_>>>()`: that adapter, once per item type, cost 2 KB gzip.
    fn list<T>(&mut self, mut f: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let len = self.n()?;
        // Every item takes at least a byte: a count beyond the rest is damage, not a reason
        // to reserve memory.
        if len > self.b.len() - self.i {
            return None;
        }
        let mut out = Vec::with_capacity(len);
        for _ in 0..len {
            out.push(f(self)?);
        }
        Some(out)
    }

    fn strings(&mut self) -> Option<Vec<String>> {
        self.list(Self::s)
    }

    fn items(&mut self, ids: &[&str]) -> Option<Vec<Item>> {
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            out.push(Item {
                id: id.to_string(),
                title: self.s()?,
                body: self.s()?,
            });
        }
        Some(out)
    }

    fn flow(&mut self) -> Option<Flow> {
        let start = self.n()?;
        let legal_help_threshold = self.n()? as u64;
        let nodes = self.list(|r| {
            let id = r.s()?;
            let next = r.opt_n()?;
            let kind = match r.n()? {
                0 => NodeKind::Question {
                    multi: r.flag()?,
                    choices: r.list(|r| {
                        Some(Choice {
                            id: r.s()?,
                            next: r.opt_n()?,
                            route: match r.opt_n()? {
                                Some(i) => Some(*Route::ALL.get(i)?),
                                None => None,
                            },
                            points: r.list(|r| {
                                Some((*Cause::ALL.get(r.n()?)?, u8::try_from(r.n()?).ok()?))
                            })?,
                            exclusive: r.flag()?,
                            flag: match r.opt_n()? {
                                Some(0) => Some(Flag::PayLater),
                                Some(_) => return None,
                                None => None,
                            },
                        })
                    })?,
                },
                1 => NodeKind::Input {
                    field: *Field::ALL.get(r.n()?)?,
                    input: if r.flag()? {
                        InputKind::Amount
                    } else {
                        InputKind::Date
                    },
                },
                2 => NodeKind::Urgent,
                3 => NodeKind::Summary,
                4 => NodeKind::Plan {
                    links: r.list(Self::n)?,
                },
                5 => NodeKind::Stop,
                6 => NodeKind::Knowhow {
                    topic: match r.n()? {
                        0 => Topic::Tips,
                        1 => Topic::Prevention,
                        2 => Topic::Risks,
                        _ => return None,
                    },
                },
                7 => NodeKind::Case {
                    page: match r.n()? {
                        0 => CasePage::Facts,
                        1 => CasePage::Evidence,
                        2 => CasePage::Contacts,
                        3 => CasePage::Letters,
                        _ => return None,
                    },
                },
                _ => return None,
            };
            Some(Node { id, kind, next })
        })?;
        let plans = self.list(|r| r.list(|r| Step::ALL.get(r.n()?).copied()))?;
        let flow = Flow {
            start,
            nodes,
            plans,
            legal_help_threshold,
        };
        // Every index the engine will follow must point at a node.
        let count = flow.nodes.len();
        let fits = |i: &usize| *i < count;
        // `successors` covers the node's own `next` too.
        let links_fit = flow
            .nodes
            .iter()
            .all(|n| flow.successors(n).iter().all(fits));
        (start < count && links_fit).then_some(flow)
    }

    fn texts(&mut self, flow: &Flow) -> Option<Texts> {
        let locale = *Locale::ALL.get(self.n()?)?;
        let name = self.s()?;
        let mut nodes = Vec::with_capacity(flow.nodes.len());
        for node in &flow.nodes {
            let title = self.s()?;
            let hint = self.opt_s()?;
            let body = self.strings()?;
            let mut choices = Vec::new();
            if let NodeKind::Question { choices: cs, .. } = &node.kind {
                for c in cs {
                    choices.push((c.id.clone(), self.s()?));
                }
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
        let mut causes = Vec::with_capacity(Cause::ALL.len());
        for _ in Cause::ALL {
            causes.push((self.s()?, self.s()?));
        }
        Some(Texts {
            locale,
            name,
            nodes,
            causes,
            steps: self.items(Step::IDS)?,
            plan_notes: self.strings()?,
            notes: self.strings()?,
            tips: self.items(TIP_IDS)?,
            channels: self.items(Channel::IDS)?,
            prevention: self.items(PREVENTION_IDS)?,
            risks: self.items(RISK_IDS)?,
            outlook: self.items(OUTLOOK_IDS)?,
        })
    }
}
