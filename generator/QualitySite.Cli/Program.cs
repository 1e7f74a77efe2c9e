using System.CommandLine;
using QualitySite.Cli.Commands;

namespace QualitySite.Cli;

/// <summary>The qsite command line: parses options and hands them to the generator library.</summary>
public static class Program
{
    public const int UsageExitCode = 2;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("QualitySite：用 content/ 和 templates/ 生成市场监管部门的政务信息网站。");
        root.Subcommands.Add(BuildCommand.Create(stdout, stderr));
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        root.Subcommands.Add(NewCommand.Create(stdout, stderr));
        root.Subcommands.Add(ServeCommand.Create(stdout, stderr));
        root.Subcommands.Add(PrepareTablesCommand.Create(stdout, stderr));

        var parsed = root.Parse(args);
        if (args.Length == 0)
        {
            stderr.WriteLine("用法：qsite build [--source 文件夹] [--output 文件夹] [--quiet]；运行 qsite --help 查看所有命令");
            return UsageExitCode;
        }

        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"qsite: error: {error.Message}");
            }

            stderr.WriteLine("运行 qsite --help 或 qsite build --help 查看可用的选项");
            return UsageExitCode;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && Environment.GetEnvironmentVariable("QSITE_DEBUG") != "1")
        {
            // Never a stack trace for an editor: say what happened and that the published site is as it was.
            stderr.WriteLine($"qsite: 内部错误：{ex.GetBaseException().Message}。之前生成的网站没有改动；请把这条信息和出问题的文件报告给 QualitySite 的开发者（设置 QSITE_DEBUG=1 可看到详细信息）");
            return 1;
        }
    }
}
