using QualitySite.Generator.Diagnostics;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Integration;

/// <summary>A failed build leaves the previous output exactly as it was, and leaves nothing half-written beside it.</summary>
public sealed class AtomicOutputTests
{
    [Fact]
    public void Failing_build_keeps_the_previous_output_untouched()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(title: "第一版") });
        Assert.True(site.Build().Succeeded);
        var before = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        site.Write("content/notices/a.md", Pages.Notice(title: "第二版"));
        site.Write("content/notices/b.md", "---\ntitle: 坏\ndate: 2026-13-01\n---\n");
        var result = site.Build();

        Assert.Equal(1, result.ExitCode);
        var after = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, kv => Assert.Equal(kv.Value, after[kv.Key]));
        Assert.Contains("第一版", site.ReadOutput("notices/a/index.html"));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".*"));
    }

    [Fact]
    public void A_write_failure_is_reported_and_keeps_the_previous_output()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(title: "第一版") });
        Assert.True(site.Build().Succeeded);
        // A file where the staging folder must go makes creating it fail, as a full or read-only disk would.
        var blocker = Path.Combine(site.Root, $"._site.staging-{Environment.ProcessId}");
        File.WriteAllText(blocker, "in the way");
        site.Write("content/notices/a.md", Pages.Notice(title: "第二版"));
        var result = site.Build();
        Assert.Equal(1, result.ExitCode);
        var error = TestSite.Single(result, DiagnosticCodes.OutputWrite);
        Assert.Contains("之前的输出保持不变", error.Message);
        Assert.Contains("第一版", site.ReadOutput("notices/a/index.html"));
        File.Delete(blocker);
    }

    /// <summary>
    /// Pages go to the staging folder while rendering; a clash found later (a file on a page's path,
    /// or a file where the page needs its folder) fails the build, names both, and leaves nothing behind.
    /// </summary>
    [Theory]
    [InlineData("content/notices/a/index.html", "2 个文件会写到同一个地址 /notices/a/index.html", "content/notices/a/index.html")]
    [InlineData("content/notices/a", "/notices/a 会是一个文件，但 /notices/a/index.html 需要同名的文件夹", "content/notices/a.md")]
    public void A_file_clashing_with_a_page_fails_the_build_after_pages_were_staged(string attachment, string problem, string named)
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(title: "第一版") });
        Assert.True(site.Build().Succeeded);
        site.Write("content/notices/a.md", Pages.Notice(title: "第二版"));
        site.Write(attachment, "<p>手工放入的附件</p>");

        var result = site.Build();

        Assert.Equal(1, result.ExitCode);
        var clash = TestSite.Single(result, DiagnosticCodes.OutputCollision);
        Assert.Contains(problem, clash.Message);
        Assert.Contains(named, clash.Message);
        Assert.Contains("第一版", site.ReadOutput("notices/a/index.html"));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".*"));
    }

    /// <summary>A file that cannot be written while pages render fails the build at the swap, with the previous output kept.</summary>
    [Fact]
    public void A_write_that_fails_during_rendering_is_reported_and_nothing_is_swapped()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(title: "第一版") });
        Assert.True(site.Build().Succeeded);
        var bag = new DiagnosticBag();
        var staging = QualitySite.Generator.Output.StagingFolder.Create(site.Output, bag)!;
        staging.WriteText("notices/a/index.html", new System.Text.StringBuilder("<p>第二版</p>"), "content/notices/a.md");
        staging.WriteText(new string('长', 100) + "/index.html", new System.Text.StringBuilder("x"), "content/notices/b.md"); // a 300-byte folder name

        Assert.NotNull(staging.Failure);
        Assert.False(QualitySite.Generator.Output.AtomicOutputWriter.Swap(staging, site.Output, bag));
        var error = Assert.Single(bag.Sorted());
        Assert.Equal(DiagnosticCodes.OutputWrite, error.Code);
        Assert.Contains("之前的输出保持不变", error.Message);
        Assert.Contains("第一版", site.ReadOutput("notices/a/index.html"));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".*"));
    }

    [Fact]
    public void Successful_rebuild_replaces_output_and_drops_removed_pages()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = Pages.Notice(),
            ["content/notices/b.md"] = Pages.Notice(),
        });
        Assert.True(site.Build().Succeeded);
        File.Delete(Path.Combine(site.Root, "content/notices/b.md"));
        Assert.True(site.Build().Succeeded);
        Assert.True(site.OutputExists("notices/a/index.html"));
        Assert.False(site.OutputExists("notices/b/index.html"));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".*"));
    }

    [Fact]
    public void What_a_killed_build_left_beside_the_output_is_removed_at_every_depth()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice() });
        var name = Path.GetFileName(site.Output);
        var leftovers = new[] { $".{name}.old-4242", $".{name}.staging-4243" }.Select(l => Path.Combine(site.Root, l)).ToArray();
        foreach (var leftover in leftovers)
        {
            foreach (var folder in new[] { "", "notices", "notices/a", "notices/a/img", "zh-hant/notices/a/img/x" })
            {
                Directory.CreateDirectory(Path.Combine(leftover, folder));
                File.WriteAllText(Path.Combine(leftover, folder, "index.html"), "旧");
            }
        }

        Assert.True(site.Build().Succeeded);
        Assert.All(leftovers, l => Assert.False(Directory.Exists(l), l));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".*"));
    }

    [Fact]
    public void Refuses_to_replace_a_folder_that_is_not_a_built_site()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice() });
        site.Write("_site/important.txt", "do not delete");
        var result = site.Build();
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(DiagnosticCodes.OutputNotOurs, Assert.Single(result.Diagnostics).Code);
        Assert.True(File.Exists(Path.Combine(site.Output, "important.txt")));
    }

    [Fact]
    public void Refuses_to_write_into_the_site_folder_itself()
    {
        using var site = new TestSite();
        var result = site.Build(o => o with { OutputDir = site.Root });
        Assert.Equal(2, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Root, "site.yml")));
    }

    [Fact]
    public void Drafts_and_future_pages_are_left_out_unless_asked_for()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/draft.md"] = Pages.Notice(extra: "draft: true\n"),
            ["content/notices/future.md"] = Pages.Notice(date: "2027-01-01"),
            ["content/notices/now.md"] = Pages.Notice(),
        });
        Assert.True(site.Build().Succeeded);
        Assert.True(site.OutputExists("notices/now/index.html"));
        Assert.False(site.OutputExists("notices/draft/index.html"));
        Assert.False(site.OutputExists("notices/future/index.html"));
        Assert.DoesNotContain("/notices/draft/", site.ReadOutput("notices/index.html"));

        Assert.True(site.Build(o => o with { IncludeDrafts = true, IncludeFuture = true }).Succeeded);
        Assert.True(site.OutputExists("notices/draft/index.html"));
        Assert.True(site.OutputExists("notices/future/index.html"));
    }
}
