using QualitySite.Generator.Config;
using QualitySite.Generator.Model;
using QualitySite.Generator.UrlPlanning;

namespace QualitySite.Generator.SiteStructure;

/// <summary>A product's results rounds over time: a generated page at /results/products/&lt;product&gt;/.</summary>
public sealed record ProductTrend(string Product, string SitePath, string Url, IReadOnlyList<RenderedPage> Rounds);

/// <summary>
/// The trend pages, built with the rest of the site model so that the sitemap, the link check and
/// the reserved paths see them: one page per product that has results rounds with counts, and an
/// index of them at /results/products/.
/// </summary>
public static class ProductTrends
{
    /// <summary>Where trend pages live (reserved: no results page may take it).</summary>
    public const string Folder = SectionDefaults.TrendsFolder;

    public static IReadOnlyList<ProductTrend> Build(IReadOnlyList<RenderedPage> pages, SiteConfig config)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        return pages.Where(p => p.Page.Section == SectionDefaults.Results && p.Page.Meta.Product is not null && Counts(p.Page) is not null)
            .GroupBy(p => p.Page.Meta.Product!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var segment = Slugifier.UniqueSegment(g.Key, used);

                var sitePath = Folder + segment + "/";
                return new ProductTrend(g.Key, sitePath, SitePaths.Href(config.BasePath, sitePath), g.OrderBy(p => p.Page.Meta.Date).ToList());
            })
            .ToList();
    }

    /// <summary>Batches and passed of a round: from its rows, else from its front matter.</summary>
    public static (int Batches, int Passed)? Counts(Page page) =>
        page.Table is { } t ? (t.Batches, t.Passed) : page.Meta is { Batches: { } b, Passed: { } p } ? (b, p) : null;
}
