using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace QualitySite.Generator.ResultsData;

/// <summary>
/// A cell's text as Excel or WPS shows it: shared and inline strings as written, booleans as
/// TRUE/FALSE, and numbers through the cell's number format (built-in formats by id, custom
/// formats such as yyyy"年"m"月"d"日", 0.00 or 0%), so a batch date stored as a date serial reads
/// 2026-04-14 and not 46126.
/// </summary>
public sealed class XlsxCellText(WorkbookPart workbook)
{
    private readonly List<string> _shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(Text).ToList() ?? [];
    private readonly List<uint> _formatIds = workbook.WorkbookStylesPart?.Stylesheet.CellFormats?.Elements<CellFormat>().Select(f => f.NumberFormatId?.Value ?? 0).ToList() ?? [];
    private readonly Dictionary<uint, string> _custom = workbook.WorkbookStylesPart?.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
        .Where(f => f.NumberFormatId?.Value is not null)
        .GroupBy(f => f.NumberFormatId!.Value).ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? "General") ?? [];

    public string Shown(Cell cell)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _shared.Count ? _shared[i] : "";
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? Text(inline) : raw;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.String || type == CellValues.Error || raw.Length == 0)
        {
            return raw;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return raw;
        }

        var styleIndex = (int)(cell.StyleIndex?.Value ?? 0);
        var formatId = styleIndex < _formatIds.Count ? _formatIds[styleIndex] : 0;
        return NumberFormat.Apply(number, _custom.TryGetValue(formatId, out var code) ? code : NumberFormat.BuiltIn(formatId));
    }

    /// <summary>The text of a rich or plain string item: its runs joined, phonetic hints left out.</summary>
    private static string Text(DocumentFormat.OpenXml.OpenXmlElement item)
    {
        var sb = new StringBuilder();
        foreach (var text in item.Descendants<Text>().Where(t => t.Parent is not PhoneticRun))
        {
            sb.Append(text.Text);
        }

        return sb.ToString();
    }
}
