#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) in build-fuzz/ and runs
# each for SECONDS (default 600), niced, on a corpus seeded from the OpenAlex
# fixtures and fuzz/seeds/. Crashes land in build-fuzz/crashes/<target>/.
#   fuzz/run.sh [SECONDS] [TARGET...]
set -euo pipefail
source "$(dirname "$0")/../scripts/setup.sh"
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(openalexparser importer bibtexwriter riswriter)

install_missing "${BUILD_PACKAGES[@]}" "${FUZZ_PACKAGES[@]}"
FUZZ_DIR="$PEERSCOPE_ROOT/build-fuzz"
if [ ! -f "$FUZZ_DIR/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S "$PEERSCOPE_ROOT" -B "$FUZZ_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPEERSCOPE_FUZZ=ON -DPEERSCOPE_BUILD_TESTS=OFF
fi
cmake --build "$FUZZ_DIR" --target peerscope_fuzzers --parallel 2

for t in "${targets[@]}"; do
  corpus="$FUZZ_DIR/corpus/$t"
  crashes="$FUZZ_DIR/crashes/$t"
  mkdir -p "$corpus" "$crashes"
  find "${PEERSCOPE_FIXTURES_DIR:-$PEERSCOPE_ROOT/../shared/fixtures/openalex}" "$PEERSCOPE_ROOT/fuzz/seeds" \
       "$PEERSCOPE_ROOT/tests/fuzz-regressions" -type f -name '*.json' -exec cp -n {} "$corpus/" \; 2>/dev/null || true
  log "Fuzzing $t for ${seconds}s"
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    nice "$FUZZ_DIR/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
      -artifact_prefix="$crashes/" -print_final_stats=1 -dict="$PEERSCOPE_ROOT/fuzz/json.dict" "$corpus" \
      >"$FUZZ_DIR/fuzz-$t.log" 2>&1 &
done
wait
for t in "${targets[@]}"; do
  log "$t: $(grep -E 'stat::number_of_executed_units' "$FUZZ_DIR/fuzz-$t.log" || echo 'no stats (crashed?)')"
  ls "$FUZZ_DIR/crashes/$t"
done
