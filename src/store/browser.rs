//! The localStorage adapter. It probes storage itself instead of using gloo-storage, whose
//! `LocalStorage` panics when the browser blocks storage (`SecurityError` from the getter,
//! `localStorage === null` in sandboxed frames and some privacy modes); here every failure
//! becomes a notice and the widget carries on in memory.

use std::cell::RefCell;

use wasm_bindgen::JsValue;
use web_sys::Storage;

use super::{corrupt_key, decode, has_newer_key, key, Loaded, Notice, SCHEMA};
use crate::guide::{Date, Flow, Session};

pub struct BrowserStore {
    storage: Option<Storage>,
    prefix: String,
    /// The value this tab last read or wrote under its key. A save first checks that the
    /// key still holds it; if another tab wrote (or cleared) it since, the save is refused.
    last: RefCell<Option<String>>,
}

/// What loading found.
pub struct Opened {
    pub session: Option<Session>,
    pub notice: Option<Notice>,
    /// False when writing would destroy something (a newer save, an unreadable value that
    /// could not be moved aside) or there is nowhere to write.
    pub may_write: bool,
}

impl BrowserStore {
    pub fn open(prefix: &str) -> BrowserStore {
        // The getter can throw (SecurityError) or return null; both mean "no storage".
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        BrowserStore {
            storage,
            prefix: prefix.to_string(),
            last: RefCell::new(None),
        }
    }

    pub fn key(&self) -> String {
        key(&self.prefix, SCHEMA)
    }

    /// Reads this instance's entry. Unreadable data is copied to `<prefix>:corrupt:<ms>`
    /// before anything can overwrite it.
    pub fn load(&self, flow: &Flow, today: Option<Date>) -> Opened {
        let unavailable = Opened {
            session: None,
            notice: Some(Notice::StorageUnavailable),
            may_write: false,
        };
        let Some(storage) = &self.storage else {
            return unavailable;
        };
        let Some(keys) = all_keys(storage) else {
            return unavailable;
        };
        let newer = Opened {
            session: None,
            notice: Some(Notice::SavedByNewerVersion),
            may_write: false,
        };
        if has_newer_key(keys.iter().map(String::as_str), &self.prefix) {
            return newer;
        }
        let raw = match storage.get_item(&self.key()) {
            Ok(Some(raw)) => {
                *self.last.borrow_mut() = Some(raw.clone());
                raw
            }
            Ok(None) => {
                *self.last.borrow_mut() = None;
                return Opened {
                    session: None,
                    notice: None,
                    may_write: true,
                };
            }
            Err(_) => return unavailable,
        };
        match decode(&raw, flow) {
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
                let aside = corrupt_key(&self.prefix, js_sys::Date::now() as u64);
                let moved = storage.set_item(&aside, &raw).is_ok();
                Opened {
                    session: None,
                    notice: Some(Notice::SavedDataUnreadable { raw }),
                    may_write: moved,
                }
            }
        }
    }

    /// Writes the envelope, unless another tab changed the entry since this tab last read or
    /// wrote it (`changed_in_other_tab`: its newer data is never overwritten). A failed write
    /// (quota, or storage gone) is reported as `storage_full`.
    pub fn save(&self, envelope: &str) -> Result<(), Notice> {
        let storage = self.storage.as_ref().ok_or(Notice::StorageUnavailable)?;
        let key = self.key();
        let current = storage
            .get_item(&key)
            .map_err(|_| Notice::StorageUnavailable)?;
        if current != *self.last.borrow() {
            return Err(Notice::ChangedInOtherTab);
        }
        storage
            .set_item(&key, envelope)
            .map_err(|_: JsValue| Notice::StorageFull)?;
        *self.last.borrow_mut() = Some(envelope.to_string());
        Ok(())
    }

    /// "Delete my data": removes every key of this instance (`<prefix>:…`: its progress under
    /// any schema and the backups of unreadable data), and nothing of other instances.
    pub fn delete(&self) {
        if let Some(storage) = &self.storage {
            let mine = all_keys(storage)
                .unwrap_or_default()
                .into_iter()
                .filter(|k| {
                    k.strip_prefix(self.prefix.as_str())
                        .is_some_and(|rest| rest.starts_with(':'))
                });
            for key in mine {
                let _ = storage.remove_item(&key);
            }
        }
        *self.last.borrow_mut() = None;
    }
}

/// Every key in `storage` (collected first: removing while indexing would skip keys).
fn all_keys(storage: &Storage) -> Option<Vec<String>> {
    let count = storage.length().ok()?;
    let mut keys = Vec::new();
    for i in 0..count {
        keys.extend(storage.key(i).ok().flatten());
    }
    Some(keys)
}

/// Now as RFC 3339 UTC, for `saved_at`.
pub fn now_rfc3339() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}
