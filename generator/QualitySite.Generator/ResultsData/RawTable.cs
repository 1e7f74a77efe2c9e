namespace QualitySite.Generator.ResultsData;

/// <summary>
/// A data file's rows as read, before any results rule is applied: the header's column names in
/// file order and each row's values by column name, with where the row stands in the file.
/// </summary>
/// <param name="HeaderLine">The line (or sheet row) of the header, for messages about columns.</param>
public sealed record RawTable(IReadOnlyList<string> Columns, IReadOnlyList<RawRow> Rows, int HeaderLine = 1);

/// <summary>One data row: its line (CSV, YAML) or sheet row (XLSX) and its values by column name.</summary>
/// <param name="Sheet">The worksheet name for spreadsheet rows, so messages can name the cell (Sheet1!D7).</param>
public sealed record RawRow(int Line, IReadOnlyDictionary<string, string> Values, string? Sheet = null)
{
    /// <summary>Where a cell is, for messages: "Sheet1!D7: " for spreadsheets, "" for text files.</summary>
    public string CellPrefix(IReadOnlyList<string> columns, string column)
    {
        if (Sheet is null)
        {
            return "";
        }

        var index = Math.Max(0, IndexOf(columns, column));
        return $"{Sheet}!{ColumnLetters(index)}{Line}: ";
    }

    public static string ColumnLetters(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static int IndexOf(IReadOnlyList<string> columns, string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
            {
                return i;
            }
        }

        return -1;
    }
}
