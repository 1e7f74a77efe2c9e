using QualitySite.Generator.Config;
using QualitySite.Generator.UrlPlanning;

namespace QualitySite.Generator.SiteStructure;

/// <summary>Groups every published page (expired and repealed ones too: the archive is the record) by year and month.</summary>
public static class ArchiveBuilder
{
    public const string Folder = "archives";

    public static IReadOnlyList<ArchiveYear> Build(SiteConfig config, IReadOnlyList<RenderedPage> pages) =>
        pages.GroupBy(p => p.Page.Meta.Date.Year)
            .OrderByDescending(g => g.Key)
            .Select(year => new ArchiveYear(
                year.Key,
                $"{Folder}/{year.Key}/",
                SitePaths.Href(config.BasePath, $"{Folder}/{year.Key}/"),
                year.GroupBy(p => p.Page.Meta.Date.Month)
                    .OrderByDescending(m => m.Key)
                    .Select(m => new ArchiveMonth(year.Key, m.Key, $"{Folder}/{year.Key}/{m.Key:D2}/", SitePaths.Href(config.BasePath, $"{Folder}/{year.Key}/{m.Key:D2}/"), m.ToList()))
                    .ToList()))
            .ToList();
}
