using AngleSharp.Html.Parser;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Integration;

/// <summary>
/// Builds the repository's real sample site into a temporary folder and checks invariants that hold
/// whatever the sample content says: a page per content file, working links, required metadata,
/// and byte-identical rebuilds.
/// </summary>
public sealed class SampleSiteTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "qsite-sample-" + Guid.NewGuid().ToString("N"));

    public SampleSiteTests()
    {
        Directory.CreateDirectory(_root);
        File.Copy(Path.Combine(RepoPaths.Root, "site.yml"), Path.Combine(_root, "site.yml"));
        TestSite.CopyFolder(Path.Combine(RepoPaths.Root, "content"), Path.Combine(_root, "content"));
        TestSite.CopyFolder(RepoPaths.Templates, Path.Combine(_root, "templates"));
    }

    private string Output => Path.Combine(_root, "_site");

    private Generator.Pipeline.BuildResult Build() =>
        new Generator.Pipeline.SiteBuilder(new Generator.Pipeline.BuildOptions(_root) { Clock = new TestSite.FixedClock(TestSite.BuildDate) }).Build();

    [Fact]
    public void Builds_without_errors_or_warnings_and_writes_a_page_per_content_file()
    {
        var result = Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != Generator.Diagnostics.Severity.Note);

        var markdown = Directory.EnumerateFiles(Path.Combine(_root, "content"), "*.md", SearchOption.AllDirectories).ToList();
        Assert.True(markdown.Count >= 15, $"the sample site should have at least 15 pages, has {markdown.Count}");
        foreach (var file in markdown)
        {
            var rel = Path.GetRelativePath(Path.Combine(_root, "content"), file).Replace('\\', '/');
            var section = rel.Split('/')[0];
            var stem = Path.GetFileNameWithoutExtension(file);
            var expected = section == "pages" ? $"{stem}/index.html" : $"{section}/{stem}/index.html";
            Assert.True(File.Exists(Path.Combine(Output, expected)), $"{rel} should produce {expected}");
        }

        foreach (var page in new[] { "index.html", "notices/index.html", "guides/index.html", "results/index.html", "404.html", "assets/site.css" })
        {
            Assert.True(File.Exists(Path.Combine(Output, page)), page);
        }
    }

    [Fact]
    public void Every_internal_link_and_image_resolves_to_a_written_file()
    {
        Assert.True(Build().Succeeded);
        var parser = new HtmlParser();
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var file in Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories))
        {
            var doc = parser.ParseDocument(File.ReadAllText(file));
            var urls = doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Concat(doc.QuerySelectorAll("img[src]").Select(i => i.GetAttribute("src")!))
                .Concat(doc.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!));
            foreach (var url in urls.Where(u => u.StartsWith('/')))
            {
                checkedLinks++;
                var path = Uri.UnescapeDataString(url.Split('#', '?')[0]).TrimStart('/');
                var target = path.Length == 0 || path.EndsWith('/') ? Path.Combine(Output, path, "index.html") : Path.Combine(Output, path);
                if (!File.Exists(target))
                {
                    broken.Add($"{Path.GetRelativePath(Output, file)} → {url}");
                }
            }
        }

        Assert.True(checkedLinks > 100, $"only {checkedLinks} links were checked");
        Assert.Empty(broken);
    }

    [Fact]
    public void Every_page_has_lang_title_and_the_required_government_meta_tags()
    {
        Assert.True(Build().Succeeded);
        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(Output, "index.html", SearchOption.AllDirectories))
        {
            var doc = parser.ParseDocument(File.ReadAllText(file));
            var name = Path.GetRelativePath(Output, file);
            Assert.Matches("^zh-Han[st]", doc.DocumentElement.GetAttribute("lang"));
            Assert.False(string.IsNullOrWhiteSpace(doc.Title), name);
            Assert.NotNull(doc.QuerySelector("header nav"));
            Assert.NotNull(doc.QuerySelector("main"));
            Assert.NotNull(doc.QuerySelector("footer"));
            foreach (var meta in new[] { "SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ColumnType" })
            {
                Assert.False(string.IsNullOrEmpty(doc.QuerySelector($"meta[name={meta}]")?.GetAttribute("content")), $"{name} lacks {meta}");
            }

            if (doc.QuerySelector("article h1") is { } h1)
            {
                Assert.Equal(h1.TextContent, doc.QuerySelector("meta[name=ArticleTitle]")?.GetAttribute("content"));
                Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", doc.QuerySelector("meta[name=PubDate]")?.GetAttribute("content") ?? "");
                Assert.NotNull(doc.QuerySelector("meta[name=ContentSource]"));
            }
        }
    }

    [Fact]
    public void Notices_show_the_disclosure_box_and_expired_ones_a_banner()
    {
        Assert.True(Build().Succeeded);
        var parser = new HtmlParser();
        var current = parser.ParseDocument(File.ReadAllText(Path.Combine(Output, "notices/2026-quality-month-launch/index.html")));
        var box = current.QuerySelector("table.disclosure")!.TextContent;
        Assert.Contains("索引号", box);
        Assert.Contains("清市监质发〔2026〕18号", box);
        Assert.Null(current.QuerySelector(".banner-expired"));

        var expired = parser.ParseDocument(File.ReadAllText(Path.Combine(Output, "notices/2025-quality-month-launch/index.html")));
        Assert.Contains("已失效", expired.QuerySelector(".banner-expired")!.TextContent);
    }

    /// <summary>
    /// Every page of both editions names its twin: the 繁體 / 简体 switch and both hreflang links lead
    /// to pages that were written, and each Simplified title comes back unchanged from its
    /// Traditional twin (Traditional → Simplified), so nothing was lost in conversion.
    /// </summary>
    [Fact]
    public void Every_page_links_its_twin_in_the_other_edition_and_titles_round_trip()
    {
        Assert.True(Build().Succeeded);
        var parser = new HtmlParser();
        const string site = "https://scjgj.qingxi.example.gov.cn/";
        string FileOf(string url) => Path.Combine(Output, Uri.UnescapeDataString(url).TrimStart('/'), url.EndsWith('/') ? "index.html" : "");
        var pages = Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 100);
        var roundTrips = 0;
        var redirects = 0;
        foreach (var file in pages)
        {
            var doc = parser.ParseDocument(File.ReadAllText(file));
            if (doc.QuerySelector("meta[http-equiv=refresh]") is { } refresh)
            {
                // An old address sends each edition's reader on to a page of the same edition.
                var target = refresh.GetAttribute("content")![(refresh.GetAttribute("content")!.IndexOf("url=", StringComparison.Ordinal) + 4)..];
                Assert.True(File.Exists(FileOf(target)), $"{file}: the redirect leads to {target}");
                var inEdition = Path.GetRelativePath(Output, file).StartsWith("zh-hant", StringComparison.Ordinal);
                Assert.Equal(inEdition, target.StartsWith("/zh-hant/", StringComparison.Ordinal));
                redirects++;
                continue;
            }

            var name = Path.GetRelativePath(Output, file);
            var twin = doc.QuerySelector("a.edition-switch")?.GetAttribute("href");
            Assert.True(twin is not null && File.Exists(FileOf(twin)), $"{name}: the switch leads to {twin}");
            foreach (var lang in new[] { "zh-Hans", "zh-Hant" })
            {
                var href = doc.QuerySelector($"link[rel=alternate][hreflang={lang}]")?.GetAttribute("href");
                Assert.True(href is not null && href.StartsWith(site, StringComparison.Ordinal) && File.Exists(FileOf(href[(site.Length - 1)..])), $"{name}: hreflang {lang} is {href}");
            }

            if (!name.StartsWith("zh-hant", StringComparison.Ordinal) && doc.DocumentElement.GetAttribute("lang") == "zh-Hans" && doc.QuerySelector("article h1") is { } h1)
            {
                var traditional = parser.ParseDocument(File.ReadAllText(FileOf(twin!))).QuerySelector("article h1")!.TextContent;
                Assert.NotEqual(h1.TextContent, traditional);
                Assert.Equal(h1.TextContent, Generator.Conversion.ScriptConverter.ToSimplified(traditional));
                roundTrips++;
            }
        }

        Assert.True(roundTrips > 10, $"only {roundTrips} titles were compared");
        Assert.True(redirects >= 2, $"only {redirects} redirect pages were checked");
    }

    /// <summary>
    /// The sample's meeting report names its people with their titles and mentions one again alone:
    /// the Traditional page keeps every surname (OpenCC writes 於曉涵, 餘志剛 and 範文濤), and so does
    /// the edition's search fragment of the page.
    /// </summary>
    [Fact]
    public void The_traditional_edition_keeps_the_surnames_of_a_meeting_report()
    {
        Assert.True(Build().Succeeded);
        var page = File.ReadAllText(Path.Combine(Output, "zh-hant", "notices", "2026-winter-product-safety-meeting", "index.html"));
        foreach (var expected in new[] { "通訊員于曉涵", "局長余志剛出席會議", "副局長范文濤主持會議", "余志剛要求", "電熱毯不要摺疊使用" })
        {
            Assert.Contains(expected, page, StringComparison.Ordinal);
        }

        var fragments = Directory.EnumerateFiles(Path.Combine(Output, "zh-hant", "search"), "*.json", SearchOption.AllDirectories)
            .Select(File.ReadAllText).Where(f => f.Contains("冬季產品質量安全工作會議", StringComparison.Ordinal)).ToList();
        Assert.Single(fragments);
        Assert.Contains("余志剛要求", fragments[0], StringComparison.Ordinal);
        Assert.DoesNotContain("餘志剛", fragments[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_build_is_byte_identical()
    {
        Assert.True(Build().Succeeded);
        var first = Snapshot();
        Assert.True(Build().Succeeded);
        var second = Snapshot();
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (path, hash) in first)
        {
            Assert.True(hash == second[path], $"{path} differs between builds");
        }
    }

    private SortedDictionary<string, string> Snapshot() =>
        new(Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Output, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
