using QualitySite.Generator.Checks;
using QualitySite.Generator.Conversion;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Search;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Checks;

/// <summary>The Chinese copy check (issue 14): each rule with text it must flag and text it must leave alone.</summary>
public sealed class CopyCheckTests
{
    private static List<Diagnostic> Check(string body, string lang = "zh-Hans", Dictionary<string, RuleLevel>? levels = null, bool strict = false)
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/guides/a.md"] = Pages.Notice(title: lang == "zh-Hans" ? "标题" : "標題", extra: $"lang: {lang}\n", body: body) });
        var result = site.Build(o => o with { WriteOutput = false });
        Assert.True(result.Succeeded, TestSite.Errors(result));
        return CopyChecker.Check(result.Site!.Pages.Select(p => p.Page), levels ?? [], strict, FoldTable.Default).ToList();
    }

    [Theory]
    [InlineData("买羊绒衫,要看标签。", "QS7001", 5)]
    [InlineData("注意:检查标签", "QS7001", 3)]
    [InlineData("记住四个字(看、摸、抓、掂)", "QS7001", 6)]
    [InlineData("型号ＡＢ１２３", "QS7002", 3)]
    [InlineData("他说“要看标签。", "QS7003", 3)]
    [InlineData("见《产品质量法。", "QS7003", 2)]
    [InlineData("标签（吊牌】要保留", "QS7003", 6)]
    [InlineData("一定要看标签，，再买", "QS7004", 7)]
    [InlineData("请仔细核对.", "QS7004", 6)]
    [InlineData("规范管理�的通知", "QS7005", 5)]
    [InlineData("检验规?!定", "QS7005", 4)]
    [InlineData("锟斤拷乱码", "QS7005", 1)]
    [InlineData("质(zhì)量月活动", "QS7006", 1)]
    [InlineData("简体页面里混进了這個繁體段落", "QS7007", 9)]
    [InlineData("依据苏市监质发[2026]3号执行", "QS7008", 7)]
    [InlineData("质量 月活动", "QS7009", 3)]
    public void Each_rule_flags_its_case_at_the_right_column(string text, string code, int column)
    {
        var finding = Assert.Single(Check(text));
        Assert.Equal((code, "content/guides/a.md", 7, column, Severity.Warning), (finding.Code, finding.Path, finding.Line, finding.Column, finding.Severity));
    }

    [Theory]
    [InlineData("GB 18401-2010 规定 pH 值 4.0–8.5，时间 9:00–17:00。")]
    [InlineData("“看、摸、抓、掂”四个字，《产品质量法》第二十条（一）项。")]
    [InlineData("省略号……和破折号——都可以。")]
    [InlineData("代码 `a,b:c` 和网址 <https://example.gov.cn/a,b> 不检查。")]
    [InlineData("Don’t worry, it’s English.")]
    [InlineData("3·15 国际消费者权益日，3.15 也可以。")]
    [InlineData("质量强市　品质惠民")]
    [InlineData("覆盖全市的复查工作。")]
    [InlineData("苏市监质发〔2026〕3号")]
    [InlineData("站在瞭望台上，乾隆年间的著名瓷器。")] // 瞭 is Simplified in 瞭望 (the 2013 table of standard characters), though GB 2312 lacks it
    public void Correct_chinese_text_is_left_alone(string text) => Assert.Empty(Check(text));

    [Fact]
    public void Simplified_characters_in_a_traditional_page_are_flagged_but_shared_ones_are_not()
    {
        Assert.Empty(Check("回家時才知道合同的內容。", "zh-Hant"));
        var finding = Assert.Single(Check("請發给我們这份資料。", "zh-Hant"));
        Assert.Equal("QS7007", finding.Code);
        Assert.Contains("“請發给我們这份”繁体作“請發給我們這份”", finding.Message);
    }

    [Fact]
    public void Traditional_characters_in_a_simplified_page_are_flagged_with_their_simplified_form()
    {
        Assert.Empty(Check("覆盖全市的复查工作，回家才知道。"));
        var finding = Assert.Single(Check("本會提醒消費者注意标签。"));
        Assert.Equal("QS7007", finding.Code);
        Assert.Contains("第一个是“會”，简体作“会”", finding.Message);
        Assert.Contains("“本會提醒消費”简体作“本会提醒消费”", finding.Message);
    }

    [Fact]
    public void Rules_can_be_turned_off_or_up_and_strict_makes_warnings_errors()
    {
        Assert.Empty(Check("买羊绒衫,要看标签。", levels: new() { ["halfWidthPunctuation"] = RuleLevel.Off }));
        Assert.Equal(Severity.Error, Assert.Single(Check("买羊绒衫,要看标签。", levels: new() { ["halfWidthPunctuation"] = RuleLevel.Error })).Severity);
        Assert.Equal(Severity.Error, Assert.Single(Check("买羊绒衫,要看标签。", strict: true)).Severity);
    }

    [Fact]
    public void The_sample_site_has_no_findings()
    {
        var (code, _, error) = CliRunner.Run("check", "--source", RepoPaths.Root, "--strict", "--date", "2026-11-01");
        Assert.DoesNotContain("[QS70", error);
        Assert.True(code == 0, error);
    }

    [Fact]
    public void Fix_corrects_only_the_safe_findings_leaves_every_other_byte_and_changes_nothing_the_second_time()
    {
        const string before = "---\r\ntitle: 关于开展检查的通知\r\ndate: 2026-09-01\r\n---\r\n\r\n按照苏市监质发[2026]3号,质(zhì)量 月活动(看、摸)开始了。\r\n\r\n代码 `a,b` 和 [链接](https://example.gov.cn/a,b) 与 English, text 不变。\r\n\r\n他说“要看标签。\r\n";
        const string after = "---\r\ntitle: 关于开展检查的通知\r\ndate: 2026-09-01\r\n---\r\n\r\n按照苏市监质发〔2026〕3号，质量月活动（看、摸）开始了。\r\n\r\n代码 `a,b` 和[链接](https://example.gov.cn/a,b)与 English, text 不变。\r\n\r\n他说“要看标签。\r\n";
        using var site = new TestSite();
        site.WriteBytes("content/guides/a.md", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(before)]);
        var (_, output, _) = CliRunner.Run("check", "--source", site.Root, "--fix");
        Assert.Contains("content/guides/a.md: 已自动修正 9 处", output);
        var bytes = File.ReadAllBytes(Path.Combine(site.Root, "content/guides/a.md"));
        Assert.Equal([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(after)], bytes);

        var (_, again, error) = CliRunner.Run("check", "--source", site.Root, "--fix");
        Assert.Contains("没有需要自动修正的地方", again);
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(site.Root, "content/guides/a.md")));
        Assert.Contains("[QS7003]", error);
    }
}
