//! `localStorage` as a [`KeyValueStore`]: every browser failure (storage blocked in a sandboxed
//! iframe, quota exceeded, anything else thrown) becomes a [`StoreError`], never a panic.

use wasm_bindgen::{JsCast, JsValue};

use crate::core::storage::persist::{KeyValueStore, StoreError};

/// The page's `localStorage`, or the reason it can't be had.
pub struct BrowserStore {
    storage: Result<web_sys::Storage, StoreError>,
}

impl BrowserStore {
    /// Looks up `window.localStorage`; reading the property itself throws where storage is blocked.
    pub fn open() -> BrowserStore {
        let storage = web_sys::window()
            .ok_or(StoreError::Blocked)
            .and_then(|w| w.local_storage().map_err(|_| StoreError::Blocked))
            .and_then(|s| s.ok_or(StoreError::Blocked));
        BrowserStore { storage }
    }

    /// A store that behaves as if storage were blocked (for tests and embeds that opt out).
    pub fn blocked() -> BrowserStore {
        BrowserStore { storage: Err(StoreError::Blocked) }
    }
}

fn classify(error: JsValue) -> StoreError {
    let name = error.dyn_ref::<js_sys::Error>().map(|e| String::from(e.name())).unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::Full,
        "SecurityError" => StoreError::Blocked,
        "" => StoreError::Failed("unknown storage error".to_string()),
        other => StoreError::Failed(other.to_string()),
    }
}

impl KeyValueStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        let storage = self.storage.as_ref().map_err(Clone::clone)?;
        storage.get_item(key).map_err(classify)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        let storage = self.storage.as_ref().map_err(Clone::clone)?;
        storage.set_item(key, value).map_err(classify)
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        let storage = self.storage.as_ref().map_err(Clone::clone)?;
        storage.remove_item(key).map_err(classify)
    }
}
