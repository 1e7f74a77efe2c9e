#!/usr/bin/env bash
# Search benchmark (issue 3): a 10,000-page corpus, half Simplified and half Traditional, built by
# qsite; the same pages indexed by Pagefind (npm, a development tool only) for comparison; both
# measured in headless Chromium. Usage: bash bench/search.sh [PAGES]
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-10000}
site=${BENCH_SITE:-/dev/shm/qsite-search-$pages}

./qsite --help >/dev/null
dotnet build bench/QualitySite.Bench -c Release -v q -nologo >/dev/null
bench=bench/QualitySite.Bench/bin/Release/net10.0/qsite-bench.dll

dotnet "$bench" corpus --pages "$pages" --out "$site" --templates templates --shape simple >/dev/null
echo "build time with search indexing (3 runs; 'search' is the indexing stage):"
for i in 1 2 3; do
  rm -rf "$site/_site"
  ./qsite build --source "$site" --verbose | awk '/^  (index|search) / {s+=$2} /^已生成/ {for (i = 2; i <= NF; i++) if ($i == "秒") t = $(i-1)} END {printf "  total %s s, search index and files %.0f ms (%.0f%% on top of the rest)\n", t, s, 100*s/(t*1000-s)}'
done

if [ ! -x bench/node_modules/.bin/pagefind ]; then
  (cd bench && npm install --silent --no-save --no-package-lock pagefind@1 >/dev/null 2>&1) || echo "pagefind not installed: comparison skipped"
fi
if [ -x bench/node_modules/.bin/pagefind ]; then
  start=$(date +%s.%N)
  bench/node_modules/.bin/pagefind --site "$site/_site" --quiet >/dev/null
  echo "pagefind indexing: $(echo "$(date +%s.%N) - $start" | bc) s"
fi
dotnet "$bench" search --site "$site"
