using System.Globalization;

namespace QualitySite.Generator.ResultsData;

/// <summary>One bar: a label and a pass rate from 0 to 100, with the counts behind it.</summary>
public sealed record Bar(string Label, double Rate, int Passed, int Batches)
{
    /// <summary>The colour band of the bar (see <see cref="BarChart.BandOf"/>).</summary>
    public string Band => BarChart.BandOf(Rate);
}

/// <summary>
/// The one rule of how pass rates are drawn: the colour band of a rate and the percentage text.
/// The chart itself is HTML (templates/partials/chart.hbs): real text that keeps its size on a
/// phone, bars with their label above them, a legend that explains the colours.
/// </summary>
public static class BarChart
{
    /// <summary>The bands from best to worst, with the lowest rate each takes.</summary>
    public static readonly IReadOnlyList<(string Band, double From)> Bands = [("good", 90), ("fair", 80), ("poor", 0)];

    public static string BandOf(double rate) => Bands.First(b => rate >= b.From).Band;

    public static string Percent(double rate) => rate.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>The bar's length as a CSS percentage: at least a sliver, so 0% still shows where the bar starts.</summary>
    public static string Width(double rate) => Math.Clamp(rate, 1, 100).ToString("0.#", CultureInfo.InvariantCulture);
}
