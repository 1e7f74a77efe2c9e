using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using QualitySite.Generator.Checks;
using QualitySite.Generator.Diagnostics;

namespace QualitySite.Cli.Terminal;

/// <summary>
/// Prints diagnostics as clickable text lines (<c>path:line:column: error: …</c>), as JSON, or,
/// when GITHUB_ACTIONS=true, also as GitHub Actions annotations on the pull request's lines.
/// </summary>
public sealed class DiagnosticPrinter(TextWriter output, bool githubActions)
{
    /// <summary>At most this many diagnostics are listed; the rest are counted (like Hugo's cap of 50).</summary>
    public const int MaxListed = 200;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    public static bool InGitHubActions => Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";

    public void Text(IReadOnlyList<Diagnostic> diagnostics)
    {
        var listed = diagnostics.OrderByDescending(d => d.Severity).Take(MaxListed)
            .OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ToList();
        foreach (var d in listed)
        {
            output.WriteLine(d.ToString());
            if (githubActions && d.Severity != Severity.Note)
            {
                var kind = d.IsError ? "error" : "warning";
                output.WriteLine($"::{kind} file={d.Path},line={Math.Max(d.Line, 1)},col={Math.Max(d.Column, 1)},title={d.Code}::{Escape(d.Message)}");
            }
        }

        if (diagnostics.Count > MaxListed)
        {
            output.WriteLine($"……另有 {diagnostics.Count - MaxListed} 条");
        }
    }

    public void Json(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<AuditFinding>? audit)
    {
        var report = new
        {
            errors = diagnostics.Count(d => d.IsError),
            warnings = diagnostics.Count(d => d.Severity == Severity.Warning),
            diagnostics = diagnostics.Select(d => new { d.Path, d.Line, d.Column, severity = d.Severity.ToString().ToLowerInvariant(), d.Code, d.Message }),
            audit = audit?.Select(a => new { a.Code, a.Where, a.Message }),
        };
        output.WriteLine(JsonSerializer.Serialize(report, JsonOptions));
    }

    /// <summary>GitHub's workflow-command escaping for the message part.</summary>
    private static string Escape(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
}
