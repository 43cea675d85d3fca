//! Content overrides: an integrator's partial text pack (`content` in the configuration,
//! DESIGN §4.2) applied over the built-in one.
//!
//! DESIGN asks that the result pass the same checker as the shipped packs. The literal way
//! (write the built-in texts back to JSON, merge the override in, run [`Texts::check`]) is
//! [`Guide::with_content_checked`]; the widget instead applies the override straight onto
//! its checked texts ([`Texts::apply`]), taking each value only where the checker would take
//! it, because the checker and the JSON round trip cost 7 KiB of the wasm (measured) for
//! the same result. A native property test runs both on generated and hostile overrides and
//! requires the same verdict and, when accepted, the same texts: the checker is the oracle.
//! Any problem refuses the whole override; the widget keeps its built-in texts and tells the
//! host what to fix, naming the place and why.

use serde_json::Value;

use super::content::{ContentError, Guide, Item, NodeKind, Texts, TEXT_KEYS};
use super::ids::{Cause, Channel, Locale, Step, NOTE_IDS};

type Map = serde_json::Map<String, Value>;

/// `over` merged into `base`: objects key by key, recursively; any other value replaces.
pub fn merge(base: &mut Value, over: &Value) {
    match (base, over) {
        (Value::Object(b), Value::Object(o)) => {
            for (key, value) in o {
                match b.get_mut(key) {
                    Some(v) => merge(v, value),
                    None => {
                        b.insert(key.clone(), value.clone());
                    }
                }
            }
        }
        (b, o) => *b = o.clone(),
    }
}

/// `{"title": …, "<body_key>": …}`
fn item(title: &str, body_key: &str, body: &str) -> Value {
    let mut o = Map::new();
    o.insert("title".into(), title.into());
    o.insert(body_key.into(), body.into());
    Value::Object(o)
}

fn items(list: &[Item]) -> Value {
    let map: Map = list
        .iter()
        .map(|i| (i.id.clone(), item(&i.title, "body", &i.body)))
        .collect();
    Value::Object(map)
}

impl Texts {
    /// This pack in the JSON form [`Texts::check`] reads (`content/<locale>.json`), for the
    /// reference check.
    pub fn to_json(&self) -> Value {
        let mut nodes = Map::new();
        for (id, t) in &self.nodes {
            let mut o = Map::new();
            o.insert("title".into(), t.title.as_str().into());
            if let Some(hint) = &t.hint {
                o.insert("hint".into(), hint.as_str().into());
            }
            if !t.body.is_empty() {
                o.insert("body".into(), t.body.clone().into());
            }
            if !t.choices.is_empty() {
                let labels: Map = t
                    .choices
                    .iter()
                    .map(|(c, label)| (c.clone(), Value::from(label.as_str())))
                    .collect();
                o.insert("choices".into(), Value::Object(labels));
            }
            nodes.insert(id.clone(), Value::Object(o));
        }
        let causes: Map = Cause::ALL
            .iter()
            .map(|&c| {
                let (title, explain) = self.cause(c);
                (c.id().to_string(), item(title, "explain", explain))
            })
            .collect();
        let plan_notes: Map = Cause::ALL
            .iter()
            .map(|&c| {
                let notes: Map = Step::ALL
                    .iter()
                    .map(|&st| (st.id().to_string(), self.plan_note(c, st).into()))
                    .collect();
                (c.id().to_string(), Value::Object(notes))
            })
            .collect();
        let notes: Map = NOTE_IDS
            .iter()
            .map(|id| (id.to_string(), self.note(id).into()))
            .collect();
        let steps: Map = Step::ALL
            .iter()
            .map(|&st| {
                let (title, body) = self.step(st);
                (st.id().to_string(), item(title, "body", body))
            })
            .collect();
        let channels: Map = Channel::ALL
            .iter()
            .filter_map(|&c| {
                let i = self.channel(c)?;
                Some((c.id().to_string(), item(&i.title, "body", &i.body)))
            })
            .collect();
        let mut pack = Map::new();
        pack.insert("locale".into(), self.locale.id().into());
        pack.insert("name".into(), self.name.as_str().into());
        pack.insert("nodes".into(), Value::Object(nodes));
        pack.insert("causes".into(), Value::Object(causes));
        pack.insert("plan_notes".into(), Value::Object(plan_notes));
        pack.insert("notes".into(), Value::Object(notes));
        pack.insert("steps".into(), Value::Object(steps));
        pack.insert("channels".into(), Value::Object(channels));
        pack.insert("tips".into(), items(&self.tips));
        pack.insert("prevention".into(), items(&self.prevention));
        pack.insert("risks".into(), items(&self.risks));
        pack.insert("outlook".into(), items(&self.outlook));
        Value::Object(pack)
    }
}

