#!/usr/bin/env bash
# Installs what is missing, builds, and opens Peerscope on the bundled demo
# data. Arguments pass through: ./run.sh show A5017898742
set -euo pipefail
source "$(dirname "$0")/scripts/setup.sh"

install_missing "${BUILD_PACKAGES[@]}"
# The application only: the test executables are ./test.sh's to build.
build_peerscope RelWithDebInfo -- peerscope >&2
exec "$BUILD_DIR/app/peerscope" "$@"
