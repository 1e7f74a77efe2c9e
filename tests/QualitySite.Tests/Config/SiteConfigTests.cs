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
