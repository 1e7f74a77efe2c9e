using QualitySite.Generator.Diagnostics;

namespace QualitySite.Generator.Parsing;

/// <summary>
/// The text 'qsite new' leaves for the editor to replace starts with 【待填写】 (templates/archetypes/).
/// A file that still holds it is unfinished: the build refuses it at the marker's line and column,
/// so a scaffold is never published by accident. Older scaffolds said "TODO：在这里写"; that is caught too.
/// </summary>
public static class ScaffoldMarker
{
    public const string Marker = "【待填写】";

    private static readonly string[] Markers = [Marker, "TODO：在这里写"];

    public static IEnumerable<Diagnostic> Find(string text, string sitePath)
    {
        if (!Markers.Any(m => text.Contains(m, StringComparison.Ordinal)))
        {
            yield break;
        }

        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            var content = text[start..(end < 0 ? text.Length : end)];
            foreach (var marker in Markers)
            {
                var column = content.IndexOf(marker, StringComparison.Ordinal);
                if (column >= 0)
                {
                    yield return Diagnostic.Error(DiagnosticCodes.ScaffoldText, new SourceLocation(sitePath, line, column + 1),
                        $"这里还是 qsite new 留下的待填写文字（“{marker}”），未完成的页面不能发布；写上正式内容并删去这段提示，或先加上 draft: true");
                    break;
                }
            }

            if (end < 0)
            {
                break;
            }

            (start, line) = (end + 1, line + 1);
        }
    }
}
