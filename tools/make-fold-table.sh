#!/usr/bin/env bash
# Regenerates the Traditional → Simplified folding table used by search, from Unicode's Unihan
# database (kSimplifiedVariant), as shipped by Debian's unicode-data package.
#   apt-get install unicode-data && bash tools/make-fold-table.sh
# Output: generator/QualitySite.Generator/Search/Data/fold-t2s.tsv, one "traditional<TAB>simplified"
# pair per line, sorted by code point. A character whose variants include itself (乾 → 乾 干) is
# left alone: it is a valid Simplified character in its own right.
set -euo pipefail
cd "$(dirname "$0")/.."
src=${UNIHAN_VARIANTS:-/usr/share/unicode/Unihan_Variants.txt.bz2}
out=generator/QualitySite.Generator/Search/Data/fold-t2s.tsv
version=$(bzcat "$src" | sed -n "s/^# Unicode version: //p" | head -1)

bzcat "$src" | awk -F'\t' '$2 == "kSimplifiedVariant" {
    self = 0; first = "";
    n = split($3, targets, " ");
    for (i = 1; i <= n; i++) {
      sub(/<.*/, "", targets[i]);
      if (targets[i] == $1) self = 1;
      if (first == "") first = targets[i];
    }
    if (!self && first != "") print substr($1, 3) " " substr(first, 3);
  }' | LC_ALL=C sort | while read -r from to; do
    printf "\\U$(printf %08X 0x$from)\t\\U$(printf %08X 0x$to)\n"
  done > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $(wc -l < "$out") pairs to $out (Unihan ${version:-unknown version})"
