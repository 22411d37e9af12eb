#!/usr/bin/env bash
# Runs the benchmarks of BENCHMARKS.md: every target is a ratio against a
# reference measured in the same run (or a bound), printed as
#   bench: NAME VALUE UNIT target OP VALUE PASS|FAIL
#
#   ./bench.sh            full scale (1,000,000 works, 1 GB cache; about 15 minutes)
#   ./bench.sh --quick    reduced scale, a subset of the graphs; about a minute
#   ./bench.sh --record   full run, then rewrites the results table in BENCHMARKS.md
#   extra arguments go to peerscope_bench (groups: ingest fts author coldstart layout igraph paint import move citations researchgraph live server)
#
# Not run in CI. Builds into build-bench (Release, PEERSCOPE_BUILD_BENCH=ON).
set -euo pipefail
cd "$(dirname "$0")"

quick=()
record=0
args=()
for a in "$@"; do
    case "$a" in
        --quick) quick=(--quick) ;;
        --record) record=1 ;;
        *) args+=("$a") ;;
    esac
done

# Eigen and SciPy (the citations group's references), when missing.
source scripts/setup.sh
install_missing "${BENCH_PACKAGES[@]}"

build=${BENCH_BUILD:-build-bench}   # another folder lets two runs build side by side
jobs=${BENCH_JOBS:-2}
if [ ! -f "$build/build.ninja" ]; then
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPEERSCOPE_BUILD_BENCH=ON >/dev/null
fi
cmake --build "$build" -j "$jobs" --target peerscope_bench peerscope_bench_window >/dev/null

data=${BENCH_DATA:-$build/bench-data}
mkdir -p "$data"
log="$build/bench-$(date +%Y%m%d-%H%M%S).log"
export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES="peerscope.*.warning=false"
status=0
"$build/bench/peerscope_bench" "${quick[@]}" --data "$data" "${args[@]}" 2>/dev/null | tee "$log" || status=$?

if [ "$record" = 1 ] && [ ${#quick[@]} -eq 0 ]; then
    python3 - "$log" <<'PY'
import re, sys, datetime, platform, subprocess
log = open(sys.argv[1]).read().splitlines()
rows = []
for line in log:
    m = re.match(r'bench: (\S+) (\S+) (\S+) target (\S+) (\S+) (PASS|FAIL)', line)
    if m:
        rows.append('| `%s` | %s %s | %s %s | %s |' % m.groups())
notes = [l[2:] for l in log if l.startswith('# ')]
cpu = subprocess.run(['sh', '-c', "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True, text=True).stdout.strip()
table = ['<!-- results:begin -->',
         'Recorded %s on %s (%s cores shared with other builds), Release build.' % (
             datetime.date.today().isoformat(), cpu, subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()),
         '', '| benchmark | value | target | result |', '|---|---|---|---|'] + rows + [
         '', 'Measurements behind the ratios (from the same run):', '', '```'] + notes + ['```', '<!-- results:end -->']
doc = open('BENCHMARKS.md').read()
doc = re.sub(r'<!-- results:begin -->.*<!-- results:end -->', '\n'.join(table), doc, flags=re.S)
open('BENCHMARKS.md', 'w').write(doc)
print('BENCHMARKS.md updated from', sys.argv[1])
PY
fi
exit $status
