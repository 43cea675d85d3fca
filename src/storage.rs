//! The localStorage adapter: gloo-storage behind a probe of our own.
//!
//! gloo-storage's `LocalStorage` panics (`expect_throw`) when the browser blocks storage
//! (`SecurityError` from the getter, `localStorage === null` in sandboxed frames and some
//! privacy modes). So [`BrowserStore::open`] asks `window.localStorage` itself first; only
//! when that worked does anything go through `LocalStorage`, and every failure after that
//! becomes a notice while the widget carries on in memory.

use std::cell::RefCell;

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};
use serde::Serialize;
use serde_json::Value;

use refund_guide_model::store::{
    corrupt_key, decode_value, has_newer_key, key, Envelope, Loaded, Notice, SCHEMA,
};
use refund_guide_model::{Date, Flow, Session};

pub struct BrowserStore {
    /// Whether the probe found a usable localStorage.
    available: bool,
    prefix: String,
    /// What this tab last read or wrote under its key. A save first checks that the key
    /// still holds it; if another tab wrote (or cleared) it since, the save is refused.
    last: RefCell<Held>,
}

/// What loading found.
pub struct Opened {
    pub session: Option<Session>,
    pub notice: Option<Notice>,
    /// False when writing would destroy something (a newer save, an unreadable value that
    /// could not be moved aside) or there is nowhere to write.
    pub may_write: bool,
}

/// What a key holds, read through gloo-storage.
#[derive(Clone, Debug, PartialEq)]
enum Held {
    Nothing,
    Json(Value),
    /// Not JSON at all: the text as stored.
    Garbage(String),
}

fn held(key: &str) -> Held {
    match LocalStorage::get::<Value>(key) {
        Ok(v) => Held::Json(v),
        Err(StorageError::KeyNotFound(_)) => Held::Nothing,
        Err(_) => Held::Garbage(
            LocalStorage::raw()
                .get_item(key)
                .ok()
                .flatten()
                .unwrap_or_default(),
        ),
    }
}

impl BrowserStore {
    pub fn open(prefix: &str) -> BrowserStore {
        // The getter can throw (SecurityError) or return null; both mean "no storage".
        let available = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some();
        BrowserStore {
            available,
            prefix: prefix.to_string(),
            last: RefCell::new(Held::Nothing),
        }
    }

    pub fn key(&self) -> String {
        key(&self.prefix, SCHEMA)
    }

    /// Reads this instance's entry. Unreadable data is copied to `<prefix>:corrupt:<ms>`
    /// before anything can overwrite it.
    pub fn load(&self, flow: &Flow, today: Option<Date>) -> Opened {
        if !self.available {
            return Opened {
                session: None,
                notice: Some(Notice::StorageUnavailable),
                may_write: false,
            };
        }
        let newer = Opened {
            session: None,
            notice: Some(Notice::SavedByNewerVersion),
            may_write: false,
        };
        if has_newer_key(all_keys().iter().map(String::as_str), &self.prefix) {
            return newer;
        }
        let now = held(&self.key());
        *self.last.borrow_mut() = now.clone();
        let loaded = match now {
            Held::Nothing => {
                return Opened {
                    session: None,
                    notice: None,
                    may_write: true,
                }
            }
            Held::Json(v) => decode_value(v, flow),
            Held::Garbage(_) => Loaded::Unreadable,
        };
        match loaded {
            Loaded::Resumed {
                session,
                saved_at,
                dropped,
            } => {
                let saved = saved_at.get(..10).and_then(Date::parse_iso);
                let days = match (saved, today) {
                    (Some(s), Some(t)) => (t.days_since_epoch() - s.days_since_epoch()).max(0),
                    _ => 0,
                };
                Opened {
                    session: Some(session),
                    notice: Some(Notice::Resume { days, dropped }),
                    may_write: true,
                }
            }
            Loaded::Newer => newer,
            Loaded::Unreadable => {
                // Kept exactly as stored, under a key of its own; the next save replaces it.
                let raw = match &*self.last.borrow() {
                    Held::Garbage(text) => text.clone(),
                    // Kept as written, not as serde_json would write it back.
                    _ => LocalStorage::raw()
                        .get_item(&self.key())
                        .ok()
                        .flatten()
                        .unwrap_or_default(),
                };
                let aside = corrupt_key(&self.prefix, js_sys::Date::now() as u64);
                let moved = LocalStorage::raw().set_item(&aside, &raw).is_ok();
                Opened {
                    session: None,
                    notice: Some(Notice::SavedDataUnreadable { raw }),
                    may_write: moved,
                }
            }
        }
    }

    /// Saves the session, unless another tab changed the entry since this tab last read or
    /// wrote it (`changed_in_other_tab`: its newer data is never overwritten). A failed write
    /// (quota, or storage gone) is reported as `storage_full`.
    pub fn save(&self, session: &Session, saved_at: &str) -> Result<(), Notice> {
        self.write(&Envelope::new(session, saved_at))
    }

    /// [`BrowserStore::save`] for any value (the tests store foreign values this way).
    pub fn write(&self, value: &impl Serialize) -> Result<(), Notice> {
        if !self.available {
            return Err(Notice::StorageUnavailable);
        }
        let key = self.key();
        if held(&key) != *self.last.borrow() {
            return Err(Notice::ChangedInOtherTab);
        }
        // What gloo-storage writes (it serialises with serde_json too), read back as this
        // tab's last-known value.
        let text = serde_json::to_string(value).map_err(|_| Notice::StorageFull)?;
        LocalStorage::set(&key, value).map_err(|_| Notice::StorageFull)?;
        *self.last.borrow_mut() =
            serde_json::from_str(&text).map_or(Held::Garbage(text), Held::Json);
        Ok(())
    }

    /// "Delete my data": removes every key of this instance (`<prefix>:…`: its progress under
    /// any schema and the backups of unreadable data), and nothing of other instances.
    pub fn delete(&self) {
        if self.available {
            let mine = all_keys().into_iter().filter(|k| {
                k.strip_prefix(self.prefix.as_str())
                    .is_some_and(|rest| rest.starts_with(':'))
            });
            for key in mine {
                LocalStorage::delete(key);
            }
        }
        *self.last.borrow_mut() = Held::Nothing;
    }
}

/// Every key in localStorage (collected first: removing while indexing would skip keys).
fn all_keys() -> Vec<String> {
    let storage = LocalStorage::raw();
    (0..LocalStorage::length())
        .filter_map(|i| storage.key(i).ok().flatten())
        .collect()
}

/// Now as RFC 3339 UTC, for `saved_at`.
pub fn now_rfc3339() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}
