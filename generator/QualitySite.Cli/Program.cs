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
        var root = new RootCommand("QualitySite: builds a quality-supervision bureau's public-information site from content/ and templates/.");
        root.Subcommands.Add(BuildCommand.Create(stdout, stderr));
        root.Subcommands.Add(CheckCommand.Create(stdout, stderr));
        root.Subcommands.Add(NewCommand.Create(stdout, stderr));
        root.Subcommands.Add(ServeCommand.Create(stdout, stderr));

        var parsed = root.Parse(args);
        if (args.Length == 0)
        {
            stderr.WriteLine("usage: qsite build [--source DIR] [--output DIR] [--quiet]; run 'qsite --help' for all commands");
            return UsageExitCode;
        }

        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"qsite: error: {error.Message}");
            }

            stderr.WriteLine("run 'qsite --help' or 'qsite build --help' for the options");
            return UsageExitCode;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
