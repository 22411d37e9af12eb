# Shared set-up for run.sh and test.sh: install the Debian packages that are
# missing, then configure and build. Sourced, not run.

PEERSCOPE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${PEERSCOPE_BUILD_DIR:-$PEERSCOPE_ROOT/build}"

# What building and running need.
BUILD_PACKAGES=(
  g++ cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev qt6-qpa-plugins
  # Qt's PostgreSQL driver (QPSQL), loaded at run time for a team cache (--db postgresql://...).
  libqt6sql6-psql
  qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libxkbcommon-dev
  libqcustomplot-dev
  zlib1g-dev
  qtkeychain-qt6-dev
  libigraph-dev libarpack2-dev libglpk-dev libplfit-dev libgmp-dev libblas-dev liblapack-dev libxml2-dev
)
# What the test suite needs on top: reference-manager and desktop validators,
# a virtual display and screenshots for GUI checks, a JSON Schema validator.
TEST_PACKAGES=(
  biber sqlite3 python3 python3-jsonschema dpkg-dev file
  desktop-file-utils appstream
  xvfb xauth imagemagick
)

# What the benchmarks need on top (bench.sh): Eigen and SciPy, the
# references the citations group measures its sparse product against.
BENCH_PACKAGES=(
  libeigen3-dev python3-scipy
)

# What the fuzzers need (fuzz/run.sh): clang and its libFuzzer runtime.
FUZZ_PACKAGES=(
  clang libclang-rt-14-dev
)
# Running the binary as an unprivileged user in tst_badcache (setpriv).
TEST_PACKAGES+=(util-linux)
# A throw-away Secret Service on a private session bus for tst_apikeystore,
# and secret-tool to plant a key as Peerscope before QtKeychain stored it.
TEST_PACKAGES+=(dbus-daemon gnome-keyring libsecret-tools)
# A real PostgreSQL server for the storage tests on the team backend: each
# test starts a throw-away cluster of its own (initdb/pg_ctl, PgTestServer).
TEST_PACKAGES+=(postgresql-15 postgresql-common)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_missing() {
  local missing=()
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  log "Installing Debian packages: ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=(sudo)
    else
      echo "peerscope: these packages are missing and you are not root (no sudo either): ${missing[*]}" >&2
      echo "Install them with your package manager, then run this again." >&2
      return 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# build_peerscope TYPE [cmake -D options...] [-- targets...]
# Configures BUILD_DIR when it is new or when TYPE or the options differ from
# the last configure (a stamp file remembers them), then builds the targets
# (everything when none are named).
build_peerscope() {
  local type="${1:-RelWithDebInfo}"
  shift || true
  local options=() targets=()
  while [ $# -gt 0 ]; do
    if [ "$1" = "--" ]; then
      shift
      targets=("$@")
      break
    fi
    options+=("$1")
    shift
  done
  local stamp="$BUILD_DIR/.peerscope-configure"
  local wanted="type=$type options=${options[*]:-}"
  if [ ! -f "$BUILD_DIR/build.ninja" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    log "Configuring ($type${options[*]:+ ${options[*]}}) in $BUILD_DIR"
    # Options left out this time go back to their defaults.
    cmake -S "$PEERSCOPE_ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$type" \
      -DPEERSCOPE_WERROR=OFF -DPEERSCOPE_SANITIZE=OFF "${options[@]}"
    printf '%s' "$wanted" >"$stamp"
  fi
  if [ ${#targets[@]} -gt 0 ]; then
    log "Building ${targets[*]}"
    cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target "${targets[@]}"
  else
    log "Building"
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
  fi
}
