//! Content overrides: an integrator's partial text pack (`content` in the configuration,
//! DESIGN §4.2) merged over the built-in one.
//!
//! DESIGN asks that the merged result pass the same checker as the shipped packs. The
//! literal way (write the built-in texts back to JSON, merge the override in, run
//! [`Texts::check`]) is kept here as the reference ([`Guide::with_content_checked`]), but it
//! costs 4 KB of the widget's size budget, which is not there. The widget instead applies the
//! override straight onto its checked texts ([`Texts::apply`]): every value it takes must be
//! what the checker would take at that place, and unknown sections, ids, keys and wrong
//! types are refused and named. A native property test runs both on generated overrides and
//! requires the same verdict and, when accepted, the same texts: the checker is the oracle.
//! Any problem refuses the whole override; the widget keeps its built-in texts and tells the
//! host what to fix.

use super::content::{ContentError, Guide, Item, NodeKind, Texts, TEXT_KEYS};
use super::ids::{Cause, Channel, Locale, Step, NOTE_IDS};
use super::json::{push_string, push_strings, Json};

/// `over` merged into `base`: objects key by key, recursively; any other value replaces.
pub fn merge(base: &mut Json, over: &Json) {
    match (base, over) {
        (Json::Object(b), Json::Object(o)) => {
            for (key, value) in &o.0 {
                match b.0.iter_mut().rev().find(|(k, _)| k == key) {
                    Some((_, v)) => merge(v, value),
                    None => b.0.push((key.clone(), value.clone())),
                }
            }
        }
        (b, o) => *b = o.clone(),
    }
}

/// Writes JSON text: `{"k":v,…}` with members added by [`W::key`].
struct W(String);

impl W {
    /// Opens a member: `,` when needed, the key, `:`.
    fn key(&mut self, key: &str) {
        if !self.0.ends_with('{') {
            self.0.push(',');
        }
        push_string(&mut self.0, key);
        self.0.push(':');
    }
    fn text(&mut self, key: &str, value: &str) {
        self.key(key);
        push_string(&mut self.0, value);
    }
    fn open(&mut self, key: &str) {
        self.key(key);
        self.0.push('{');
    }
    fn close(&mut self) {
        self.0.push('}');
    }
    /// `"id":{"title":…,"<body_key>":…}`
    fn item(&mut self, id: &str, title: &str, body_key: &str, body: &str) {
        self.open(id);
        self.text("title", title);
        self.text(body_key, body);
        self.close();
    }
    fn items(&mut self, section: &str, list: &[Item]) {
        self.open(section);
        for i in list {
            self.item(&i.id, &i.title, "body", &i.body);
        }
        self.close();
    }
}

impl Texts {
    /// This pack in the JSON form [`Texts::check`] reads (`content/<locale>.json`), for the
    /// reference check. Written as text and read back with the one JSON reader: shorter than
    /// building the tree value by value.
    pub fn to_json(&self) -> Json {
        let mut w = W(String::from("{"));
        w.text("locale", self.locale.id());
        w.text("name", &self.name);
        w.open("nodes");
        for (id, t) in &self.nodes {
            w.open(id);
            w.text("title", &t.title);
            if let Some(hint) = &t.hint {
                w.text("hint", hint);
            }
            if !t.body.is_empty() {
                w.key("body");
                push_strings(&mut w.0, &t.body);
            }
            if !t.choices.is_empty() {
                w.open("choices");
                for (c, label) in &t.choices {
                    w.text(c, label);
                }
                w.close();
            }
            w.close();
        }
        w.close();
        w.open("causes");
        for &c in Cause::ALL {
            let (title, explain) = self.cause(c);
            w.item(c.id(), title, "explain", explain);
        }
        w.close();
        w.open("plan_notes");
        for &c in Cause::ALL {
            w.open(c.id());
            for &st in Step::ALL {
                w.text(st.id(), self.plan_note(c, st));
            }
            w.close();
        }
        w.close();
        w.open("notes");
        for id in NOTE_IDS {
            w.text(id, self.note(id));
        }
        w.close();
        w.open("steps");
        for &st in Step::ALL {
            let (title, body) = self.step(st);
            w.item(st.id(), title, "body", body);
        }
        w.close();
        // Channels are stored per `Channel::index`; their ids are the channels'.
        w.open("channels");
        for &c in Channel::ALL {
            if let Some(i) = self.channel(c) {
                w.item(c.id(), &i.title, "body", &i.body);
            }
        }
        w.close();
        w.items("tips", &self.tips);
        w.items("prevention", &self.prevention);
        w.items("risks", &self.risks);
        w.items("outlook", &self.outlook);
        w.close();
        // What this writes always parses; `Null` only guards the impossible.
        Json::parse(&w.0).unwrap_or(Json::Null)
    }
}

