//! Secrets in the address: an activation code (`/activate#code=…`) and an invitation token
//! (`/invite#token=…`) travel in the fragment because browsers never send it to a server.

use crate::components::sub_router::decoded;

/// Reads one `name=value` pair from the address's fragment, percent-decoded.
pub fn fragment_value(name: &str) -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    hash.trim_start_matches('#').split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == name).then(|| decoded(value))
    })
}
