#!/usr/bin/env bash
# Regenerates the Traditional → Simplified folding table used by search, from Unicode's Unihan
# database (kSimplifiedVariant), as shipped by Debian's unicode-data package.
#   apt-get install unicode-data && bash tools/make-fold-table.sh
# Output: generator/QualitySite.Generator/Conversion/Data/fold-t2s.tsv, one "traditional<TAB>simplified"
# pair per line, sorted by code point. A character whose variants include itself as well as another
# (乾 → 乾 干, 復 → 复 復, 瞭 → 了 瞭) folds to the other one: in Traditional text it nearly always
# stands for that one (乾燥 干燥, 復查 复查, 瞭解 了解), and folding is applied to pages and queries
# alike, so a Simplified page that uses it in its own right (乾隆) is still found by its own query.
set -euo pipefail
cd "$(dirname "$0")/.."
src=${UNIHAN_VARIANTS:-/usr/share/unicode/Unihan_Variants.txt.bz2}
out=generator/QualitySite.Generator/Conversion/Data/fold-t2s.tsv
version=$(bzcat "$src" | sed -n "s/^# Unicode version: //p" | head -1)

bzcat "$src" | awk -F'\t' '$2 == "kSimplifiedVariant" {
    first = "";
    n = split($3, targets, " ");
    for (i = 1; i <= n; i++) {
      sub(/<.*/, "", targets[i]);
      if (first == "" && targets[i] != $1) first = targets[i];
    }
    if (first != "") to[$1] = first;
  }
  function pad(hex,  p) { p = sprintf("%6s", hex); gsub(/ /, "0", p); return p; }
  END {
    # Follow chains (薴 → 苧 → 苎) to their end, so folding twice changes nothing.
    for (from in to) {
      t = to[from];
      for (hops = 0; (t in to) && hops < 8; hops++) t = to[t];
      print pad(substr(from, 3)) " " pad(substr(t, 3));
    }
  }' | LC_ALL=C sort | while read -r from to; do
    printf "\\U$(printf %08X 0x$from)\t\\U$(printf %08X 0x$to)\n"
  done > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $(wc -l < "$out") pairs to $out (Unihan ${version:-unknown version})"
