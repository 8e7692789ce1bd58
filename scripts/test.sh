#!/usr/bin/env bash
# Installs whatever the tests need and is missing, then runs every test:
# the native Rust unit tests, a release build, and the browser tests against
# that build. Stops at the first failure.
#
# BROWSERS (default chromium,firefox,webkit) picks the browsers: the full
# browser suite runs in Chromium, and a WebDriver subset (tests/engines/) in
# each browser listed. BROWSERS=chromium runs Chromium alone, for speed, and
# installs nothing for the others.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
enter_repo_root
setup_path

started_at=$SECONDS
report_duration() {
  local status=$? elapsed=$((SECONDS - started_at))
  local outcome="passed"
  [ "$status" -eq 0 ] || outcome="FAILED (exit $status)"
  say "Test run $outcome after $((elapsed / 60))m $((elapsed % 60))s"
}
trap report_duration EXIT

read_browser_selection
ensure_build_tools
ensure_browsers
ensure_actionlint

say "Checking the Rust formatting and lints (cargo fmt, cargo clippy, native and wasm32)"
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --target "$WASM_TARGET" --lib --bin ahsct-explainer --bin my-dates --quiet -- -D warnings

say "Checking the GitHub Actions workflow (actionlint)"
"$TOOLS_VENV/bin/actionlint" -shellcheck "$TOOLS_VENV/bin/shellcheck" -pyflakes= .github/workflows/*.yml

say "Running the Rust unit tests (cargo test)"
cargo test

say "Building the app (trunk build --release)"
trunk build --release

if browser_selected chromium; then
  say "Running the build checks and the browser tests in Chromium"
  node --test tests/build/*.test.mjs tests/browser/*.test.mjs
else
  say "Running the build checks (BROWSERS leaves out Chromium, so not its full browser suite)"
  node --test tests/build/*.test.mjs
fi

say "Running the WebDriver subset in: $BROWSERS"
node --test tests/engines/*.test.mjs

say "Checking that a change to the content leaves the WebAssembly unchanged (two builds)"
node --test tests/rebuild/*.test.mjs
