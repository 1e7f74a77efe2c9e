using System.Security.Cryptography;

using QualitySite.Generator.Files;
namespace QualitySite.Generator.Discovery;

/// <summary>
/// Lists the files copied unchanged: <c>templates/assets/**</c> to <c>/assets/</c>, and non-Markdown
/// files under <c>content/</c> to the same path. Gives stylesheet URLs a content hash so a CDN can
/// cache them for long and still pick up a change.
/// </summary>
public static class AssetScanner
{
    public const string AssetsFolder = "assets";

    public static IReadOnlyList<StaticFile> Scan(string siteRoot, IReadOnlyList<SourceFile> content, List<Diagnostics.Diagnostic> problems)
    {
        var prefix = $"templates/{AssetsFolder}/";
        var files = SiteFiles.List(siteRoot, prefix.TrimEnd('/'), problems)
            .Select(f => new StaticFile(f.FullPath, AssetsFolder + "/" + f.SitePath[prefix.Length..], f.SitePath))
            .ToList();
        var markdown = content.Where(f => f.IsMarkdown).Select(f => f.ContentPath[..^3]).ToHashSet(StringComparer.Ordinal);
        files.AddRange(content.Where(f => !f.IsMarkdown && !IsResultsData(f, markdown)).Select(f => new StaticFile(f.FullPath, f.ContentPath, f.SitePath)));
        return files;
    }

    /// <summary>A results page's data file (a.csv, a.xlsx or a.yml beside a.md) is read into the page, not copied.</summary>
    private static bool IsResultsData(SourceFile file, HashSet<string> markdownStems) =>
        file.Section == "results" && SourceFile.DataExtensions.Contains(Path.GetExtension(file.ContentPath).ToLowerInvariant())
        && markdownStems.Contains(file.ContentPath[..^Path.GetExtension(file.ContentPath).Length]);

    /// <summary>A URL for an asset with a short content hash, e.g. /assets/site.css?v=3f2a9c1d0b.</summary>
    public static string FingerprintedUrl(IReadOnlyList<StaticFile> files, string basePath, string outputPath)
    {
        var file = files.FirstOrDefault(f => f.OutputPath == outputPath);
        if (file is null)
        {
            return basePath + outputPath;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file.FullPath)))[..10];
        return $"{basePath}{outputPath}?v={hash}";
    }
}
