using System.Text;
using QualitySite.Generator.Config;
using QualitySite.Generator.Conversion;
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
        // One term per meaning: 羊绒衫 and 羊絨衫 are one tag, named as the Simplified pages write it when any does.
        var byTerm = listed
            .SelectMany(p => termsOf(p).Distinct().Select(t => (Term: t, Page: p)))
            .GroupBy(x => MeaningKey(x.Term), StringComparer.Ordinal)
            .Select(g => (Name: DisplayName(g.Key, g.Select(x => x.Term)), Pages: g.Select(x => x.Page).Distinct(ReferenceEqualityComparer.Instance).Cast<RenderedPage>().ToList()))
            .OrderBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var terms = new List<Term>();
        foreach (var (termName, pages) in byTerm)
        {
            var segment = Slugifier.UniqueSegment(termName, used);
            var sitePath = $"{name}/{segment}/";
            terms.Add(new Term(termName, sitePath, SitePaths.Href(config.BasePath, sitePath), pages));
        }

        return new Taxonomy(name, title, $"{name}/", SitePaths.Href(config.BasePath, $"{name}/"), terms);
    }

    /// <summary>
    /// The term's name in Simplified (its pages and address use it; the Traditional edition shows it
    /// converted): the Simplified form a page wrote, else the form most pages wrote, in Simplified.
    /// </summary>
    private static string DisplayName(string key, IEnumerable<string> forms)
    {
        var all = forms.ToList();
        return all.Contains(key, StringComparer.Ordinal) ? key
            : ScriptConverter.ToSimplified(all.GroupBy(f => f, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key);
    }

    /// <summary>
    /// What a term means, whichever script it is written in: its Simplified form (OpenCC's
    /// Traditional → Simplified tables), folded by the Unihan table for what those leave out. The
    /// fold alone missed 籤 (標籤 and 标签 became two tags of one name, and the build failed).
    /// </summary>
    /// <remarks>Remembered (a site has a few hundred terms, asked for on every page that lists them), up to 100,000 of them.</remarks>
    public static string MeaningKey(string written) =>
        Meanings.TryGetValue(written, out var known) ? known
        : Meanings.Count > 100_000 ? Compute(written)
        : Meanings.GetOrAdd(written, Compute);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Meanings = new(StringComparer.Ordinal);

    private static string Compute(string written) => FoldTable.Default.Key(ScriptConverter.ToSimplified(written));

    /// <summary>A path segment for a term (see <see cref="Slugifier.TermSegment"/>).</summary>
    public static string Segment(string term) => Slugifier.TermSegment(term);
}
