#!/usr/bin/env bash
# Regenerates the Simplified → Traditional conversion tables from OpenCC's dictionaries
# (Apache-2.0), as shipped by Debian's opencc and libopencc-data packages:
#   apt-get install opencc libopencc-data && bash tools/make-conversion-tables.sh
# Output in generator/QualitySite.Generator/Conversion/Data/, one "from<TAB>to" pair per line, the
# usual form first where several are listed (space-separated), as OpenCC lists them:
#   st-characters.tsv, st-phrases.tsv   Simplified → Traditional (发 → 發 髮, 头发 → 頭髮)
#   ts-characters.tsv, ts-phrases.tsv   Traditional → Simplified
#   tw-phrases.tsv, tw-variants.tsv     Traditional → Taiwan usage (軟件 → 軟體) and glyphs
#   hk-variants.tsv                     Traditional → Hong Kong glyphs
# st-supplement.tsv (consumer-goods words OpenCC lacks), st-supplement-phrases.tsv, st-supplement-names.tsv,
# tw-names.tsv and tw-supplement.tsv are
# written by hand for QualitySite, st-upstream.tsv (OpenCC's later corrections, from its test
# cases) by hand from OpenCC's repository, and st-upstream-phrases.tsv (OpenCC 1.4.1's corrected
# phrases) by tools/make-upstream-phrases.sh; none of them is touched here.
set -euo pipefail
cd "$(dirname "$0")/.."
dicts=${OPENCC_DICTS:-/usr/share/opencc}
out=generator/QualitySite.Generator/Conversion/Data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for d in STCharacters STPhrases TSCharacters TSPhrases TWPhrases TWVariants HKVariants; do
  opencc_dict -i "$dicts/$d.ocd2" -o "$tmp/$d.txt" -f ocd2 -t text
done
write() { LC_ALL=C sort -u "$tmp/$1.txt" > "$out/$2"; }
write STCharacters st-characters.tsv
write STPhrases st-phrases.tsv
write TSCharacters ts-characters.tsv
write TSPhrases ts-phrases.tsv
write TWPhrases tw-phrases.tsv
write TWVariants tw-variants.tsv
write HKVariants hk-variants.tsv
version=$(dpkg-query -W -f='${Version}' libopencc-data 2>/dev/null || echo unknown)
echo "wrote $(cat "$out"/st-*.tsv "$out"/ts-*.tsv "$out"/tw-*.tsv "$out"/hk-*.tsv | wc -l) entries to $out (libopencc-data $version)"
