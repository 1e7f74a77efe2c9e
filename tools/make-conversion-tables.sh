#!/usr/bin/env bash
# Regenerates the Simplified → Traditional conversion tables from OpenCC's dictionaries
# (Apache-2.0), as shipped by Debian's opencc and libopencc-data packages:
#   apt-get install opencc libopencc-data && bash tools/make-conversion-tables.sh
# Output in generator/QualitySite.Generator/Conversion/Data/, one "from<TAB>to" pair per line:
#   st-characters.tsv  every Simplified character with its Traditional candidates, the usual one
#                      first (发 → 發 髮), space-separated, as OpenCC lists them
#   st-phrases.tsv     Simplified phrases with their usual Traditional form (头发 → 頭髮)
set -euo pipefail
cd "$(dirname "$0")/.."
dicts=${OPENCC_DICTS:-/usr/share/opencc}
out=generator/QualitySite.Generator/Conversion/Data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for d in STCharacters STPhrases; do
  opencc_dict -i "$dicts/$d.ocd2" -o "$tmp/$d.txt" -f ocd2 -t text
done
LC_ALL=C sort -u "$tmp/STCharacters.txt" > "$out/st-characters.tsv"
# Phrases: keep the first (usual) Traditional form only.
awk -F'\t' '{ split($2, t, " "); print $1 "\t" t[1] }' "$tmp/STPhrases.txt" | LC_ALL=C sort -u > "$out/st-phrases.tsv"
version=$(dpkg-query -W -f='${Version}' libopencc-data 2>/dev/null || echo unknown)
echo "wrote $(wc -l < "$out/st-characters.tsv") characters and $(wc -l < "$out/st-phrases.tsv") phrases (libopencc-data $version)"
