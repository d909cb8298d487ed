//! The queue's IndexedDB store: database `wegwijs-offline`, object store `writes`, key path `seq`
//! (auto-increment, so the key is the send order). Entries are plain JS objects (readable in the
//! browser's developer tools), converted through JSON. Each call is one transaction; writes resolve
//! only when their transaction has committed, so a change reported as saved survives a reload.

use std::cell::RefCell;

use js_sys::{Array, JSON, Promise};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbObjectStore, IdbObjectStoreParameters, IdbOpenDbRequest, IdbRequest,
    IdbTransaction, IdbTransactionMode,
};
use wegwijs_shared::offline::QueuedWrite;

const DATABASE: &str = "wegwijs-offline";
const VERSION: u32 = 1;
const STORE: &str = "writes";

thread_local! {
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// Why the store could not be used (no IndexedDB, quota, a private window that refuses storage).
pub type StoreError = String;

fn describe(error: JsValue) -> StoreError {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "IndexedDB failed".to_owned())
}

/// Every entry, in send order.
pub async fn all() -> Result<Vec<QueuedWrite>, StoreError> {
    let (_, store) = open_store(IdbTransactionMode::Readonly).await?;
    let values = request(&store.get_all().map_err(describe)?).await?;
    let mut entries = Vec::new();
    for value in Array::from(&values).iter() {
        let json = JSON::stringify(&value).map_err(describe)?;
        // An entry this version cannot read is skipped, not deleted: never drop a change.
        if let Ok(entry) = serde_json::from_str::<QueuedWrite>(&String::from(json)) {
            entries.push(entry);
        }
    }
    Ok(entries)
}

/// Saves a new entry (`seq` empty: the store assigns it) or replaces an existing one.
pub async fn put(entry: &QueuedWrite) -> Result<(), StoreError> {
    let json = serde_json::to_string(entry).map_err(|e| e.to_string())?;
    let value = JSON::parse(&json).map_err(describe)?;
    let (tx, store) = open_store(IdbTransactionMode::Readwrite).await?;
    store.put(&value).map_err(describe)?;
    committed(&tx).await
}

pub async fn delete(seq: u64) -> Result<(), StoreError> {
    let (tx, store) = open_store(IdbTransactionMode::Readwrite).await?;
    store
        .delete(&JsValue::from_f64(seq as f64))
        .map_err(describe)?;
    committed(&tx).await
}

async fn open_store(
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, IdbObjectStore), StoreError> {
    let db = database().await?;
    let tx = db
        .transaction_with_str_and_mode(STORE, mode)
        .map_err(describe)?;
    let store = tx.object_store(STORE).map_err(describe)?;
    Ok((tx, store))
}

async fn database() -> Result<IdbDatabase, StoreError> {
    if let Some(db) = DB.with(|d| d.borrow().clone()) {
        return Ok(db);
    }
    let factory = web_sys::window()
        .ok_or("no window")?
        .indexed_db()
        .map_err(describe)?
        .ok_or("IndexedDB is not available")?;
    let open: IdbOpenDbRequest = factory.open_with_u32(DATABASE, VERSION).map_err(describe)?;
    let upgrade = Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
        let Some(request) = event
            .target()
            .and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok())
        else {
            return;
        };
        let Ok(db) = request.result().and_then(|r| r.dyn_into::<IdbDatabase>()) else {
            return;
        };
        if !db.object_store_names().contains(STORE) {
            let params = IdbObjectStoreParameters::new();
            params.set_key_path(&JsValue::from_str("seq"));
            params.set_auto_increment(true);
            let _ = db.create_object_store_with_optional_parameters(STORE, &params);
        }
    });
    open.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let opened = request(&open).await;
    open.set_onupgradeneeded(None);
    drop(upgrade);
    let db: IdbDatabase = opened?.unchecked_into();
    DB.with(|d| *d.borrow_mut() = Some(db.clone()));
    Ok(db)
}

/// The handlers of one pending request or transaction, dropped once it has settled (so nothing
/// leaks per operation).
type Handlers = (Closure<dyn FnMut()>, Closure<dyn FnMut()>);

/// The result of one request.
async fn request(request: &IdbRequest) -> Result<JsValue, StoreError> {
    let mut handlers: Option<Handlers> = None;
    let promise = Promise::new(&mut |resolve, reject| {
        let ok = request.clone();
        let on_success = Closure::<dyn FnMut()>::new(move || {
            let _ = resolve.call1(&JsValue::NULL, &ok.result().unwrap_or(JsValue::UNDEFINED));
        });
        let failed = request.clone();
        let on_error = Closure::<dyn FnMut()>::new(move || {
            let error = failed.error().ok().flatten().map(JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error.unwrap_or(JsValue::NULL));
        });
        request.set_onsuccess(Some(on_success.as_ref().unchecked_ref()));
        request.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        handlers = Some((on_success, on_error));
    });
    let result = JsFuture::from(promise).await.map_err(describe);
    request.set_onsuccess(None);
    request.set_onerror(None);
    drop(handlers);
    result
}

/// Resolves when the transaction has committed (fails when it aborts).
async fn committed(tx: &IdbTransaction) -> Result<(), StoreError> {
    let mut handlers: Option<Handlers> = None;
    let promise = Promise::new(&mut |resolve, reject| {
        let on_complete = Closure::<dyn FnMut()>::new(move || {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let failed = tx.clone();
        let on_abort = Closure::<dyn FnMut()>::new(move || {
            let error = failed.error().map(JsValue::from);
            let _ = reject.call1(&JsValue::NULL, &error.unwrap_or(JsValue::NULL));
        });
        tx.set_oncomplete(Some(on_complete.as_ref().unchecked_ref()));
        tx.set_onabort(Some(on_abort.as_ref().unchecked_ref()));
        handlers = Some((on_complete, on_abort));
    });
    let result = JsFuture::from(promise).await.map(|_| ()).map_err(describe);
    tx.set_oncomplete(None);
    tx.set_onabort(None);
    drop(handlers);
    result
}
