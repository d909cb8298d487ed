# Shared environment for the project's scripts (sourced, not run).
export PATH="$HOME/.cargo/bin:$PATH"
# Keep wrangler local and quiet: no metrics, no error reports, no cf.json fetch.
export WRANGLER_SEND_METRICS=false
export WRANGLER_SEND_ERROR_REPORTS=false
export CLOUDFLARE_CF_FETCH_ENABLED=false
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CARGO_TERM_COLOR=never
