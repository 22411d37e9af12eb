#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite through
# ctest. Non-zero on any failure.
#   ./test.sh              the suite (build/, RelWithDebInfo)
#   ./test.sh --sanitize   the suite built with ASan and UBSan (build-asan/, Debug)
#   ./test.sh --werror     compiler warnings are errors (.ci/run builds so)
# Extra arguments after the mode go to ctest (e.g. -R 'badcache|security').
set -euo pipefail
source "$(dirname "$0")/scripts/setup.sh"

mode=normal
werror=OFF
ctest_args=()
for arg in "$@"; do
  case "$arg" in
    --sanitize) mode=sanitize ;;
    --werror) werror=ON ;;
    -h|--help) echo "usage: ./test.sh [--sanitize] [--werror] [ctest arguments...]"; exit 0 ;;
    *) ctest_args+=("$arg") ;;
  esac
done

install_missing "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
if [ "$mode" = sanitize ]; then
  BUILD_DIR="${PEERSCOPE_ASAN_BUILD_DIR:-$PEERSCOPE_ROOT/build-asan}"
  build_peerscope Debug -DPEERSCOPE_SANITIZE=ON -DPEERSCOPE_WERROR=$werror
  # Leak checking stays off: Qt's plugin loader and fontconfig keep
  # allocations until exit by design. Every other error aborts the test.
  export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  timeout=1800
else
  build_peerscope RelWithDebInfo -DPEERSCOPE_WERROR=$werror
  timeout=900
fi
cd "$BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc)" --timeout "$timeout" "${ctest_args[@]}"
