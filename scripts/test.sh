#!/usr/bin/env bash
# Installs whatever the tests need and is missing, then runs every test:
# the native Rust unit tests, a release build, and the browser tests against
# that build. Stops at the first failure.
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

ensure_build_tools
ensure_chromium

say "Running the Rust unit tests (cargo test)"
cargo test

say "Building the app (trunk build --release)"
trunk build --release

say "Running the browser tests"
node --test tests/build/*.test.mjs tests/browser/*.test.mjs
