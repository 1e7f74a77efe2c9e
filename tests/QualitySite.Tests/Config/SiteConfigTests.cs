using QualitySite.Generator.Diagnostics;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Config;

public sealed class SiteConfigTests
{
    [Fact]
    public void Bad_base_url_and_time_zone_are_both_reported_with_lines()
    {
        using var site = new TestSite();
        site.Write("site.yml", "title: 局\nbaseUrl: example.gov.cn\nsiteIdCode: \"1\"\ntimeZone: Mars/Base\n");
        var errors = site.Build().Diagnostics.Where(d => d.IsError).ToList();
        Assert.Contains(errors, e => e is { Path: "site.yml", Line: 2, Code: DiagnosticCodes.ConfigValue } && e.Message.Contains("baseUrl"));
        Assert.Contains(errors, e => e is { Path: "site.yml", Line: 4 } && e.Message.Contains("Mars/Base"));
    }

    [Theory]
    [InlineData("zh-CN", "应写 language: zh-Hans")]
    [InlineData("zh-TW", "应写 language: zh-Hant-TW")]
    [InlineData("en", "这里写的是“en”")]
    public void A_language_the_site_cannot_use_is_an_error_naming_the_one_meant(string written, string expected)
    {
        using var site = new TestSite();
        site.Write("site.yml", TestSite.DefaultConfig + $"\nlanguage: {written}\n");
        var error = TestSite.Single(site.Build(), DiagnosticCodes.ConfigValue);
        Assert.Equal(("site.yml", 7), (error.Path, error.Line));
        Assert.Contains(expected, error.Message);
        Assert.Equal(written == "en", !error.Message.Contains("应写", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_setting_is_a_warning()
    {
        using var site = new TestSite();
        site.Write("site.yml", TestSite.DefaultConfig + "\nbaseURL: x\n");
        var result = site.Build();
        Assert.True(result.Succeeded);
        Assert.Contains("baseURL", TestSite.Single(result, DiagnosticCodes.ConfigUnknownKey).Message);
    }

    [Fact]
    public void Site_time_zone_decides_the_published_time()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(date: "2026-09-01 09:30") });
        site.Write("site.yml", TestSite.DefaultConfig + "\ntimeZone: Asia/Tokyo\n");
        Assert.True(site.Build().Succeeded);
        Assert.Contains("<meta name=\"PubDate\" content=\"2026-09-01 09:30\">", site.ReadOutput("notices/a/index.html"));
    }
}

/// <summary>Campaign, alert, pagination and audit settings are checked like every other setting.</summary>
public sealed class SiteStructureConfigTests
{
    [Fact]
    public void Campaign_that_ends_before_it_starts_and_a_bad_page_size_are_errors_with_lines()
    {
        using var site = new TestSite();
        site.Write("site.yml", TestSite.DefaultConfig + "\npagination:\n  pageSize: 0\ncampaigns:\n  - name: 质量月\n    start: 2026-09-30\n    end: 2026-09-01\n");
        var errors = site.Build().Diagnostics.Where(d => d.IsError).ToList();
        Assert.Contains(errors, e => e.Path == "site.yml" && e.Line == 8 && e.Message.Contains("pageSize"));
        Assert.Contains(errors, e => e.Path == "site.yml" && e.Line == 12 && e.Message.Contains("的结束日期（2026-09-01）早于开始日期"));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Campaign_landing_must_be_a_published_page()
    {
        using var site = new TestSite();
        site.Write("site.yml", TestSite.DefaultConfig + "\ncampaigns:\n  - { name: 质量月, start: 2026-09-01, end: 2026-09-30, landing: notices/nope.md }\n");
        Assert.Contains("notices/nope.md", TestSite.Single(site.Build(), DiagnosticCodes.ConfigValue).Message);
    }
}
