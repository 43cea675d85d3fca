#!/usr/bin/env bash
# Installs whatever building Refund Guide needs and is missing; with --test, also what the
# tests need (Chromium, ChromeDriver, a CJK font). Idempotent: present tools are skipped.
# Needs only rustup/cargo, node/npm and apt (Debian) on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."

with_test=0
[ "${1:-}" = "--test" ] && with_test=1

export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
need() { command -v "$1" >/dev/null 2>&1 || { echo "setup: '$1' is required (install ${2:-it}) and was not found" >&2; exit 1; }; }

need cargo "Rust with rustup: https://rustup.rs"
need rustup "rustup: https://rustup.rs"
need node "Node.js 18 or newer"
need npm "npm"

# The Rust of rust-toolchain.toml, with its components and the wasm target, named in full
# so that any rustup installs it (skipped when it is there).
channel=$(awk -F'"' '/^channel/ { print $2; exit }' rust-toolchain.toml)
toolchains=$'\n'$(rustup toolchain list)
if [[ "$toolchains" != *$'\n'"$channel"-* ]]; then
  say "installing Rust $channel (rust-toolchain.toml)"
  rustup toolchain install "$channel" --profile minimal --component rustfmt,clippy --target wasm32-unknown-unknown
fi
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly (and Trunk.toml).
wbg=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if ! grep -q "wasm_bindgen = \"$wbg\"" Trunk.toml; then
  echo "setup: Trunk.toml pins a wasm_bindgen other than Cargo.lock's $wbg; update [tools] in Trunk.toml" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wbg" ]; then
  say "installing wasm-bindgen-cli $wbg (a few minutes)"
  cargo install wasm-bindgen-cli --version "=$wbg"
fi

trunk_version=0.21.14
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$trunk_version" ]; then
  say "installing trunk $trunk_version (about 10 CPU-minutes)"
  cargo install trunk --version "$trunk_version" --locked
fi

# npm tooling from the committed lock file: wasm-opt (binaryen), esbuild, playwright-core, axe-core.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/esbuild ] || ! cmp -s package-lock.json node_modules/.rg-installed-lock 2>/dev/null; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.rg-installed-lock
fi
case "$(wasm-opt --version 2>/dev/null)" in
  *"version 132"*) ;;
  *) echo "setup: wasm-opt 132 is not first on PATH (Debian's binaryen is too old)" >&2; exit 1 ;;
esac

# Trunk builds offline: make sure every crate is in the local registry.
say "fetching crates"
cargo fetch --locked >/dev/null

if [ "$with_test" = 1 ]; then
  missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
  fc-list 2>/dev/null | grep -qi 'wqy\|noto sans cjk' || missing+=(fonts-wqy-microhei)
  if [ "${#missing[@]}" -gt 0 ]; then
    say "installing ${missing[*]} (apt)"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || {
      $sudo apt-get update >/dev/null
      $sudo apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
    }
  fi
fi
say "tools ready"
