using QualitySite.Generator.Config;
using QualitySite.Generator.MarkdownRendering;
using QualitySite.Generator.Model;

namespace QualitySite.Generator.Listing;

/// <summary>A page with its rendered body and summary: what lists and templates work from.</summary>
public sealed record RenderedPage(Page Page, RenderedMarkdown Content, string Summary);

/// <summary>A section (栏目) with its pages, newest first.</summary>
public sealed record SectionListing(SectionConfig Config, string SitePath, string Url, IReadOnlyList<RenderedPage> Pages);

/// <summary>The neighbours of a page inside its section: older (上一篇) and newer (下一篇).</summary>
public sealed record Neighbours(RenderedPage? Older, RenderedPage? Newer);

/// <summary>The whole site as later stages see it. Immutable; relations are looked up by site path.</summary>
public sealed record SiteModel(
    SiteConfig Config,
    IReadOnlyList<RenderedPage> Pages,
    IReadOnlyList<SectionListing> Sections,
    IReadOnlyDictionary<string, Neighbours> NeighboursBySitePath)
{
    public SectionListing Section(string name) => Sections.First(s => s.Config.Name == name);
}
