using System.Text;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.ResultsData;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Integration;

/// <summary>Results CSV read strictly: no row is merged, shortened or dropped without an error at its line (issue 11).</summary>
public sealed class CsvTests
{
    private const string Header = "序号,产品名称,标称生产企业,被抽样单位,规格型号,商标,生产日期/批号,检验结论,不合格项目,承检机构,备注";

    private static string Row(int n, string result = "合格", string items = "", string remark = "/") =>
        $"{n},羊绒衫,企业{n},商店{n},170/92A,品牌{n},2026-03-01,{result},{items},清溪市纤维检验所,{remark}";

    private static TestSite Site(string csv) => new(new Dictionary<string, string>
    {
        ["content/results/r.md"] = Pages.Notice(title: "羊绒衫抽查结果", extra: "product: 羊绒衫\n"),
        ["content/results/r.csv"] = csv,
    });

    [Fact]
    public void An_unclosed_quote_in_the_last_column_is_an_error_at_its_line_and_column_and_nothing_is_published()
    {
        var csv = string.Join("\n", Header, Row(1, remark: "\"未闭合的备注"), Row(2, "不合格", "纤维含量"), Row(3)) + "\n";
        using var site = Site(csv);
        var result = site.Build();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("content/results/r.csv", 2), (error.Path, error.Line));
        Assert.Equal(Row(1).Length, error.Column);
        Assert.Contains("没有闭合", error.Message);
        Assert.False(site.OutputExists("results/r/index.html"));
    }

    [Theory]
    [InlineData("1,羊绒\"衫,企业1,商店1,170/92A,品牌1,2026-03-01,合格,,所,/", 2, 5, "没有加引号的单元格里出现了英文双引号")]
    [InlineData("1,\"羊绒衫\"X,企业1,商店1,170/92A,品牌1,2026-03-01,合格,,所,/", 2, 8, "双引号闭合之后")]
    [InlineData("1,羊绒衫,企业1,商店1,170/92A,品牌1,2026-03-01,合格,,所,/,多出来的", 2, 1, "比表头的 11 列多 1 个")]
    [InlineData("1,羊绒衫,企业1,商店1,170/92A,品牌1,2026-03-01,合格,,所", 2, 1, "只有 10 个单元格")]
    public void Broken_quoting_and_ragged_rows_are_errors_at_their_line(string row, int line, int column, string message)
    {
        using var site = Site(string.Join("\n", Header, row, Row(2)) + "\n");
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.DataRow, line, column), (error.Code, error.Line, error.Column));
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("序号,产品名称,,被抽样单位", "第 3 列没有列名")]
    [InlineData("序号,产品名称,产品名称,被抽样单位", "列名“产品名称”重复")]
    public void Empty_and_repeated_header_names_are_errors_on_the_header_line(string header, string message)
    {
        using var site = Site(header + "\n1,a,b,c\n");
        var errors = site.Build().Diagnostics.Where(d => d.IsError).ToList();
        Assert.Contains(errors, e => e.Line == 1 && e.Message.Contains(message));
    }

    [Fact]
    public void A_yml_beside_a_csv_is_an_error_naming_both()
    {
        using var site = Site(string.Join("\n", Header, Row(1)) + "\n");
        site.Write("content/results/r.yml", "rows: []\n");
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Contains("r.csv", error.Message);
        Assert.Contains("r.yml", error.Message);
    }

    /// <summary>
    /// Every accepted file gives exactly its data records as rows: generated files with quoted commas,
    /// doubled quotes, line breaks inside quotes, CRLF or LF, blank lines and a final line with or without a break.
    /// </summary>
    [Fact]
    public void Rows_read_equal_the_data_records_written_for_every_accepted_file()
    {
        var random = new Random(20261128);
        string[] pieces = ["羊绒衫", "含,逗号", "含\"引号\"", "两\n行", "  空格  ", "/", "GB 18401-2010", "=1+2"];
        for (var file = 0; file < 200; file++)
        {
            var count = random.Next(0, 12);
            var sb = new StringBuilder(Header);
            var newline = random.Next(2) == 0 ? "\n" : "\r\n";
            for (var r = 0; r < count; r++)
            {
                sb.Append(newline);
                if (random.Next(8) == 0)
                {
                    sb.Append(newline);
                }

                var cells = Enumerable.Range(0, 11).Select(c => c == 0 ? $"{r + 1}" : c == 7 ? "合格" : pieces[random.Next(pieces.Length)]).Select(Quote);
                sb.Append(string.Join(",", cells));
            }

            if (random.Next(2) == 0)
            {
                sb.Append(newline);
            }

            var diagnostics = new List<Diagnostic>();
            var table = CsvTableReader.Read(sb.ToString().Replace("\r\n", "\n"), "r.csv", diagnostics);
            Assert.True(table is not null, string.Join("\n", diagnostics));
            Assert.Equal(count, table.Rows.Count);
            Assert.Equal(Enumerable.Range(1, count).Select(n => n.ToString()), table.Rows.Select(r => r.Values["序号"]));
        }
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    [Fact]
    public void Data_csv_neutralises_cells_that_spreadsheets_would_run_as_formulas()
    {
        using var site = Site(string.Join("\n", Header, Row(1, remark: "=HYPERLINK(\"\"http://x\"\";\"\"点我\"\")").Replace(",=HYPERLINK", ",\"=HYPERLINK") + "\"", Row(2, remark: "@SUM(1)"), Row(3, remark: "+1"), Row(4, remark: "-2")) + "\n");
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var csv = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(site.Output, "results/r/data.csv")));
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",\"'=HYPERLINK(\"\"http://x\"\";\"\"点我\"\")\"", lines[1]);
        Assert.EndsWith(",\"'@SUM(1)\"", lines[2]);
        Assert.EndsWith(",\"'+1\"", lines[3]);
        Assert.EndsWith(",\"'-2\"", lines[4]);
        Assert.DoesNotMatch("(^|,)\"?[=+@-]", string.Join("\n", lines.Skip(1)));
    }
}
