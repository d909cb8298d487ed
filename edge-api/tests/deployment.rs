//! What the production configuration in `wrangler.toml` must say, whatever else changes in it.

use std::path::Path;

fn wrangler_toml() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../wrangler.toml");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A `*.workers.dev` origin would serve the app past the agency zone's WAF, rate limits and
/// access rules.
#[test]
fn the_workers_dev_origin_is_off() {
    let settings: Vec<String> = wrangler_toml()
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").replace(' ', ""))
        .filter(|line| line.starts_with("workers_dev="))
        .collect();
    assert_eq!(settings, ["workers_dev=false"]);
}
