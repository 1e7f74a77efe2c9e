#!/usr/bin/env bash
# Regenerates Conversion/Data/word-frequencies.tsv: how often each phrase of st-phrases.tsv, each
# single character, and each other word that could meet a phrase at its edge occurs in jieba's
# dictionary (dict.txt, MIT licence, shipped in the jieba.NET 0.42.2 NuGet package). The converter
# uses the counts to choose between a forward and a backward cut of a sentence that tie on pieces
# and single characters (胃口|吃|饭 against 胃|口吃|饭), and the other words (counted at least 5
# times) to see where a phrase match runs across a word: 个人|参保 is not 人参 (ginseng).
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
words = {}
for line in open(dict_path, encoding='utf-8'):
    parts = line.split()
    if len(parts) >= 2 and parts[1].isdigit():
        words[parts[0]] = max(words.get(parts[0], 0), int(parts[1]))
# A word reaches into a phrase when one of its ends is the other end of a phrase (个人 + 人参, 参保 + 人参).
starts = {p[:k] for p in phrases for k in range(1, len(p))}
ends = {p[k:] for p in phrases for k in range(1, len(p))}
for word, count in words.items():
    edge = len(word) >= 2 and count >= 5 and (any(word[k:] in starts for k in range(1, len(word))) or any(word[:k] in ends for k in range(1, len(word))))
    if len(word) == 1 or word in phrases or edge:
        rows[word] = count
with open(out_path, 'w', encoding='utf-8', newline='\n') as f:
    for word in sorted(rows):
        f.write(f"{word}\t{rows[word]}\n")
print(f"wrote {len(rows)} frequencies to {out_path} (dictionary total {sum(words.values())})")
PY
