using System.Diagnostics;
using QualitySite.Cli.Serve;
using QualitySite.Generator.Pipeline;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Cli;

/// <summary>
/// The preview server against Kestrel on 127.0.0.1: edits show up, broken front matter shows the
/// overlay with path:line while the last good site stays, fixing it brings the page back, drafts are
/// shown and marked, and open pages are told to reload. Build output never carries the reload script.
/// </summary>
public sealed class ServeTests
{
    private static async Task<string> WaitFor(HttpClient http, string url, Func<string, bool> condition)
    {
        var watch = Stopwatch.StartNew();
        var last = "";
        while (watch.Elapsed < TimeSpan.FromSeconds(20))
        {
            last = await http.GetStringAsync(url);
            if (condition(last))
            {
                return last;
            }

            await Task.Delay(50);
        }

        throw new Xunit.Sdk.XunitException($"{url} never matched; last response:\n{last}");
    }

    [Fact]
    public async Task Edits_reload_errors_show_an_overlay_and_fixing_brings_the_page_back()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = Pages.Notice(title: "第一版"),
            ["content/notices/draft.md"] = Pages.Notice(title: "草稿页", extra: "draft: true\n"),
        });
        await using var server = await DevServer.StartAsync(new BuildOptions(site.Root) { IncludeDrafts = true, Clock = new TestSite.FixedClock(TestSite.BuildDate) }, 0, TextWriter.Null);
        using var http = new HttpClient();

        var page = await http.GetStringAsync(server.Url + "/notices/a/");
        Assert.Contains("第一版", page);
        Assert.Contains(LiveReload.EventsPath, page);
        Assert.Contains("banner-draft", await http.GetStringAsync(server.Url + "/notices/draft/"));

        site.Write("content/notices/a.md", Pages.Notice(title: "第二版"));
        await WaitFor(http, server.Url + "/notices/a/", html => html.Contains("第二版"));

        site.Write("content/notices/a.md", "---\ntitle: 第三版\ndate: 2026-02-30\n---\n");
        // Saving truncates the file before writing it: a rebuild may first see it half written, and
        // the next change event rebuilds it whole, so wait for the error of the finished file.
        var overlay = await WaitFor(http, server.Url + "/notices/a/", html => html.Contains("网站生成失败") && html.Contains("a.md:3:7", StringComparison.Ordinal));
        Assert.Contains("<code>content/notices/a.md:3:7</code> 错误：", overlay);
        Assert.Contains("第二版", overlay);
        Assert.Contains("下面仍是上一次成功生成的页面", overlay);
        Assert.Contains("暂时关闭提示", overlay);
        Assert.True(overlay.IndexOf("qsite-overlay", StringComparison.Ordinal) > overlay.IndexOf("<body", StringComparison.Ordinal));
        Assert.True(overlay.IndexOf("qsite-overlay", StringComparison.Ordinal) < overlay.LastIndexOf("第二版", StringComparison.Ordinal));
        Assert.Contains("第二版", System.Text.Encoding.UTF8.GetString(server.Current.Read(server.Current.Find("/notices/a/")!)));

        site.Write("content/notices/a.md", Pages.Notice(title: "第四版"));
        await WaitFor(http, server.Url + "/notices/a/", html => html.Contains("第四版") && !html.Contains("网站生成失败"));
    }

    /// <summary>An edited page is served from the quick preview before the rebuild; after any run of edits the served site equals a clean build.</summary>
    [Fact]
    public async Task An_edit_is_served_at_once_and_after_edits_the_site_equals_a_clean_build()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = Pages.Notice(title: "甲通知", date: "2026-03-01", extra: "tags: [质量月]\n"),
            ["content/notices/b.md"] = Pages.Notice(title: "乙通知", date: "2026-04-01"),
            ["content/guides/c.md"] = Pages.Notice(title: "丙指南"),
        });
        var options = new BuildOptions(site.Root) { Clock = new TestSite.FixedClock(TestSite.BuildDate) };
        await using var server = await DevServer.StartAsync(options, 0, TextWriter.Null, watch: false);
        string Served(string url) => System.Text.Encoding.UTF8.GetString(server.Current.Read(server.Current.Find(url)!));

        // Body and title edits, a new page and a removed one, a layout and the settings (with a
        // Traditional edition from then on), each followed by what the watcher would report.
        var layout = File.ReadAllText(Path.Combine(site.Root, "templates/layouts/notice.hbs"));
        var edits = new (string Path, string? Text)[]
        {
            ("content/notices/a.md", Pages.Notice(title: "甲通知", date: "2026-03-01", extra: "tags: [质量月]\n", body: "新的正文第一句。")),
            ("content/notices/b.md", Pages.Notice(title: "乙通知（修订）", date: "2026-04-01", body: "乙的正文。")),
            ("content/notices/d.md", Pages.Notice(title: "丁通知", date: "2026-05-01")),
            ("content/guides/c.md", null),
            ("templates/layouts/notice.hbs", layout.Replace("</article>", "<p>模板修改标记</p></article>", StringComparison.Ordinal)),
            ("site.yml", TestSite.DefaultConfig + "\ntraditional:\n  enabled: true\n"),
            ("content/notices/b.md", Pages.Notice(title: "乙通知（再次修订）", date: "2026-04-01", body: "头发干了再出门。")),
        };
        foreach (var (path, text) in edits)
        {
            var full = Path.Combine(site.Root, path);
            if (text is null)
            {
                File.Delete(full);
            }
            else
            {
                site.Write(path, text);
            }

            var before = server.Current.Version;
            server.Changed([full]);
            if (path == "content/notices/a.md")
            {
                // Shown before the full rebuild has run: the preview answered.
                Assert.True(server.Current.Version > before);
                Assert.Contains("新的正文第一句", Served("/notices/a/"));
            }
        }

        await server.RebuildAsync();
        var clean = new SiteBuilder(options with { WriteOutput = false }).Build();
        Assert.True(clean.Succeeded, TestSite.Errors(clean));
        var served = server.Current.Files.ToDictionary(f => f.Path, f => Convert.ToBase64String(server.Current.Read(f)), StringComparer.Ordinal);
        Assert.Equal(clean.Outputs.Select(f => f.Path).Order(StringComparer.Ordinal), served.Keys.Order(StringComparer.Ordinal));
        foreach (var file in clean.Outputs.Where(f => f.Content is not null))
        {
            Assert.True(served[file.Path] == Convert.ToBase64String(file.Content!), $"{file.Path} differs from a clean build");
        }

        Assert.Contains("乙通知（再次修订）", Served("/notices/a/"));
        Assert.Contains("模板修改标记", Served("/notices/d/"));
        Assert.Contains("頭髮乾了再出門", Served("/zh-hant/notices/b/"));
    }

    /// <summary>The preview's log says how much of the site a rebuild rendered again.</summary>
    [Fact]
    public async Task The_log_says_how_many_pages_a_rebuild_rendered_again()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = Pages.Notice(title: "甲通知", date: "2026-03-01"),
            ["content/notices/b.md"] = Pages.Notice(title: "乙通知", date: "2026-04-01"),
        });
        var log = new StringWriter();
        await using var server = await DevServer.StartAsync(new BuildOptions(site.Root) { Clock = new TestSite.FixedClock(TestSite.BuildDate) }, 0, TextWriter.Synchronized(log), watch: false);
        site.Write("content/notices/a.md", Pages.Notice(title: "甲通知", date: "2026-03-01", body: "只改了正文。"));
        server.Changed([Path.Combine(site.Root, "content/notices/a.md")]);
        await server.RebuildAsync();
        await server.RebuildAsync();

        // The edit: the page and the lists and search page that show its summary; then, with nothing changed, none.
        var counts = System.Text.RegularExpressions.Regex.Matches(log.ToString(), @"（重新生成 (\d+) 个，(\d+) 个没有变化）")
            .Select(m => (Again: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Kept: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.True(counts.Count >= 2, log.ToString());
        Assert.InRange(counts[0].Again, 1, counts[0].Kept);
        Assert.Equal(0, counts[^1].Again);
    }

    /// <summary>Ten saves during a rebuild queue one more rebuild, not ten.</summary>
    [Fact]
    public async Task Saves_during_a_rebuild_queue_one_more_rebuild_not_one_each()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(title: "甲通知") });
        await using var server = await DevServer.StartAsync(new BuildOptions(site.Root) { Clock = new TestSite.FixedClock(TestSite.BuildDate) }, 0, TextWriter.Null, watch: false);
        var before = server.Current.Version;
        for (var i = 0; i < 10; i++)
        {
            server.Changed([Path.Combine(site.Root, "site.yml")]);
        }

        await server.RebuildAsync();
        for (var last = -1; last != server.Current.Version;)
        {
            last = server.Current.Version;
            await Task.Delay(500);
        }

        // The first save's rebuild, one queued behind it for the other nine, and the one asked for here.
        Assert.InRange(server.Current.Version - before, 2, 3);
    }

    [Fact]
    public async Task Open_pages_are_told_to_reload_after_a_rebuild()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice() });
        await using var server = await DevServer.StartAsync(new BuildOptions(site.Root), 0, TextWriter.Null, watch: false);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(20) };
        using var response = await http.GetAsync(server.Url + LiveReload.EventsPath, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await reader.ReadLineAsync());
        while (server.Clients == 0)
        {
            await Task.Delay(10);
        }

        await server.RebuildAsync();
        await reader.ReadLineAsync();
        Assert.Equal($"data: {server.Current.Version}", await reader.ReadLineAsync());
    }

    [Fact]
    public async Task Unknown_paths_get_the_404_page_with_status_404()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice() });
        await using var server = await DevServer.StartAsync(new BuildOptions(site.Root), 0, TextWriter.Null, watch: false);
        using var http = new HttpClient();
        var response = await http.GetAsync(server.Url + "/no/such/page/");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面未找到", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/css", (await http.GetAsync(server.Url + "/assets/site.css")).Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public void Build_output_never_contains_the_reload_script()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice() });
        Assert.True(site.Build().Succeeded);
        Assert.All(Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories), f => Assert.DoesNotContain("__qsite", File.ReadAllText(f)));
    }

    [Fact]
    public async Task A_base_url_with_a_path_is_served_under_that_path()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(title: "子路径通知") });
        site.Write("site.yml", TestSite.DefaultConfig.Replace("https://example.gov.cn/", "https://example.gov.cn/scjgj/"));
        await using var server = await DevServer.StartAsync(new BuildOptions(site.Root), 0, TextWriter.Null, watch: false);
        using var http = new HttpClient();
        var page = await http.GetStringAsync(server.Url + "/scjgj/notices/a/");
        Assert.Contains("子路径通知", page);
        Assert.Contains("href=\"/scjgj/assets/site.css", page);
        var css = await http.GetAsync(server.Url + "/scjgj/assets/site.css");
        Assert.Equal(System.Net.HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("子路径通知", await http.GetStringAsync(server.Url + "/"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync(server.Url + "/notices/a/")).StatusCode);
    }

    [Fact]
    public void A_base_url_with_a_path_builds_links_that_pass_the_link_check()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(body: "[首页](/scjgj/) [本站](https://example.gov.cn/scjgj/notices/a/)", extra: "summary: 摘要\ntopic: 质量监管\n") });
        site.Write("site.yml", TestSite.DefaultConfig.Replace("https://example.gov.cn/", "https://example.gov.cn/scjgj/"));
        var result = site.Build(o => o with { WriteOutput = false, Strict = true });
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var broken = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(body: "[旧址](/notices/a/)") });
        broken.Write("site.yml", TestSite.DefaultConfig.Replace("https://example.gov.cn/", "https://example.gov.cn/scjgj/"));
        using (broken)
        {
            Assert.Contains(broken.Build().Diagnostics, d => d.Code == QualitySite.Generator.Diagnostics.DiagnosticCodes.BrokenLink && d.Message.Contains("/scjgj/"));
        }
    }

    [Fact]
    public async Task A_failed_first_build_still_answers_with_its_errors()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = "---\ntitle: 坏\ndate: 2026-02-30\n---\n" });
        var log = new StringWriter();
        await using var server = await DevServer.StartAsync(new BuildOptions(site.Root), 0, log, watch: false);
        using var http = new HttpClient();
        var response = await http.GetAsync(server.Url + "/notices/a/");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("content/notices/a.md:3:7", body);
        Assert.Contains("生成失败", log.ToString());

        // No good build yet: the panel does not promise a page under it, nor offer to close onto nothing.
        Assert.Contains("还没有可以显示的页面", body);
        Assert.DoesNotContain("上一次成功生成", body);
        Assert.DoesNotContain("暂时关闭提示", body);
    }

    [Fact]
    public void Serve_and_check_do_not_offer_an_output_they_would_ignore()
    {
        Assert.Equal(2, CliRunner.Run("serve", "--output", "/tmp/x").Code);
        Assert.Equal(2, CliRunner.Run("check", "--output", "/tmp/x").Code);
        Assert.DoesNotContain("--output", CliRunner.Run("serve", "--help").Out);
    }

    [Theory]
    [InlineData("content/notices/a.md", true)]
    [InlineData("templates/layouts/base.hbs", true)]
    [InlineData("site.yml", true)]
    [InlineData("_site/index.html", false)]
    [InlineData("content/notices/.a.md.swp", false)]
    [InlineData("content/notices/a.md~", false)]
    [InlineData(".git/index", false)]
    public void Watcher_reacts_only_to_site_sources(string path, bool matters) =>
        Assert.Equal(matters, SourceWatcher.Matters("/site", "/site/" + path));
}
