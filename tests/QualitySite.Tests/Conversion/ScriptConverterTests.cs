using QualitySite.Generator.Conversion;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Conversion;

public sealed class ScriptConverterTests
{
    [Theory]
    [InlineData("清溪市市场监督管理局", "清溪市市場監督管理局")]
    [InlineData("头发", "頭髮")]
    [InlineData("发展", "發展")]
    [InlineData("消费提示", "消費提示")]
    [InlineData("关于本站", "關於本站")]
    [InlineData("12315 热线", "12315 熱線")]
    public void Simplified_text_becomes_traditional_by_phrase(string simplified, string traditional) =>
        Assert.Equal(traditional, ScriptConverter.Default.ToTraditional(simplified));

    [Fact]
    public void The_sites_own_terms_come_before_the_tables()
    {
        Assert.Equal("崑山市場", ScriptConverter.Default.ToTraditional("昆山市场"));
        var converter = ScriptConverter.Default.With(new Dictionary<string, string> { ["昆山"] = "昆山" });
        Assert.Equal("昆山市場", converter.ToTraditional("昆山市场"));
    }

    [Fact]
    public void Menu_and_section_names_of_a_traditional_page_follow_site_terms()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["site.yml"] = "title: 昆山市市场监督管理局\nbaseUrl: https://example.gov.cn/\nsiteIdCode: \"1234567890\"\nmenu:\n  - { name: 昆山通知, url: /notices/ }\ntraditional:\n  terms:\n    昆山: 昆山\n",
            ["content/notices/a.md"] = "---\ntitle: 公告\ndate: 2026-01-05\nlang: zh-Hant\n---\n\n本頁內容。\n",
        });
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var html = site.ReadOutput("notices/a/index.html");
        Assert.Contains(">昆山通知</a>", html);
        Assert.Contains("昆山市市場監督管理局", html);
        Assert.Contains("主辦單位", html);
    }
}
