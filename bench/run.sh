#!/usr/bin/env bash
# Benchmark: a clean build of N generated pages, qsite against Hugo (when installed).
# Usage: bash bench/run.sh [PAGES] [RUNS] [PAGEFIND_RUNS]   (defaults: 4000 pages, 5 runs, 1; site on /dev/shm)
# BENCH_SHAPE=simple uses the older, kinder corpus instead of the real-shaped one.
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-4000}
runs=${2:-5}
pagefind_runs=${3:-1}
shape=${BENCH_SHAPE:-real}
site=${BENCH_SITE:-/dev/shm/qsite-bench-$pages-${BENCH_SHAPE:-real}}

./qsite --help >/dev/null   # compiles the ReadyToRun binary when needed
dotnet build bench/QualitySite.Bench -c Release -v q -nologo >/dev/null
bench=bench/QualitySite.Bench/bin/Release/net10.0/qsite-bench.dll
qsite=.qsite-bin/qsite.dll

# Pagefind (the search a Hugo site needs) is a development tool from npm, installed beside the bench.
if [ "$pagefind_runs" -gt 0 ] && [ ! -x bench/node_modules/.bin/pagefind ] && command -v npm >/dev/null; then
  (cd bench && npm install --no-package-lock --no-audit --no-fund --silent) || echo "pagefind could not be installed; hugo+pagefind is not timed"
fi

dotnet "$bench" corpus --pages "$pages" --out "$site" --templates templates --shape "$shape"
dotnet "$bench" build --site "$site" --qsite "$qsite" --runs "$runs" --pagefind-runs "$pagefind_runs"
