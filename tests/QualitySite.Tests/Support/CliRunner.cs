using QualitySite.Cli;

namespace QualitySite.Tests.Support;

/// <summary>Runs the qsite command in-process and captures its exit code, standard output and standard error.</summary>
public static class CliRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
