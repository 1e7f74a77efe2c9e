using System.Globalization;
using QualitySite.Generator.Config;
using QualitySite.Generator.MarkdownRendering;
using QualitySite.Generator.Model;
using QualitySite.Generator.Validation;

namespace QualitySite.Generator.Listing;

/// <summary>Stage 6: sorts pages into sections (newest first, then by path) and links neighbours. Pure.</summary>
public static class SiteModelBuilder
{
    public const int SummaryLength = 120;

    public static SiteModel Build(SiteConfig config, IReadOnlyList<(Page Page, RenderedMarkdown Content)> rendered)
    {
        var pages = rendered
            .Select(r => new RenderedPage(r.Page, r.Content, r.Page.Meta.Summary ?? Excerpt(r.Content.PlainText, SummaryLength)))
            .OrderByDescending(p => p.Page.Meta.Date)
            .ThenBy(p => p.Page.SitePath, StringComparer.Ordinal)
            .ToList();

        var sections = config.Sections.Values
            .OrderBy(s => SectionDefaults.All.ToList().FindIndex(d => d.Name == s.Name))
            .Select(s => new SectionListing(s, $"{s.Name}/", SitePaths.Href(config.BasePath, $"{s.Name}/"), pages.Where(p => p.Page.Section == s.Name).ToList()))
            .ToList();

        var neighbours = new Dictionary<string, Neighbours>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            var list = section.Pages;
            for (var i = 0; i < list.Count; i++)
            {
                neighbours[list[i].Page.SitePath] = new Neighbours(
                    i + 1 < list.Count ? list[i + 1] : null,
                    i > 0 ? list[i - 1] : null);
            }
        }

        return new SiteModel(config, pages, sections, neighbours);
    }

    /// <summary>The first <paramref name="length"/> text elements of the text, on one line, with '…' when cut.</summary>
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
