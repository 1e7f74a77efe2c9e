using System.Text;
using QualitySite.Generator.Config;
using QualitySite.Generator.UrlPlanning;

namespace QualitySite.Generator.SiteStructure;

/// <summary>
/// Builds the tags, regions and campaigns taxonomies from listed pages. A term's URL keeps Chinese
/// (percent-encoded in links); two terms that would share a path get distinct ones ("-2").
/// </summary>
public static class TaxonomyBuilder
{
    public static readonly (string Name, string Title)[] Kinds = [("tags", "标签"), ("regions", "地区"), ("campaigns", "专题活动")];

    public static IReadOnlyList<Taxonomy> Build(SiteConfig config, IReadOnlyList<RenderedPage> pages)
    {
        var listed = pages.Where(p => p.Listed).ToList();
        return Kinds.Select(k => Build(config, k.Name, k.Title, listed, TermsOf(k.Name))).ToList();
    }

    private static Func<RenderedPage, IEnumerable<string>> TermsOf(string taxonomy) => taxonomy switch
    {
        "tags" => p => p.Page.Meta.Tags,
        "regions" => p => p.Page.Meta.Region is { } r ? [r] : [],
        _ => p => p.Page.Meta.Campaign is { } c ? [c] : [],
    };

    private static Taxonomy Build(SiteConfig config, string name, string title, List<RenderedPage> listed, Func<RenderedPage, IEnumerable<string>> termsOf)
    {
        var byTerm = listed
            .SelectMany(p => termsOf(p).Distinct().Select(t => (Term: t, Page: p)))
            .GroupBy(x => x.Term, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var terms = new List<Term>();
        foreach (var group in byTerm)
        {
            var segment = Slugifier.UniqueSegment(group.Key, used);

            var sitePath = $"{name}/{segment}/";
            terms.Add(new Term(group.Key, sitePath, SitePaths.Href(config.BasePath, sitePath), group.Select(x => x.Page).ToList()));
        }

        return new Taxonomy(name, title, $"{name}/", SitePaths.Href(config.BasePath, $"{name}/"), terms);
    }

    /// <summary>A path segment for a term (see <see cref="Slugifier.TermSegment"/>).</summary>
    public static string Segment(string term) => Slugifier.TermSegment(term);
}
