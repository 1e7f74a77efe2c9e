using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Model;

namespace QualitySite.Generator.Checks;

/// <summary>Editorial checks across pages that do not stop a build.</summary>
public static class SiteChecks
{
    /// <summary>Two pages of one section with the same title confuse readers and search results.</summary>
    public static IEnumerable<Diagnostic> DuplicateTitles(IReadOnlyList<Page> pages) =>
        pages.GroupBy(p => (p.Section, p.Meta.Title))
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Select(p => Diagnostic.Warning(DiagnosticCodes.DuplicateTitle, p.Meta.At(Parsing.FieldCatalog.Title),
                $"the title '{g.Key.Title}' is used by {g.Count()} pages in {g.Key.Section}: {string.Join(", ", g.Select(x => x.Source.SitePath))}; give each a distinct title")));
}
