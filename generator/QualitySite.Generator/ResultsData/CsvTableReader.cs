using System.Text;
using CsvHelper;
using QualitySite.Generator.Diagnostics;

namespace QualitySite.Generator.ResultsData;

/// <summary>
/// Reads a results CSV strictly with CsvHelper (RFC 4180): an unclosed quote, a quote inside an
/// unquoted field, text after a closing quote, and a row with more or fewer cells than the header
/// are errors at the row's line, never rows silently merged, shortened or dropped. Lines that are
/// entirely empty (or only commas) carry no data and are passed over.
/// </summary>
public static class CsvTableReader
{
    public static RawTable? Read(string text, string sitePath, List<Diagnostic> diagnostics)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var malformed = new List<CsvMalformedRecord>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            DetectSeparatorHint = false,
            PoolStrings = false,
            OnMalformedRecord = malformed.Add,
        };

        var records = new List<(int Line, string[] Fields)>();
        using (var reader = CsvReader.Create(bytes, options))
        {
            while (reader.Read())
            {
                records.Add(((int)reader.LineNumber, Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray()));
            }
        }

        var errorsBefore = diagnostics.Count;
        foreach (var bad in malformed)
        {
            diagnostics.Add(Malformed(bad, bytes, sitePath));
        }

        if (records.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DataRow, new SourceLocation(sitePath, 1, 1), "表格是空的；第一行应当是列名（序号,产品名称,…），以下每行一个批次"));
            return null;
        }

        var header = records[0].Fields.Select(f => f.Trim()).ToList();
        HeaderCheck.Check(header, i => (new SourceLocation(sitePath, records[0].Line, 1), ""), diagnostics);
        var rows = new List<RawRow>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.All(f => f.Trim().Length == 0))
            {
                continue;
            }

            if (fields.Length != header.Count)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DataRow, new SourceLocation(sitePath, line, 1), CountMessage(fields, header)));
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                values.TryAdd(header[i], fields[i].Trim());
            }

            rows.Add(new RawRow(line, values));
        }

        return diagnostics.Count > errorsBefore && diagnostics.Skip(errorsBefore).Any(d => d.IsError) ? null : new RawTable(header, rows, records[0].Line);
    }

    private static string CountMessage(string[] fields, List<string> header)
    {
        if (fields.Length > header.Count)
        {
            var extra = string.Join("、", fields.Skip(header.Count).Where(f => f.Trim().Length > 0).Select(f => $"“{f.Trim()}”").Take(3));
            return $"这一行有 {fields.Length} 个单元格，比表头的 {header.Count} 列多 {fields.Length - header.Count} 个（多出：{(extra.Length > 0 ? extra : "空单元格")}）；多半是某个值里含有英文逗号，请给这个值加上英文双引号，或改用中文逗号“，”";
        }

        return $"这一行只有 {fields.Length} 个单元格，表头有 {header.Count} 列（{header[fields.Length]} 及以后的列缺失）；补齐缺少的单元格，不适用的写“/”";
    }

    private static Diagnostic Malformed(CsvMalformedRecord bad, byte[] bytes, string sitePath)
    {
        var at = bad.Reason == CsvMalformedReason.UnterminatedQuote
            ? new SourceLocation(sitePath, (int)bad.LineNumber, OpeningQuoteColumn(bad.RawRecord))
            : Position(bytes, bad.ByteOffset, sitePath);
        var message = bad.Reason switch
        {
            CsvMalformedReason.UnterminatedQuote => "这里开始的英文双引号到文件末尾都没有闭合，后面所有的行都会被并进这一个单元格；在值的末尾补上双引号（\"），值里本身的双引号要写成两个（\"\"）",
            CsvMalformedReason.StrayQuote => "没有加引号的单元格里出现了英文双引号；把整个值用双引号括起来，并把值里的双引号写成两个（\"\"），或改用中文引号“”",
            CsvMalformedReason.TextAfterClosingQuote => "双引号闭合之后、逗号之前还有文字；把整个值放进一对双引号里，值里的双引号写成两个（\"\"）",
            CsvMalformedReason.FieldCountMismatch => "这一行的单元格数与表头不同；补齐或删去多余的单元格",
            _ => "这一行的引号写法不对；按 CSV 规则，含逗号、引号或换行的值要用英文双引号括起来",
        };
        return Diagnostic.Error(DiagnosticCodes.DataRow, at, message);
    }

    /// <summary>The 1-based column (in characters) of the quote that opens the field left open at the end of a record.</summary>
    private static int OpeningQuoteColumn(string raw)
    {
        int open = -1, column = 0;
        var quoted = false;
        var fieldStart = true;
        for (var i = 0; i < raw.Length && raw[i] is not ('\n' or '\r'); i++, column++)
        {
            var c = raw[i];
            if (!quoted && fieldStart && c == '"')
            {
                (quoted, open) = (true, column);
            }
            else if (quoted && c == '"')
            {
                quoted = i + 1 < raw.Length && raw[i + 1] == '"' ? Skip(ref i, ref column) : false;
            }

            fieldStart = !quoted && c == ',';
        }

        return quoted && open >= 0 ? open + 1 : 1;
    }

    private static bool Skip(ref int i, ref int column)
    {
        i++;
        column++;
        return true;
    }

    /// <summary>Line and column of a UTF-8 byte offset in the text.</summary>
    private static SourceLocation Position(byte[] bytes, long offset, string sitePath)
    {
        var end = (int)Math.Clamp(offset, 0, bytes.Length);
        var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(end - 1, 0)) + 1;
        var line = 1 + bytes.AsSpan(0, lineStart).Count((byte)'\n');
        var column = Encoding.UTF8.GetCharCount(bytes, lineStart, Math.Max(end - lineStart, 0)) + 1;
        return new SourceLocation(sitePath, line, column);
    }
}
