using System.CommandLine;
using QualitySite.Cli.Terminal;
using QualitySite.Generator.Pipeline;

namespace QualitySite.Cli.Commands;

/// <summary><c>qsite build</c>: builds the site into _site/ (or --output), atomically.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var options = new CommonBuildOptions();
        var quiet = new Option<bool>("--quiet", "-q") { Description = "只输出错误和警告。" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "同时输出每个阶段用了多少时间。" };
        var command = new Command("build", "用 site.yml、content/ 和 templates/ 生成网站。");
        options.AddTo(command);
        command.Options.Add(quiet);
        command.Options.Add(verbose);
        command.SetAction(parsed =>
        {
            if (options.Read(parsed, stderr) is not { } buildOptions)
            {
                return Program.UsageExitCode;
            }

            var reporter = new BuildReporter(stdout, stderr, parsed.GetValue(quiet), parsed.GetValue(verbose));
            var result = reporter.Run(buildOptions);
            return result.ExitCode;
        });
        return command;
    }
}
