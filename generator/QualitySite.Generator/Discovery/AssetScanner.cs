using System.Security.Cryptography;

namespace QualitySite.Generator.Discovery;

/// <summary>
/// Lists the files copied unchanged: <c>templates/assets/**</c> to <c>/assets/</c>, and non-Markdown
/// files under <c>content/</c> to the same path. Gives stylesheet URLs a content hash so a CDN can
/// cache them for long and still pick up a change.
/// </summary>
public static class AssetScanner
{
    public const string AssetsFolder = "assets";

    public static IReadOnlyList<StaticFile> Scan(string templatesRoot, IReadOnlyList<SourceFile> content)
    {
        var files = new List<StaticFile>();
        var assets = Path.Combine(templatesRoot, AssetsFolder);
        if (Directory.Exists(assets))
        {
            files.AddRange(Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories)
                .Select(f => (f, rel: Path.GetRelativePath(assets, f).Replace('\\', '/')))
                .Where(x => !x.rel.Split('/').Any(p => p.StartsWith('.')))
                .OrderBy(x => x.rel, StringComparer.Ordinal)
                .Select(x => new StaticFile(x.f, $"{AssetsFolder}/{x.rel}", $"templates/{AssetsFolder}/{x.rel}")));
        }

        files.AddRange(content.Where(f => !f.IsMarkdown && !IsResultsData(f)).Select(f => new StaticFile(f.FullPath, f.ContentPath, f.SitePath)));
        return files;
    }

    /// <summary>A results page's data file (a.csv or a.yml beside a.md) is read into the page, not copied.</summary>
    private static bool IsResultsData(SourceFile file) =>
        file.Section == "results" && (file.ContentPath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || file.ContentPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        && File.Exists(Path.ChangeExtension(file.FullPath, ".md"));

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
