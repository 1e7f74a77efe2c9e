using System.Diagnostics;

namespace QualitySite.Bench;

/// <summary>
/// The least a build can spend writing a folder of pages: every file of a built folder is read
/// into memory as text, then written again into a fresh folder by as many threads as there are
/// cores, as a build writes (folders made, text encoded to UTF-8). Prints wall and processor time of
/// each run. The copy is written beside the folder, on its file system. bench/edition.sh runs it on the Traditional edition's folder: what its files cost
/// before any conversion.
/// </summary>
public static class WriteFloor
{
    public static int Run(string folder, int runs)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(folder, f), Text: File.ReadAllText(f)))
            .ToArray();
        // Beside the folder, on its file system (a build writes where its output is: /dev/shm in the benchmarks).
        var target = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(folder))!, $".qsite-bench-write-{Environment.ProcessId}");
        var walls = new List<double>();
        for (var run = 0; run <= runs; run++)
        {
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            Parallel.ForEach(files, file =>
            {
                var path = Path.Combine(target, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, file.Text);
            });
            var wall = clock.Elapsed.TotalMilliseconds;
            process.Refresh();
            var used = (process.TotalProcessorTime - cpu).TotalMilliseconds;
            Directory.Delete(target, recursive: true);
            if (run > 0)
            {
                walls.Add(wall);
                Console.WriteLine($"run {run}: {wall:F0} ms, processor {used:F0} ms");
            }
        }

        walls.Sort();
        Console.WriteLine($"{files.Length} files, {files.Sum(f => (long)f.Text.Length) / 1_000_000.0:F1} M characters: median {walls[walls.Count / 2]:F0} ms to write (the first, untimed run warms up)");
        return 0;
    }
}
