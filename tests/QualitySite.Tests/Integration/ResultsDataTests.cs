using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using QualitySite.Generator.Diagnostics;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Integration;

/// <summary>Results announcements as data: validation with row lines, table, chart, downloads, JSON-LD and trends (issue 6).</summary>
public sealed class ResultsDataTests
{
    private const string Header = "序号,产品名称,标称生产企业,被抽样单位,规格型号,商标,生产日期/批号,检验结论,不合格项目,承检机构,备注,所在地";

    private static string Row(int n, string result = "合格", string items = "", string remark = "/", string product = "羊绒衫", string region = "临江区") =>
        $"{n},{product},企业{n},商店{n},170/92A,品牌{n},2026-03-0{n % 9 + 1},{result},{items},清溪市纤维检验所,{remark},{region}";

    private static TestSite Site(string csv, string extra = "batches: 3\npassed: 2\n") => new(new Dictionary<string, string>
    {
        ["content/results/r.md"] = Pages.Notice(title: "羊绒衫抽查结果", extra: "product: 羊绒衫\n" + extra),
        ["content/results/r.csv"] = csv,
    });

    private static readonly string Good = string.Join("\n", Header, Row(1), Row(2, "F", "纤维含量", product: "羊绒开衫", region: "云台区"), Row(3, "P"), Row(4, "/", remark: "拒检")) + "\n";

    [Fact]
    public void Rows_render_as_an_accessible_table_with_figures_chart_and_failures()
    {
        using var site = Site(Good);
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var page = new HtmlParser().ParseDocument(site.ReadOutput("results/r/index.html"));
        var figures = page.QuerySelectorAll(".figures dd").Select(d => d.TextContent).ToList();
        Assert.Equal(["3", "2", "1", "66.7%"], figures);
        var table = page.QuerySelector("table.result-table")!;
        Assert.Contains("抽查明细", table.QuerySelector("caption")!.TextContent);
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        var failed = Assert.Single(table.QuerySelectorAll("tr.row-failed"));
        Assert.Contains("不合格", failed.TextContent);
        Assert.Equal("region", page.QuerySelector(".table-wrap")!.GetAttribute("role"));
        Assert.All(failed.QuerySelectorAll("td"), td => Assert.False(string.IsNullOrEmpty(td.GetAttribute("data-label"))));
        Assert.Equal("检验结论", failed.QuerySelectorAll("td").First(td => td.TextContent == "不合格").GetAttribute("data-label"));
        // The row marks are icons hidden from screen readers: the first cell's name is its number alone.
        var firstCell = failed.QuerySelector("td")!;
        Assert.Equal("2", firstCell.TextContent);
        Assert.Equal("true", firstCell.QuerySelector("svg.row-mark")!.GetAttribute("aria-hidden"));
        var refused = Assert.Single(table.QuerySelectorAll("tr.row-refused"));
        Assert.NotNull(refused.QuerySelector("td svg.row-mark[aria-hidden=true]"));
        Assert.Empty(table.QuerySelectorAll("tbody tr:not(.row-failed):not(.row-refused) svg"));
        var chart = page.QuerySelector("figure.chart")!;
        var bars = chart.QuerySelectorAll(".chart-bar").Select(b => b.TextContent.Trim()).ToList();
        Assert.Contains("羊绒开衫 0.0%（0/1 批）", bars);
        Assert.Equal(chart.QuerySelector("figcaption")!.Id, chart.GetAttribute("aria-labelledby"));
        Assert.Contains("合格率低于 80%", chart.QuerySelector(".chart-legend")!.TextContent);
        Assert.Equal("band-poor", chart.QuerySelectorAll(".chart-bar").First(b => b.TextContent.Contains("羊绒开衫")).QuerySelector(".chart-fill")!.ClassList[1]);
        Assert.Contains("企业2", page.QuerySelector(".non-conforming")!.TextContent);
        Assert.False(site.OutputExists("results/r.csv"));
    }

    [Fact]
    public void Downloads_are_csv_with_bom_and_json_listed_in_sitemap_and_json_ld()
    {
        using var site = Site(Good);
        Assert.True(site.Build().Succeeded);
        var csv = File.ReadAllBytes(Path.Combine(site.Output, "results/r/data.csv"));
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("序号,产品名称,标称生产企业", lines[0]);
        var json = JsonDocument.Parse(site.ReadOutput("results/r/data.json")).RootElement;
        Assert.Equal(4, json.GetProperty("rows").GetArrayLength());
        Assert.Equal("纤维含量", json.GetProperty("rows")[1].GetProperty("不合格项目").GetString());
        Assert.Contains("https://example.gov.cn/results/r/data.csv", site.ReadOutput("sitemap.xml"));

        var ld = JsonDocument.Parse(new HtmlParser().ParseDocument(site.ReadOutput("results/r/index.html")).QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        var dataset = ld.GetProperty("mainEntity");
        Assert.Equal("Dataset", dataset.GetProperty("@type").GetString());
        var urls = dataset.GetProperty("distribution").EnumerateArray().Select(d => d.GetProperty("contentUrl").GetString()).ToList();
        Assert.Contains("https://example.gov.cn/results/r/data.csv", urls);
    }

    [Theory]
    [InlineData("序号 2 不合格，但没有写不合格项目", 3, "F", "")]
    [InlineData("检验结论“待定”不是一个结论", 3, "待定", "")]
    public void Bad_rows_are_errors_at_their_line(string message, int line, string result, string items)
    {
        using var site = Site(string.Join("\n", Header, Row(1), Row(2, result, items), Row(3)) + "\n", "");
        var error = TestSite.Single(site.Build(), DiagnosticCodes.DataRow);
        Assert.Equal(("content/results/r.csv", line), (error.Path, error.Line));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_missing_column_and_an_empty_required_cell_are_errors()
    {
        using var site = Site("序号,产品名称,检验结论\n1,羊绒衫,合格\n", "");
        var errors = site.Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.DataRow).ToList();
        Assert.Contains(errors, e => e.Line == 1 && e.Message.Contains("表头缺少“标称生产企业”列"));

        using var empty = Site(string.Join("\n", Header, Row(1).Replace("企业1", "")) + "\n", "");
        var cell = TestSite.Single(empty.Build(), DiagnosticCodes.DataRow);
        Assert.Equal(2, cell.Line);
        Assert.Contains("“标称生产企业”是空的", cell.Message);
    }

    [Fact]
    public void Front_matter_counts_must_agree_with_the_rows()
    {
        using var site = Site(Good, "batches: 4\npassed: 2\n");
        var error = TestSite.Single(site.Build(), DiagnosticCodes.DataRow);
        Assert.Equal(("content/results/r.md", 5), (error.Path, error.Line));
        Assert.Contains("里有 3 个批次", error.Message);
    }

    [Fact]
    public void A_gbk_spreadsheet_export_is_read_as_gb18030_with_a_note()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var site = Site("");
        site.WriteBytes("content/results/r.csv", Encoding.GetEncoding("GB18030").GetBytes(Good));
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var note = TestSite.Single(result, DiagnosticCodes.NotUtf8);
        Assert.Equal((Severity.Note, "content/results/r.csv"), (note.Severity, note.Path));
        Assert.Contains("GB18030", note.Message);
        Assert.Contains("企业2", site.ReadOutput("results/r/index.html"));
    }

