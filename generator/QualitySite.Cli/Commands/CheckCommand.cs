using System.CommandLine;
using QualitySite.Cli.Terminal;
using QualitySite.Generator.Checks;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Pipeline;

namespace QualitySite.Cli.Commands;

/// <summary>
/// <c>qsite check</c>: everything 'build' validates, with broken anchors as errors, duplicate titles,
/// external links (listed, or fetched with --external), and the freshness audit with --audit.
/// Writes nothing. Exit 1 on errors (and on audit findings with --fail-on-audit).
/// </summary>
public static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var options = new CommonBuildOptions(writesOutput: false);
        var external = new Option<bool>("--external") { Description = "Fetch external links (10 s timeout, 4 at a time) instead of only listing them." };
        var format = new Option<string>("--format") { Description = "text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var audit = new Option<bool>("--audit") { Description = "Also report what government-site inspections fail a site for: stale home page or sections, empty sections." };
        var failOnAudit = new Option<bool>("--fail-on-audit") { Description = "With --audit: exit 1 when the audit finds anything." };
        var strict = new Option<bool>("--strict") { Description = "Make the Chinese copy check's warnings errors." };
        var command = new Command("check", "Check content, links and anchors without writing the site; for editors' CI.");
        options.AddTo(command);
        command.Options.Add(external);
        command.Options.Add(format);
        command.Options.Add(audit);
        command.Options.Add(failOnAudit);
        command.Options.Add(strict);
        command.SetAction(parsed =>
        {
            if (options.Read(parsed, stderr) is not { } buildOptions)
            {
                return Program.UsageExitCode;
            }

            var result = new SiteBuilder(buildOptions with { WriteOutput = false, Strict = true }).Build();
            var diagnostics = result.Diagnostics.ToList();
            if (result.Site is { } site)
            {
                diagnostics.AddRange(parsed.GetValue(external) ? FetchExternal(site) : ExternalLinkChecker.List(site));
                diagnostics.AddRange(CopyCheck(site, parsed.GetValue(strict), diagnostics));
            }

            var findings = parsed.GetValue(audit) && result.Site is { } s ? FreshnessAudit.Run(s) : null;
            Report(parsed.GetValue(format) == "json" ? stdout : stderr, parsed.GetValue(format)!, diagnostics, findings, stdout);
            if (result.IsUsageError)
            {
                return Program.UsageExitCode;
            }

            var failed = diagnostics.Any(d => d.IsError) || (parsed.GetValue(failOnAudit) && findings is { Count: > 0 });
            return failed ? 1 : 0;
        });
        return command;
    }

    private static List<Diagnostic> CopyCheck(Generator.Listing.SiteModel site, bool strict, List<Diagnostic> diagnostics)
    {
        var levels = new Dictionary<string, RuleLevel>(StringComparer.Ordinal);
        foreach (var (key, level) in site.Config.CopyCheck)
        {
            if (CopyRules.All.Any(r => r.Key == key))
            {
                levels[key] = Enum.Parse<RuleLevel>(level, ignoreCase: true);
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ConfigUnknownKey, SourceLocation.File("site.yml"), $"copyCheck.{key} 不是校对规则；规则有 {string.Join("、", CopyRules.All.Select(r => r.Key))}"));
            }
        }

        return CopyChecker.Check(site.Pages.Select(p => p.Page), levels, strict, Generator.Search.FoldTable.Default).ToList();
    }

    private static IReadOnlyList<Diagnostic> FetchExternal(Generator.Listing.SiteModel site)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("QualitySite-LinkCheck/1.0");
        return new ExternalLinkChecker(http).CheckAsync(site, CancellationToken.None).GetAwaiter().GetResult();
    }

    private static void Report(TextWriter writer, string format, List<Diagnostic> diagnostics, IReadOnlyList<AuditFinding>? findings, TextWriter stdout)
    {
        var printer = new DiagnosticPrinter(writer, DiagnosticPrinter.InGitHubActions && format == "text");
        if (format == "json")
        {
            printer.Json(diagnostics, findings);
            return;
        }

        printer.Text(diagnostics);
        foreach (var finding in findings ?? [])
        {
            writer.WriteLine($"audit: {finding.Where}: {finding.Message} [{finding.Code}]");
        }

        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        stdout.WriteLine(errors == 0
            ? $"check passed: {warnings} warning(s){(findings is null ? "" : $", {findings.Count} audit finding(s)")}"
            : $"check failed: {errors} error(s), {warnings} warning(s)");
    }
}