impl Guide {
    /// The reference: `content` merged over the texts as JSON, and the merged packs run
    /// through [`Texts::check`]. The tests and tools hold [`Guide::with_content`] to it.
    pub fn with_content_checked(mut self, content: &Value) -> Result<Guide, Vec<ContentError>> {
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
    /// back named; the caller keeps the built-in texts.
    pub fn with_content(mut self, content: &Value) -> Result<Guide, Vec<ContentError>> {
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
fn packs(content: &Value) -> &[Value] {
    match content {
        Value::Array(list) => list,
        other => std::slice::from_ref(other),
    }
}

fn pack_locale(pack: &Value, errors: &mut Vec<ContentError>) -> Option<Locale> {
    let locale = pack
        .get("locale")
        .and_then(Value::as_str)
        .and_then(Locale::from_id);
    if locale.is_none() {
        errors.push(ContentError::at(
            "content",
            "each pack needs a `locale`: zh-CN or en",
        ));
    }
    locale
}

/// Why one entry of an override was refused.
type Refusal = String;

const NOT_TEXT: &str = "must be text that is not blank";

/// Text the checker requires at a place: a string that is not blank.
fn required(v: &Value) -> Result<&str, Refusal> {
    v.as_str()
        .filter(|s| !s.trim().is_empty())
        .ok_or_else(|| NOT_TEXT.to_string())
}

impl Texts {
    /// Applies a partial text pack over these texts, taking each value only where the
    /// checker would accept it (see the module docs); problems are added to `errors`, each
    /// named by place (`<locale> <section> `<id>``) with the reason. On any problem these
    /// texts are partly changed: the caller discards them.
    pub fn apply(
        &mut self,
        pack: &Value,
        flow: &super::content::Flow,
        errors: &mut Vec<ContentError>,
    ) {
        let tag = self.locale.id();
        let mut bad = |place: String, why: Refusal| errors.push(ContentError::at(place, why));
        let Some(top) = pack.as_object() else {
            bad(format!("{tag} content"), "must be an object".into());
            return;
        };
        for (section, value) in top {
            let section = section.as_str();
            match section {
                "locale" => continue,
                "name" => {
                    match required(value) {
                        Ok(v) => self.name = v.to_string(),
                        Err(why) => bad(format!("{tag} `name`"), why),
                    }
                    continue;
                }
                _ => {}
            }
            if !TEXT_KEYS.contains(&section) {
                bad(
                    format!("{tag} `{section}`"),
                    "is not a section of a text pack".into(),
                );
                continue;
            }
            let Some(entries) = value.as_object() else {
                bad(
                    format!("{tag} `{section}`"),
                    "must be an object keyed by id".into(),
                );
                continue;
            };
            for (id, v) in entries {
                let id = id.as_str();
                let done = match section {
                    "nodes" => self.apply_node(id, v, flow),
                    "notes" => match NOTE_IDS.iter().position(|n| *n == id) {
                        Some(i) => required(v).map(|text| self.notes[i] = text.to_string()),
                        None => Err("is not a note the guide has".into()),
                    },
                    _ => match (self.fields(section, id), v.as_object()) {
                        (Some(mut fields), Some(o)) => set_fields(o, &mut fields),
                        (None, _) => Err(format!("is not an id of `{section}`")),
                        (Some(_), None) => Err("must be an object of texts".into()),
                    },
                };
                if let Err(why) = done {
                    bad(format!("{tag} {section} `{id}`"), why);
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
                return Some(Step::IDS.iter().copied().zip(notes).collect());
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
    fn apply_node(
        &mut self,
        id: &str,
        v: &Value,
        flow: &super::content::Flow,
    ) -> Result<(), Refusal> {
        let node = flow
            .node(id)
            .ok_or_else(|| "is not a node the guide has".to_string())?;
        let o = v
            .as_object()
            .ok_or_else(|| "must be an object of texts".to_string())?;
        let Some((_, t)) = self.nodes.iter_mut().find(|(n, _)| n == id) else {
            return Err("is not a node the guide has".into());
        };
        for (key, value) in o {
            match key.as_str() {
                "title" => t.title = required(value)?.to_string(),
                "hint" => {
                    let hint = value
                        .as_str()
                        .ok_or_else(|| "`hint` must be text".to_string())?;
                    t.hint = Some(hint.to_string());
                }
                "body" => match value.as_array() {
                    Some(lines) if lines.iter().all(Value::is_string) => {
                        t.body = lines
                            .iter()
                            .filter_map(Value::as_str)
                            .map(str::to_string)
                            .collect();
                        if t.body.is_empty()
                            && matches!(node.kind, NodeKind::Urgent | NodeKind::Stop)
                        {
                            return Err("a warning page needs a body".into());
                        }
                    }
                    _ => return Err("`body` must be a list of paragraphs".into()),
                },
                "choices" => {
                    let labels = value
                        .as_object()
                        .filter(|_| !t.choices.is_empty())
                        .ok_or_else(|| {
                            "`choices` must label the choices of a question".to_string()
                        })?;
                    for (c, label) in labels {
                        let slot = t
                            .choices
                            .iter_mut()
                            .find(|(id, _)| id == c)
                            .ok_or_else(|| format!("has no choice `{c}`"))?;
                        slot.1 = required(label)?.to_string();
                    }
                }
                other => return Err(format!("unknown key `{other}`")),
            }
        }
        Ok(())
    }
}

/// Sets each named field from `o` (text the checker requires); refuses an unknown key or a
/// value the checker would refuse.
fn set_fields(o: &Map, fields: &mut [(&str, &mut String)]) -> Result<(), Refusal> {
    for (key, value) in o {
        let slot = fields
            .iter_mut()
            .find(|(k, _)| k == key)
            .ok_or_else(|| format!("unknown key `{key}`"))?;
        *slot.1 = required(value)?.to_string();
    }
    Ok(())
}
