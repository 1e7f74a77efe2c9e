using QualitySite.Generator.Config;
using QualitySite.Generator.MarkdownRendering;
using QualitySite.Generator.Model;

namespace QualitySite.Generator.SiteStructure;

/// <summary>A page with its rendered body, summary and status on the build date.</summary>
/// <param name="Expired">Its expiryDate has passed: still online, out of lists and feeds.</param>
/// <param name="Inactive">Its validity is 失效 or 废止: still online, out of lists and feeds.</param>
public sealed record RenderedPage(Page Page, RenderedMarkdown Content, string Summary, bool Expired, bool Inactive)
{
    /// <summary>Shown in section, taxonomy and home lists and in feeds.</summary>
    public bool Listed => !Expired && !Inactive;
}

/// <summary>A section (栏目) with its listed pages, newest first.</summary>
public sealed record SectionListing(SectionConfig Config, string SitePath, string Url, IReadOnlyList<RenderedPage> Pages);

/// <summary>The neighbours of a page inside its section: older (上一篇) and newer (下一篇).</summary>
public sealed record Neighbours(RenderedPage? Older, RenderedPage? Newer);

/// <summary>A taxonomy (tags, regions, campaigns) and its terms.</summary>
public sealed record Taxonomy(string Name, string Title, string SitePath, string Url, IReadOnlyList<Term> Terms);

/// <summary>One term of a taxonomy with its listed pages, newest first.</summary>
public sealed record Term(string Name, string SitePath, string Url, IReadOnlyList<RenderedPage> Pages);

/// <summary>A year of the archive, with its months.</summary>
public sealed record ArchiveYear(int Year, string SitePath, string Url, IReadOnlyList<ArchiveMonth> Months)
{
    public int Count => Months.Sum(m => m.Pages.Count);
}

/// <summary>A month of the archive: every published page of that month, expired ones included.</summary>
public sealed record ArchiveMonth(int Year, int Month, string SitePath, string Url, IReadOnlyList<RenderedPage> Pages);

/// <summary>The whole site as later stages see it. Immutable; relations are looked up by site path.</summary>
public sealed record SiteModel
{
    public required SiteConfig Config { get; init; }

    /// <summary>The build date: campaigns, alerts and expiry are judged against it.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>Every published page, newest first.</summary>
    public required IReadOnlyList<RenderedPage> Pages { get; init; }

    public required IReadOnlyList<SectionListing> Sections { get; init; }

    public required IReadOnlyList<Taxonomy> Taxonomies { get; init; }

    public required IReadOnlyList<ArchiveYear> Archives { get; init; }

    public required IReadOnlyDictionary<string, Neighbours> NeighboursBySitePath { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<RenderedPage>> RelatedBySitePath { get; init; }

    public required IReadOnlyDictionary<string, RenderedPage> ByContentPath { get; init; }

    /// <summary>Each product's results rounds over time (generated pages under /results/products/).</summary>
    public IReadOnlyList<ProductTrend> Trends { get; init; } = [];

    public CampaignConfig? CurrentCampaign { get; init; }

    public AlertConfig? ActiveAlert { get; init; }

    public IEnumerable<RenderedPage> Listed => Pages.Where(p => p.Listed);

    public SectionListing Section(string name) => Sections.First(s => s.Config.Name == name);

    private IReadOnlyDictionary<(string, string), Term>? _terms;

    /// <summary>The term a page's tag, region or campaign belongs to, written in either script (羊絨衫 → the 羊绒衫 term); null for an unlisted page's own term.</summary>
    public Term? TermOf(string taxonomy, string written)
    {
        if (_terms is null)
        {
            var terms = new Dictionary<(string, string), Term>();
            foreach (var each in Taxonomies)
            {
                foreach (var term in each.Terms)
                {
                    terms.TryAdd((each.Name, TaxonomyBuilder.MeaningKey(term.Name)), term);
                }
            }

            _terms = terms;
        }

        return _terms.GetValueOrDefault((taxonomy, TaxonomyBuilder.MeaningKey(written)));
    }

    /// <summary>
    /// The name of the term a written tag or region belongs to; when no listed page has it (only
    /// expired or inactive pages name it), the written form in Simplified, as a term's name is
    /// (臨江區 on a Traditional page is the search filter's 临江区, which the edition shows converted).
    /// </summary>
    public string TermName(string taxonomy, string written) => TermOf(taxonomy, written)?.Name ?? Conversion.ScriptConverter.ToSimplified(written);
}
