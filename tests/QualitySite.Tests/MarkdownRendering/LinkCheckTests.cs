using QualitySite.Generator.Diagnostics;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.MarkdownRendering;

/// <summary>Every internal link is checked whatever its form, and no unsafe URL reaches a page (issue 11).</summary>
public sealed class LinkCheckTests
{
    private static TestSite Site(string body, string config = "") => new(new Dictionary<string, string>
    {
        ["site.yml"] = TestSite.DefaultConfig + "\n" + config,
        ["content/notices/a.md"] = Pages.Notice(body: body, extra: "summary: 摘要\ntopic: 质量监管\n"),
        ["content/guides/cashmere.md"] = Pages.Notice(title: "羊绒衫选购", body: "## 一看\n\n看。\n\n## 二摸\n\n摸。"),
        ["content/guides/images/burn.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    });

    [Theory]
    [InlineData("[x](/notices/nothing/)", "/notices/nothing/")]
    [InlineData("[x](/guides/cashmere/#不存在)", "#不存在")]
    [InlineData("[x](https://example.gov.cn/guides/cashmre/)", "guides/cashmere/")]
    [InlineData("[x][ref]\n\n[ref]: /results/none/", "/results/none/")]
    [InlineData("<https://example.gov.cn/tags/nothing/>", "tags/nothing/")]
    [InlineData("![图](/guides/images/none.svg)", "/guides/images/none.svg")]
    public void A_link_to_no_page_is_a_warning_in_build_and_an_error_in_check(string body, string named)
    {
        using var site = Site(body);
        var build = site.Build();
        Assert.True(build.Succeeded, TestSite.Errors(build));
        var warning = Assert.Single(build.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.Equal((Severity.Warning, "content/notices/a.md", 8), (warning.Severity, warning.Path, warning.Line));
        Assert.Contains(named, warning.Message);

        var check = site.Build(o => o with { WriteOutput = false, Strict = true });
        Assert.Contains(check.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink && d.IsError && d.Line == 8);
    }

    [Fact]
    public void The_nearest_existing_page_is_suggested()
    {
        using var site = Site("[x](/guides/cashmre/)");
        var warning = Assert.Single(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.Contains("/guides/cashmere/", warning.Message);
    }

    [Theory]
    [InlineData("[x](/guides/cashmere/#一看)")]
    [InlineData("[x](https://example.gov.cn/guides/cashmere/)")]
    [InlineData("[x](/tags/)")]
    [InlineData("[x](/guides/images/burn.svg)")]
    [InlineData("[x](/notices/a/?from=home#top)")]
    [InlineData("[x](/sitemap.xml)")]
    public void Links_to_existing_pages_files_and_generated_pages_pass(string body)
    {
        using var site = Site(body.Replace("#top", ""));
        var check = site.Build(o => o with { WriteOutput = false, Strict = true });
        Assert.True(check.Succeeded, TestSite.Errors(check));
        Assert.DoesNotContain(check.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
    }

    [Fact]
    public void Menu_links_in_site_yml_are_checked_at_their_line()
    {
        using var site = Site("正文", "  - { name: 失效栏目, url: /nothing/ }\n");
        var warning = Assert.Single(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.Equal(("site.yml", 7), (warning.Path, warning.Line));
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](java&#9;script:alert(1))")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("[x](file:///etc/passwd)")]
    public void Unsafe_urls_are_errors_at_their_position_and_nothing_is_published(string body)
    {
        using var site = Site(body);
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.UnsafeUrl, "content/notices/a.md", 8, 1), (error.Code, error.Path, error.Line, error.Column));
        Assert.False(site.OutputExists("notices/a/index.html"));
    }

    [Theory]
    [InlineData("[信箱](mailto:12315@example.gov.cn)")]
    [InlineData("[电话](tel:12315)")]
    [InlineData("![图](data:image/png;base64,iVBORw0KGgo=)")]
    [InlineData("[外部](https://www.samr.gov.cn/)")]
    public void Safe_schemes_pass(string body)
    {
        using var site = Site(body);
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
    }

    [Fact]
    public void A_javascript_url_in_a_menu_is_an_error_in_site_yml()
    {
        using var site = Site("正文", "  - { name: 坏链接, url: \"javascript:alert(1)\" }\n");
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.UnsafeUrl, "site.yml", 7), (error.Code, error.Path, error.Line));
    }

    private const string Raw = "markdown:\n  unsafeHtml: true\n";

    [Fact]
    public void Raw_html_is_sanitised_scripts_handlers_and_url_styles_never_reach_the_page()
    {
        using var site = Site("<div onclick=\"steal()\" style=\"background:url(https://evil.example/x.png)\">盒子</div>\n\n<script>alert(1)</script>\n\n<p><a href=\"javascript:alert(1)\">点</a> <a href=\"/guides/cashmere/\">好</a></p>", Raw);
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var html = site.ReadOutput("notices/a/index.html");
        var body = html[html.IndexOf("盒子", StringComparison.Ordinal)..];
        Assert.DoesNotContain("onclick", body);
        Assert.DoesNotContain("evil.example", body);
        Assert.DoesNotContain("alert(1)", body);
        Assert.DoesNotContain("javascript:", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"/guides/cashmere/\"", body);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.HtmlSanitized);
        Assert.Contains("<script>", warning.Message);
        Assert.Contains("onclick", warning.Message);
    }

    [Fact]
    public void Iframes_come_only_from_the_hosts_site_yml_lists()
    {
        using var site = Site("<iframe src=\"https://player.video.example/v/1\" title=\"视频\"></iframe>\n\n<iframe src=\"https://evil.example/\"></iframe>",
            Raw + "  frameHosts: [video.example]\n");
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var html = site.ReadOutput("notices/a/index.html");
        Assert.Contains("src=\"https://player.video.example/v/1\"", html);
        Assert.DoesNotContain("evil.example", html);
    }

    [Fact]
    public void Links_inside_raw_html_are_checked_too()
    {
        using var site = Site("<p><a href=\"/notices/missing/\">旧文</a></p>", Raw);
        var warning = Assert.Single(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.Contains("/notices/missing/", warning.Message);
    }

    [Fact]
    public void Check_reads_the_links_templates_generate()
    {
        using var site = Site("正文");
        var layout = Path.Combine(site.Root, "templates/layouts/base.hbs");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</body>", "<a href=\"/archives/1999/\">旧档案</a></body>"));
        var check = site.Build(o => o with { WriteOutput = false, Strict = true });
        var error = Assert.Single(check.Diagnostics, d => d.IsError);
        Assert.Equal(DiagnosticCodes.BrokenLink, error.Code);
        Assert.Contains("/archives/1999/", error.Message);
        Assert.True(site.Build().Succeeded);
    }
}
