using System.Diagnostics;
using System.Globalization;

namespace QualitySite.Bench;

/// <summary>Times clean builds as separate processes and reads their peak memory from GNU time.</summary>
public static class Timings
{
    public static int Run(string site, string qsite, int runs)
    {
        var pages = Directory.EnumerateFiles(Path.Combine(site, "content"), "*.md", SearchOption.AllDirectories).Count();
        Console.WriteLine($"corpus: {pages} pages in {site}; {runs} clean builds each");
        var ours = Measure("qsite", runs, () => Clean(Path.Combine(site, "_site")), "dotnet", qsite, "build", "--source", site, "--quiet");
        Report("qsite", pages, ours);
        if (Which("hugo") is not null)
        {
            var hugo = Measure("hugo", runs, () => Clean(Path.Combine(site, "public")), "hugo", "--source", site, "--quiet");
            Report("hugo", pages, hugo);
            Console.WriteLine($"qsite/hugo time ratio: {Median(ours.Select(r => r.Seconds)) / Median(hugo.Select(r => r.Seconds)):0.00}");
        }

        return 0;
    }

    private static List<(double Seconds, double PeakMiB)> Measure(string name, int runs, Action clean, params string[] command)
    {
        var results = new List<(double, double)>();
        for (var i = 0; i < runs; i++)
        {
            clean();
            var stats = Path.GetTempFileName();
            var info = new ProcessStartInfo("/usr/bin/time", ["-f", "%e %M", "-o", stats, .. command]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(info)!;
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{name} failed: {stderr.Result}");
            }

            var parts = File.ReadAllText(stats).Trim().Split(' ');
            results.Add((double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture) / 1024));
            File.Delete(stats);
        }

        return results;
    }

    private static void Report(string name, int pages, List<(double Seconds, double PeakMiB)> runs)
    {
        var median = Median(runs.Select(r => r.Seconds));
        var peak = runs.Max(r => r.PeakMiB);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-6} median {median:0.00} s  ({pages / median:0} pages/s)  peak memory {peak:0} MiB  runs: {string.Join(" ", runs.Select(r => r.Seconds.ToString("0.00", CultureInfo.InvariantCulture)))}"));
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
