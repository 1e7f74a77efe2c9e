using System.Globalization;
using QualitySite.Generator.Config;
using QualitySite.Generator.MarkdownRendering;
using QualitySite.Generator.Model;
using QualitySite.Generator.UrlPlanning;

namespace QualitySite.Generator.SiteStructure;

/// <summary>
/// Stage 6: sorts pages (newest first, then by path), decides what is listed on the build date
/// (expired and repealed pages stay online but leave lists), and builds sections, taxonomies,
/// archives, neighbours, related pages, the current campaign and the active alert. Pure.
/// </summary>
public static class SiteModelBuilder
{
    public const int SummaryLength = 120;

    public static SiteModel Build(SiteConfig config, IReadOnlyList<(Page Page, RenderedMarkdown Content)> rendered, DateTimeOffset now)
    {
        // Summaries are cut by text element, which takes a while over thousands of pages: in parallel.
        var made = new RenderedPage[rendered.Count];
        Parallel.For(0, rendered.Count, i => made[i] = Made(rendered[i].Page, rendered[i].Content, now));
        var pages = made
            .OrderByDescending(p => p.Page.Meta.Date)
            .ThenBy(p => p.Page.SitePath, StringComparer.Ordinal)
            .ToList();

        var sections = config.Sections.Values
            .OrderBy(s => SectionDefaults.All.ToList().FindIndex(d => d.Name == s.Name))
            .Select(s => new SectionListing(s, $"{s.Name}/", SitePaths.Href(config.BasePath, $"{s.Name}/"), pages.Where(p => p.Listed && p.Page.Section == s.Name).ToList()))
            .ToList();

        // The lists below do not depend on each other: build them side by side.
        IReadOnlyList<Taxonomy>? taxonomies = null;
        IReadOnlyList<ArchiveYear>? archives = null;
        IReadOnlyDictionary<string, IReadOnlyList<RenderedPage>>? related = null;
        Parallel.Invoke(
            () => taxonomies = TaxonomyBuilder.Build(config, pages),
            () => archives = ArchiveBuilder.Build(config, pages),
            () => related = RelatedFinder.Find(pages));

        return new SiteModel
        {
            Config = config,
            Now = now,
            Pages = pages,
            Sections = sections,
            Taxonomies = taxonomies!,
            Archives = archives!,
            NeighboursBySitePath = Neighbours(sections),
            RelatedBySitePath = related!,
            ByContentPath = pages.ToDictionary(p => p.Page.Source.ContentPath, StringComparer.Ordinal),
            Trends = ProductTrends.Build(pages, config),
            CurrentCampaign = config.Campaigns.FirstOrDefault(c => Within(now, c.Start, c.End)),
            ActiveAlert = config.Alert is { } a && Within(now, a.Start, a.End) ? a : null,
        };
    }

    /// <summary>True when <paramref name="now"/> falls between start and the end of the end date.</summary>
    public static bool Within(DateTimeOffset now, DateTimeOffset start, DateTimeOffset end) =>
        now >= start && now < (end.TimeOfDay == TimeSpan.Zero ? end.AddDays(1) : end);

    private static Dictionary<string, Neighbours> Neighbours(List<SectionListing> sections)
    {
        var neighbours = new Dictionary<string, Neighbours>(StringComparer.Ordinal);
        foreach (var list in sections.Select(s => s.Pages))
        {
            for (var i = 0; i < list.Count; i++)
            {
                neighbours[list[i].Page.SitePath] = new Neighbours(i + 1 < list.Count ? list[i + 1] : null, i > 0 ? list[i - 1] : null);
            }
        }

        return neighbours;
    }

    /// <summary>The first <paramref name="length"/> text elements of the text, on one line, with '…' when cut.</summary>
    /// <summary>A page of the site model: its summary, and whether it has expired or is no longer in force.</summary>
    public static RenderedPage Made(Page page, RenderedMarkdown content, DateTimeOffset now) => new(
        page,
        content,
        page.Meta.Summary ?? Excerpt(content.PlainText, SummaryLength),
        page.Meta.ExpiryDate is { } expiry && expiry <= now,
        Parsing.Validity.IsNotInForce(page.Meta.Validity));

    public static string Excerpt(string text, int length)
    {
        // Look only at the head of the text: enough characters for the excerpt, whatever the page's length.
        var head = text.Length > length * 4 ? text[..(length * 4)] : text;
        var flat = string.Join(' ', head.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var end = 0;
        for (var count = 0; count < length && end < flat.Length; count++)
        {
            end += StringInfo.GetNextTextElementLength(flat, end);
        }

        var cut = end < flat.Length || head.Length < text.Length;
        return cut ? flat[..end].TrimEnd() + "…" : flat;
    }
}
