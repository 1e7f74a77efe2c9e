using System.CommandLine;
using QualitySite.Cli.Serve;

namespace QualitySite.Cli.Commands;

/// <summary><c>qsite serve</c>: preview with live reload on http://127.0.0.1:PORT/, drafts included and marked.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var options = new CommonBuildOptions(writesOutput: false);
        var port = new Option<int>("--port", "-p") { Description = "本机 127.0.0.1 上的端口；被占用时自动改用下一个。", DefaultValueFactory = _ => 8080 };
        var command = new Command("serve", "在本机预览网站；文件保存后页面自动刷新。");
        options.AddTo(command);
        command.Options.Add(port);
        command.SetAction(async (parsed, cancel) =>
        {
            if (options.Read(parsed, stderr) is not { } buildOptions)
            {
                return Program.UsageExitCode;
            }

            await using var server = await DevServer.StartAsync(buildOptions with { IncludeDrafts = true }, parsed.GetValue(port), stdout);
            stdout.WriteLine($"正在预览 {Path.GetFullPath(buildOptions.SourceDir)}：{server.Url}/（草稿也会显示）；按 Ctrl+C 结束");
            try
            {
                await server.WaitForShutdownAsync(cancel);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C
            }

            stdout.WriteLine("预览已结束");
            return 0;
        });
        return command;
    }
}
