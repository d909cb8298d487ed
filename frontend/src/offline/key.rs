//! Idempotency keys: UUID v4 from the browser's cryptographic random source (`getRandomValues`
//! works in every context, unlike `randomUUID`, which needs a secure one).

use wegwijs_shared::offline::uuid_v4;

pub fn new_key() -> String {
    let mut bytes = [0u8; 16];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        // No Web Crypto at all (no browser the app supports): still unique enough per device.
        for (i, b) in bytes.iter_mut().enumerate() {
            *b = (js_sys::Math::random() * 256.0) as u8 ^ (i as u8);
        }
    }
    uuid_v4(bytes)
}
