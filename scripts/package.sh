#!/usr/bin/env bash
# Packs the built site (dist/) into one versioned zip, for hosts that take an
# upload, with its SHA-256 checksum beside it:
#
#   scripts/package.sh [FOLDER]      (FOLDER defaults to target/package)
#
#   target/package/ahsct-explainer-0.1.0-8c7aab5.zip
#   target/package/ahsct-explainer-0.1.0-8c7aab5.zip.sha256
#
# The version is Cargo.toml's, then the commit, then "-dirty" when the working
# tree has changes (or files git does not know). The zip holds the site itself,
# with index.html at its root. It packs the dist/ that `trunk build --release`
# made and never builds: build first, from the same tree. DIST_DIR names
# another folder to pack. Check a copy with `sha256sum -c NAME.zip.sha256`
# in the folder that holds both.
set -euo pipefail

# shellcheck source=scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# Both folders may be given relative to where the script was started.
out_dir="${1:-$REPO_ROOT/target/package}"
dist_dir="${DIST_DIR:-$REPO_ROOT/dist}"
[ -f "$dist_dir/index.html" ] \
  || fail "$dist_dir/index.html is missing: build the site first with \`trunk build --release\`, then run this again."
dist_dir="$(cd "$dist_dir" && pwd)"
mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"
enter_repo_root

# name and version from Cargo.toml's [package] table.
package_field() {
  awk -v field="$1" '
    /^\[/ { in_package = ($0 == "[package]") }
    in_package && $1 == field && $2 == "=" { gsub(/"/, "", $3); print $3; exit }
  ' Cargo.toml
}
name="$(package_field name)"
version="$(package_field version)"
[ -n "$name" ] && [ -n "$version" ] || fail "Cargo.toml has no [package] name and version."

if commit="$(git rev-parse --short HEAD 2>/dev/null)"; then
  version="$version-$commit"
  if [ -n "$(git status --porcelain 2>/dev/null)" ]; then
    version="$version-dirty"
  fi
else
  say "Not a git checkout: the name carries no commit"
fi

zip_path="$out_dir/$name-$version.zip"
# Written beside the final name first, so that a failed run leaves no
# half-written zip under it, and an older zip of that name is replaced whole
# (the zip tool would otherwise add to it).
partial="$zip_path.partial"
rm -f "$partial"
trap 'rm -f "$partial"' EXIT

if command -v zip >/dev/null 2>&1; then
  # -X: no extra file attributes; -D: no folder entries.
  (cd "$dist_dir" && zip -q -r -X -D "$partial" .)
else
  require_command python3 "Install zip, or Python 3, to make the zip."
  python3 - "$dist_dir" "$partial" <<'PY'
import os
import sys
import zipfile

root, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
    for folder, folders, files in os.walk(root):
        folders.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            archive.write(path, os.path.relpath(path, root))
PY
fi
mv -f "$partial" "$zip_path"

# The line `sha256sum -c` reads: the hash, two spaces, the file's name.
if command -v sha256sum >/dev/null 2>&1; then
  checksum="$(sha256sum "$zip_path" | awk '{ print $1 }')"
elif command -v shasum >/dev/null 2>&1; then
  checksum="$(shasum -a 256 "$zip_path" | awk '{ print $1 }')"
else
  require_command python3 "Install sha256sum (coreutils), or Python 3, to write the checksum."
  checksum="$(python3 -c 'import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest())' "$zip_path")"
fi
printf '%s  %s\n' "$checksum" "$(basename "$zip_path")" >"$zip_path.sha256"

bytes="$(wc -c <"$zip_path" | tr -d ' ')"
say "Packed $dist_dir"
printf 'zip:      %s\n' "$zip_path"
printf 'size:     %s bytes (%s)\n' "$bytes" "$(awk -v b="$bytes" 'BEGIN { printf (b >= 1048576 ? "%.1f MiB" : "%.1f KiB"), (b >= 1048576 ? b / 1048576 : b / 1024) }')"
printf 'sha256:   %s\n' "$checksum"
printf 'checksum: %s\n' "$zip_path.sha256"
