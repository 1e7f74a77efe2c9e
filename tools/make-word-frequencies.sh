#!/usr/bin/env bash
# Regenerates Conversion/Data/word-frequencies.tsv: how often each phrase of st-phrases.tsv and each
# single character occurs in jieba's dictionary (dict.txt, MIT licence, shipped in the jieba.NET
# 0.42.2 NuGet package). The converter uses it only to choose between a forward and a backward cut
# of a sentence that tie on pieces and single characters (胃口|吃|饭 against 胃|口吃|饭).
#   bash tools/make-word-frequencies.sh        (needs the .NET SDK and python3)
set -euo pipefail
cd "$(dirname "$0")/.."
out=generator/QualitySite.Generator/Conversion/Data
dict=${JIEBA_DICT:-$HOME/.nuget/packages/jieba.net/0.42.2/Resources/dict.txt}
if [ ! -f "$dict" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  cat > "$tmp/fetch.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
  <ItemGroup><PackageReference Include="jieba.NET" Version="0.42.2" /></ItemGroup>
</Project>
XML
  dotnet restore "$tmp/fetch.csproj" -v q >/dev/null
fi
python3 - "$dict" "$out/st-phrases.tsv" "$out/word-frequencies.tsv" <<'PY'
import sys
dict_path, phrases_path, out_path = sys.argv[1:]
phrases = {line.split('\t', 1)[0] for line in open(phrases_path, encoding='utf-8') if '\t' in line}
rows = {}
for line in open(dict_path, encoding='utf-8'):
    parts = line.split()
    if len(parts) >= 2 and parts[1].isdigit() and (len(parts[0]) == 1 or parts[0] in phrases):
        rows[parts[0]] = max(rows.get(parts[0], 0), int(parts[1]))
with open(out_path, 'w', encoding='utf-8', newline='\n') as f:
    for word in sorted(rows):
        f.write(f"{word}\t{rows[word]}\n")
print(f"wrote {len(rows)} frequencies to {out_path}")
PY
