using System.CommandLine;
using QualitySite.Generator.Config;
using QualitySite.Generator.Pipeline;
using QualitySite.Generator.Yaml;

namespace QualitySite.Cli.Commands;

/// <summary>The options every building command shares: where the site is, where it goes, and what counts as published.</summary>
/// <param name="writesOutput">Whether the command writes a site, and so offers --output (serve and check write nothing).</param>
public sealed class CommonBuildOptions(bool writesOutput = true)
{

    private readonly Option<string> _source = new("--source", "-s") { Description = "网站文件夹（含 site.yml）；默认是当前文件夹。", DefaultValueFactory = _ => "." };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "网站写到哪里；默认是网站文件夹里的 _site。" };
    private readonly Option<bool> _drafts = new("--drafts") { Description = "也包括标着 draft: true 的草稿。" };
    private readonly Option<bool> _future = new("--future") { Description = "也包括 publishDate 还没到的页面。" };
    private readonly Option<string?> _date = new("--date") { Description = "当作今天是这一天（年-月-日；不写时区时按 site.yml 的时区）。" };

    public void AddTo(Command command)
    {
        command.Options.Add(_source);
        if (writesOutput)
        {
            command.Options.Add(_output);
        }

        command.Options.Add(_drafts);
        command.Options.Add(_future);
        command.Options.Add(_date);
    }

    /// <summary>The build options, or null after printing a usage error.</summary>
    public BuildOptions? Read(ParseResult parsed, TextWriter stderr)
    {
        var clock = TimeProvider.System;
        if (parsed.GetValue(_date) is { } text)
        {
            if (!DateParser.TryParse(text, SiteConfigLoader.TimeZoneOf(parsed.GetValue(_source)!), out var date))
            {
                stderr.WriteLine($"qsite: error: --date“{text}”不是日期；写成 年-月-日，如 --date 2026-09-01");
                return null;
            }

            clock = new FixedClock(date);
        }

        return new BuildOptions(parsed.GetValue(_source)!, writesOutput ? parsed.GetValue(_output) : null)
        {
            IncludeDrafts = parsed.GetValue(_drafts),
            IncludeFuture = parsed.GetValue(_future),
            Clock = clock,
        };
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
