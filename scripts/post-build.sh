#!/usr/bin/env bash
# Trunk's post-build hook (see Trunk.toml), run on the staged build before it
# replaces dist/: renders each language's page (index.html, es/index.html …),
# minifies the inline scripts, joins and minifies
# the stylesheets into one, writes the Content-Security-Policy the page needs,
# makes the one-file offline copy, minifies the app's JavaScript glue, then
# writes .br and .gz copies of every text and WebAssembly file for hosts that
# serve them.
#
# The page is built from content/<lang>/*.ftl and the publisher file
# (publisher.toml, or the file PUBLISHER_FILE names). Any problem in them stops
# here, with one line per problem, before anything is written: Trunk then
# leaves dist/ as it was.
set -euo pipefail
: "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"

cargo run --quiet --bin prerender -- "$TRUNK_STAGING_DIR/index.html"
node "$(dirname "${BASH_SOURCE[0]}")/minify-inline.mjs" "$TRUNK_STAGING_DIR"
node "$(dirname "${BASH_SOURCE[0]}")/bundle-styles.mjs" "$TRUNK_STAGING_DIR"
node "$(dirname "${BASH_SOURCE[0]}")/write-csp.mjs" "$TRUNK_STAGING_DIR"
node "$(dirname "${BASH_SOURCE[0]}")/single-file.mjs" "$TRUNK_STAGING_DIR"
# After the offline file, which takes the glue as wasm-bindgen wrote it.
node "$(dirname "${BASH_SOURCE[0]}")/minify-js.mjs" "$TRUNK_STAGING_DIR"
node "$(dirname "${BASH_SOURCE[0]}")/compress-assets.mjs" "$TRUNK_STAGING_DIR"
