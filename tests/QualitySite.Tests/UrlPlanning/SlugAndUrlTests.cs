using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.UrlPlanning;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.UrlPlanning;

/// <summary>Slug and URL rules: readable Unicode slugs, no escape from the output folder, no two pages on one URL.</summary>
public sealed class SlugAndUrlTests
{
    [Theory]
    [InlineData("2026-Quality-Month", "2026-quality-month")]
    [InlineData("羊绒衫 选购指南", "羊绒衫-选购指南")]
    [InlineData("羊絨衫：怎麼挑？", "羊絨衫怎麼挑")]
    [InlineData("a__b  c", "a-b-c")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    public void File_names_become_readable_slugs(string name, string slug) => Assert.Equal(slug, Slugifier.FromText(name));

    [Theory]
    [InlineData("../outside")]
    [InlineData("a/b")]
    [InlineData("..")]
    [InlineData("a\\b")]
    [InlineData("a?b")]
    public void Unsafe_slugs_are_rejected(string slug) => Assert.NotNull(Slugifier.Problem(slug));

    [Fact]
    public void Chinese_slug_is_kept_on_disk_and_percent_encoded_in_hrefs()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/质量月启动.md"] = Pages.Notice() });
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        Assert.True(site.OutputExists("notices/质量月启动/index.html"));
        Assert.Contains("href=\"/notices/%E8%B4%A8%E9%87%8F%E6%9C%88%E5%90%AF%E5%8A%A8/\"", site.ReadOutput("notices/index.html"));
    }

    [Fact]
    public void Slug_that_climbs_out_of_the_output_folder_is_an_error_and_nothing_is_written()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(extra: "slug: ../../evil\n") });
        var result = site.Build();
        var error = TestSite.Single(result, DiagnosticCodes.PathEscape);
        Assert.Equal(("content/notices/a.md", 4), (error.Path, error.Line));
        Assert.False(Directory.Exists(site.Output));
        Assert.False(File.Exists(Path.Combine(site.Root, "..", "evil", "index.html")));
    }

    [Fact]
    public void Slug_too_long_for_a_folder_name_is_an_error_at_its_line()
    {
        var slug = string.Concat(Enumerable.Repeat("质量月活动", 14)); // 70 characters, 210 bytes
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(extra: $"slug: {slug}\n") });
        var error = TestSite.Single(site.Build(), DiagnosticCodes.PathEscape);
        Assert.Equal(("content/notices/a.md", 4), (error.Path, error.Line));
        Assert.Contains("太长", error.Message);
        Assert.Contains("210 字节", error.Message);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Alias_with_dot_dot_is_an_error()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(extra: "aliases: [/../../x.html]\n") });
        Assert.Equal(4, TestSite.Single(site.Build(), DiagnosticCodes.PathEscape).Line);
    }

    [Fact]
    public void Two_pages_on_one_url_name_both_files()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = Pages.Notice(extra: "slug: same\n"),
            ["content/notices/2026/same.md"] = Pages.Notice(),
        });
        var errors = site.Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.UrlCollision).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("content/notices/a.md", e.Message));
        Assert.All(errors, e => Assert.Contains("content/notices/2026/same.md", e.Message));
    }

    [Fact]
    public void A_page_cannot_take_a_section_url()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/pages/notices.md"] = Pages.Notice() });
        var error = TestSite.Single(site.Build(), DiagnosticCodes.UrlCollision);
        Assert.Contains("/notices/", error.Message);
    }

    [Fact]
    public void Duplicate_index_number_names_both_files()
    {
        const string extra = "indexNo: 11339900MB0123456X/2026-00001\n";
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = Pages.Notice(extra: extra),
            ["content/notices/b.md"] = Pages.Notice(extra: extra),
        });
        var errors = site.Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.DuplicateIndexNo).ToList();
        Assert.Equal(["content/notices/a.md", "content/notices/b.md"], errors.Select(e => e.Path));
        Assert.All(errors, e => Assert.Equal(4, e.Line));
        Assert.All(errors, e => Assert.Contains("content/notices/a.md, content/notices/b.md", e.Message));
    }

    [Fact]
    public void Alias_writes_a_redirect_page()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(extra: "aliases: [/old/zly.html, /old/dir/]\n") });
        Assert.True(site.Build().Succeeded);
        var redirect = site.ReadOutput("old/zly.html");
        Assert.Contains("http-equiv=\"refresh\" content=\"0; url=/notices/a/\"", redirect);
        Assert.Contains("rel=\"canonical\" href=\"https://example.gov.cn/notices/a/\"", redirect);
        Assert.True(site.OutputExists("old/dir/index.html"));
    }

    [Fact]
    public void Markdown_outside_a_section_folder_is_an_error()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/news/a.md"] = Pages.Notice() });
        Assert.Contains("content/notices/", TestSite.Single(site.Build(), DiagnosticCodes.UnknownSection).Message);
    }
}
