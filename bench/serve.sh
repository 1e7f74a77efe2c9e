#!/usr/bin/env bash
# Preview latency (issue 5): time from saving a page to the preview server answering with it,
# on the sample site and on a generated corpus. Usage: bash bench/serve.sh [PAGES]
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-4000}
site=${BENCH_SITE:-/dev/shm/qsite-bench-$pages}
dotnet build bench/QualitySite.Bench -c Release -v q -nologo >/dev/null
bench=bench/QualitySite.Bench/bin/Release/net10.0/qsite-bench.dll
sample=$(mktemp -d)
cp -r site.yml content templates "$sample"/
echo "sample site:"; DOTNET_TieredCompilation=0 dotnet "$bench" serve --site "$sample"
rm -rf "$sample"
dotnet "$bench" corpus --pages "$pages" --out "$site" --templates templates >/dev/null
echo "$pages-page corpus:"; DOTNET_TieredCompilation=0 dotnet "$bench" serve --site "$site"
