#!/usr/bin/env bash
# Installs whatever the tests need and is missing, then runs every test:
# formatting and lints, the native Rust unit tests, one release build, the
# build checks and browser tests against that build, the WebDriver subset in
# each engine, and the rebuild checks. Stops at the first failure, and ends
# with a table of how long each phase took.
#
# BROWSERS (default chromium,firefox,webkit) picks the browsers: the full
# browser suite runs in Chromium, and a WebDriver subset (tests/engines/) in
# each browser listed. BROWSERS=chromium runs Chromium alone, for speed, and
# installs nothing for the others.
#
# TEST_JOBS (default: one more than the processors) is how many test files
# run at once: a browser test also waits on its browser, so one file more
# than there are processors keeps them busy (on 2 cores, 7 min 24 s against
# 8 min 35 s with 2). Each file starts its own browser and its own server on
# a free port, so files share nothing but the built dist/.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
enter_repo_root
setup_path

started_at=$SECONDS
report_duration() {
  local status=$? elapsed outcome="passed"
  [ "$status" -eq 0 ] || outcome="FAILED (exit $status) in phase: ${current_phase:-set-up}"
  settle_background
  elapsed=$((SECONDS - started_at))
  print_phase_table
  say "Test run $outcome after $((elapsed / 60))m $((elapsed % 60))s"
}
trap report_duration EXIT

read_browser_selection
test_jobs="${TEST_JOBS:-$(($(nproc 2>/dev/null || echo 2) + 1))}"

begin_phase "Install tools"
ensure_test_tools

begin_phase "Formatting and lints"
say "Checking the Rust formatting and lints (cargo fmt, cargo clippy, native and wasm32)"
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --target "$WASM_TARGET" --lib --bin ahsct-explainer --quiet -- -D warnings
say "Checking the GitHub Actions workflow (actionlint)"
"$TOOLS_VENV/bin/actionlint" -shellcheck "$TOOLS_VENV/bin/shellcheck" -pyflakes= .github/workflows/*.yml

begin_phase "Native Rust tests"
say "Running the Rust unit tests (cargo test)"
cargo test

begin_phase "Release build"
say "Building the app (trunk build --release)"
trunk build --release

begin_phase "Build and browser tests"
if browser_selected chromium; then
  say "Running the build checks and the browser tests in Chromium ($test_jobs files at a time)"
  node --test --test-concurrency="$test_jobs" tests/build/*.test.mjs tests/browser/*.test.mjs
else
  say "Running the build checks (BROWSERS leaves out Chromium, so not its full browser suite)"
  node --test --test-concurrency="$test_jobs" tests/build/*.test.mjs
fi

begin_phase "WebDriver engines"
say "Running the WebDriver subset in: $BROWSERS"
node --test --test-concurrency="$test_jobs" tests/engines/*.test.mjs

begin_phase "Rebuild checks"
say "Checking that a change to the content leaves the WebAssembly unchanged, and the publisher file's builds"
# One at a time: each compiles, and they share target/. The publisher's
# builds first, while the release build's WebAssembly is still current; the
# content check compiles a copy of the crate and then clears the app's build.
rebuild_tests=(tests/rebuild/publisher.test.mjs tests/rebuild/content-change.test.mjs)
if [ "$(find tests/rebuild -name '*.test.mjs' | wc -l)" -ne "${#rebuild_tests[@]}" ]; then
  echo "tests/rebuild/ has a test file that scripts/test.sh does not name" >&2
  exit 1
fi
# (node --test sorts the files it is given, so each is a run of its own.)
for rebuild_test in "${rebuild_tests[@]}"; do
  node --test "$rebuild_test"
done
end_phase
