#!/usr/bin/env bash
# Builds the app and serves it with live reload on http://127.0.0.1:8080,
# installing first whatever the build needs and is missing.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
enter_repo_root
setup_path

ensure_build_tools

say "Serving on http://127.0.0.1:8080 (Ctrl+C to stop)"
exec trunk serve --release --address 127.0.0.1 --port 8080
