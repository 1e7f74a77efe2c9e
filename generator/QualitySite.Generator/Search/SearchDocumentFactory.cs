using QualitySite.Generator.Listing;
using QualitySite.Generator.Templates;

namespace QualitySite.Generator.Search;

/// <summary>Turns the site's pages into search documents, in the site's order (newest first).</summary>
public static class SearchDocumentFactory
{
    public static IReadOnlyList<SearchDocument> From(SiteModel site) =>
        site.Pages.Select((p, i) => new SearchDocument(
            i,
            p.Page.Meta.Title,
            p.Content.Toc.Select(t => t.Text).ToList(),
            string.Join('\n', new[] { p.Page.Meta.Summary, p.Page.Meta.Region, p.Content.PlainText }.OfType<string>()),
            p.Page.Url,
            ViewModelFactory.Kind(p.Page.Section),
            p.Page.Meta.Date,
            p.Page.Meta.Region,
            p.Page.Meta.Tags,
            p.Page.Lang,
            !p.Listed)).ToList();
}
