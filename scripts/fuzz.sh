#!/usr/bin/env bash
# The long fuzz run: the native fuzz targets of model/tests/fuzz.rs, for as long as asked
# (minutes as the argument or FUZZ_MINUTES, default 10, shared equally by the targets), in
# batches of more and more cases (PROPTEST_CASES) with fresh random seeds. A failing input
# is saved as a readable JSON file under model/tests/fuzz-regressions/ (target and time in
# its name), which `cargo test --workspace` replays from then on; that target then stops.
# Ends with the cases each target ran; exits 1 if any target failed.
set -uo pipefail
cd "$(dirname "$0")/.."

minutes=${1:-${FUZZ_MINUTES:-10}}
if ! [[ $minutes =~ ^[0-9]+([.][0-9]+)?$ ]]; then
  echo "usage: scripts/fuzz.sh [minutes]   (or FUZZ_MINUTES; default 10)" >&2
  exit 2
fi
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export FUZZ_REGRESSIONS_DIR="$PWD/model/tests/fuzz-regressions"

targets=(
  hostile_configurations_are_refused_by_key_and_what_is_accepted_reads_back
  hostile_content_overrides_get_the_checkers_verdict_and_name_each_place
  any_stored_text_decodes_or_is_refused_and_what_resumes_saves_back_the_same
  a_save_that_decodes_keeps_every_fact_tick_and_contact_even_over_the_bounds
  any_import_file_is_refused_with_a_reason_or_exports_back_the_same
  any_session_exported_imports_back_equal
  reminder_files_keep_crlf_folding_and_no_control_characters_whatever_was_typed
  texts_never_show_a_raw_placeholder_or_a_whole_card_number
)

echo "==> building the fuzz targets"
# The test binary itself is run (a time limit on cargo could leave it running).
bin=$(cargo test -p refund-guide-model --test fuzz --locked --no-run --message-format=json |
  grep '"name":"fuzz"' | grep -o '"executable":"[^"]*"' | tail -1 | cut -d'"' -f4)
[ -x "$bin" ] || { echo "FAIL: the fuzz targets did not build"; exit 1; }
# A private copy: a build during the run (another cargo test) must not swap it mid-way.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$bin" "$work/fuzz" && bin="$work/fuzz"

total=$(awk -v m="$minutes" 'BEGIN { printf "%d", m * 60 }')
slice=$(( total / ${#targets[@]} ))
echo "==> ${minutes} min in total: ${slice} s for each of ${#targets[@]} targets"

failed=()
summary=()
for t in "${targets[@]}"; do
  start=$(date +%s)
  end=$(( start + slice ))
  batch=100
  ran=0
  batches=0
  status=ok
  while :; do
    now=$(date +%s)
    left=$(( end - now ))
    (( left > 0 )) || break
    t0=$(date +%s)
    # A batch cut off by the time limit is not counted.
    # From the crate's folder, as `cargo test` runs it (proptest keeps its seeds there).
    (cd model && PROPTEST_CASES=$batch timeout "$left" "$bin" --exact "$t") >"$work/log" 2>&1
    rc=$?
    if (( rc == 124 )); then break; fi
    if (( rc != 0 )); then
      status=FAILED
      failed+=("$t")
      grep -E "Test failed|minimal failing input|panicked" "$work/log" | head -5
      break
    fi
    ran=$(( ran + batch ))
    batches=$(( batches + 1 ))
    # Bigger batches while one takes under a tenth of the slice (fewer restarts); smaller
    # ones when the next would not finish in the time left (a cut batch counts nothing).
    took=$(( $(date +%s) - t0 ))
    if (( took * 10 < slice )); then
      batch=$(( batch * 2 ))
    elif (( took >= end - $(date +%s) && batch > 10 )); then
      batch=$(( batch / 2 ))
    fi
  done
  secs=$(( $(date +%s) - start ))
  line=$(printf '%-80s %9d cases in %3d batches, %4d s, %s' "$t" "$ran" "$batches" "$secs" "$status")
  echo "$line"
  summary+=("$line")
done

echo
echo "==> fuzz run of ${minutes} min ($(date -u +%Y-%m-%dT%H:%MZ))"
printf '%s\n' "${summary[@]}"
if (( ${#failed[@]} )); then
  echo "FAIL: ${#failed[@]} target(s) failed; inputs saved in model/tests/fuzz-regressions/:"
  ls -1 model/tests/fuzz-regressions/
  exit 1
fi
echo "PASS: no failure"
