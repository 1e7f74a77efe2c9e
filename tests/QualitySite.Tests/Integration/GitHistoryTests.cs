using System.Diagnostics;
using AngleSharp.Html.Parser;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Discovery;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Integration;

/// <summary>Change history from git: one pass, newest first, shown on the page; none outside git or in a shallow clone.</summary>
public sealed class GitHistoryTests
{
    private static void Git(string dir, string date, params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["GIT_AUTHOR_DATE"] = date;
        info.Environment["GIT_COMMITTER_DATE"] = date;
        info.Environment["GIT_AUTHOR_NAME"] = info.Environment["GIT_COMMITTER_NAME"] = "编辑";
        info.Environment["GIT_AUTHOR_EMAIL"] = info.Environment["GIT_COMMITTER_EMAIL"] = "editor@example.gov.cn";
        using var process = Process.Start(info)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
    }

    private static TestSite Committed(string config = "")
    {
        var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(date: "2026-09-01") });
        site.Write("site.yml", TestSite.DefaultConfig + "\n" + config);
        Git(site.Root, "2026-09-01T10:00:00+08:00", "init", "-q");
        Git(site.Root, "2026-09-01T10:00:00+08:00", "add", "-A");
        Git(site.Root, "2026-09-01T10:00:00+08:00", "commit", "-q", "-m", "Build pipeline: sample site and tests");
        site.Write("content/notices/a.md", Pages.Notice(date: "2026-09-01", body: "正文，更正了联系电话。"));
        Git(site.Root, "2026-09-03T15:30:00+08:00", "commit", "-q", "-am", "fix typo in contact phone");
        return site;
    }

    [Fact]
    public void Commit_subjects_never_reach_a_public_page_and_git_dates_only_the_sitemap()
    {
        using var site = Committed();
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".xml", StringComparison.Ordinal) || true))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("Build pipeline", text);
            Assert.DoesNotContain("fix typo", text);
        }

        var page = new HtmlParser().ParseDocument(site.ReadOutput("notices/a/index.html"));
        Assert.DoesNotContain("2026年9月3日", page.QuerySelector(".page-meta")!.TextContent);
        Assert.Null(page.QuerySelector(".changes"));
        Assert.Contains("<lastmod>2026-09-03</lastmod>", site.ReadOutput("sitemap.xml"));
        Assert.DoesNotContain("2026-09-03", site.ReadOutput("atom.xml"));
    }

    [Fact]
    public void Change_notes_from_front_matter_are_the_public_history_and_date_last_update()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = Pages.Notice(date: "2026-09-01", extra: "changes:\n  - { date: 2026-09-05, note: 补充了报名方式 }\n  - { date: 2026-09-03, note: 更正了联系电话 }\n"),
        });
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var page = new HtmlParser().ParseDocument(site.ReadOutput("notices/a/index.html"));
        Assert.Contains("2026年9月5日", page.QuerySelector(".page-meta")!.TextContent);
        Assert.Equal(["2026年9月5日　补充了报名方式", "2026年9月3日　更正了联系电话"], page.QuerySelectorAll(".changes li").Select(li => li.TextContent));
    }

    [Fact]
    public void History_that_disagrees_with_last_update_is_a_check_error()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = Pages.Notice(date: "2026-09-01", extra: "summary: 摘要\ntopic: 质量监管\nupdated: 2026-09-10\nchanges:\n  - { date: 2026-09-03, note: 更正了联系电话 }\n"),
        });
        var check = site.Build(o => o with { WriteOutput = false, Strict = true });
        var error = Assert.Single(check.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.HistoryMismatch, 6), (error.Code, error.Line));
    }

    [Fact]
    public void An_internal_site_may_opt_into_commit_subjects_newest_first()
    {
        using var site = Committed("history:\n  commits: true\n");
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.NoHistory);
        var page = new HtmlParser().ParseDocument(site.ReadOutput("notices/a/index.html"));
        Assert.Contains("2026年9月3日", page.QuerySelector(".page-meta")!.TextContent);
        var entries = page.QuerySelectorAll(".changes li").Select(li => li.TextContent).ToList();
        Assert.Equal(["2026年9月3日　fix typo in contact phone", "2026年9月1日　Build pipeline: sample site and tests"], entries);
        Assert.Contains("<lastmod>2026-09-03</lastmod>", site.ReadOutput("sitemap.xml"));
    }

    [Fact]
    public void Outside_git_the_build_says_so_once_and_shows_no_history()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = Pages.Notice(title: "甲"),
            ["content/notices/b.md"] = Pages.Notice(title: "乙"),
        });
        var result = site.Build();
        Assert.True(result.Succeeded);
        var note = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.NoHistory);
        Assert.Equal(Severity.Note, note.Severity);
        Assert.DoesNotContain("class=\"changes\"", site.ReadOutput("notices/a/index.html"));
    }

    [Fact]
    public void A_shallow_clone_builds_without_history_and_says_why()
    {
        using var origin = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice() });
        Git(origin.Root, "2026-09-01T10:00:00+08:00", "init", "-q");
        Git(origin.Root, "2026-09-01T10:00:00+08:00", "add", "-A");
        Git(origin.Root, "2026-09-01T10:00:00+08:00", "commit", "-q", "-m", "一");
        origin.Write("content/notices/a.md", Pages.Notice(body: "改"));
        Git(origin.Root, "2026-09-02T10:00:00+08:00", "commit", "-q", "-am", "二");
        var clone = origin.Root + "-shallow";
        Git(Path.GetTempPath(), "2026-09-02T10:00:00+08:00", "clone", "-q", "--depth", "1", "file://" + origin.Root, clone);
        try
        {
            var result = new QualitySite.Generator.Pipeline.SiteBuilder(new QualitySite.Generator.Pipeline.BuildOptions(clone) { WriteOutput = false }).Build();
            Assert.True(result.Succeeded, TestSite.Errors(result));
            Assert.Contains("浅克隆", Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.NoHistory).Message);
        }
        finally
        {
            Directory.Delete(clone, true);
        }
    }

    [Fact]
    public void Parses_one_log_for_all_files()
    {
        const string log = "\u001eaaa\u001f2026-09-03T15:30:00+08:00\u001f更正\n\ncontent/notices/a.md\ncontent/guides/b.md\n\u001ebbb\u001f2026-09-01T10:00:00+08:00\u001f发布\n\ncontent/notices/a.md\n";
        var history = GitHistory.Parse(log);
        Assert.Equal(["更正", "发布"], history["notices/a.md"].Select(c => c.Subject));
        Assert.Equal("aaa", Assert.Single(history["guides/b.md"]).Commit);
    }
}
