using System.Diagnostics;
using System.Text;
using System.Xml.Linq;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Output;
using QualitySite.Generator.Pipeline;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Integration;

/// <summary>
/// Inputs of the kinds a fuzz run found crashing, hanging, losing data or succeeding wrongly (issue 11):
/// each ends in a located error (or a clear warning) with no stack trace, and the previous output untouched.
/// </summary>
public sealed class HostileInputTests
{
    private static TestSite Built()
    {
        var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(title: "第一版") });
        Assert.True(site.Build().Succeeded);
        return site;
    }

    private static void AssertUntouched(TestSite site) => Assert.Contains("第一版", site.ReadOutput("notices/a/index.html"));

    private static void AssertNoExceptionNames(BuildResult result) =>
        Assert.DoesNotMatch(@"[A-Z][a-zA-Z]+Exception|   at ", string.Join("\n", result.Diagnostics));

    [Fact]
    public void A_link_to_a_file_outside_the_site_is_refused_and_not_published()
    {
        using var site = Built();
        Directory.CreateDirectory(Path.Combine(site.Root, "content/guides/images"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "content/guides/images/env.txt"), "/proc/self/environ");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.UnsafeFile, "content/guides/images/env.txt"), (error.Code, error.Path));
        Assert.False(site.OutputExists("guides/images/env.txt"));
        AssertUntouched(site);
    }

    [Fact]
    public void Markdown_and_folder_links_are_refused_but_a_link_inside_the_site_is_read()
    {
        var outside = Path.Combine(Path.GetTempPath(), "qsite-outside-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.md"), Pages.Notice(title: "机密"));
        try
        {
            using var site = Built();
            File.CreateSymbolicLink(Path.Combine(site.Root, "content/notices/secret.md"), Path.Combine(outside, "secret.md"));
            Directory.CreateSymbolicLink(Path.Combine(site.Root, "content/guides"), outside);
            Directory.CreateSymbolicLink(Path.Combine(site.Root, "content/pages"), Path.Combine(site.Root, "content"));
            File.CreateSymbolicLink(Path.Combine(site.Root, "content/notices/copy.md"), Path.Combine(site.Root, "content/notices/a.md"));
            var errors = site.Build().Diagnostics.Where(d => d.IsError).Select(d => d.Path).Order().ToList();
            Assert.Equal(["content/guides", "content/notices/copy.md", "content/notices/secret.md", "content/pages"], errors.Where(p => p != "content/notices/copy.md").Append("content/notices/copy.md").Order().Distinct());
            Assert.DoesNotContain("content/notices/copy.md", site.Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.UnsafeFile).Select(d => d.Path));
            AssertUntouched(site);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Theory]
    [InlineData("content/notices/pipe.md")]
    [InlineData("templates/partials/pipe.hbs")]
    [InlineData("site.yml")]
    public async Task A_fifo_is_refused_instead_of_blocking_the_build(string path)
    {
        using var site = Built();
        var full = Path.Combine(site.Root, path);
        File.Delete(full);
        using (var mkfifo = Process.Start("mkfifo", full))
        {
            await mkfifo.WaitForExitAsync();
        }

        var build = Task.Run(() => site.Build());
        var finished = await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(finished == build, "the build hung on a FIFO");
        var error = Assert.Single((await build).Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.UnsafeFile, path), (error.Code, error.Path));
        AssertUntouched(site);
    }

    [Theory]
    [InlineData(130, 0)]
    [InlineData(0, 10_000)]
    public void Runaway_nesting_in_a_body_is_an_error_at_its_line(int quotes, int listLevels)
    {
        using var site = Built();
        var body = "第一段。\n\n" + (quotes > 0 ? new string('>', quotes) + " 引用" : string.Concat(Enumerable.Repeat("- ", listLevels)) + "项");
        site.Write("content/notices/deep.md", Pages.Notice(title: "深", body: body));
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.TooDeep, "content/notices/deep.md"), (error.Code, error.Path));
        Assert.True(error.Line >= 6, error.ToString());
        AssertNoExceptionNames(result);
        AssertUntouched(site);
    }

    [Fact]
    public void A_paragraph_of_thousands_of_emphasis_marks_is_an_error_that_says_to_split_it()
    {
        using var site = Built();
        var body = "第一段。\n\n" + string.Join("的", Enumerable.Repeat("衣服*干*了，**头发**", 8_000));
        site.Write("content/notices/long.md", Pages.Notice(title: "长", body: body));
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.TooDeep, "content/notices/long.md"), (error.Code, error.Path));
        Assert.Contains("把过长的一段分成几段", error.Message);
        AssertNoExceptionNames(result);
        AssertUntouched(site);
    }

    [Theory]
    [InlineData("content/notices/deep.md")]
    [InlineData("site.yml")]
    public void Deep_yaml_flow_nesting_is_an_error_not_a_stack_overflow(string path)
    {
        using var site = Built();
        var deep = new string('[', 100_000) + new string(']', 100_000);
        site.Write(path, path == "site.yml" ? TestSite.DefaultConfig + "\nextra: " + deep + "\n" : $"---\ntitle: 深\ndate: 2026-09-01\ntags: {deep}\n---\n");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(path, error.Path);
        Assert.Contains("嵌套超过", error.Message);
        AssertUntouched(site);
    }

    [Fact]
    public void Control_characters_from_word_are_removed_with_a_warning_and_feeds_stay_valid_xml()
    {
        using var site = Built();
        site.Write("content/notices/vt.md", Pages.Notice(title: "标题\u0001带控制字符", body: "第一行\u000B第二行"));
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.ControlCharacter).ToList();
        Assert.Equal((2, 10), (Assert.Single(warnings).Line, warnings[0].Column));
        XDocument.Parse(site.ReadOutput("atom.xml"));
        XDocument.Parse(site.ReadOutput("rss.xml"));
        Assert.Contains("标题带控制字符", site.ReadOutput("notices/vt/index.html"));
    }

    [Theory]
    [InlineData("title: ~\ndate: 2026-09-01\n", 2, DiagnosticCodes.MissingField)]
    [InlineData("title: 通知\ndate: 0001-01-01 00:00\n", 3, DiagnosticCodes.BadDate)]
    [InlineData("title: 通知\ndate: 2026-09-01\ntags:\n\t- 质量月\n", 5, DiagnosticCodes.YamlSyntax)]
    public void Bad_front_matter_is_an_error_at_its_own_line_without_exception_names(string matter, int line, string code)
    {
        using var site = Built();
        site.Write("content/notices/b.md", $"---\n{matter}---\n正文\n");
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((code, "content/notices/b.md", line), (error.Code, error.Path, error.Line));
        AssertNoExceptionNames(result);
        AssertUntouched(site);
    }

    [Fact]
    public void A_gbk_site_yml_is_an_error_naming_the_encoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var site = Built();
        site.WriteBytes("site.yml", Encoding.GetEncoding("GB18030").GetBytes(TestSite.DefaultConfig));
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.NotUtf8, "site.yml"), (error.Code, error.Path));
        Assert.Contains("GBK", error.Message);
    }

    [Fact]
    public void A_broken_site_yml_does_not_hide_content_errors_and_a_bad_time_zone_adds_no_bogus_warnings()
    {
        using var site = Built();
        site.Write("site.yml", TestSite.DefaultConfig + "\ntimeZone: Mars/Olympus\ncampaigns:\n  - { name: 质量月, start: 2026-09-01, end: 2026-09-30 }\n");
        site.Write("content/notices/b.md", "---\ntitle: 通知\ndate: 2026-13-01\n---\n");
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Path == "site.yml" && d.IsError);
        Assert.Contains(result.Diagnostics, d => d.Path == "content/notices/b.md" && d.Code == DiagnosticCodes.BadDate);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.ConfigUnknownKey);
    }

    [Fact]
    public void An_over_long_tag_is_an_error_at_its_field_not_a_disk_problem()
    {
        using var site = Built();
        site.Write("content/notices/b.md", Pages.Notice(extra: $"tags: [{new string('长', 80)}]\n"));
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.PathEscape, 4), (error.Code, error.Line));
    }

    [Fact]
    public void An_output_folder_qsite_did_not_write_is_never_replaced()
    {
        using var site = Built();
        var mine = Path.Combine(site.Root, "thesis");
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "index.html"), "<p>我的主页</p>");
        File.WriteAllText(Path.Combine(mine, "thesis.docx"), "论文");
        var (code, _, error) = CliRunner.Run("build", "--source", site.Root, "--output", mine);
        Assert.Equal(2, code);
        Assert.Contains("不是 qsite 生成的", error);
        Assert.True(File.Exists(Path.Combine(mine, "thesis.docx")));

        var empty = Path.Combine(site.Root, "fresh");
        Directory.CreateDirectory(empty);
        Assert.Equal(0, CliRunner.Run("build", "--source", site.Root, "--output", empty, "--quiet").Code);
        Assert.True(File.Exists(Path.Combine(empty, OutputFolder.MarkerName)));
        Assert.Equal(0, CliRunner.Run("build", "--source", site.Root, "--output", empty, "--quiet").Code);

        var file = Path.Combine(site.Root, "afile");
        File.WriteAllText(file, "x");
        Assert.Equal(2, CliRunner.Run("build", "--source", site.Root, "--output", file).Code);
    }

    [Fact]
    public void Leftovers_of_killed_builds_are_removed_by_the_next_build()
    {
        using var site = Built();
        Directory.CreateDirectory(Path.Combine(site.Root, "._site.staging-99999/notices"));
        Directory.CreateDirectory(Path.Combine(site.Root, "._site.old-99998"));
        Directory.CreateDirectory(Path.Combine(site.Root, "._site.staging-99997.old"));
        Assert.True(site.Build().Succeeded);
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site.*"));
        AssertUntouched(site);
    }

    [Fact]
    public void The_swap_trades_the_two_folders_in_one_step()
    {
        var root = Path.Combine(Path.GetTempPath(), "qsite-swap-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "site"));
        Directory.CreateDirectory(Path.Combine(root, "staging"));
        File.WriteAllText(Path.Combine(root, "site/v.txt"), "old");
        File.WriteAllText(Path.Combine(root, "staging/v.txt"), "new");
        try
        {
            OutputFolder.Exchange(Path.Combine(root, "staging"), Path.Combine(root, "site"));
            Assert.Equal("new", File.ReadAllText(Path.Combine(root, "site/v.txt")));
            Assert.Equal("old", File.ReadAllText(Path.Combine(root, "staging/v.txt")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_second_build_into_the_same_output_waits_for_the_first()
    {
        using var site = Built();
        var held = OutputFolder.Lock(site.Output.TrimEnd('/'), () => { })!;
        var second = Task.Run(() => site.Build());
        Assert.NotSame(second, await Task.WhenAny(second, Task.Delay(TimeSpan.FromSeconds(2))));
        held.Dispose();
        var result = await second.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(result.Succeeded, TestSite.Errors(result));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.OutputLocked && d.Severity == Severity.Note);
    }
}
