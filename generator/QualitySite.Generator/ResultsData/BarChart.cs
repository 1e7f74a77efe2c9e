using System.Globalization;
using System.Net;
using System.Text;

namespace QualitySite.Generator.ResultsData;

/// <summary>One bar: a label and a pass rate from 0 to 100, with the counts behind it.</summary>
public sealed record Bar(string Label, double Rate, int Passed, int Batches);

/// <summary>
/// Draws pass rates as a horizontal bar chart in inline SVG at build time: no JavaScript, readable
/// on a phone (it scales to the column width), with a title and a text description for screen
/// readers; the same figures are in a table beside it.
/// </summary>
public static class BarChart
{
    private const int Width = 640;
    private const int LabelWidth = 200;
    private const int RowHeight = 40;

    public static string Svg(string title, IReadOnlyList<Bar> bars, string id)
    {
        var height = bars.Count * RowHeight + 30;
        var description = string.Join("；", bars.Select(b => $"{b.Label} {Percent(b.Rate)}（{b.Passed}/{b.Batches}）"));
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" xmlns=\"http://www.w3.org/2000/svg\">");
        sb.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{Escape(title)}</title><desc id=\"{id}-d\">{Escape(description)}</desc>");
        var plot = Width - LabelWidth - 70;
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = 10 + i * RowHeight;
            var w = Math.Max(1, bar.Rate / 100 * plot);
            var fill = bar.Rate >= 90 ? "#1c6b3a" : bar.Rate >= 80 ? "#0b4a8b" : "#b3261e";
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 24}\" text-anchor=\"end\" font-size=\"16\" fill=\"#1f2328\">{Escape(Shorten(bar.Label))}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 6}\" width=\"{plot}\" height=\"24\" fill=\"#f3f6fa\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + 6}\" width=\"{w:0.#}\" height=\"24\" fill=\"{fill}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + plot + 6}\" y=\"{y + 24}\" font-size=\"16\" fill=\"#1f2328\">{Percent(bar.Rate)}</text>");
        }

        sb.Append("</svg>");
        return sb.ToString();
    }

    public static string Percent(double rate) => rate.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Shorten(string label) => label.Length > 12 ? label[..11] + "…" : label;

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
