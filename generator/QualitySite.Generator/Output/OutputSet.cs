using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Model;
using QualitySite.Generator.UrlPlanning;

namespace QualitySite.Generator.Output;

/// <summary>
/// Every file the build will write, keyed by output path. Two producers of one path, or a path that
/// would leave the output folder, are errors naming what produced them (defence in depth: the
/// validation stage already catches page collisions with file and line).
/// </summary>
public static class OutputSet
{
    public static IReadOnlyList<OutputFile> Check(IEnumerable<OutputFile> files, DiagnosticBag bag)
    {
        var result = new List<OutputFile>();
        var probeRoot = Path.Combine(Path.GetTempPath(), "qsite-probe");
        foreach (var group in files.GroupBy(f => f.Path.Normalize(System.Text.NormalizationForm.FormC), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            if (!SitePaths.StaysInside(probeRoot, group.Key) || group.Key.Split('/').Contains(".."))
            {
                bag.Add(Diagnostic.Error(DiagnosticCodes.PathEscape, SourceLocation.File(first.Origin), $"拒绝写入“{group.Key}”：它在输出文件夹之外；改正产生这个路径的 slug 或文件名"));
                continue;
            }

            if (group.Count() > 1)
            {
                var who = string.Join("；", group.Select((f, i) => $"{i + 1}. {f.Origin}"));
                bag.Add(Diagnostic.Error(DiagnosticCodes.OutputCollision, SourceLocation.File(first.Origin), $"{group.Count()} 个文件会写到同一个地址 /{group.Key}：{who}；给其中一个改名"));
                continue;
            }

            result.Add(first);
        }

        ReportFilesInTheWayOfFolders(result, bag);
        return result;
    }

    /// <summary>A file written at a path that another file needs as a folder (notices/a and notices/a/index.html).</summary>
    private static void ReportFilesInTheWayOfFolders(List<OutputFile> files, DiagnosticBag bag)
    {
        var byPath = files.ToDictionary(f => f.Path.Normalize(System.Text.NormalizationForm.FormC), StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, file) in byPath.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
            {
                if (byPath.TryGetValue(path[..slash], out var blocker) && reported.Add(blocker.Path))
                {
                    bag.Add(Diagnostic.Error(DiagnosticCodes.OutputCollision, SourceLocation.File(blocker.Origin),
                        $"/{blocker.Path} 会是一个文件，但 /{path} 需要同名的文件夹：1. {blocker.Origin}；2. {file.Origin}；给其中一个改名"));
                }
            }
        }
    }
}
