using QualitySite.Generator.Diagnostics;
using QualitySite.Tests.Support;
using static QualitySite.Tests.Support.Workbook;

namespace QualitySite.Tests.Integration;

/// <summary>Results read from the spreadsheets agencies send: title rows skipped, cells as shown, errors naming sheet and cell (issue 11).</summary>
public sealed class XlsxTests
{
    private static readonly CellValue?[] Header = ["序号", "产品名称", "标称生产企业", "被抽样单位", "规格型号", "商标", "生产日期/批号", "检验结论", "不合格项目", "承检机构", "备注"];

    private static CellValue?[] Row(int n, string brand, double serial, string result = "合格", string items = "") =>
        [new(null, n), "羊绒衫", $"企业{n}", $"商店{n}", "170/92A", brand, new(null, serial, "yyyy-mm-dd"), result, items, "清溪市纤维检验所", new(null, 0.125, "0.0%")];

    private static TestSite Site(byte[] xlsx, string extra = "") => Build(xlsx, extra);

    private static TestSite Build(byte[] xlsx, string extra)
    {
        var site = new TestSite(new Dictionary<string, string> { ["content/results/x.md"] = Pages.Notice(title: "羊绒衫抽查结果", extra: "product: 羊绒衫\n" + extra) });
        site.WriteBytes("content/results/x.xlsx", xlsx);
        return site;
    }

    [Fact]
    public void Title_rows_are_skipped_and_numbers_and_dates_read_as_shown()
    {
        var rows = new List<IReadOnlyList<CellValue?>>
        {
            new CellValue?[] { "2026年羊绒衫产品质量监督抽查结果" },
            Array.Empty<CellValue?>(),
            Header,
            Row(1, "锦绣", 46126),
            Row(2, "福满", 46127, "不合格", "纤维含量"),
        };
        using var site = Site(Create("抽查结果", rows, merge: "A1:K1"), "batches: 2\npassed: 1\n");
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var json = System.Text.Json.JsonDocument.Parse(site.ReadOutput("results/x/data.json")).RootElement.GetProperty("rows");
        Assert.Equal(2, json.GetArrayLength());
        Assert.Equal("1", json[0].GetProperty("序号").GetString());
        Assert.Equal("2026-04-14", json[0].GetProperty("生产日期/批号").GetString());
        Assert.Equal("12.5%", json[0].GetProperty("备注").GetString());
        Assert.Equal("纤维含量", json[1].GetProperty("不合格项目").GetString());
        Assert.False(site.OutputExists("results/x.xlsx"));
    }

    [Fact]
    public void An_empty_required_cell_is_an_error_naming_sheet_and_cell()
    {
        using var site = Site(Create("Sheet1", [Header, Row(1, "锦绣", 46126), Row(2, "", 46127)]));
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal(("content/results/x.xlsx", 3, 6), (error.Path, error.Line, error.Column));
        Assert.StartsWith("Sheet1!F3: ", error.Message);
    }

    [Fact]
    public void A_cell_beyond_the_header_is_an_error_not_dropped()
    {
        var row = Row(1, "锦绣", 46126).Append("多余的值").ToArray();
        using var site = Site(Create("Sheet1", [Header, row]));
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.StartsWith("Sheet1!L2: ", error.Message);
    }

    [Fact]
    public void The_sheet_named_in_front_matter_is_read_and_a_missing_one_is_an_error()
    {
        var book = Create("结果", [Header, Row(1, "锦绣", 46126)], secondSheet: "说明");
        using (var site = Site(book, "sheet: 结果\n"))
        {
            var result = site.Build();
            Assert.True(result.Succeeded, TestSite.Errors(result));
        }

        using var wrong = Site(book, "sheet: 明细\n");
        var error = Assert.Single(wrong.Build().Diagnostics, d => d.IsError);
        Assert.Contains("没有名为“明细”的工作表", error.Message);
        Assert.Contains("说明", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_a_located_error()
    {
        using var site = Site("序号,产品名称\n"u8.ToArray());
        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal((DiagnosticCodes.DataRow, "content/results/x.xlsx"), (error.Code, error.Path));
    }
}
