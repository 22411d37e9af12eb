#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite through
# ctest. Non-zero on any failure.
#   ./test.sh              the suite
#   ./test.sh --sanitize   the suite built with ASan and UBSan (build-asan/)
set -euo pipefail
source "$(dirname "$0")/scripts/setup.sh"

mode=normal
for arg in "$@"; do
  case "$arg" in
    --sanitize) mode=sanitize ;;
    *) echo "usage: ./test.sh [--sanitize]" >&2; exit 1 ;;
  esac
done

install_missing "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
if [ "$mode" = sanitize ]; then
  BUILD_DIR="$PEERSCOPE_ROOT/build-asan"
  build_peerscope Debug -DPEERSCOPE_SANITIZE=ON
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
else
  build_peerscope RelWithDebInfo
fi
cd "$BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc)" --timeout 900
