using QualitySite.Tests.Support;

namespace QualitySite.Tests.Cli;

/// <summary>Exit codes and messages of the qsite command: 0 ok, 1 content errors, 2 usage errors, never a stack trace.</summary>
public sealed class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Build_succeeds_with_a_summary_line()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice() });
        var (code, output, _) = Run("build", "--source", site.Root, "--date", "2026-11-01");
        Assert.Equal(0, code);
        Assert.Matches(@"已生成 \d+ 个页面（\d+ 个文件），用时 \d+\.\d\d 秒", output);
        Assert.True(site.OutputExists("notices/a/index.html"));
    }

    [Fact]
    public void Quiet_build_prints_nothing_on_success()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice() });
        var (code, output, error) = Run("build", "-s", site.Root, "--quiet");
        Assert.Equal(0, code);
        Assert.Equal("", output + error);
    }

    [Fact]
    public void Content_errors_exit_1_with_clickable_lines_and_no_stack_trace()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = "---\ntitle: 通知\ndate: 2012-13-45\n---\n" });
        var (code, _, error) = Run("build", "--source", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("content/notices/a.md:3:7: error: “2012-13-45”不是 date", error);
        Assert.Contains("生成失败：1 个错误", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Output_elsewhere_with_output_option()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice() });
        var elsewhere = Path.Combine(site.Root, "..", Path.GetFileName(site.Root) + "-out");
        try
        {
            Assert.Equal(0, Run("build", "--source", site.Root, "--output", elsewhere).Code);
            Assert.True(File.Exists(Path.Combine(elsewhere, "notices/a/index.html")));
        }
        finally
        {
            Directory.Delete(elsewhere, true);
        }
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData("build", "--date", "明天")]
    public void Usage_errors_exit_2(params string[] args) => Assert.Equal(2, Run(args).Code);

    [Fact]
    public void Usage_and_help_speak_to_editors_in_Chinese()
    {
        var (code, _, error) = Run();
        Assert.Equal(2, code);
        Assert.StartsWith("用法：qsite build", error);
        Assert.Contains("运行 qsite --help 或 qsite build --help 查看可用的选项", Run("build", "--bogus").Err);
        var help = Run("check", "--help").Out;
        Assert.Contains("检查内容、链接和锚点", help);
        Assert.Contains("--fix", help);
    }

    [Fact]
    public void Missing_site_folder_is_a_usage_error()
    {
        var (code, _, error) = Run("build", "--source", "/no/such/folder");
        Assert.Equal(2, code);
        Assert.Contains("不存在", error);
    }

    [Fact]
    public void Missing_site_yml_is_a_content_error_naming_the_file()
    {
        using var site = new TestSite();
        File.Delete(Path.Combine(site.Root, "site.yml"));
        var (code, _, error) = Run("build", "--source", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("site.yml: error: “", error);
        Assert.Contains("里没有 site.yml", error);
    }
}
