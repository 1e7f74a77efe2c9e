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

/// <summary>
/// The preview renders again only what an edit reaches (the render memo): the page, the lists,
/// neighbours and related links that show what changed, the pages a changed template draws; the
/// rest is handed back from the last build, and the site still equals a clean build.
/// </summary>
public sealed class IncrementalRenderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "qsite-incremental-" + Guid.NewGuid().ToString("N"));
    private readonly BuildCache _cache = new();

    public IncrementalRenderTests()
    {
        Directory.CreateDirectory(_root);
        File.Copy(Path.Combine(RepoPaths.Root, "site.yml"), Path.Combine(_root, "site.yml"));
        TestSite.CopyFolder(Path.Combine(RepoPaths.Root, "content"), Path.Combine(_root, "content"));
        TestSite.CopyFolder(RepoPaths.Templates, Path.Combine(_root, "templates"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private BuildOptions Options => new(_root) { WriteOutput = false, Clock = new TestSite.FixedClock(TestSite.BuildDate) };

    private static Dictionary<string, byte[]> Bytes(BuildResult result) =>
        result.Outputs.Where(f => f.Content is not null).ToDictionary(f => f.Path, f => f.Content!, StringComparer.Ordinal);

    /// <summary>Rebuilds with the cache; checks it against a clean build and returns the pages whose bytes changed.</summary>
    private (HashSet<string> Changed, Dictionary<string, byte[]> Now) Rebuild(Dictionary<string, byte[]> before)
    {
        var cached = new SiteBuilder(Options with { Cache = _cache }).Build();
        var clean = new SiteBuilder(Options).Build();
        Assert.True(cached.Succeeded, TestSite.Errors(cached));
        var now = Bytes(cached);
        var expected = Bytes(clean);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), now.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(now[kv.Key]), $"{kv.Key} differs from a clean build"));
        var changed = now.Where(kv => !before.TryGetValue(kv.Key, out var old) || !old.AsSpan().SequenceEqual(kv.Value)).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
        return (changed, now);
    }

    private Dictionary<string, byte[]> First()
    {
        var first = new SiteBuilder(Options with { Cache = _cache }).Build();
        Assert.True(first.Succeeded, TestSite.Errors(first));
        Assert.True(_cache.Renders.LastRendered.Count > 60, "the first build renders every page");
        return Bytes(first);
    }

    private void Edit(string path, Func<string, string> change)
    {
        var file = Path.Combine(_root, path);
        var text = change(File.ReadAllText(file));
        Thread.Sleep(20); // a new time stamp even on coarse file systems
        File.WriteAllText(file, text);
    }

    private static bool IsPage(string path) => path.EndsWith(".html", StringComparison.Ordinal) && !path.StartsWith("zh-hant/", StringComparison.Ordinal);

    [Fact]
    public void A_body_edit_renders_the_page_and_the_search_page_again_and_converts_only_their_copies()
    {
        var before = First();
        Edit("content/guides/eyeglasses.md", text => text + "\n\n配镜后如有头晕、视物变形，应及时回到验配机构复查。\n");
        var (changed, _) = Rebuild(before);

        Assert.Contains("guides/eyeglasses/index.html", changed);
        Assert.Equal(["guides/eyeglasses/index.html", "search/index.html"], _cache.Renders.LastRendered);
        Assert.True(_cache.Renders.LastReused > 60);
        Assert.All(changed.Where(IsPage), page => Assert.Contains(page, _cache.Renders.LastRendered));

        // Traditional copies: the page's, the search page's and the search files that changed; not the other pages'.
        Assert.Contains("zh-hant/guides/eyeglasses/index.html", changed);
        Assert.True(_cache.Editions.LastConverted < changed.Count + 4, $"{_cache.Editions.LastConverted} files converted for {changed.Count} changed");
    }

    [Fact]
    public void A_title_edit_renders_again_every_page_that_shows_the_title_and_no_other()
    {
        var before = First();
        Edit("content/guides/eyeglasses.md", text => text.Replace("title: ", "title: （修订）", StringComparison.Ordinal));
        var (changed, _) = Rebuild(before);

        var pages = changed.Where(IsPage).ToHashSet(StringComparer.Ordinal);
        Assert.True(pages.Count >= 4, "the page, its section list, the home page and its neighbours show the title: " + string.Join(", ", pages));
        Assert.All(pages, page => Assert.Contains(page, _cache.Renders.LastRendered));
        Assert.True(_cache.Renders.LastRendered.Count <= pages.Count + 1, "rendered again but unchanged: " + string.Join(", ", _cache.Renders.LastRendered.Except(pages)));
    }

    [Fact]
    public void A_layout_edit_renders_again_the_pages_of_that_layout_only()
    {
        var before = First();
        Edit("templates/layouts/guide.hbs", text => text.Replace("</article>", "<p class=\"guide-note\">以上内容仅供参考。</p></article>", StringComparison.Ordinal));
        var (changed, _) = Rebuild(before);

        var guides = changed.Where(IsPage).ToList();
        Assert.Contains("guides/eyeglasses/index.html", guides);
        Assert.All(guides, page => Assert.StartsWith("guides/", page));
        Assert.Equal(guides.Order(StringComparer.Ordinal), _cache.Renders.LastRendered.Where(p => p != "search/index.html"));
    }
}
