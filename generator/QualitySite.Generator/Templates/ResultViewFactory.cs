using System.Globalization;
using QualitySite.Generator.Model;
using QualitySite.Generator.ResultsData;
using QualitySite.Generator.SiteStructure;
using QualitySite.Generator.Templates.ViewModels;
using QualitySite.Generator.UrlPlanning;

namespace QualitySite.Generator.Templates;

/// <summary>View models of results data: a page's table and chart, and a product's trend across rounds.</summary>
public static class ResultViewFactory
{
    public const string TrendsFolder = ProductTrends.Folder;

    public static ResultDataView? Data(Page page, string basePath, UiText t, Func<string, string> words)
    {
        if (page.Table is not { } table)
        {
            return null;
        }

        var rows = table.Rows.Select(r => new ResultRowView(
            table.Columns.Select(c => new CellView(c, c == ResultTable.Result ? ResultText(r) : r[c])).ToList(), r.Outcome == Outcome.Fail, r.Outcome == Outcome.Refused)).ToList();
        var failed = table.Rows.Where(r => r.Outcome == Outcome.Fail)
            .Select(r => new NonConformingView(r[ResultTable.Product], r[ResultTable.Maker], r[ResultTable.Seller], r[ResultTable.FailedItems])).ToList();
        var (chartTitle, bars) = ChartBars(table);
        var folder = SitePaths.Href(basePath, page.SitePath);
        var (csv, json) = ResultDownloads.Sizes(page)!.Value;
        return new ResultDataView(
            $"{page.Meta.Title}：抽查明细（共{table.Rows.Count}行）",
            table.Columns,
            rows,
            failed,
            Chart("chart", words(chartTitle), bars, t),
            folder + ResultDownloads.CsvName,
            Size(csv),
            folder + ResultDownloads.JsonName,
            Size(json),
            table.Refused);
    }

    public static ResultFiguresView Figures(int batches, int passed) =>
        new(batches, passed, batches - passed, batches == 0 ? "—" : BarChart.Percent(passed * 100.0 / batches));

    /// <summary>Pass rate by product when the round covers several, else by the region column, else one bar.</summary>
    private static (string Title, List<Bar> Bars) ChartBars(ResultTable table)
    {
        var counted = table.Rows.Where(r => r.Outcome != Outcome.Refused).ToList();
        var products = counted.Select(r => r[ResultTable.Product]).Distinct().Count();
        var regionColumn = table.Columns.FirstOrDefault(c => c.Contains("所在地", StringComparison.Ordinal) || c == "地区");
        var (title, key) = products > 1 ? ("各产品批次合格率", (Func<ResultRow, string>)(r => r[ResultTable.Product]))
            : regionColumn is not null ? ("各地区批次合格率", r => r[regionColumn])
            : ("批次合格率", r => r[ResultTable.Product]);
        var bars = counted.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Bar(g.Key, g.Count(r => r.Outcome == Outcome.Pass) * 100.0 / g.Count(), g.Count(r => r.Outcome == Outcome.Pass), g.Count()))
            .ToList();
        return (title, bars);
    }

    /// <param name="lang">The trend page's language: a round written in the other script carries its own.</param>
    public static TrendView Trend(string product, IReadOnlyList<RenderedPage> rounds, UiText t, string lang)
    {
        var views = rounds.Select(r =>
        {
            var (batches, passed) = Counts(r.Page)!.Value;
            return new TrendRoundView(r.Page.Meta.Title, r.Page.Url, r.Page.Lang == lang ? null : r.Page.Lang, ViewModelFactory.Date(r.Page.Meta.Date), batches, passed, Figures(batches, passed).PassRate);
        }).ToList();
        var bars = rounds.Select(r =>
        {
            var (batches, passed) = Counts(r.Page)!.Value;
            return new Bar(r.Page.Meta.Date.ToString("yyyy年M月", CultureInfo.InvariantCulture), batches == 0 ? 0 : passed * 100.0 / batches, passed, batches);
        }).ToList();
        return new TrendView(product, product + t.TrendOf, Chart("trend", $"{product}{t.PassRate}", bars, t), views, t);
    }

    /// <summary>The chart's view: each bar's figures in words (96.0%，24/25 批), the colour bands it uses explained.</summary>
    public static ChartView Chart(string id, string title, IReadOnlyList<Bar> bars, UiText t)
    {
        var views = bars.Select(b => new ChartBarView(b.Label, $"{BarChart.Percent(b.Rate)}（{b.Passed}/{b.Batches} {t.BatchesUnit}）", BarChart.Width(b.Rate), b.Band)).ToList();
        var used = bars.Select(b => b.Band).ToHashSet(StringComparer.Ordinal);
        var legend = BarChart.Bands.Where(b => used.Contains(b.Band))
            .Select(b => new LegendView(b.Band, b.Band switch { "good" => t.BandGood, "fair" => t.BandFair, _ => t.BandPoor })).ToList();
        return new ChartView(id, title, views, t.ChartLegend, legend);
    }

    /// <summary>Batches and passed of a round (see <see cref="ProductTrends.Counts"/>).</summary>
    public static (int Batches, int Passed)? Counts(Page page) => ProductTrends.Counts(page);

    private static string ResultText(ResultRow row) => row.Outcome switch
    {
        Outcome.Fail => "不合格",
        Outcome.Refused => "拒检",
        _ => "合格",
    };

    private static string Size(int bytes) => bytes < 1024 ? $"{bytes} B" : $"{Math.Ceiling(bytes / 1024.0):0} KB";
}
