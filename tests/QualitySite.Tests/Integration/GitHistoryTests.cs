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

    [Fact]
    public void Pages_show_last_update_and_history_from_commits_newest_first()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(date: "2026-09-01") });
        Git(site.Root, "2026-09-01T10:00:00+08:00", "init", "-q");
        Git(site.Root, "2026-09-01T10:00:00+08:00", "add", "-A");
        Git(site.Root, "2026-09-01T10:00:00+08:00", "commit", "-q", "-m", "发布质量月通知");
        site.Write("content/notices/a.md", Pages.Notice(date: "2026-09-01", body: "正文，更正了联系电话。"));
        Git(site.Root, "2026-09-03T15:30:00+08:00", "commit", "-q", "-am", "更正联系电话");

        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.NoHistory);
        var page = new HtmlParser().ParseDocument(site.ReadOutput("notices/a/index.html"));
        Assert.Contains("2026年9月3日", page.QuerySelector(".page-meta")!.TextContent);
        var entries = page.QuerySelectorAll(".changes li").Select(li => li.TextContent).ToList();
        Assert.Equal(["2026年9月3日　更正联系电话", "2026年9月1日　发布质量月通知"], entries);
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
            Assert.Contains("shallow", Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.NoHistory).Message);
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
