//! Drafts kept on this device: each draft whole in IndexedDB, and the list of them in local
//! storage, where the reader's library finds it. A save that fails says why (a full quota
//! above all), never silently.

use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use stancemap_core::authoring::Draft;
use stancemap_core::draft_list::{self, DraftEntry, STORAGE_KEY};
use wasm_bindgen::JsValue;

const DATABASE: &str = "stancemap-studio";
const STORE: &str = "drafts";

/// Why a draft could not be kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The browser's storage for this site is full.
    Full,
    /// Storage is unavailable (a private window that allows none) or failed: its message.
    Failed(String),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::Full => f.write_str(
                "Not saved: this browser's storage for the site is full. Download the JSON to \
                 keep your work, then delete drafts you no longer need.",
            ),
            SaveError::Failed(message) => write!(
                f,
                "This browser's storage failed ({message}). Download the JSON to keep your work."
            ),
        }
    }
}

fn failed(error: impl std::fmt::Display) -> SaveError {
    let message = error.to_string();
    if message.contains("Quota") || message.contains("quota") {
        SaveError::Full
    } else {
        SaveError::Failed(message)
    }
}

async fn open() -> Result<Database, SaveError> {
    let factory = Factory::new().map_err(failed)?;
    let mut request = factory.open(DATABASE, Some(1)).map_err(failed)?;
    request.on_upgrade_needed(|event| {
        if let Ok(database) = event.database() {
            let _ = database.create_object_store(STORE, ObjectStoreParams::new());
        }
    });
    request.await.map_err(failed)
}

/// Milliseconds since 1970, now.
fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// Keeps `draft` under `id`, and lists it for the library.
pub async fn save(id: &str, draft: &Draft) -> Result<(), SaveError> {
    let database = open().await?;
    let transaction = database
        .transaction(&[STORE], TransactionMode::ReadWrite)
        .map_err(failed)?;
    let store = transaction.object_store(STORE).map_err(failed)?;
    let value = JsValue::from_str(&draft.to_storage());
    store
        .put(&value, Some(&JsValue::from_str(id)))
        .map_err(failed)?
        .await
        .map_err(failed)?;
    let done = transaction
        .commit()
        .map_err(failed)?
        .await
        .map_err(failed)?;
    database.close();
    if !done.is_committed() {
        return Err(SaveError::Failed("the change was not committed".into()));
    }
    let entry = DraftEntry {
        id: id.to_owned(),
        title: draft.article().title.clone(),
        updated: now(),
    };
    set_list(&draft_list::with(list(), entry))
}

/// The draft kept under `id`, if there is one.
pub async fn load(id: &str) -> Option<Draft> {
    let database = open().await.ok()?;
    let transaction = database
        .transaction(&[STORE], TransactionMode::ReadOnly)
        .ok()?;
    let store = transaction.object_store(STORE).ok()?;
    let value = store.get(JsValue::from_str(id)).ok()?.await.ok()??;
    database.close();
    Draft::from_storage(&value.as_string()?).ok()
}

/// Deletes the draft `id`.
pub async fn remove(id: &str) -> Result<(), SaveError> {
    let database = open().await?;
    let transaction = database
        .transaction(&[STORE], TransactionMode::ReadWrite)
        .map_err(failed)?;
    let store = transaction.object_store(STORE).map_err(failed)?;
    store
        .delete(JsValue::from_str(id))
        .map_err(failed)?
        .await
        .map_err(failed)?;
    transaction
        .commit()
        .map_err(failed)?
        .await
        .map_err(failed)?;
    database.close();
    set_list(&draft_list::without(list(), id))
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The drafts on this device, most recent first.
pub fn list() -> Vec<DraftEntry> {
    local_storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .map(|stored| draft_list::parse(&stored))
        .unwrap_or_default()
}

fn set_list(list: &[DraftEntry]) -> Result<(), SaveError> {
    let storage = local_storage().ok_or_else(|| SaveError::Failed("no local storage".into()))?;
    storage
        .set_item(STORAGE_KEY, &draft_list::to_text(list))
        .map_err(|e| failed(js_message(&e)))
}

/// A thrown value's name and message ("QuotaExceededError: …").
fn js_message(value: &JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| format!("{}: {}", String::from(e.name()), String::from(e.message())))
        .or_else(|| {
            value
                .dyn_ref::<web_sys::DomException>()
                .map(|e| format!("{}: {}", e.name(), e.message()))
        })
        .unwrap_or_else(|| format!("{value:?}"))
}

/// A new draft's key: the time and a random part, unique on this device.
pub fn new_id() -> String {
    let random = (js_sys::Math::random() * 1e9) as u64;
    format!("d{}-{random:x}", now())
}

use wasm_bindgen::JsCast;
