//! The language choice, remembered on the device (localStorage). Works signed out, before anything
//! else; a blocked storage only means the picker shows again next time.

const KEY: &str = "wegwijs.language";

fn store() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn available() -> bool {
    store().is_some()
}

pub fn remembered() -> Option<String> {
    store()?.get_item(KEY).ok().flatten()
}

pub fn remember(code: &str) {
    if let Some(store) = store() {
        let _ = store.set_item(KEY, code);
    }
}
