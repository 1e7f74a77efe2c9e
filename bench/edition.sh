#!/usr/bin/env bash
# What the Traditional edition costs: the benchmark corpus built with and without
# traditional: { enabled: true } in its site.yml, in alternation.
# Usage: bash bench/edition.sh [PAGES] [RUNS]   (defaults 4000 pages, 7 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-4000}
runs=${2:-7}
./qsite --help >/dev/null
dotnet build bench/QualitySite.Bench -c Release -v q -nologo >/dev/null
bench=bench/QualitySite.Bench/bin/Release/net10.0/qsite-bench.dll
rm -rf /dev/shm/ed-plain /dev/shm/ed-on /dev/shm/ab-out-plain /dev/shm/ab-out-edition
dotnet "$bench" corpus --pages "$pages" --out /dev/shm/ed-plain --templates templates >/dev/null
cp -r /dev/shm/ed-plain /dev/shm/ed-on
printf '\ntraditional:\n  enabled: true\n  path: /zh-hant/\n' >> /dev/shm/ed-on/site.yml
bash bench/pair.sh "$runs" plain .qsite-bin/qsite.dll /dev/shm/ed-plain edition .qsite-bin/qsite.dll /dev/shm/ed-on
# The floor under the edition's cost: writing its files again from memory, with no rendering and
# no conversion (the last edition build's zh-hant folder, on the same file system).
echo "the edition's files alone:"
dotnet "$bench" write-floor --folder /dev/shm/ab-out-edition/zh-hant --runs "$runs" | tail -1
