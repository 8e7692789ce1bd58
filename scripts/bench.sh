#!/usr/bin/env bash
# Builds the release app and prints the benchmark table: first-load sizes,
# Lighthouse for the app and for a plain page with the same text, step-change
# paint times and memory. Installs Lighthouse (bench/) on first use.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
enter_repo_root
setup_path

ensure_build_tools
ensure_chromium
if [ ! -d bench/node_modules/lighthouse ]; then
  say "Installing Lighthouse for the benchmark (bench/)"
  (cd bench && npm ci --no-audit --no-fund)
fi

say "Building the app (trunk build --release)"
trunk build --release

say "Measuring (takes a minute or two)"
node bench/run.mjs
