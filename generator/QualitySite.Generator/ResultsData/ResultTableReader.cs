using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Parsing;
using QualitySite.Generator.Yaml;

namespace QualitySite.Generator.ResultsData;

/// <summary>
/// Reads a results page's rows from the data file beside it (&lt;slug&gt;.csv or &lt;slug&gt;.yml, UTF-8) and
/// validates them: required columns, known result values (合格/不合格, P/F), failing items for failed
/// rows, and front matter counts that agree with the rows. Every problem names the row's line.
/// </summary>
public static class ResultTableReader
{
    public static readonly string[] DataExtensions = [".csv", ".yml"];

    /// <summary>The data file for a results page, if there is one: same folder, same name.</summary>
    public static string? DataFileFor(string markdownFullPath) =>
        DataExtensions.Select(ext => Path.ChangeExtension(markdownFullPath, ext)).FirstOrDefault(File.Exists);

    public static ResultTable? Read(string fullPath, string sitePath, List<Diagnostic> diagnostics)
    {
        var bytes = File.ReadAllBytes(fullPath);
        var text = SourceText.Read(bytes, sitePath, diagnostics);
        if (text is null)
        {
            var last = diagnostics[^1];
            diagnostics[^1] = last with { Message = last.Message.Split(". Re-save")[0] + ". In Excel or WPS: 另存为 → 文件类型选“CSV UTF-8（逗号分隔）”, then build again" };
            return null;
        }

        var raw = fullPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? FromCsv(text, sitePath, diagnostics) : FromYaml(text, sitePath, diagnostics);
        return raw is null ? null : Validate(raw.Value.Columns, raw.Value.Rows, sitePath, diagnostics);
    }

    private static (List<string> Columns, List<(int Line, Dictionary<string, string> Values)> Rows)? FromCsv(string text, string sitePath, List<Diagnostic> diagnostics)
    {
        var records = Csv.Parse(text);
        if (records.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DataRow, new SourceLocation(sitePath, 1, 1), "the table is empty; the first line must name the columns (序号,产品名称,…)"));
            return null;
        }

        var header = records[0].Fields.Select(f => f.Trim()).ToList();
        var rows = records.Skip(1).Where(r => r.Fields.Any(f => f.Trim().Length > 0))
            .Select(r => (r.Line, header.Select((h, i) => (h, v: i < r.Fields.Count ? r.Fields[i].Trim() : "")).Where(x => x.h.Length > 0).ToDictionary(x => x.h, x => x.v)))
            .ToList();
        foreach (var missing in ResultTable.Required.Where(c => !header.Contains(c)))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DataRow, new SourceLocation(sitePath, 1, 1), $"the column '{missing}' is missing from the first line; the table needs {string.Join(",", ResultTable.Required)} (and 不合格项目 for failed batches)"));
        }

        return (header.Where(h => h.Length > 0).ToList(), rows);
    }

    /// <summary>Rows written in the page's own front matter under 'rows:'.</summary>
    public static ResultTable? FromFrontMatter(YamlMap map, string sitePath, List<Diagnostic> diagnostics)
    {
        var raw = FromMap(map);
        return Validate(raw.Columns, raw.Rows, sitePath, diagnostics);
    }

    private static (List<string> Columns, List<(int Line, Dictionary<string, string> Values)> Rows)? FromYaml(string text, string sitePath, List<Diagnostic> diagnostics)
    {
        var map = YamlDocumentLoader.LoadMapping(text, sitePath, 1, diagnostics, DiagnosticCodes.DataRow);
        return map is null ? null : FromMap(map);
    }

    private static (List<string> Columns, List<(int Line, Dictionary<string, string> Values)> Rows) FromMap(YamlMap map)
    {
        var columns = new List<string>();
        var rows = new List<(int, Dictionary<string, string>)>();
        foreach (var row in map.MapList("rows", "抽查数据", "'rows:' followed by one '- 序号: 1' block per batch"))
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var key in row.Keys.ToList())
            {
                values[key] = row.String(key, key) ?? "";
                if (!columns.Contains(key))
                {
                    columns.Add(key);
                }
            }

            rows.Add((row.Start.Line, values));
        }

        return (columns, rows);
    }

    private static ResultTable Validate(List<string> columns, List<(int Line, Dictionary<string, string> Values)> raw, string sitePath, List<Diagnostic> diagnostics)
    {
        var rows = new List<ResultRow>();
        foreach (var (line, values) in raw)
        {
            var at = new SourceLocation(sitePath, line, 1);
            var outcome = OutcomeOf(values.GetValueOrDefault(ResultTable.Result, ""), values.GetValueOrDefault(ResultTable.Remark, ""));
            var number = values.GetValueOrDefault(ResultTable.Number, "?");
            if (outcome is null)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DataRow, at, $"row {number}: 检验结论 '{values.GetValueOrDefault(ResultTable.Result)}' is not a result; write 合格 or 不合格 (or P / F), or '/' with 备注 拒检 for a refused inspection"));
                continue;
            }

            foreach (var column in ResultTable.Required.Where(c => c != ResultTable.Result && string.IsNullOrWhiteSpace(values.GetValueOrDefault(c)) && columns.Contains(c)))
            {
                if (outcome != Outcome.Refused || column is ResultTable.Number or ResultTable.Product or ResultTable.Seller)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DataRow, at, $"row {number}: '{column}' is empty; fill it in, or write '/' where it does not apply"));
                }
            }

            if (outcome == Outcome.Fail && string.IsNullOrWhiteSpace(values.GetValueOrDefault(ResultTable.FailedItems)))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DataRow, at, $"row {number} failed but names no 不合格项目; write the failing item, e.g. 纤维含量"));
            }

            rows.Add(new ResultRow(line, values, outcome.Value));
        }

        var ordered = ResultTable.Standard.Where(columns.Contains).Concat(columns.Where(c => !ResultTable.Standard.Contains(c))).ToList();
        return new ResultTable(sitePath, ordered, rows);
    }

    private static Outcome? OutcomeOf(string result, string remark) => result.Trim().ToUpperInvariant() switch
    {
        "合格" or "P" or "符合" => Outcome.Pass,
        "不合格" or "F" or "不符合" => Outcome.Fail,
        "/" or "" or "—" when remark.Contains("拒检", StringComparison.Ordinal) => Outcome.Refused,
        "拒检" => Outcome.Refused,
        _ => null,
    };

    /// <summary>Front matter batches/passed, when given, must agree with the rows.</summary>
    public static IEnumerable<Diagnostic> CheckCounts(ResultTable table, FrontMatter meta)
    {
        if (meta.Batches is { } batches && batches != table.Batches)
        {
            yield return Diagnostic.Error(DiagnosticCodes.DataRow, meta.Spans["batches"], $"batches (抽查批次) is {batches} but {table.Source} has {table.Batches} sampled batches; correct the number or the table");
        }

        if (meta.Passed is { } passed && passed != table.Passed)
        {
            yield return Diagnostic.Error(DiagnosticCodes.DataRow, meta.Spans["passed"], $"passed (合格批次) is {passed} but {table.Source} has {table.Passed} passing batches; correct the number or the table");
        }
    }
}
