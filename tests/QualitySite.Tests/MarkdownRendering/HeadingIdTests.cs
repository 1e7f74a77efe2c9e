using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using QualitySite.Generator.MarkdownRendering;

namespace QualitySite.Tests.MarkdownRendering;

/// <summary>Heading ids: the same as Markdig's GitHub-style ids, with repeats numbered in linear time (issue 11: 20,000 identical headings took a minute).</summary>
public sealed class HeadingIdTests
{
    private static List<string?> Ids(string markdown, MarkdownPipeline pipeline) =>
        Markdown.Parse(markdown, pipeline).Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).ToList();

    [Theory]
    [InlineData("## 一、精心组织\n\n## 一、精心组织\n\n## 一、精心组织")]
    [InlineData("## a\n\n## a-1\n\n## a\n\n## a\n\n## a-2")]
    [InlineData("## [链接](x.md) 与 `代码` **强调**\n\n## \n\n## !!!\n\n## Hello World\n\n## hello world")]
    [InlineData("标题\n===\n\n标题\n---\n\n# 标题")]
    [InlineData("## 3·15 消费者权益日\n\n## GB 18401-2010《国家纺织产品基本安全技术规范》")]
    public void Ids_match_markdigs_github_ids(string markdown)
    {
        var ours = new MarkdownPipelineBuilder().Use<HeadingIds>().UseCjkFriendlyEmphasis().Build();
        var markdigs = new MarkdownPipelineBuilder().UseAutoIdentifiers(AutoIdentifierOptions.GitHub).UseCjkFriendlyEmphasis().Build();
        Assert.Equal(Ids(markdown, markdigs), Ids(markdown, ours));
    }

    /// <summary>Every character of the Basic Multilingual Plane, alone and between others, gives Markdig's id: the fast paths for ASCII and the caseless ranges change nothing.</summary>
    [Fact]
    public void Slug_equals_markdigs_for_every_character()
    {
        var differ = new List<string>();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var text = $"A{(char)c}Ωz {(char)c}";
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            if (HeadingIds.Slug(text) != Markdig.Helpers.LinkHelper.UrilizeAsGfm(text))
            {
                differ.Add($"U+{c:X4}");
            }
        }

        Assert.Empty(differ);
        Assert.Equal("一、精心组织".Length - 1, HeadingIds.Slug("一、精心组织").Length);
        Assert.Equal("gb-18401-2010国家纺织产品基本安全技术规范", HeadingIds.Slug("GB 18401-2010《国家纺织产品基本安全技术规范》"));
    }

    [Fact]
    public void Twenty_thousand_identical_headings_get_distinct_ids()
    {
        var ids = Ids(string.Concat(Enumerable.Repeat("## 标题\n\n", 20_000)), new MarkdownPipelineBuilder().Use<HeadingIds>().Build());
        Assert.Equal(20_000, ids.Distinct().Count());
        Assert.Equal("标题-19999", ids[^1]);
    }
}
