using System.Diagnostics;
using System.Globalization;

namespace QualitySite.Bench;

/// <summary>Times clean builds as separate processes and reads their peak memory from GNU time.</summary>
public static class Timings
{
    public static int Run(string site, string qsite, int runs, int pagefindRuns)
    {
        var pages = Directory.EnumerateFiles(Path.Combine(site, "content"), "*.md", SearchOption.AllDirectories).Count();
        var tools = new List<(string Name, Action Clean, string[] Command)>
        {
            ("qsite", () => Clean(Path.Combine(site, "_site")), ["dotnet", qsite, "build", "--source", site, "--quiet"]),
        };
        if (Which("hugo") is not null)
        {
            tools.Add(("hugo", () => Clean(Path.Combine(site, "public")), ["hugo", "--source", site, "--quiet"]));
        }

        // One untimed warm-up each, then the tools take turns, so the machine's drift (±20% here) falls on both alike.
        Console.WriteLine($"corpus: {pages} pages in {site}; {runs} clean builds each, taking turns after one warm-up");
        var results = tools.ToDictionary(t => t.Name, _ => new List<(double Seconds, double Cpu, double PeakMiB)>());
        for (var i = -1; i < runs; i++)
        {
            foreach (var (name, clean, command) in tools)
            {
                clean();
                var run = Once(name, command);
                if (i >= 0)
                {
                    results[name].Add(run);
                }
            }
        }

        foreach (var (name, _, _) in tools)
        {
            Report(name, pages, results[name]);
        }

        var qsiteMedian = Median(results["qsite"].Select(r => r.Seconds));
        if (results.TryGetValue("hugo", out var hugo))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"qsite/hugo time ratio: {qsiteMedian / Median(hugo.Select(r => r.Seconds)):0.00}  peak memory ratio: {results["qsite"].Max(r => r.PeakMiB) / hugo.Max(r => r.PeakMiB):0.00}"));
            HugoWithPagefind(site, pages, pagefindRuns, qsiteMedian);
        }

        return 0;
    }

    /// <summary>
    /// A Hugo site has no search of its own: its readers need Pagefind run over the output as well.
    /// Timed after the paired runs (it takes tens of seconds), as one command: hugo, then pagefind.
    /// </summary>
    private static void HugoWithPagefind(string site, int pages, int runs, double qsiteMedian)
    {
        var pagefind = Environment.GetEnvironmentVariable("PAGEFIND") is { Length: > 0 } set ? set
            : Path.Combine(AppContext.BaseDirectory, "../../../../node_modules/.bin/pagefind") is var local && File.Exists(local) ? Path.GetFullPath(local)
            : Which("pagefind");
        if (runs <= 0 || pagefind is null)
        {
            Console.WriteLine(runs <= 0 ? "hugo+pagefind: not timed (PAGEFIND_RUNS 0)" : "hugo+pagefind: not timed (pagefind not found; bench/run.sh installs it with npm)");
            return;
        }

        var results = new List<(double Seconds, double Cpu, double PeakMiB)>();
        for (var i = 0; i < runs; i++)
        {
            Clean(Path.Combine(site, "public"));
            results.Add(Once("hugo+pagefind", ["bash", "-c", "hugo --source \"$1\" --quiet && \"$2\" --site \"$1/public\" >/dev/null", "bench", site, pagefind]));
        }

        Report("hugo+pagefind", pages, results);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"qsite/(hugo+pagefind) time ratio: {qsiteMedian / Median(results.Select(r => r.Seconds)):0.00}"));
    }

    private static (double Seconds, double Cpu, double PeakMiB) Once(string name, string[] command)
    {
        var stats = Path.GetTempFileName();
        var info = new ProcessStartInfo("/usr/bin/time", ["-f", "%e %U %S %M", "-o", stats, .. command]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{name} failed: {stderr.Result}");
        }

        var parts = File.ReadAllText(stats).Trim().Split(' ').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        File.Delete(stats);
        return (parts[0], parts[1] + parts[2], parts[3] / 1024);
    }

    private static void Report(string name, int pages, List<(double Seconds, double Cpu, double PeakMiB)> runs)
    {
        var median = Median(runs.Select(r => r.Seconds));
        var peak = runs.Max(r => r.PeakMiB);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-13} median {median:0.00} s  ({pages / median:0} pages/s)  processor {Median(runs.Select(r => r.Cpu)):0.00} s  peak memory {peak:0} MiB  runs: {string.Join(" ", runs.Select(r => r.Seconds.ToString("0.00", CultureInfo.InvariantCulture)))}"));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static void Clean(string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(p => Path.Combine(p, program)).FirstOrDefault(File.Exists);
}
