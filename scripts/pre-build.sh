#!/usr/bin/env bash
# Before each build (a Trunk hook): the content-change test
# (tests/rebuild/content-change.test.mjs) compiles a copy of the crate into
# this target/, where Cargo takes the copy's build for the app's own. The test
# clears it when it ends; a run stopped part-way leaves it, and the next build
# would then ship the copy's WebAssembly, compiled from the sources of that
# earlier day. The copy's folder is the sign: clear its build first.
set -euo pipefail
cd "$(dirname "$0")/.."
target_dir="${CARGO_TARGET_DIR:-target}"
if [ -d "$target_dir/content-change" ]; then
  echo "pre-build: an interrupted test left its copy of the crate in $target_dir/; clearing its build"
  cargo clean --quiet --release --target wasm32-unknown-unknown -p ahsct-explainer
  rm -rf "$target_dir/content-change"
fi
