using System.CommandLine;
using QualitySite.Generator.Config;
using QualitySite.Generator.Scaffolding;
using QualitySite.Generator.Yaml;

namespace QualitySite.Cli.Commands;

/// <summary><c>qsite new notice "标题"</c>: writes a new content file from templates/archetypes/, never over an existing one.</summary>
public static class NewCommand
{

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var type = new Argument<string>("type") { Description = "内容类型：notice（通知公告）、guide（消费提示）、result（抽查结果）或 page（页面）。" };
        type.AcceptOnlyFromAmong(Scaffolder.Types.Keys.ToArray());
        var title = new Argument<string>("title") { Description = "标题，例如 \"关于开展2026年质量月活动的通知\"。" };
        var source = new Option<string>("--source", "-s") { Description = "网站文件夹（含 site.yml）；默认是当前文件夹。", DefaultValueFactory = _ => "." };
        var slug = new Option<string?>("--slug") { Description = "文件名和网址名，例如 2026-zhiliangyue；默认是日期加一段短编号。" };
        var date = new Option<string?>("--date") { Description = "发布日期（年-月-日，如 2026-09-01）；默认是今天。" };
        var command = new Command("new", "按模板新建一篇通知、消费提示、抽查结果或页面。") { type, title };
        command.Options.Add(source);
        command.Options.Add(slug);
        command.Options.Add(date);
        command.SetAction(parsed =>
        {
            var today = DateTimeOffset.UtcNow;
            if (parsed.GetValue(date) is { } text && !DateParser.TryParse(text, SiteConfigLoader.TimeZoneOf(parsed.GetValue(source)!), out today))
            {
                stderr.WriteLine($"qsite: error: --date“{text}”不是日期；写成 年-月-日，如 2026-09-01");
                return Program.UsageExitCode;
            }

            var request = new ScaffoldRequest(parsed.GetValue(source)!, parsed.GetValue(type)!, parsed.GetValue(title)!, parsed.GetValue(slug), today);
            var outcome = Scaffolder.Create(request);
            if (outcome.Error is { } error)
            {
                stderr.WriteLine($"{outcome.Path}: error: {error}");
                return outcome.IsUsageError ? Program.UsageExitCode : 1;
            }

            stdout.WriteLine($"已创建 {outcome.Path}；把标着【待填写】的地方填好，再运行 qsite check");
            return 0;
        });
        return command;
    }
}
