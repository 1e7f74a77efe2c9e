using QualitySite.Generator.Diagnostics;

namespace QualitySite.Generator.ResultsData;

/// <summary>The rules every data file's header row obeys, whatever the file's format: no empty and no repeated column names.</summary>
public static class HeaderCheck
{
    /// <summary>Reports empty and repeated names; <paramref name="locate"/> gives the location and cell prefix of column i.</summary>
    public static bool Check(IReadOnlyList<string> header, Func<int, (SourceLocation At, string Cell)> locate, List<Diagnostic> diagnostics)
    {
        var ok = true;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var (at, cell) = locate(i);
            if (header[i].Length == 0)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DataRow, at, $"{cell}第 {i + 1} 列没有列名；在表头行给这一列写上列名（如 备注），或删去这一整列"));
                ok = false;
            }
            else if (seen.TryGetValue(header[i], out var first))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DataRow, at, $"{cell}列名“{header[i]}”重复（第 {first + 1} 列和第 {i + 1} 列）；每列的名称必须不同，请改名或合并这两列"));
                ok = false;
            }
            else
            {
                seen[header[i]] = i;
            }
        }

        return ok;
    }
}
