using System.Collections.Concurrent;
using QualitySite.Generator.Diagnostics;

namespace QualitySite.Generator.Parsing;

/// <summary>
/// Parse results kept between the preview server's rebuilds: a file is parsed again only when its
/// size or time stamp (or its results data file's) changes. The diagnostics it gave are kept with it.
/// </summary>
public sealed class ParseCache
{
    private readonly ConcurrentDictionary<string, (string Stamp, ParsedDocument? Document, Diagnostic[] Diagnostics)> _parsed = new(StringComparer.Ordinal);

    public bool TryParsed(string fullPath, out ParsedDocument? document, out Diagnostic[] diagnostics)
    {
        if (_parsed.TryGetValue(fullPath, out var hit) && hit.Stamp == Stamp(fullPath))
        {
            (document, diagnostics) = (hit.Document, hit.Diagnostics);
            return true;
        }

        (document, diagnostics) = (null, []);
        return false;
    }

    public void KeepParsed(string fullPath, ParsedDocument? document, IEnumerable<Diagnostic> diagnostics)
    {
        _parsed[fullPath] = (Stamp(fullPath), document, diagnostics.ToArray());
    }

    /// <summary>Size and time of the page and of its results data files, if any.</summary>
    private static string Stamp(string fullPath)
    {
        var page = new FileInfo(fullPath);
        var data = ResultsData.ResultTableReader.DataExtensions.Select(e => new FileInfo(Path.ChangeExtension(fullPath, e))).Where(f => f.Exists);
        return $"{page.Length}:{page.LastWriteTimeUtc.Ticks}:" + string.Join(":", data.Select(d => $"{d.FullName}:{d.Length}:{d.LastWriteTimeUtc.Ticks}"));
    }
}
