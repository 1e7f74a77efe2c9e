using System.Text.Json;
using QualitySite.Cli.Serve;
using QualitySite.Generator.Parsing;
using QualitySite.Generator.Scaffolding;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Cli;

/// <summary>qsite check (anchors, duplicates, external links, JSON, GitHub annotations, audit) and qsite new.</summary>
public sealed class CheckAndNewTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Broken_anchor_fails_check_with_its_line_but_only_warns_in_build()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/guides/g.md"] = Pages.Notice(title: "指南", body: "## 一、看标签\n\n正文"),
            ["content/notices/a.md"] = "---\ntitle: 通知\ndate: 2026-09-01\n---\n\n见[指南](../guides/g.md#一看)和[本页](#不存在)。\n",
        });
        var (code, output, error) = Run("check", "--source", site.Root);
        Assert.Equal(1, code);
        Assert.Matches(@"检查未通过：\d+ 个错误，0 个警告", output);
        Assert.Contains("content/notices/a.md:6:2: error: content/guides/g.md 里没有小标题 #一看；是不是要链接到 #一看标签？", error);
        Assert.Contains("content/notices/a.md:6:", error);
        Assert.Contains("小标题 #不存在；", error);
        Assert.Equal(0, Run("build", "--source", site.Root, "--quiet").Code);
    }

    [Fact]
    public void Duplicate_titles_in_a_section_are_reported()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = Pages.Notice(title: "同名通知"),
            ["content/notices/b.md"] = Pages.Notice(title: "同名通知"),
        });
        var (_, _, error) = Run("check", "--source", site.Root);
        Assert.Contains("content/notices/a.md:2:8: warning: notices 栏目里有 2 个页面用了同一个标题“同名通知”", error);
    }

    [Fact]
    public void Json_format_and_github_annotations()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = "---\ntitle: 通知\ndate: 2026-13-01\n---\n" });
        var (code, output, _) = Run("check", "--source", site.Root, "--format", "json");
        Assert.Equal(1, code);
        var report = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, report.GetProperty("errors").GetInt32());
        var first = report.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("severity").GetString() == "error");
        Assert.Equal(("content/notices/a.md", 3, "error"), (first.GetProperty("path").GetString(), first.GetProperty("line").GetInt32(), first.GetProperty("severity").GetString()));

        Environment.SetEnvironmentVariable("GITHUB_ACTIONS", "true");
        try
        {
            var (_, _, error) = Run("check", "--source", site.Root);
            Assert.Contains("::error file=content/notices/a.md,line=3,col=7,title=QS2005::", error);
        }
        finally
        {
            Environment.SetEnvironmentVariable("GITHUB_ACTIONS", null);
        }
    }

    [Fact]
    public async Task External_links_are_listed_and_with_external_fetched()
    {
        await using var server = await LinkServer();
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = Pages.Notice(body: $"[好]({server.Url}/ok) 和 [坏]({server.Url}/missing)", extra: "summary: 摘要\ntopic: 质量监管\n"),
        });
        var (listed, _, listing) = Run("check", "--source", site.Root);
        Assert.Equal(0, listed);
        Assert.Contains($"note: 外部链接 {server.Url}/missing（没有访问", listing);

        var (code, _, error) = Run("check", "--source", site.Root, "--external");
        Assert.Equal(1, code);
        Assert.Contains($"error: 外部链接 {server.Url}/missing 返回 404 NotFound", error);
        Assert.DoesNotContain($"{server.Url}/ok answers", error);
    }

    [Fact]
    public void Audit_reports_stale_and_empty_sections_and_can_fail_ci()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(date: "2026-01-05", extra: "summary: 摘要\ntopic: 质量监管\n") });
        var (code, _, error) = Run("check", "--source", site.Root, "--audit", "--date", "2026-11-01");
        Assert.Equal(0, code);
        Assert.Contains("audit: /: 首页最新的内容是 2026-01-05 的", error);
        Assert.Contains("audit: guides/ (消费提示): 这个栏目是空的", error);
        Assert.Contains("audit: notices/ (通知公告): 这个栏目最新的页面是 2026-01-05 的，已经 300 天没有更新；这个栏目应当 183 天内有更新", error);
        Assert.Equal(1, Run("check", "--source", site.Root, "--audit", "--fail-on-audit", "--date", "2026-11-01").Code);

        // 100 days is stale for the home page (14) but fine for a notice section (183).
        var (_, _, later) = Run("check", "--source", site.Root, "--audit", "--date", "2026-04-15");
        Assert.Contains("audit: /:", later);
        Assert.DoesNotContain("audit: notices/", later);
    }

    [Fact]
    public void New_notice_is_valid_numbered_and_never_overwrites()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(extra: "indexNo: 11339900MB0123456X/2026-00007\nsummary: 摘要\ntopic: 计量\n") });
        site.Write("site.yml", TestSite.DefaultConfig + "\norgCode: 11339900MB0123456X\n");
        var (code, output, _) = Run("new", "notice", "关于开展计量惠民活动的通知", "--source", site.Root, "--date", "2026-10-08");
        Assert.Equal(0, code);
        var path = $"content/notices/2026-10-08-{Scaffolder.ShortId("关于开展计量惠民活动的通知")}.md";
        Assert.Contains(path, output);
        var text = File.ReadAllText(Path.Combine(site.Root, path));
        Assert.Contains("title: \"关于开展计量惠民活动的通知\"", text);
        Assert.Contains("indexNo: 11339900MB0123456X/2026-00008", text);
        Assert.Contains("date: 2026-10-08", text);
        var (unfinished, _, report) = Run("check", "--source", site.Root);
        Assert.Equal(1, unfinished);
        Assert.Contains($"{path}:32:1: error: 这里还是 qsite new 留下的待填写文字", report);
        Assert.Contains($"{path}:7:", report);
        Assert.Contains("摘要", report);
        File.WriteAllText(Path.Combine(site.Root, path), text.Replace("summary: \n", "summary: 开展计量惠民活动。\n").Replace("topic: \n", "topic: 计量\n").Replace("【待填写】在这里写通知正文。", ""));
        var (finished, _, rest) = Run("check", "--source", site.Root);
        Assert.True(finished == 0, rest);

        File.WriteAllText(Path.Combine(site.Root, path), "mine");
        var (again, _, error) = Run("new", "notice", "关于开展计量惠民活动的通知", "--source", site.Root, "--date", "2026-10-08");
        Assert.Equal(1, again);
        Assert.Contains("文件已经存在", error);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site.Root, path)));
    }

    [Theory]
    [InlineData("guide")]
    [InlineData("result")]
    [InlineData("page")]
    public void Every_archetype_is_refused_until_its_placeholder_is_replaced(string type)
    {
        using var site = new TestSite();
        Assert.Equal(0, Run("new", type, "新的页面", "--source", site.Root, "--slug", "fresh").Code);
        var (code, _, error) = Run("build", "--source", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("error: 这里还是 qsite new 留下的待填写文字", error);
        Assert.False(File.Exists(Path.Combine(site.Root, "_site", "index.html")));

        var file = Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "fresh.md", SearchOption.AllDirectories).Single();
        File.WriteAllText(file, string.Join("\n", File.ReadAllLines(file).Where(l => !l.Contains(ScaffoldMarker.Marker, StringComparison.Ordinal))) + "\n正文。\n");
        var (checkCode, _, report) = Run("check", "--source", site.Root);
        Assert.True(checkCode == 0, report);
    }

    [Fact]
    public void A_draft_may_keep_its_placeholder()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(extra: "draft: true\n", body: "【待填写】正文") });
        Assert.Equal(0, Run("build", "--source", site.Root, "--quiet").Code);
    }

    [Fact]
    public void New_rejects_an_unknown_type_and_a_bad_slug()
    {
        using var site = new TestSite();
        Assert.Equal(2, Run("new", "memo", "标题", "--source", site.Root).Code);
        Assert.Equal(2, Run("new", "notice", "标题", "--source", site.Root, "--slug", "../x").Code);
    }

    [Fact]
    public void Dates_given_on_the_command_line_are_read_in_the_sites_time_zone()
    {
        using var site = new TestSite();
        site.Write("site.yml", TestSite.DefaultConfig + "\ntimeZone: America/New_York\n");
        Assert.Equal(0, Run("new", "guide", "新的消费提示", "--source", site.Root, "--date", "2026-10-08").Code);
        Assert.True(File.Exists(Path.Combine(site.Root, $"content/guides/2026-10-08-{Scaffolder.ShortId("新的消费提示")}.md")));
    }

    private static Task<LoopbackHost> LinkServer() =>
        LoopbackHost.StartAsync(0, context =>
        {
            context.Response.StatusCode = context.Request.Path == "/ok" ? 200 : 404;
            return Task.CompletedTask;
        });
}
