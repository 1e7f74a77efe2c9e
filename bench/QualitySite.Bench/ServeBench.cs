using System.Diagnostics;
using QualitySite.Cli.Serve;
using QualitySite.Generator.Pipeline;

namespace QualitySite.Bench;

/// <summary>
/// Preview latency (issue 5): starts the preview server on a site, edits one page twenty times and
/// measures from saving the file to the server answering with the new text.
/// </summary>
public static class ServeBench
{
    private const int Edits = 20;

    public static async Task<int> Run(string site)
    {
        var page = Directory.EnumerateFiles(Path.Combine(site, "content"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var original = await File.ReadAllTextAsync(page);
        var url = "/" + Path.GetRelativePath(Path.Combine(site, "content"), page).Replace('\\', '/')[..^3] + "/";
        if (url.StartsWith("/pages/", StringComparison.Ordinal))
        {
            url = url["/pages".Length..];
        }

        await using var server = await DevServer.StartAsync(new BuildOptions(site), 0, Environment.GetEnvironmentVariable("BENCH_SERVE_LOG") == "1" ? Console.Error : TextWriter.Null);
        using var http = new HttpClient();
        var times = new List<double>();
        try
        {
            for (var i = 1; i <= Edits; i++)
            {
                var marker = $"编辑标记{i}号";
                var watch = Stopwatch.StartNew();
                await File.WriteAllTextAsync(page, original + $"\n\n{marker}\n");
                while (!(await http.GetStringAsync(server.Url + url)).Contains(marker, StringComparison.Ordinal))
                {
                    if (watch.Elapsed > TimeSpan.FromSeconds(30))
                    {
                        Console.Error.WriteLine($"the edit never showed up; the build errors are: {string.Join("; ", server.Current.Errors)}");
                        return 1;
                    }

                    await Task.Delay(5);
                }

                times.Add(watch.Elapsed.TotalMilliseconds);
                await Task.Delay(300);
            }
        }
        finally
        {
            await File.WriteAllTextAsync(page, original);
        }

        times.Sort();
        Console.WriteLine($"serve: edit → new page served: median {(times[Edits / 2 - 1] + times[Edits / 2]) / 2:0} ms, worst {times[^1]:0} ms ({string.Join(" ", times.Select(t => t.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))}); includes the watcher's {SourceWatcher.QuietMilliseconds} ms quiet period");
        return 0;
    }
}
