#!/usr/bin/env bash
# One command to run every check: installs what is missing (scripts/setup.sh --test), then
# formatting, lints, native tests, browser tests, the release build, the size budget and the
# end-to-end suite. Runs every step it can, ends with one summary line, exits non-zero if any
# step failed.
set -uo pipefail
cd "$(dirname "$0")/.."

setup_start=$SECONDS
scripts/setup.sh --test || { echo "FAIL: setup (tools could not be installed)"; exit 1; }
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-120}"
# The property and fuzz tests run a fixed set of cases here, the same on every run: a rare
# generated input makes the texts fuzz target run for minutes (under investigation, see
# docs/TESTING.md), which a random seed would hit now and then. scripts/fuzz.sh runs them
# with fresh random inputs for as long as asked.
export PROPTEST_RNG_SEED="${PROPTEST_RNG_SEED:-21}"

echo "setup: $((SECONDS - setup_start)) s"

passed=()
failed=()
timings=()
run() {
  local name=$1 start=$SECONDS
  shift
  printf '\n\033[1m==> %s\033[0m\n' "$name"
  if "$@"; then passed+=("$name"); else failed+=("$name"); fi
  timings+=("$name $((SECONDS - start)) s")
  printf '\033[1m<== %s: %d s\033[0m\n' "$name" "$((SECONDS - start))"
}
skip() { failed+=("$1 (skipped: $2)"); }

run "fmt" cargo fmt --all --check
run "clippy" cargo clippy --workspace --all-targets --locked -- -D warnings
run "clippy (wasm)" cargo clippy -p refund-guide --target wasm32-unknown-unknown --lib --tests --locked -- -D warnings
run "native tests" cargo test --workspace --locked
run "browser tests" cargo test -p refund-guide --target wasm32-unknown-unknown --test web --locked
if run "release build" trunk build --release; then
  run "size budget" node scripts/size-budget.mjs dist
  run "e2e" node --test --test-concurrency=1 tests/e2e/
else
  skip "size budget" "no build"
  skip "e2e" "no build"
fi

echo
echo "Durations: $(printf '%s; ' "${timings[@]}")total $SECONDS s"
if [ "${#failed[@]}" -eq 0 ]; then
  echo "PASS: all ${#passed[@]} steps (${passed[*]})"
else
  joined=$(printf '%s, ' "${failed[@]}")
  echo "FAIL: ${#failed[@]} of $(( ${#passed[@]} + ${#failed[@]} )) steps failed: ${joined%, }"
  exit 1
fi
