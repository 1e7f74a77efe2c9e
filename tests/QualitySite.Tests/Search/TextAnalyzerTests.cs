using System.Text.Json;
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
    [InlineData("乾", "乾")]
    [InlineData("羊绒衫", "羊绒衫")]
    public void Folds_traditional_characters_only(string input, string expected)
    {
        var folded = string.Concat(TextAnalyzer.Default.Normalize(input).Select(char.ConvertFromUtf32));
        Assert.Equal(expected, folded);
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
