using QualitySite.Generator.Config;
using QualitySite.Generator.Discovery;
using QualitySite.Generator.Templates.ViewModels;

namespace QualitySite.Generator.Templates;

/// <summary>Builds the site-wide part of every page's view model once per build.</summary>
public static class SiteViewFactory
{
    public static SiteView Create(SiteConfig config, IReadOnlyList<StaticFile> statics)
    {
        var p = config.Publisher;
        return new SiteView(
            config.Title,
            config.Description,
            config.BasePath,
            p.Name,
            p.Address,
            p.Phone,
            p.Icp,
            p.PublicSecurityRecord,
            config.SiteIdCode,
            AssetScanner.FingerprintedUrl(statics, config.BasePath, "assets/site.css"),
            AssetScanner.FingerprintedUrl(statics, config.BasePath, "assets/print.css"),
            config.BasePath + "search/",
            AssetScanner.FingerprintedUrl(statics, config.BasePath, "assets/search.js"),
            config.BasePath + "archives/",
            config.BasePath + "tags/",
            config.BasePath + "regions/",
            config.BasePath + "campaigns/",
            config.BasePath + "atom.xml");
    }
}
