using System.Text;
using QualitySite.Generator.ResultsData;
using QualitySite.Generator.SiteStructure;

namespace QualitySite.Generator.Search;

/// <summary>Turns the site's pages into search documents, in the site's order (newest first).</summary>
public static class SearchDocumentFactory
{
    public static IReadOnlyList<SearchDocument> From(SiteModel site) =>
        site.Pages.Select((p, i) => new SearchDocument(
            i,
            p.Page.Meta.Title,
            p.Content.Toc.Select(t => t.Text).ToList(),
            string.Join('\n', new[] { p.Page.Meta.Summary, p.Page.Meta.Region, p.Content.PlainText, TableText(p.Page.Table) }.OfType<string>()),
            p.Page.Url,
            Config.ContentKinds.ForSection(p.Page.Section).Kind,
            p.Page.Meta.Date,
            p.Page.Meta.Region is { } region ? site.TermName("regions", region) : null,
            p.Page.Meta.Tags.Select(t => site.TermName("tags", t)).Distinct().ToList(),
            p.Page.Lang,
            !p.Listed)).ToList();

    /// <summary>
    /// A results announcement's rows, a line each: a reader looking up the shop they bought from or
    /// a maker's name finds the announcement even when its prose names neither.
    /// </summary>
    private static string? TableText(ResultTable? table)
    {
        if (table is null || table.Rows.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var row in table.Rows)
        {
            foreach (var column in table.Columns)
            {
                var value = row[column];
                if (value.Length > 0 && value != "/")
                {
                    text.Append(value).Append(' ');
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
