using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CsvHelper;
using QualitySite.Generator.Model;
using QualitySite.Generator.ResultsData;

namespace QualitySite.Generator.SiteStructure;

/// <summary>
/// The open-data downloads of a results page: data.csv (UTF-8 with a byte-order mark and CRLF, so
/// Excel and WPS open the Chinese text correctly) and data.json, both beside the page.
/// </summary>
public static class ResultDownloads
{
    public const string CsvName = "data.csv";
    public const string JsonName = "data.json";

    /// <summary>The two files of a page, serialised once per build: the page's view (for the sizes it shows) and the writer share them.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Page, byte[][]> Serialised = new();

    public static IEnumerable<OutputFile> Write(Page page)
    {
        if (Files(page) is not { } files)
        {
            yield break;
        }

        yield return new OutputFile(DirectoryOf(page) + CsvName, files[0], null, page.Source.SitePath + " (data.csv)");
        yield return new OutputFile(DirectoryOf(page) + JsonName, files[1], null, page.Source.SitePath + " (data.json)");
    }

    /// <summary>Sizes in bytes of data.csv and data.json, for the download links.</summary>
    public static (int Csv, int Json)? Sizes(Page page) => Files(page) is { } files ? (files[0].Length, files[1].Length) : null;

    private static byte[][]? Files(Page page) =>
        page.Table is { } table ? Serialised.GetValue(page, p => [CsvBytes(table), JsonBytes(p, table)]) : null;

    public static string DirectoryOf(Page page) => page.OutputPath[..^"index.html".Length];

    /// <summary>
    /// The table as CSV for spreadsheets. A cell that starts with = + - @ (or a tab or CR) would run
    /// as a formula in Excel and WPS (=HYPERLINK(...)), so it is written with a leading apostrophe,
    /// which both show as plain text.
    /// </summary>
    public static byte[] CsvBytes(ResultTable table)
    {
        var options = CsvWriterOptions.Default with { NewLine = "\r\n", WriteByteOrderMark = true, Injection = CsvInjection.Escape };
        using var stream = new MemoryStream();
        using (var writer = CsvWriter.Create(stream, options, leaveOpen: true))
        {
            writer.WriteHeader(table.Columns.ToArray());
            foreach (var row in table.Rows)
            {
                writer.WriteRecord(table.Columns.Select(c => row[c]).ToArray());
            }
        }

        return stream.ToArray();
    }

    private static byte[] JsonBytes(Page page, ResultTable table)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("title", page.Meta.Title);
            json.WriteString("date", page.Meta.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteNumber("batches", table.Batches);
            json.WriteNumber("passed", table.Passed);
            json.WriteNumber("failed", table.Failed);
            json.WriteNumber("refused", table.Refused);
            json.WriteStartArray("columns");
            foreach (var column in table.Columns)
            {
                json.WriteStringValue(column);
            }

            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                foreach (var column in table.Columns)
                {
                    json.WriteString(column, row[column]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