impl Guide {
    /// The reference: `content` merged over the texts as JSON, and the merged packs run
    /// through [`Texts::check`]. Native only in practice (tests and tools); the widget uses
    /// [`Guide::with_content`], which must agree with this.
    pub fn with_content_checked(mut self, content: &Json) -> Result<Guide, Vec<ContentError>> {
        let mut errors = Vec::new();
        for pack in packs(content) {
            let Some(locale) = pack_locale(pack, &mut errors) else {
                continue;
            };
            let mut merged = self.texts(locale).to_json();
            merge(&mut merged, pack);
            match Texts::check(&merged, &self.flow) {
                Ok(texts) => match locale {
                    Locale::ZhCn => self.zh_cn = texts,
                    Locale::En => self.en = texts,
                },
                Err(e) => errors.extend(e),
            }
        }
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(errors)
        }
    }

    /// This guide with `content` (one partial text pack, or a list of them, each naming its
    /// `locale`) applied over its texts. Any problem refuses the whole override and comes
    /// back named; the caller keeps the built-in texts. Takes the guide by value (the widget
    /// unpacks a fresh one) so nothing is cloned.
    pub fn with_content(mut self, content: &Json) -> Result<Guide, Vec<ContentError>> {
        let mut errors = Vec::new();
        for pack in packs(content) {
            if let Some(locale) = pack_locale(pack, &mut errors) {
                let texts = match locale {
                    Locale::ZhCn => &mut self.zh_cn,
                    Locale::En => &mut self.en,
                };
                texts.apply(pack, &self.flow, &mut errors);
            }
        }
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(errors)
        }
    }
}

/// One pack, or a list of them.
fn packs(content: &Json) -> &[Json] {
    match content {
        Json::Array(list) => list,
        other => std::slice::from_ref(other),
    }
}

fn pack_locale(pack: &Json, errors: &mut Vec<ContentError>) -> Option<Locale> {
    let locale = pack
        .get("locale")
        .and_then(Json::as_str)
        .and_then(Locale::from_id);
    if locale.is_none() {
        errors.push(ContentError::at(
            "content",
            "each pack needs a `locale`: zh-CN or en",
        ));
    }
    locale
}

/// Text the checker requires at a place: a string that is not blank.
fn required(v: &Json) -> Option<&str> {
    v.as_str().filter(|s| !s.trim().is_empty())
}

impl Texts {
    /// Applies a partial text pack over these texts, taking each value only where the
    /// checker would accept it (see the module docs); problems are added to `errors`, named
    /// by place. On any problem these texts are partly changed: the caller discards them.
    pub fn apply(
        &mut self,
        pack: &Json,
        flow: &super::content::Flow,
        errors: &mut Vec<ContentError>,
    ) {
        let tag = self.locale.id();
        // One message for every refusal (each distinct one is wasm size); the place says
        // where: "<locale> <section> `<id>`".
        let mut bad = |place: &str, what: &str| {
            let mut p = String::from(tag);
            for part in [" ", place, " `", what, "`"] {
                p.push_str(part);
            }
            errors.push(ContentError::at(
                p,
                "refused: not a section or id the guide has, an unknown key, or a value that is empty or of the wrong type",
            ));
        };
        let Some(top) = pack.as_object() else {
            bad("content", "");
            return;
        };
        for (section, value) in top.iter() {
            let section = section.as_str();
            if section == "locale" {
                continue;
            }
            if section == "name" {
                match required(value) {
                    Some(v) => self.name = v.to_string(),
                    None => bad("pack", "name"),
                }
                continue;
            }
            // `locale` and `name` were taken above; the rest of a pack's keys are sections.
            let known = TEXT_KEYS.contains(&section);
            let Some(entries) = value.as_object().filter(|_| known) else {
                bad("section", section);
                continue;
            };
            for (id, v) in entries.iter() {
                let id = id.as_str();
                let ok = match section {
                    "nodes" => self.apply_node(id, v, flow),
                    "notes" => {
                        let i = NOTE_IDS.iter().position(|n| *n == id);
                        match (i.and_then(|i| self.notes.get_mut(i)), required(v)) {
                            (Some(slot), Some(text)) => {
                                *slot = text.to_string();
                                true
                            }
                            _ => false,
                        }
                    }
                    _ => match (self.fields(section, id), v.as_object()) {
                        (Some(mut fields), Some(o)) => set_fields(o, &mut fields),
                        _ => false,
                    },
                };
                if !ok {
                    bad(section, id);
                }
            }
        }
    }

