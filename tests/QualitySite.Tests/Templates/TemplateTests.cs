using System.Globalization;
using QualitySite.Generator.Diagnostics;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Templates;

/// <summary>Templates escape by default, fail with the template's path, and never depend on the machine's culture.</summary>
public sealed class TemplateTests
{
    [Fact]
    public void Front_matter_text_is_html_escaped()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(title: "\"<script>alert(1)</script>\"") });
        Assert.True(site.Build().Succeeded);
        var html = site.ReadOutput("notices/a/index.html");
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public void Template_syntax_error_names_the_template_file()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice() });
        site.Write("templates/layouts/notice.hbs", "{{#if Title}}<h1>{{Title}}</h1>");
        var result = site.Build();
        var error = TestSite.Single(result, DiagnosticCodes.TemplateSyntax);
        Assert.Equal("templates/layouts/notice.hbs", error.Path);
        Assert.Contains("'if'", error.Message);
    }

    [Fact]
    public void Misspelt_name_in_a_template_is_an_error_not_silent_emptiness()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice() });
        site.Write("templates/layouts/notice.hbs", "<h1>{{Titel}}</h1>");
        var error = TestSite.Single(site.Build(), DiagnosticCodes.TemplateRender);
        Assert.Equal("templates/layouts/notice.hbs", error.Path);
        Assert.Contains("Titel", error.Message);
        Assert.Contains("content/notices/a.md", error.Message);
    }

    [Fact]
    public void Missing_layout_is_reported()
    {
        using var site = new TestSite();
        File.Delete(Path.Combine(site.Root, "templates/layouts/guide.hbs"));
        Assert.Equal("templates/layouts/guide.hbs", TestSite.Single(site.Build(), DiagnosticCodes.TemplateMissing).Path);
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/results/r.md"] = "---\ntitle: 结果\ndate: 2026-09-01\nbatches: 3\npassed: 2\n---\n",
        });
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.True(site.Build().Succeeded);
            var german = site.ReadOutput("results/r/index.html");
            Assert.Contains("66.7%", german);
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Assert.True(site.Build().Succeeded);
            Assert.Equal(german, site.ReadOutput("results/r/index.html"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Traditional_page_gets_traditional_chrome_and_lang()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(extra: "lang: zh-Hant\n") });
        Assert.True(site.Build().Succeeded);
        var html = site.ReadOutput("notices/a/index.html");
        Assert.Contains("<html lang=\"zh-Hant\">", html);
        Assert.Contains("發佈日期", html);
        Assert.DoesNotContain("发布日期", html);
    }

    /// <summary>Every page names an icon that exists: the theme's, or the one site.yml's favicon points at.</summary>
    [Theory]
    [InlineData(null, "assets/favicon.svg", "image/svg+xml")]
    [InlineData("images/logo.png", "images/logo.png", "image/png")]
    public void Every_page_links_an_icon_that_is_written(string? favicon, string written, string type)
    {
        var files = new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice() };
        if (favicon is not null)
        {
            files["site.yml"] = TestSite.DefaultConfig + $"\nfavicon: {favicon}\n";
            files["content/" + favicon] = "png";
        }

        using var site = new TestSite(files);
        Assert.True(site.Build().Succeeded);
        foreach (var page in new[] { "index.html", "notices/a/index.html", "404.html" })
        {
            var link = System.Text.RegularExpressions.Regex.Match(site.ReadOutput(page), "<link rel=\"icon\" href=\"/([^\"?]+)([^\"]*)\" type=\"([^\"]+)\">");
            Assert.True(link.Success, $"{page} has no icon link");
            Assert.Equal(written, link.Groups[1].Value);
            Assert.Equal(type, link.Groups[3].Value);
        }

        Assert.True(site.OutputExists(written));
    }

    [Fact]
    public void A_favicon_that_does_not_exist_is_an_error_at_its_line_in_site_yml()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["site.yml"] = TestSite.DefaultConfig + "\nfavicon: images/logo.png\n",
            ["content/notices/a.md"] = Pages.Notice(),
        });
        var error = TestSite.Single(site.Build(), DiagnosticCodes.ConfigValue);
        Assert.Equal(("site.yml", 7), (error.Path, error.Line));
        Assert.Contains("images/logo.png", error.Message);
        Assert.False(site.OutputExists("index.html"));
    }
}
