using System.Globalization;

namespace QualitySite.Bench;

/// <summary>
/// Benchmark driver. 'corpus' writes a synthetic site; 'build' times clean builds of it with qsite
/// (and Hugo when installed) as separate processes, printing the median time, pages per second and
/// peak memory (from /usr/bin/time). See bench/README.md.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: qsite-bench corpus --pages N --out DIR [--shape real|simple] | build --site DIR --qsite PATH [--runs K] [--pagefind-runs K] | search --site DIR | serve --site DIR | rebuild --site DIR | host --folder DIR | write-floor --folder DIR [--runs K]");
            return 2;
        }

        var options = Options(args.Skip(1).ToArray());
        switch (args[0])
        {
            case "corpus":
                var pages = int.Parse(options.GetValueOrDefault("pages", "4000"), CultureInfo.InvariantCulture);
                var shape = options.GetValueOrDefault("shape", "real");
                if (shape == "simple")
                {
                    CorpusGenerator.Write(options["out"], pages, options.GetValueOrDefault("templates", "templates"));
                }
                else
                {
                    RealCorpus.Write(options["out"], pages, options.GetValueOrDefault("templates", "templates"));
                }

                Console.WriteLine($"wrote {pages} pages ({shape} shape) to {options["out"]}");
                return 0;
            case "serve":
                return ServeBench.Run(options["site"]).GetAwaiter().GetResult();
            case "rebuild":
                return RebuildBench.Run(options["site"]);
            case "search":
                return SearchBench.Run(options["site"]).GetAwaiter().GetResult();
            case "write-floor":
                return WriteFloor.Run(options["folder"], int.Parse(options.GetValueOrDefault("runs", "5"), CultureInfo.InvariantCulture));
            case "host":
                return Host(options["folder"]).GetAwaiter().GetResult();
            case "build":
                return Timings.Run(options["site"], options["qsite"], int.Parse(options.GetValueOrDefault("runs", "5"), CultureInfo.InvariantCulture),
                    int.Parse(options.GetValueOrDefault("pagefind-runs", "1"), CultureInfo.InvariantCulture));
            default:
                Console.Error.WriteLine($"unknown command '{args[0]}'");
                return 2;
        }
    }

    /// <summary>Serves a built folder the way the search benchmark does, until Enter, for measuring by hand.</summary>
    private static async Task<int> Host(string folder)
    {
        await using var server = await QualitySite.Cli.Serve.LoopbackHost.ServeFolderAsync(folder);
        Console.WriteLine(server.Url);
        await Task.Run(Console.ReadLine);
        return 0;
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            result[args[i].TrimStart('-')] = args[i + 1];
        }

        return result;
    }
}