    /// The texts of one entry of a section, by key: what a partial pack may replace there.
    fn fields(&mut self, section: &str, id: &str) -> Option<Vec<(&'static str, &mut String)>> {
        let cause = Cause::IDS.iter().position(|c| *c == id);
        let list = match section {
            "causes" => {
                let (title, explain) = self.causes.get_mut(cause?)?;
                return Some(vec![("title", title), ("explain", explain)]);
            }
            "plan_notes" => {
                let n = Step::ALL.len();
                let notes = self.plan_notes.get_mut(cause? * n..(cause? + 1) * n)?;
                let mut out = Vec::with_capacity(n);
                for (step, note) in Step::IDS.iter().zip(notes) {
                    out.push((*step, note));
                }
                return Some(out);
            }
            "steps" => &mut self.steps,
            "channels" => &mut self.channels,
            "tips" => &mut self.tips,
            "prevention" => &mut self.prevention,
            "risks" => &mut self.risks,
            "outlook" => &mut self.outlook,
            _ => return None,
        };
        let Item { title, body, .. } = list.iter_mut().find(|i| i.id == id)?;
        Some(vec![("title", title), ("body", body)])
    }

    /// A node's words: `title`, `hint`, `body`, `choices` (labels by choice id).
    fn apply_node(&mut self, id: &str, v: &Json, flow: &super::content::Flow) -> bool {
        let (Some(node), Some(o)) = (flow.node(id), v.as_object()) else {
            return false;
        };
        let Some((_, t)) = self.nodes.iter_mut().find(|(n, _)| n == id) else {
            return false;
        };
        let mut ok = true;
        for (key, value) in o.iter() {
            match key.as_str() {
                "title" => match required(value) {
                    Some(s) => t.title = s.to_string(),
                    None => ok = false,
                },
                "hint" => match value.as_str() {
                    Some(s) => t.hint = Some(s.to_string()),
                    None => ok = false,
                },
                "body" => match value.as_array() {
                    Some(lines) if lines.iter().all(Json::is_string) => {
                        t.body.clear();
                        for l in lines {
                            t.body.extend(l.as_str().map(str::to_string));
                        }
                        // A warning page needs words.
                        ok &= !(t.body.is_empty()
                            && matches!(node.kind, NodeKind::Urgent | NodeKind::Stop));
                    }
                    _ => ok = false,
                },
                // Only a question has choices to label.
                "choices" => match value.as_object().filter(|_| !t.choices.is_empty()) {
                    Some(labels) => {
                        for (c, label) in labels.iter() {
                            match (
                                t.choices.iter_mut().find(|(id, _)| id == c),
                                required(label),
                            ) {
                                (Some((_, slot)), Some(l)) => *slot = l.to_string(),
                                _ => ok = false,
                            }
                        }
                    }
                    None => ok = false,
                },
                _ => ok = false,
            }
        }
        ok
    }
}

/// Sets each named field from `o` (text the checker requires); false on an unknown key or a
/// value the checker would refuse.
fn set_fields(o: &super::json::Object, fields: &mut [(&str, &mut String)]) -> bool {
    let mut ok = true;
    for (key, value) in o.iter() {
        match (fields.iter_mut().find(|(k, _)| k == key), required(value)) {
            (Some((_, slot)), Some(v)) => **slot = v.to_string(),
            _ => ok = false,
        }
    }
    ok
}
