using System.Diagnostics;
using QualitySite.Generator.Pipeline;

namespace QualitySite.Bench;

/// <summary>
/// What the preview's rebuild after one save costs: the site built in memory as `serve` builds
/// it (drafts included, results kept between builds), then one page edited and the site rebuilt,
/// ten times; prints the median rebuild and its stages. Usage: qsite-bench rebuild --site DIR
/// </summary>
public static class RebuildBench
{
    private static readonly int Edits = int.TryParse(Environment.GetEnvironmentVariable("BENCH_EDITS"), out var n) ? n : 10;

    public static int Run(string site)
    {
        var page = Directory.EnumerateFiles(Path.Combine(site, "content"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var original = File.ReadAllText(page);
        var options = new BuildOptions(site) { WriteOutput = false, IncludeDrafts = true, Cache = new BuildCache() };
        var first = new SiteBuilder(options).Build();
        Console.WriteLine($"first build: {first.Elapsed.TotalMilliseconds:0} ms, {first.PagesRendered} pages");
        var runs = new List<(double Total, IReadOnlyList<StageTiming> Stages)>();
        try
        {
            for (var i = 1; i <= Edits; i++)
            {
                File.WriteAllText(page, original + $"\n\n编辑标记{i}号\n");
                var watch = Stopwatch.StartNew();
                var result = new SiteBuilder(options).Build();
                runs.Add((watch.Elapsed.TotalMilliseconds, result.Timings));
                if (!result.Succeeded)
                {
                    Console.Error.WriteLine("the rebuild failed");
                    return 1;
                }
            }

            // A title edit reaches lists, neighbours and term pages: the rebuild must still equal a clean build.
            File.WriteAllText(page, Retitled(original));
            var titled = new SiteBuilder(options).Build();
            var clean = new SiteBuilder(options with { Cache = null }).Build();
            var differing = Differing(titled, clean);
            Console.WriteLine($"after a title edit: {options.Cache.Renders.LastRendered.Count} pages rendered again, {differing.Count} of {clean.Outputs.Count} files differ from a clean build{(differing.Count > 0 ? ": " + string.Join(", ", differing.Take(5)) : "")}");
            if (differing.Count > 0)
            {
                return 1;
            }
        }
        finally
        {
            File.WriteAllText(page, original);
        }

        var median = runs.OrderBy(r => r.Total).ElementAt(Edits / 2);
        Console.WriteLine($"rebuild after one edit: median {median.Total:0} ms (all: {string.Join(" ", runs.Select(r => r.Total.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))})");
        Console.WriteLine($"  pages rendered again in the last rebuild: {options.Cache.Renders.LastRendered.Count} ({string.Join(", ", options.Cache.Renders.LastRendered.Take(5))}), kept: {options.Cache.Renders.LastReused}");
        foreach (var stage in median.Stages)
        {
            Console.WriteLine($"  {stage.Stage,-10} {stage.Elapsed.TotalMilliseconds,7:0.0} ms{(stage.Background ? " (background)" : "")}");
        }

        if (Environment.GetEnvironmentVariable("BENCH_SLOWEST") == "1")
        {
            Console.WriteLine("slowest:");
            foreach (var stage in runs.MaxBy(r => r.Total).Stages)
            {
                Console.WriteLine($"  {stage.Stage,-10} {stage.Elapsed.TotalMilliseconds,7:0.0} ms{(stage.Background ? " (background)" : "")}");
            }
        }

        return 0;
    }

    private static string Retitled(string text)
    {
        var at = text.IndexOf("\ntitle:", StringComparison.Ordinal);
        return at < 0 ? text : text.Insert(text.IndexOf(':', at) + 1, " （修订）");
    }

    private static List<string> Differing(BuildResult a, BuildResult b)
    {
        var left = a.Outputs.ToDictionary(f => f.Path, StringComparer.Ordinal);
        return b.Outputs.Where(f => !left.TryGetValue(f.Path, out var other) || !(f.Content ?? []).AsSpan().SequenceEqual(other.Content ?? []))
            .Select(f => f.Path).Concat(left.Keys.Except(b.Outputs.Select(f => f.Path))).ToList();
    }
}
