using System.CommandLine;
using QualitySite.Cli.Terminal;
using QualitySite.Generator.Checks;
using QualitySite.Generator.Conversion;
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
        var external = new Option<bool>("--external") { Description = "实际访问外部链接（每个最多等 10 秒，同时 4 个），而不只是列出它们。" };
        var format = new Option<string>("--format") { Description = "输出格式：text（默认）或 json。", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var audit = new Option<bool>("--audit") { Description = "同时报告政府网站检查会扣分的问题：首页或栏目长期不更新、空白栏目。" };
        var failOnAudit = new Option<bool>("--fail-on-audit") { Description = "与 --audit 同用：巡检发现问题时以退出码 1 结束。" };
        var strict = new Option<bool>("--strict") { Description = "把中文校对的警告当作错误。" };
        var fix = new Option<bool>("--fix") { Description = "直接在文件里改正中文校对中可以安全自动修正的地方（标点全半角、发文字号括号、拼音注音、汉字间空格），再检查。" };
        var command = new Command("check", "检查内容、链接和锚点，不写出网站；适合放在提交前的自动检查（CI）里。");
        options.AddTo(command);
        command.Options.Add(external);
        command.Options.Add(format);
        command.Options.Add(audit);
        command.Options.Add(failOnAudit);
        command.Options.Add(strict);
        command.Options.Add(fix);
        command.SetAction(parsed =>
        {
            if (options.Read(parsed, stderr) is not { } buildOptions)
            {
                return Program.UsageExitCode;
            }

            if (parsed.GetValue(fix))
            {
                Fix(buildOptions, stdout);
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

    /// <summary>check --fix: the safe fixes of every published page, applied in place; prints what changed per file.</summary>
    private static void Fix(BuildOptions options, TextWriter stdout)
    {
        var site = new SiteBuilder(options with { WriteOutput = false, ReadHistory = false }).Build().Site;
        var changed = 0;
        foreach (var page in site?.Pages.Select(p => p.Page) ?? [])
        {
            var edits = CopyChecker.Fixes(page).ToList();
            var applied = edits.Count == 0 ? 0 : CopyFixer.Apply(page.Source.FullPath, edits);
            if (applied > 0)
            {
                stdout.WriteLine($"{page.Source.SitePath}: 已自动修正 {applied} 处（标点全半角、发文字号括号、拼音注音、汉字间空格）");
                changed++;
            }
        }

        stdout.WriteLine(changed == 0 ? "check --fix: 没有需要自动修正的地方" : $"check --fix: 修正了 {changed} 个文件；下面是修正后的检查结果");
    }

    private static List<Diagnostic> CopyCheck(Generator.SiteStructure.SiteModel site, bool strict, List<Diagnostic> diagnostics)
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

        return CopyChecker.Check(site.Pages.Select(p => p.Page), levels, strict, FoldTable.Default).ToList();
    }

    private static IReadOnlyList<Diagnostic> FetchExternal(Generator.SiteStructure.SiteModel site)
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
            ? $"检查通过：{warnings} 个警告{(findings is null ? "" : $"，{findings.Count} 条巡检发现")}"
            : $"检查未通过：{errors} 个错误，{warnings} 个警告；按上面每一行的提示改正后再运行 qsite check");
    }
}
