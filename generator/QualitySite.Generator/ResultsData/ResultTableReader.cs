using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Files;
using QualitySite.Generator.Yaml;

namespace QualitySite.Generator.ResultsData;

/// <summary>
/// Reads a results page's rows from the data file beside it (&lt;slug&gt;.csv or &lt;slug&gt;.yml, UTF-8) and
/// validates them: required columns, known result values (合格/不合格, P/F), failing items for failed
/// rows, and front matter counts that agree with the rows. Every problem names the row's line.
/// </summary>
public static class ResultTableReader
{
    public static IReadOnlyList<string> DataExtensions => Discovery.SourceFile.DataExtensions;

    private const string SaveAsCsv = "在 Excel 或 WPS 中“另存为 → 文件类型选‘CSV UTF-8（逗号分隔）’”后重新构建";

    /// <summary>The content paths a results page's data file may have: same folder, same name, a data extension.</summary>
    public static IEnumerable<string> DataPathsFor(string markdownContentPath) =>
        DataExtensions.Select(ext => markdownContentPath[..^Path.GetExtension(markdownContentPath).Length] + ext);

    /// <summary>Reads and checks a data file; null (with errors at the file's lines or cells) when it cannot be used.</summary>
    public static ResultTable? Read(string fullPath, string sitePath, string? sheet, List<Diagnostic> diagnostics)
    {
        var raw = Path.GetExtension(fullPath).ToLowerInvariant() switch
        {
            ".xlsx" => XlsxTableReader.Read(fullPath, sitePath, sheet, diagnostics),
            ".csv" => ReadText(fullPath, sitePath, diagnostics, text => CsvTableReader.Read(text, sitePath, diagnostics)),
            _ => ReadText(fullPath, sitePath, diagnostics, text => FromYaml(text, sitePath, diagnostics)),
        };
        if (raw is null)
        {
            return null;
        }

        foreach (var missing in ResultTable.Required.Where(c => !raw.Columns.Contains(c)))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DataRow, new SourceLocation(sitePath, raw.HeaderLine, 1),
                $"表头缺少“{missing}”列；抽查数据需要这些列：{string.Join(",", ResultTable.Required)}（不合格批次还要 不合格项目）"));
        }

        return Validate(raw, sitePath, diagnostics);
    }

    private static RawTable? ReadText(string fullPath, string sitePath, List<Diagnostic> diagnostics, Func<string, RawTable?> parse)
    {
        var bytes = SourceText.ReadAllBytes(fullPath, sitePath, diagnostics);
        var text = bytes is null ? null : SourceText.ReadData(bytes, sitePath, diagnostics, SaveAsCsv);
        return text is null ? null : parse(text);
    }

    /// <summary>Rows written in the page's own front matter under 'rows:'.</summary>
    public static ResultTable? FromFrontMatter(YamlMap map, string sitePath, List<Diagnostic> diagnostics)
    {
        return Validate(FromMap(map), sitePath, diagnostics);
    }

    private static RawTable? FromYaml(string text, string sitePath, List<Diagnostic> diagnostics)
    {
        var map = YamlDocumentLoader.LoadMapping(text, sitePath, 1, diagnostics, DiagnosticCodes.DataRow);
        return map is null ? null : FromMap(map);
    }

    private static RawTable FromMap(YamlMap map)
    {
        var columns = new List<string>();
        var rows = new List<RawRow>();
        foreach (var row in map.MapList("rows", "抽查数据", "rows:，下面每个批次写一组，以“- 序号: 1”开头"))
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

            rows.Add(new RawRow(row.Start.Line, values));
        }

        return new RawTable(columns, rows);
    }

    private static ResultTable Validate(RawTable raw, string sitePath, List<Diagnostic> diagnostics)
    {
        var columns = raw.Columns;
        var rows = new List<ResultRow>();
        foreach (var source in raw.Rows)
        {
            var (line, values) = (source.Line, source.Values);
            SourceLocation At(string column) => new(sitePath, line, source.Sheet is null ? 1 : Math.Max(1, columns.ToList().IndexOf(column) + 1));
            string Cell(string column) => source.CellPrefix(columns, column);
            var outcome = OutcomeOf(values.GetValueOrDefault(ResultTable.Result, ""), values.GetValueOrDefault(ResultTable.Remark, ""));
            var number = values.GetValueOrDefault(ResultTable.Number, "?");
            if (outcome is null)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DataRow, At(ResultTable.Result), $"{Cell(ResultTable.Result)}序号 {number}：检验结论“{values.GetValueOrDefault(ResultTable.Result)}”不是一个结论；写 合格 或 不合格（也可写 P / F），拒检的批次写“/”并在备注中写 拒检"));
                continue;
            }

            foreach (var column in ResultTable.Required.Where(c => c != ResultTable.Result && string.IsNullOrWhiteSpace(values.GetValueOrDefault(c)) && columns.Contains(c)))
            {
                if (outcome != Outcome.Refused || column is ResultTable.Number or ResultTable.Product or ResultTable.Seller)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DataRow, At(column), $"{Cell(column)}序号 {number}：“{column}”是空的；填上内容，不适用的写“/”"));
                }
            }

            if (outcome == Outcome.Fail && string.IsNullOrWhiteSpace(values.GetValueOrDefault(ResultTable.FailedItems)))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DataRow, At(ResultTable.FailedItems), $"{Cell(ResultTable.FailedItems)}序号 {number} 不合格，但没有写不合格项目；写出不合格的项目，如 纤维含量"));
            }

            rows.Add(new ResultRow(line, values, outcome.Value) { Sheet = source.Sheet });
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
    /// <param name="batchesAt">Where the front matter's batches are written.</param>
    /// <param name="passedAt">Where the front matter's passed count is written.</param>
    public static IEnumerable<Diagnostic> CheckCounts(ResultTable table, int? frontBatches, SourceLocation batchesAt, int? frontPassed, SourceLocation passedAt)
    {
        if (frontBatches is { } batches && batches != table.Batches)
        {
            yield return Diagnostic.Error(DiagnosticCodes.DataRow, batchesAt, $"batches（抽查批次）写的是 {batches}，但 {table.Source} 里有 {table.Batches} 个批次；改正这个数或表格");
        }

        if (frontPassed is { } passed && passed != table.Passed)
        {
            yield return Diagnostic.Error(DiagnosticCodes.DataRow, passedAt, $"passed（合格批次）写的是 {passed}，但 {table.Source} 里有 {table.Passed} 个合格批次；改正这个数或表格");
        }
    }
}
