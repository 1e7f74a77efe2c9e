using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Files;

namespace QualitySite.Generator.Discovery;

/// <summary>
/// Stage 2: lists the files under <c>content/</c> in ordinal order (the root of deterministic
/// output), safely (see <see cref="SiteFiles"/>): what cannot be read safely is reported, not read.
/// </summary>
public static class ContentScanner
{
    public const string ContentFolder = "content";

    public static IReadOnlyList<SourceFile> Scan(string siteRoot, List<Diagnostic> problems) =>
        SiteFiles.List(siteRoot, ContentFolder, problems)
            .Select(f => (f.FullPath, f.SitePath, Rel: f.SitePath[(ContentFolder.Length + 1)..]))
            .Select(f => new SourceFile(f.FullPath, f.SitePath, f.Rel, SectionOf(f.Rel)))
            .ToList();

    private static string SectionOf(string contentPath)
    {
        var slash = contentPath.IndexOf('/');
        return slash < 0 ? "" : contentPath[..slash];
    }
}
