//! `cargo xtask totp`: the current TOTP codes of the demo employees (from
//! `edge-api/seed/demo-accounts.json`), so a tester can sign in without an authenticator app.

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use data_encoding::BASE32_NOPAD;
use totp_lite::{Sha1, totp_custom};

pub fn code(secret_b32: &str, unix_seconds: u64) -> Result<String, String> {
    let secret = BASE32_NOPAD
        .decode(secret_b32.as_bytes())
        .map_err(|e| format!("secret is not base-32: {e}"))?;
    Ok(totp_custom::<Sha1>(30, 6, &secret, unix_seconds))
}

pub fn report(root: &Path) -> Result<String, String> {
    let path = root.join("edge-api/seed/demo-accounts.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let demo: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_err(|e| e.to_string())?
        .as_secs();
    let mut out = format!("TOTP codes, valid for {} more seconds:\n", 30 - now % 30);
    for e in demo["employees"].as_array().ok_or("no employees")? {
        let email = e["email"].as_str().ok_or("email")?;
        let secret = e["totp_secret"].as_str().ok_or("totp_secret")?;
        out += &format!("  {}  {email}\n", code(secret, now)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn rfc_6238_sha1_vector() {
        let secret = data_encoding::BASE32_NOPAD.encode(b"12345678901234567890");
        assert_eq!(super::code(&secret, 59).unwrap(), "287082");
    }
}
