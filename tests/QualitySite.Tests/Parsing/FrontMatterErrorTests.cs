using QualitySite.Generator.Diagnostics;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Parsing;

/// <summary>Every front matter mistake is reported at the right file, line and column, with the fix.</summary>
public sealed class FrontMatterErrorTests
{
    private static Diagnostic OnlyError(string content, string code)
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = content });
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.Equal("content/notices/a.md", error.Path);
        return error;
    }

    [Fact]
    public void Missing_title_names_the_field_and_how_to_add_it()
    {
        var error = OnlyError("---\ndate: 2026-09-01\n---\n正文\n", DiagnosticCodes.MissingField);
        Assert.Equal(2, error.Line);
        Assert.Contains("必填字段 title", error.Message);
        Assert.Contains("标题", error.Message);
        Assert.Contains("title:", error.Message);
    }

    [Fact]
    public void Impossible_date_points_at_the_value_and_shows_the_valid_form()
    {
        var error = OnlyError("---\ntitle: 通知\ndate: 2012-13-45\n---\n", DiagnosticCodes.BadDate);
        Assert.Equal((3, 7), (error.Line, error.Column));
        Assert.Contains("2012-13-45", error.Message);
        Assert.Contains("年-月-日", error.Message);
        Assert.StartsWith("content/notices/a.md:3:7: error: ", error.ToString());
    }

    [Fact]
    public void A_string_where_a_list_is_expected_is_a_type_error()
    {
        var error = OnlyError("---\ntitle: 通知\ndate: 2026-09-01\ntags: 质量月\n---\n", DiagnosticCodes.WrongType);
        Assert.Equal((4, 7), (error.Line, error.Column));
        Assert.Contains("应当是列表", error.Message);
        Assert.Contains("[质量月, 羊绒衫]", error.Message);
    }

    [Fact]
    public void Yaml_syntax_error_is_mapped_to_the_file_line()
    {
        var error = OnlyError("---\ntitle: 通知\ndate: 2026-09-01\ntags: [质量月\nregion: 苏州\n---\n", DiagnosticCodes.YamlSyntax);
        Assert.InRange(error.Line, 4, 6);
        Assert.Contains("YAML", error.Message);
    }

    [Fact]
    public void Missing_front_matter_says_how_to_start_the_file()
    {
        var error = OnlyError("# 标题\n正文\n", DiagnosticCodes.NoFrontMatter);
        Assert.Equal(1, error.Line);
        Assert.Contains("---", error.Message);
    }

    [Theory]
    [InlineData("docNumber: 2026 3号", "〔", DiagnosticCodes.BadValue)]
    [InlineData("indexNo: 123/2026-1", "01400022-0/2026-00001", DiagnosticCodes.BadValue)]
    [InlineData("validity: 有效", "现行有效", DiagnosticCodes.BadValue)]
    [InlineData("lang: zh-CN", "应写 lang: zh-Hans", DiagnosticCodes.BadValue)]
    [InlineData("lang: zh-TW", "应写 lang: zh-Hant-TW", DiagnosticCodes.BadValue)]
    [InlineData("lang: zh_HK", "应写 lang: zh-Hant-HK", DiagnosticCodes.BadValue)]
    [InlineData("lang: ZH-HANT", "应写 lang: zh-Hant", DiagnosticCodes.BadValue)]
    [InlineData("draft: maybe", "true 或 false", DiagnosticCodes.WrongType)]
    public void Disclosure_and_control_values_are_checked(string line, string hint, string code)
    {
        var error = OnlyError($"---\ntitle: 通知\ndate: 2026-09-01\n{line}\n---\n", code);
        Assert.Equal(4, error.Line);
        Assert.Contains(hint, error.Message);
    }

    [Fact]
    public void Period_that_ends_before_it_starts_is_an_error_at_end()
    {
        var error = OnlyError("---\ntitle: 通知\ndate: 2026-09-01\nperiod:\n  start: 2026-09-30\n  end: 2026-09-01\n---\n", DiagnosticCodes.BadValue);
        Assert.Equal(6, error.Line);
        Assert.Contains("早于开始日期", error.Message);
    }

    [Fact]
    public void Passed_count_above_batches_is_an_error()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/results/r.md"] = "---\ntitle: 结果\ndate: 2026-09-01\nbatches: 10\npassed: 12\n---\n",
        });
        var error = TestSite.Single(site.Build(), DiagnosticCodes.BadValue);
        Assert.Equal(("content/results/r.md", 5), (error.Path, error.Line));
    }

    [Fact]
    public void Unknown_key_is_a_warning_with_a_suggestion_and_the_build_succeeds()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = "---\ntitle: 通知\ndate: 2026-09-01\ntagz: [a]\n---\n" });
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var warning = TestSite.Single(result, DiagnosticCodes.UnknownField);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(4, warning.Line);
        Assert.Contains("是不是想写 tags", warning.Message);
    }

    [Fact]
    public void A_field_of_another_content_type_is_a_warning()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/guides/g.md"] = "---\ntitle: 指南\ndate: 2026-09-01\ndocNumber: 清市监〔2026〕1号\n---\n" });
        var warning = TestSite.Single(site.Build(), DiagnosticCodes.FieldNotForType);
        Assert.Contains("notices", warning.Message);
    }

    [Fact]
    public void All_errors_of_all_files_are_reported_together()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = "---\ndate: 2026-02-30\n---\n",
            ["content/guides/b.md"] = "---\ntitle: 指南\ndate: 2026-09-01\ntags: 一个\n---\n",
        });
        var result = site.Build();
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => (d.Path, d.Code)).ToList();
        Assert.Contains(("content/notices/a.md", DiagnosticCodes.MissingField), errors);
        Assert.Contains(("content/notices/a.md", DiagnosticCodes.BadDate), errors);
        Assert.Contains(("content/guides/b.md", DiagnosticCodes.WrongType), errors);
    }
}
