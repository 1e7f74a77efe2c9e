using System.Diagnostics;
using System.Globalization;

namespace QualitySite.Generator.Discovery;

/// <summary>One commit that touched a content file.</summary>
public sealed record Change(DateTimeOffset Date, string Subject, string Commit);

/// <summary>The change history of every content file, or why there is none.</summary>
public sealed record History(IReadOnlyDictionary<string, IReadOnlyList<Change>> ByContentPath, string? Unavailable)
{
    public static readonly History None = new(new Dictionary<string, IReadOnlyList<Change>>(), null);

    public IReadOnlyList<Change> Of(string contentPath) => ByContentPath.GetValueOrDefault(contentPath, []);
}

/// <summary>
/// Reads the history of all of content/ in one 'git log' pass (never one process per file). Outside
/// a git repository, in a shallow clone (whose dates would be wrong), or without git, the build goes
/// on without history and says so once.
/// </summary>
public static class GitHistory
{
    private const char Record = '\u001e';
    private const char Field = '\u001f';

    public static History Read(string siteRoot)
    {
        var inside = Git(siteRoot, "rev-parse", "--is-inside-work-tree");
        if (inside?.Trim() != "true")
        {
            return new History(new Dictionary<string, IReadOnlyList<Change>>(), "这里不是 git 仓库（或没有安装 git）：页面不显示修改记录");
        }

        if (Git(siteRoot, "rev-parse", "--is-shallow-repository")?.Trim() == "true")
        {
            return new History(new Dictionary<string, IReadOnlyList<Change>>(), "这是浅克隆的 git 仓库，修改日期会不准：页面不显示修改记录；克隆完整历史（GitHub Actions 里设 fetch-depth: 0）");
        }

        var log = Git(siteRoot, "log", "--relative", "--no-merges", "--name-only", $"--format={Record}%H{Field}%cI{Field}%s", "--", ContentScanner.ContentFolder);
        return new History(Parse(log ?? ""), null);
    }

    /// <summary>Parses 'git log --name-only' output: newest commit first, each followed by its files.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Change>> Parse(string log)
    {
        var result = new Dictionary<string, List<Change>>(StringComparer.Ordinal);
        foreach (var entry in log.Split(Record, StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = entry.Split('\n');
            var fields = lines[0].Split(Field);
            if (fields.Length < 3 || !DateTimeOffset.TryParse(fields[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                continue;
            }

            var change = new Change(date, fields[2], fields[0]);
            foreach (var file in lines.Skip(1).Select(l => l.Trim()).Where(l => l.StartsWith(ContentScanner.ContentFolder + "/", StringComparison.Ordinal)))
            {
                var contentPath = file[(ContentScanner.ContentFolder.Length + 1)..];
                (result.TryGetValue(contentPath, out var list) ? list : result[contentPath] = []).Add(change);
            }
        }

        return result.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Change>)kv.Value, StringComparer.Ordinal);
    }

    private static string? Git(string workingDirectory, params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("core.quotepath=off");
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = error.Result;
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
