#!/usr/bin/env bash
# One command to see the widget: installs what is missing, builds the release bundle, and
# serves the standalone demo at http://127.0.0.1:8080 (Ctrl-C to stop). PORT=… to change.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release
exec node scripts/serve.mjs dist "${PORT:-8080}"
