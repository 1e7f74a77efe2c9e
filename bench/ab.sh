#!/usr/bin/env bash
# Paired timing of two versions of qsite on the same benchmark corpus, each with its own templates.
# Usage: bash bench/ab.sh OLD_COMMIT [PAGES] [RUNS]   (defaults 4000 pages, 9 runs)
# Builds OLD_COMMIT in a git worktree, writes the corpus twice (old and current templates) to
# /dev/shm, then alternates clean builds old/new and prints median wall, processor time and peak memory.
set -euo pipefail
cd "$(dirname "$0")/.."
old=${1:?usage: bash bench/ab.sh OLD_COMMIT [PAGES] [RUNS]}
pages=${2:-4000}
runs=${3:-9}
tree=/tmp/qsite-ab-$old
[ -d "$tree" ] || git worktree add -f "$tree" "$old" -q
(cd "$tree" && ./qsite --help >/dev/null)
./qsite --help >/dev/null
dotnet build bench/QualitySite.Bench -c Release -v q -nologo >/dev/null
bench=bench/QualitySite.Bench/bin/Release/net10.0/qsite-bench.dll
rm -rf /dev/shm/ab-old /dev/shm/ab-new /dev/shm/ab-out-old /dev/shm/ab-out-new
dotnet "$bench" corpus --pages "$pages" --out /dev/shm/ab-old --templates "$tree/templates" >/dev/null
dotnet "$bench" corpus --pages "$pages" --out /dev/shm/ab-new --templates templates >/dev/null
bash bench/pair.sh "$runs" old "$tree/.qsite-bin/qsite.dll" /dev/shm/ab-old new .qsite-bin/qsite.dll /dev/shm/ab-new
