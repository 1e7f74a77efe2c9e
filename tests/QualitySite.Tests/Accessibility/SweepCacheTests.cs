using QualitySite.Tests.Support;

namespace QualitySite.Tests.Accessibility;

/// <summary>The sweep's result is reused only while every file it depends on is unchanged, never in CI, and only when it was clean.</summary>
public sealed class SweepCacheTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "qsite-sweepcache-" + Guid.NewGuid().ToString("N"));

    public SweepCacheTests()
    {
        foreach (var file in SweepCache.CodeFiles)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root, "repo", file))!);
            File.WriteAllText(Path.Combine(_root, "repo", file), "// " + file);
        }

        Write("a/site", "index.html", "<p>首页</p>");
        Write("a/site", "notices/x/index.html", "<p>通知</p>");
        Write("a/site", "assets/site.css", "p { color: #222 }");
    }

    private string Repo => Path.Combine(_root, "repo");

    private string Site(string name) => Path.Combine(_root, name, "site");

    [Fact]
    public void The_same_files_in_another_folder_give_the_same_key()
    {
        TestSite.CopyFolder(Site("a"), Site("b"));
        Assert.Equal(Key("a"), Key("b"));
    }

    [Theory]
    [InlineData("one byte of a page")]
    [InlineData("a style sheet")]
    [InlineData("a file renamed")]
    [InlineData("a file added")]
    [InlineData("the sweep's code")]
    public void Any_change_to_what_the_sweep_reads_gives_a_new_key(string change)
    {
        var before = Key("a");
        switch (change)
        {
            case "one byte of a page": Write("a/site", "notices/x/index.html", "<p>通告</p>"); break;
            case "a style sheet": Write("a/site", "assets/site.css", "p { color: #223 }"); break;
            case "a file renamed": File.Move(Path.Combine(Site("a"), "notices/x/index.html"), Path.Combine(Site("a"), "notices/x/index.htm")); break;
            case "a file added": Write("a/site", "notices/y/index.html", ""); break;
            case "the sweep's code": File.AppendAllText(Path.Combine(Repo, SweepCache.CodeFiles[0]), " "); break;
        }

        Assert.NotEqual(before, Key("a"));
    }

    [Fact]
    public void Another_axe_or_browser_gives_a_new_key()
    {
        var key = Key("a");
        Assert.NotEqual(key, SweepCache.Key(Site("a"), Repo, "axe 2", "156.0"));
        Assert.NotEqual(key, SweepCache.Key(Site("a"), Repo, "axe", "157.0"));
    }

    [Fact]
    public void A_clean_result_is_reused_and_a_failing_one_is_not_kept()
    {
        var folder = Path.Combine(_root, "cache");
        var clean = new SweepResult([], [], [], 65, 4000, [], 65);
        SweepCache.Save(folder, "k1", clean);
        var kept = SweepCache.Load(folder, "k1");
        Assert.NotNull(kept);
        Assert.Equal((65, 4000, true), (kept.PagesSwept, kept.TargetsMeasured, kept.Clean));

        SweepCache.Save(folder, "k2", new SweepResult(["/ [360×800] region: main"], [], [], 65, 4000, [], 65));
        Assert.Null(SweepCache.Load(folder, "k2"));
        Assert.Null(SweepCache.Load(folder, "unknown"));
        Assert.Equal(["k1.json"], Directory.EnumerateFiles(folder).Select(Path.GetFileName));
    }

    /// <summary>A damaged or half-written cache file, or a cache folder that cannot be made, means the sweep runs again; it never fails the tests.</summary>
    [Fact]
    public void A_damaged_file_or_an_unwritable_folder_means_sweeping_again()
    {
        var folder = Path.Combine(_root, "cache");
        SweepCache.Save(folder, "k", new SweepResult([], [], [], 65, 4000, [], 65));
        File.WriteAllText(Path.Combine(folder, "k.json"), "{\"AxeFindings\": [");
        Assert.Null(SweepCache.Load(folder, "k"));

        var blocked = Path.Combine(_root, "blocked");
        File.WriteAllText(blocked, "a file where the cache folder would be");
        SweepCache.Save(Path.Combine(blocked, "axe-sweep"), "k", new SweepResult([], [], [], 65, 4000, [], 65));
        Assert.Null(SweepCache.Load(Path.Combine(blocked, "axe-sweep"), "k"));
        Assert.Equal("a file where the cache folder would be", File.ReadAllText(blocked));
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("true", null, false)]
    [InlineData("TRUE", null, false)]
    [InlineData(null, "0", false)]
    [InlineData("false", "1", true)]
    public void CI_always_sweeps(string? ci, string? setting, bool enabled)
    {
        var environment = new Dictionary<string, string?> { ["CI"] = ci, ["QSITE_SWEEP_CACHE"] = setting };
        Assert.Equal(enabled, SweepCache.Enabled(name => environment.GetValueOrDefault(name)));
    }

    private string Key(string name) => SweepCache.Key(Site(name), Repo, "axe", "156.0");

    private void Write(string folder, string file, string text)
    {
        var path = Path.Combine(_root, folder, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
