#!/usr/bin/env bash
# Benchmark: a clean build of N generated pages, qsite against Hugo (when installed).
# Usage: bash bench/run.sh [PAGES] [RUNS]   (defaults: 4000 pages, 5 runs; site on /dev/shm)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-4000}
runs=${2:-5}
site=${BENCH_SITE:-/dev/shm/qsite-bench-$pages}

./qsite --help >/dev/null   # compiles the ReadyToRun binary when needed
dotnet build bench/QualitySite.Bench -c Release -v q -nologo >/dev/null
bench=bench/QualitySite.Bench/bin/Release/net10.0/qsite-bench.dll
qsite=.qsite-bin/qsite.dll

dotnet "$bench" corpus --pages "$pages" --out "$site" --templates templates
dotnet "$bench" build --site "$site" --qsite "$qsite" --runs "$runs"
