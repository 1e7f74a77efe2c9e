using QualitySite.Generator.Pipeline;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Integration;

/// <summary>Rebuilds with the preview cache give exactly what a clean build of the same files gives.</summary>
public sealed class RebuildTests
{
    private static Dictionary<string, string> Files(BuildResult result) =>
        result.Outputs.ToDictionary(f => f.Path, f => f.Content is null ? "copy:" + File.ReadAllText(f.CopyFrom!) : Convert.ToBase64String(f.Content), StringComparer.Ordinal);

    private static void AssertSameAsClean(TestSite site, BuildCache cache)
    {
        BuildOptions Options() => new(site.Root) { WriteOutput = false, Clock = new TestSite.FixedClock(TestSite.BuildDate) };
        var cached = new SiteBuilder(Options() with { Cache = cache }).Build();
        var clean = new SiteBuilder(Options()).Build();
        Assert.True(clean.Succeeded, TestSite.Errors(clean));
        var a = Files(cached);
        var b = Files(clean);
        Assert.Equal(b.Keys.Order(StringComparer.Ordinal), a.Keys.Order(StringComparer.Ordinal));
        Assert.All(b, kv => Assert.True(kv.Value == a[kv.Key], $"{kv.Key} differs from a clean build"));
    }

    [Fact]
    public void Edits_additions_deletions_and_template_changes_rebuild_like_a_clean_build()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = Pages.Notice(title: "甲", extra: "tags: [质量月]\n", body: "## 一、目的\n\n羊绒衫抽查。"),
            ["content/notices/b.md"] = Pages.Notice(title: "乙", date: "2026-08-01", body: "见[甲](a.md#一目的)。"),
            ["content/guides/c.md"] = Pages.Notice(title: "丙"),
        });
        var cache = new BuildCache();
        AssertSameAsClean(site, cache);

        Thread.Sleep(20); // a new time stamp even on coarse file systems
        site.Write("content/notices/a.md", Pages.Notice(title: "甲（修订）", extra: "tags: [质量月, 3·15]\n", body: "## 一、目的\n\n电梯检验。"));
        AssertSameAsClean(site, cache);

        site.Write("content/notices/d.md", Pages.Notice(title: "丁", date: "2026-10-01"));
        File.Delete(Path.Combine(site.Root, "content/guides/c.md"));
        AssertSameAsClean(site, cache);

        site.Write("templates/partials/footer.hbs", "<footer class=\"site-footer\"><p>新页脚 {{Site.PublisherName}}</p></footer>");
        AssertSameAsClean(site, cache);
        Assert.Contains("新页脚", new SiteBuilder(new BuildOptions(site.Root) { WriteOutput = false, Cache = cache }).Build().Outputs
            .Where(f => f.Path == "index.html").Select(f => System.Text.Encoding.UTF8.GetString(f.Content!)).Single());
    }

    [Fact]
    public void A_broken_file_is_reported_again_from_the_cache_until_fixed()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = "---\ntitle: 坏\ndate: 2026-02-30\n---\n" });
        var cache = new BuildCache();
        var options = new BuildOptions(site.Root) { WriteOutput = false, Cache = cache };
        Assert.False(new SiteBuilder(options).Build().Succeeded);
        Assert.False(new SiteBuilder(options).Build().Succeeded);
        Thread.Sleep(20);
        site.Write("content/notices/a.md", Pages.Notice());
        Assert.True(new SiteBuilder(options).Build().Succeeded);
    }
}
