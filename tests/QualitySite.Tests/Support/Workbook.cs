using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace QualitySite.Tests.Support;

/// <summary>Writes small .xlsx files for tests: text cells, numbers, dates with a number format, merged title rows.</summary>
public static class Workbook
{
    /// <summary>A cell: text, or a number with an optional custom number format (e.g. a date serial with "yyyy-mm-dd").</summary>
    public sealed record CellValue(string? Text, double? Number = null, string? Format = null)
    {
        public static implicit operator CellValue(string text) => new(text);
    }

    public static byte[] Create(string sheetName, IReadOnlyList<IReadOnlyList<CellValue?>> rows, string? merge = null, string? secondSheet = null)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var formats = rows.SelectMany(r => r).Where(c => c?.Format is not null).Select(c => c!.Format!).Distinct().ToList();
            AddStyles(workbook, formats);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            if (secondSheet is not null)
            {
                AddSheet(workbook, sheets, secondSheet, [["无关"]], formats, null, 1);
            }

            AddSheet(workbook, sheets, sheetName, rows, formats, merge, secondSheet is null ? 1u : 2u);
        }

        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, string name, IReadOnlyList<IReadOnlyList<CellValue?>> rows, List<string> formats, string? merge, uint id)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (rows[r][c] is not { } value)
                {
                    continue;
                }

                var reference = $"{(char)('A' + c)}{r + 1}";
                row.Append(value.Number is { } n
                    ? new Cell { CellReference = reference, CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue(n.ToString(System.Globalization.CultureInfo.InvariantCulture)), StyleIndex = value.Format is null ? 0u : (uint)(formats.IndexOf(value.Format) + 1) }
                    : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.Text ?? "")) });
            }

            data.Append(row);
        }

        part.Worksheet = new Worksheet(data);
        if (merge is not null)
        {
            part.Worksheet.InsertAfter(new MergeCells(new MergeCell { Reference = merge }), data);
        }

        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static void AddStyles(WorkbookPart workbook, List<string> formats)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        var numbering = new NumberingFormats(formats.Select((f, i) => new NumberingFormat { NumberFormatId = (uint)(164 + i), FormatCode = f }));
        var cellFormats = new CellFormats(new CellFormat { NumberFormatId = 0 });
        foreach (var (_, i) in formats.Select((f, i) => (f, i)))
        {
            cellFormats.Append(new CellFormat { NumberFormatId = (uint)(164 + i), ApplyNumberFormat = true });
        }

        styles.Stylesheet = new Stylesheet(numbering, new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()), cellFormats);
    }
}
