using System.Text.Json;
using QualitySite.Generator.Conversion;
using QualitySite.Generator.Search;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Search;

/// <summary>The C# side of the shared analysis spec; SearchBrowserTests runs the same cases through search.js.</summary>
public sealed class TextAnalyzerTests
{
    public sealed record Case(string Note, string Input, string[] Tokens);

    public static IEnumerable<object[]> Cases() =>
        JsonSerializer.Deserialize<Case[]>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "tokenizer-cases.json")), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!
            .Select(c => new object[] { c.Note, c.Input, c.Tokens });

    public static string Format(Token t) => $"{t.Term} {t.Kind switch { TokenKind.Unigram => "u", TokenKind.Bigram => "b", _ => "w" }} {t.Position}";

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokenizes_as_the_shared_spec_says(string note, string input, string[] expected)
    {
        var actual = TextAnalyzer.Default.Tokenize(input).Select(Format).ToArray();
        Assert.True(expected.SequenceEqual(actual), $"{note}: expected [{string.Join(", ", expected)}] got [{string.Join(", ", actual)}]");
    }

    [Theory]
    [InlineData("絨", "绒")]
    [InlineData("質", "质")]
    [InlineData("號", "号")]
    [InlineData("檢驗", "检验")]
    [InlineData("乾燥", "干燥")]
    [InlineData("復查", "复查")]
    [InlineData("瞭解", "了解")]
    [InlineData("徵求意見", "征求意见")]
    [InlineData("羊绒衫", "羊绒衫")]
    public void Folds_traditional_characters_only(string input, string expected)
    {
        var folded = string.Concat(TextAnalyzer.Default.Normalize(input).Select(char.ConvertFromUtf32));
        Assert.Equal(expected, folded);
    }

    /// <summary>Chains in Unihan (薴 → 苧 → 苎) are followed when the table is made: folding twice changes nothing.</summary>
    [Fact]
    public void Folding_twice_changes_nothing()
    {
        Assert.True(FoldTable.Default.Pairs.Count > 6000);
        Assert.All(FoldTable.Default.Pairs, pair => Assert.Equal(pair.To, FoldTable.Default.Fold(pair.To)));
        Assert.Equal(0x82CE, FoldTable.Default.Fold(0x85B4)); // 薴 → 苎
    }

    /// <summary>
    /// The quick path skips ICU for characters it trusts; every BMP character, between Han text and
    /// before a combining mark, must come out exactly as full NFKC would make it.
    /// </summary>
    [Fact]
    public void Quick_normalisation_agrees_with_full_nfkc_for_every_bmp_character()
    {
        var mismatches = new List<string>();
        for (var c = 0; c < 0x10000; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF or >= 0xFDD0 and <= 0xFDEF or 0xFFFE or 0xFFFF)
            {
                continue;
            }

            foreach (var text in new[] { $"甲{(char)c}乙Ａ", $"{(char)c}\u0301", $"{(char)c}\u1161" })
            {
                var expected = text.Normalize(System.Text.NormalizationForm.FormKC).EnumerateRunes()
                    .Select(r => r.Value is >= 'A' and <= 'Z' ? r.Value + 32 : FoldTable.Default.Fold(r.Value));
                if (!expected.SequenceEqual(TextAnalyzer.Default.Normalize(text)))
                {
                    mismatches.Add($"U+{c:X4} in {text}");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Noncharacters_and_lone_surrogates_separate_instead_of_failing()
    {
        var tokens = TextAnalyzer.Default.Tokenize("羊绒\uFFFF衫\uD800检验\uFDD0ＱＳ").Select(Format);
        Assert.Equal(["羊 u 0", "羊绒 b 0", "绒 u 1", "衫 u 3", "检 u 5", "检验 b 5", "验 u 6", "qs w 8"], tokens);
    }

    [Theory]
    [InlineData("ＱＳ标志，３Ｃ认证", "qs标志,3c认证")]
    [InlineData("羊絨衫\u3000檢驗", "羊绒衫 检验")]
    [InlineData("…①㎏", "...1kg")]
    public void Full_width_forms_and_compatibility_characters_normalise(string input, string expected)
    {
        Assert.Equal(expected, string.Concat(TextAnalyzer.Default.Normalize(input).Select(char.ConvertFromUtf32)));
    }

    [Fact]
    public void Fold_table_comes_from_unihan_and_is_large()
    {
        Assert.True(FoldTable.Default.Pairs.Count > 2000);
        Assert.All(FoldTable.Default.Pairs, p => Assert.NotEqual(p.From, p.To));
    }

    [Fact]
    public void Spec_file_is_the_one_in_the_repository()
    {
        var copied = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Specs", "tokenizer-cases.json"));
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests/QualitySite.Tests/Specs/tokenizer-cases.json")), copied);
    }
}
