using QualitySite.Generator.Parsing;

namespace QualitySite.Tests.Parsing;

public sealed class FrontMatterSplitterTests
{
    [Fact]
    public void Splits_yaml_and_body_and_keeps_line_numbers()
    {
        var split = FrontMatterSplitter.Split("---\ntitle: a\ndate: b\n---\n\n正文第一行\n", out _);
        Assert.NotNull(split);
        Assert.Equal("title: a\ndate: b", split.Yaml);
        Assert.Equal(2, split.YamlFirstLine);
        Assert.Equal(5, split.BodyFirstLine);
        Assert.Equal("\n正文第一行\n", split.Body);
    }

    [Fact]
    public void Unclosed_block_is_reported()
    {
        Assert.Null(FrontMatterSplitter.Split("---\ntitle: a\n", out var problem));
        Assert.Contains("没有结束", problem);
    }

    [Fact]
    public void Dashes_inside_the_body_are_not_front_matter()
    {
        var split = FrontMatterSplitter.Split("---\ntitle: a\n---\n正文\n\n---\n\n更多\n", out _);
        Assert.Equal("正文\n\n---\n\n更多\n", split!.Body);
    }
}
