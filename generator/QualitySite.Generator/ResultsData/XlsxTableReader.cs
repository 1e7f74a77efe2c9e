using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using QualitySite.Generator.Diagnostics;

namespace QualitySite.Generator.ResultsData;

/// <summary>
/// Reads a results spreadsheet (&lt;slug&gt;.xlsx) as agencies send it: the first sheet, or the one
/// named by the page's 'sheet' field; title rows above the header (merged cells such as
/// "2026年羊绒制品质量监督抽查结果") are recognised and skipped; every cell is read as Excel shows it
/// (numbers and dates in their display format). Errors name the sheet and cell, e.g. Sheet1!D7.
/// </summary>
public static class XlsxTableReader
{
    /// <summary>How many of the standard column names a row must hold to be taken as the header.</summary>
    private const int HeaderMatches = 3;

    public static RawTable? Read(string fullPath, string sitePath, string? sheetName, List<Diagnostic> diagnostics)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(fullPath, isEditable: false);
            return Read(document, sitePath, sheetName, diagnostics);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or System.Xml.XmlException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DataRow, new SourceLocation(sitePath, 1, 1),
                "这个文件不是可以读取的 .xlsx 工作簿（可能已损坏，或是改了扩展名的 .xls/.csv 文件）；在 Excel 或 WPS 中打开后“另存为 → Excel 工作簿(*.xlsx)”再构建"));
            return null;
        }
    }

    private static RawTable? Read(SpreadsheetDocument document, string sitePath, string? sheetName, List<Diagnostic> diagnostics)
    {
        var workbook = document.WorkbookPart;
        var sheets = workbook?.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        var sheet = sheetName is null ? sheets.FirstOrDefault() : sheets.FirstOrDefault(s => s.Name?.Value == sheetName);
        if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
        {
            var names = string.Join("、", sheets.Select(s => s.Name?.Value ?? ""));
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DataRow, new SourceLocation(sitePath, 1, 1), sheetName is null
                ? "工作簿里没有工作表；在 Excel 或 WPS 中检查后重新保存"
                : $"工作簿里没有名为“{sheetName}”的工作表（有：{names}）；改正页面的 sheet 字段，或删去它以读取第一个工作表"));
            return null;
        }

        var name = sheet.Name?.Value ?? "Sheet1";
        var cells = new XlsxCellText(workbook);
        var grid = part.Worksheet.Descendants<Row>()
            .Select((r, i) => (Row: (int)(r.RowIndex?.Value ?? (uint)(i + 1)), Cells: CellsOf(r, cells)))
            .ToList();
        var headerAt = grid.FindIndex(r => r.Cells.Count(c => ResultTable.Standard.Contains(c.Text)) >= HeaderMatches);
        if (headerAt < 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DataRow, new SourceLocation(sitePath, 1, 1),
                $"{name}：找不到表头行；表头行应含列名 {string.Join("、", ResultTable.Required)}（标题行可以在它上面）"));
            return null;
        }

        return Rows(grid, headerAt, name, sitePath, diagnostics);
    }

    private static RawTable? Rows(List<(int Row, List<(int Column, string Text)> Cells)> grid, int headerAt, string sheet, string sitePath, List<Diagnostic> diagnostics)
    {
        var (headerRow, headerCells) = grid[headerAt];
        var width = headerCells.Where(c => c.Text.Length > 0).Select(c => c.Column + 1).DefaultIfEmpty(0).Max();
        var header = Enumerable.Range(0, width).Select(i => headerCells.FirstOrDefault(c => c.Column == i).Text ?? "").ToList();
        var before = diagnostics.Count(d => d.IsError);
        HeaderCheck.Check(header, i => (new SourceLocation(sitePath, headerRow, i + 1), $"{sheet}!{RawRow.ColumnLetters(i)}{headerRow}: "), diagnostics);
        var rows = new List<RawRow>();
        foreach (var (row, cells) in grid.Skip(headerAt + 1))
        {
            if (cells.All(c => c.Text.Length == 0))
            {
                continue;
            }

            foreach (var stray in cells.Where(c => c.Column >= width && c.Text.Length > 0))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DataRow, new SourceLocation(sitePath, row, stray.Column + 1),
                    $"{sheet}!{RawRow.ColumnLetters(stray.Column)}{row}: 单元格“{stray.Text}”在表头最后一列之外，没有列名，不会被发布；给这一列加上列名，或把值移到正确的列"));
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < width; i++)
            {
                values.TryAdd(header[i], cells.FirstOrDefault(c => c.Column == i).Text ?? "");
            }

            rows.Add(new RawRow(row, values, sheet));
        }

        return diagnostics.Count(d => d.IsError) > before ? null : new RawTable(header, rows, headerRow);
    }

    /// <summary>A row's cells with their 0-based columns; a cell without a reference follows the one before it.</summary>
    private static List<(int Column, string Text)> CellsOf(Row row, XlsxCellText cells)
    {
        var result = new List<(int, string)>();
        var column = -1;
        foreach (var cell in row.Elements<Cell>())
        {
            column = ColumnIndex(cell.CellReference?.Value) is var at and >= 0 ? at : column + 1;
            result.Add((column, cells.Shown(cell).Trim()));
        }

        return result;
    }

    /// <summary>The 0-based column of a reference such as D7; -1 when there is none.</summary>
    private static int ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return -1;
        }

        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
