//! Content overrides: an integrator's partial text pack (`content` in the configuration,
//! DESIGN §4.2) merged over the built-in one.
//!
//! DESIGN asks that the merged result pass the same checker as the shipped packs, and that is
//! literally what happens: the built-in texts are written back to their JSON form, the
//! override is merged in key by key, and the merged pack goes through [`Texts::check`]. So an
//! override can never make the guide something the shipped packs could not be, and every
//! problem is reported with the checker's own message and place. Any problem refuses the
//! whole override; the widget keeps its built-in texts and tells the host what to fix.

use serde_json::Value;

use super::content::{ContentError, Guide, Item, Texts};
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
    /// This guide with `content` (one partial text pack, or a list of them, each naming its
    /// `locale`) merged over its texts and checked. Any problem refuses the whole override
    /// and comes back named; the caller keeps the built-in texts.
    pub fn with_content(mut self, content: &Value) -> Result<Guide, Vec<ContentError>> {
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
