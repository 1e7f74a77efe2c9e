using QualitySite.Generator.Config;
using QualitySite.Generator.Discovery;
using QualitySite.Generator.Templates.ViewModels;

namespace QualitySite.Generator.Templates;

/// <summary>Builds the site-wide part of every page's view model once per build.</summary>
public static class SiteViewFactory
{
    /// <summary>The site icon: site.yml's favicon, else the theme's.</summary>
    public static string Favicon(SiteConfig config) => config.Favicon ?? "assets/favicon.svg";

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
            AssetScanner.FingerprintedUrl(statics, config.BasePath, "assets/site.js"),
            AssetScanner.FingerprintedUrl(statics, config.BasePath, Favicon(config)),
            Path.GetExtension(Favicon(config)).ToLowerInvariant() switch { ".svg" => "image/svg+xml", ".png" => "image/png", ".ico" => "image/x-icon", _ => null },
            config.BasePath + "archives/",
            config.BasePath + "tags/",
            config.BasePath + "regions/",
            config.BasePath + "campaigns/",
            config.BasePath + "atom.xml");
    }
}
