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
                $"{g.Key.Section} 栏目里有 {g.Count()} 个页面用了同一个标题“{g.Key.Title}”：{string.Join("、", g.Select(x => x.Source.SitePath))}；给每个页面起不同的标题")));
}
