using System.Text;
using QualitySite.Generator.MarkdownRendering;

namespace QualitySite.Tests.MarkdownRendering;

/// <summary>The reading-time count: letters and digits by Unicode category, one per Han character, whatever fast path the count takes.</summary>
public sealed class CharacterCountTests
{
    private static int ByRunes(string text) => text.EnumerateRunes().Count(Rune.IsLetterOrDigit);

    [Fact]
    public void Every_character_of_the_basic_plane_counts_as_its_category_says()
    {
        var differ = new List<int>();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var text = $"a{(char)c}，";
            if (MarkdownRenderer.CountCharacters(text) != ByRunes(text))
            {
                differ.Add(c);
            }
        }

        Assert.Empty(differ);
    }

    [Theory]
    [InlineData("羊绒衫的鉴别：看、摸、抓、称。")]
    [InlineData("GB 18401-2010 规定 pH 值 4.0～8.5")]
    [InlineData("𠮷野家与𩸽，😀 表情不算")]
    [InlineData("\uD842 孤立的代理项 \uDFB7")]
    [InlineData("")]
    public void A_text_counts_as_its_runes_do(string text)
    {
        Assert.Equal(ByRunes(text), MarkdownRenderer.CountCharacters(text));
    }

    [Fact]
    public void Han_characters_and_digits_count_one_each()
    {
        Assert.Equal(8, MarkdownRenderer.CountCharacters("质量月活动，3·15")); // five Han characters and three digits
    }
}
