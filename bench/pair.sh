#!/usr/bin/env bash
# Alternating clean builds of two or more (binary, site) pairs after one untimed warm-up each.
# Usage: bash bench/pair.sh RUNS NAME_A DLL_A SITE_A NAME_B DLL_B SITE_B [NAME_C DLL_C SITE_C …]
set -euo pipefail
runs=$1; shift
if [ $# -lt 6 ] || [ $(($# % 3)) -ne 0 ]; then
  echo "usage: bash bench/pair.sh RUNS NAME_A DLL_A SITE_A NAME_B DLL_B SITE_B [NAME DLL SITE …]" >&2
  exit 2
fi
names=(); dlls=(); sites=()
while [ $# -gt 0 ]; do names+=("$1"); dlls+=("$2"); sites+=("$3"); shift 3; done
out=$(mktemp)
# Each timed build is a clean one: its output folder is removed (untimed) before it starts. With
# KEEP_OUTPUT=1 (bench/kept.sh) each build goes into the folder the one before wrote instead.
keep=${KEEP_OUTPUT:-0}
time1() { [ "$keep" = 1 ] || rm -rf "/dev/shm/ab-out-$1"; /usr/bin/time -f "%e %M %U %S" dotnet "$2" build --source "$3" --output "/dev/shm/ab-out-$1" >/dev/null 2>"$out.$1" || { cat "$out.$1"; exit 1; }; echo "$1 $(tail -1 "$out.$1")"; }
if [ "$keep" = 1 ]; then for n in "${names[@]}"; do rm -rf "/dev/shm/ab-out-$n"; done; fi
for k in "${!names[@]}"; do time1 "${names[$k]}" "${dlls[$k]}" "${sites[$k]}" >/dev/null; done
for _ in $(seq "$runs"); do
  for k in "${!names[@]}"; do time1 "${names[$k]}" "${dlls[$k]}" "${sites[$k]}"; done
done > "$out"
python3 - "$out" "${names[@]}" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
for name in sys.argv[2:]:
    r = [x for x in rows if x[0] == name]
    wall = [float(x[1]) for x in r]; cpu = [float(x[3]) + float(x[4]) for x in r]
    print(f"{name:8} median {statistics.median(wall):.2f} s  processor {statistics.median(cpu):.2f} s  peak {max(int(x[2]) for x in r) // 1024} MiB  runs: {' '.join(map(str, wall))}")
PY
rm -f "$out" "$out".*
