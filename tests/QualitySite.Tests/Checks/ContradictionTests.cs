using QualitySite.Generator.Diagnostics;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Checks;

/// <summary>check refuses notices that contradict themselves or leave the disclosure box empty (issue 11).</summary>
public sealed class ContradictionTests
{
    private const string Complete = "summary: 摘要\ntopic: 质量监管\n";

    private static IReadOnlyList<Diagnostic> Check(string extra, string section = "notices")
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            [$"content/{section}/a.md"] = Pages.Notice(extra: extra),
            ["content/notices/b.md"] = Pages.Notice(title: "新通知", extra: Complete),
        });
        return site.Build(o => o with { WriteOutput = false, Strict = true }).Diagnostics.Where(d => d.IsError).ToList();
    }

    [Theory]
    [InlineData(Complete + "validity: 现行有效\nexpiryDate: 2026-04-01\n", DiagnosticCodes.Contradiction, 6)]
    [InlineData(Complete + "validity: 現行有效\nsupersededBy: notices/b.md\n", DiagnosticCodes.Contradiction, 6)]
    [InlineData("topic: 质量监管\n", DiagnosticCodes.DisclosureIncomplete, 1)]
    [InlineData("summary: \ntopic: 质量监管\n", DiagnosticCodes.DisclosureIncomplete, 4)]
    [InlineData(Complete + "updated: 2026-08-01\n", DiagnosticCodes.HistoryMismatch, 6)]
    public void Contradictions_and_empty_disclosure_fields_are_check_errors_at_their_line(string extra, string code, int line)
    {
        var error = Assert.Single(Check(extra));
        Assert.Equal((code, "content/notices/a.md", line), (error.Code, error.Path, error.Line));
    }

    [Theory]
    [InlineData(Complete + "validity: 失效\nexpiryDate: 2026-04-01\n")]
    [InlineData(Complete + "validity: 废止\nsupersededBy: notices/b.md\n")]
    [InlineData(Complete + "validity: 现行有效\nexpiryDate: 2027-04-01\n")]
    public void Consistent_notices_pass(string extra) => Assert.Empty(Check(extra));

    [Fact]
    public void Guides_need_no_disclosure_fields() => Assert.Empty(Check("", "guides"));
}