    [Fact]
    public void A_big5_export_is_refused_and_named_as_big5_not_gbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var site = Site("");
        site.WriteBytes("content/results/r.csv", Encoding.GetEncoding("big5").GetBytes(Good.Replace("羊绒衫", "羊絨衫").Replace("纤维含量", "纖維含量").Replace("清溪市纤维检验所", "清溪市纖維檢驗所")));
        var error = TestSite.Single(site.Build(), DiagnosticCodes.NotUtf8);
        Assert.Equal((Severity.Error, "content/results/r.csv"), (error.Severity, error.Path));
        Assert.Contains("Big5", error.Message);
        Assert.Contains("CSV UTF-8", error.Message);
        Assert.False(site.OutputExists("index.html"));
    }

    [Fact]
    public void Rows_can_live_in_a_yml_file_or_the_front_matter_with_their_lines()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/results/y.md"] = Pages.Notice(),
            ["content/results/y.yml"] = "rows:\n  - { 序号: 1, 产品名称: 眼镜, 标称生产企业: 甲, 被抽样单位: 乙, 规格型号: /, 商标: /, 生产日期/批号: /, 检验结论: 合格, 承检机构: 所 }\n  - { 序号: 2, 产品名称: 眼镜, 标称生产企业: 甲, 被抽样单位: 乙, 规格型号: /, 商标: /, 生产日期/批号: /, 检验结论: 不合格, 承检机构: 所 }\n",
            ["content/results/f.md"] = "---\ntitle: 前置数据\ndate: 2026-09-01\nrows:\n  - { 序号: 1, 产品名称: 手机, 标称生产企业: 甲, 被抽样单位: 乙, 规格型号: /, 商标: /, 生产日期/批号: /, 检验结论: 不合格, 承检机构: 所 }\n---\n",
        });
        var errors = site.Build().Diagnostics.Where(d => d.Code == DiagnosticCodes.DataRow).Select(d => (d.Path, d.Line)).ToList();
        Assert.Contains(("content/results/y.yml", 3), errors);
        Assert.Contains(("content/results/f.md", 5), errors);
    }

    [Fact]
    public void Each_product_gets_a_trend_page_across_rounds()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/results/a.md"] = Pages.Notice(title: "2025年羊绒衫", date: "2025-07-01", extra: "product: 羊绒衫\nbatches: 30\npassed: 24\n"),
            ["content/results/b.md"] = Pages.Notice(title: "2026年羊绒衫", date: "2026-07-01", extra: "product: 羊绒衫\nbatches: 40\npassed: 35\n"),
            ["content/results/c.md"] = Pages.Notice(title: "电梯", extra: "product: 电梯\nbatches: 10\npassed: 10\n"),
        });
        Assert.True(site.Build().Succeeded);
        var trend = new HtmlParser().ParseDocument(site.ReadOutput("results/products/羊绒衫/index.html"));
        var rows = trend.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToList()).ToList();
        Assert.Equal(["2025年羊绒衫", "30", "24", "80.0%"], rows[0].Skip(1));
        Assert.Equal(["2026年羊绒衫", "40", "35", "87.5%"], rows[1].Skip(1));
        Assert.Equal(["80.0%（24/30 批）", "87.5%（35/40 批）"], trend.QuerySelectorAll(".chart-value").Select(v => v.TextContent));
        Assert.Contains("/results/products/%E7%BE%8A%E7%BB%92%E8%A1%AB/", site.ReadOutput("results/b/index.html"));
        Assert.Contains("电梯", site.ReadOutput("results/products/index.html"));
        var sitemap = site.ReadOutput("sitemap.xml");
        Assert.Contains("https://example.gov.cn/results/products/%E7%BE%8A%E7%BB%92%E8%A1%AB/", sitemap);
        Assert.Contains("https://example.gov.cn/results/products/</loc>", sitemap);
    }

    [Fact]
    public void A_results_page_cannot_take_the_trend_pages_path()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/results/products.md"] = Pages.Notice(title: "产品") });
        Assert.Contains(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.UrlCollision && d.Path == "content/results/products.md");
    }
}
