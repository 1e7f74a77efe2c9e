using System.Globalization;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Pipeline;

namespace QualitySite.Cli.Terminal;

/// <summary>
/// Runs a build and tells the user about it: diagnostics on stderr in the clickable
/// <c>path:line:column: error: …</c> form, then a one-line summary (unless quiet).
/// </summary>
public sealed class BuildReporter(TextWriter stdout, TextWriter stderr, bool quiet, bool verbose)
{
    public BuildResult Run(BuildOptions options)
    {
        // On an interactive terminal, one line that says which stage just finished; nothing when piped.
        var live = !quiet && !verbose && ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        var progress = quiet ? null : new Action<StageTiming>(t =>
        {
            if (verbose)
            {
                stdout.WriteLine(t.Background
                    ? string.Create(CultureInfo.InvariantCulture, $"  {t.Stage,-10} {t.Elapsed.TotalMilliseconds,8:0.0} ms (in the background, beside other stages)")
                    : string.Create(CultureInfo.InvariantCulture, $"  {t.Stage,-10} {t.Elapsed.TotalMilliseconds,8:0.0} ms {t.Processor.TotalMilliseconds,8:0} ms cpu {t.Allocated / (1024 * 1024),6} MiB {t.Paused.TotalMilliseconds,6:0} ms gc"));
            }
            else if (live)
            {
                stdout.Write($"\r  {t.Stage} done ({t.Elapsed.TotalMilliseconds:0} ms)…".PadRight(40));
            }
        });
        var result = new SiteBuilder(options, progress).Build();
        if (live)
        {
            stdout.Write("\r" + new string(' ', 40) + "\r");
        }

        if (verbose)
        {
            PrintMemory();
        }

        PrintDiagnostics(result.Diagnostics);
        PrintSummary(result, options);
        return result;
    }

    /// <summary>What the garbage collector did: for tuning, the build's time often hides in its pauses.</summary>
    private void PrintMemory()
    {
        var allocated = GC.GetTotalAllocatedBytes() / (1024 * 1024);
        var pause = GC.GetTotalPauseDuration().TotalMilliseconds;
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  gc         {pause,8:0.0} ms paused; {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2; {allocated} MiB allocated"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  jit        {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,8:0.0} ms compiling {System.Runtime.JitInfo.GetCompiledMethodCount()} methods (the rest was precompiled)"));
    }

    private void PrintDiagnostics(IReadOnlyList<Diagnostic> diagnostics) =>
        new DiagnosticPrinter(stderr, DiagnosticPrinter.InGitHubActions).Text(quiet ? diagnostics.Where(d => d.Severity != Severity.Note).ToList() : diagnostics);

    private void PrintSummary(BuildResult result, BuildOptions options)
    {
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var errors = result.Diagnostics.Count(d => d.IsError);
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        if (!result.Succeeded)
        {
            stderr.WriteLine($"生成失败：{errors} 个错误，{warnings} 个警告；没有写入任何文件，之前生成的网站没有改动");
            return;
        }

        if (!quiet)
        {
            var where = Path.GetRelativePath(Environment.CurrentDirectory, options.ResolvedOutputDir);
            stdout.WriteLine($"已生成 {result.PagesRendered} 个页面（{result.FilesWritten} 个文件），用时 {seconds} 秒 → {where}" + (warnings > 0 ? $"；{warnings} 个警告" : ""));
        }
    }
}
