namespace QualitySite.Generator.Discovery;

/// <summary>
/// Stage 2: lists the files under <c>content/</c> in ordinal order (the root of deterministic
/// output). Dotfiles and dot-folders (.git, editor swap files) are skipped.
/// </summary>
public static class ContentScanner
{
    public const string ContentFolder = "content";

    public static IReadOnlyList<SourceFile> Scan(string siteRoot)
    {
        var root = Path.Combine(siteRoot, ContentFolder);
        if (!Directory.Exists(root))
        {
            return [];
        }

        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(full => (full, rel: Path.GetRelativePath(root, full).Replace('\\', '/')))
            .Where(f => !f.rel.Split('/').Any(part => part.StartsWith('.') || part.EndsWith('~')))
            .OrderBy(f => f.rel, StringComparer.Ordinal)
            .Select(f => new SourceFile(f.full, $"{ContentFolder}/{f.rel}", f.rel, SectionOf(f.rel)))
            .ToList();
    }

    private static string SectionOf(string contentPath)
    {
        var slash = contentPath.IndexOf('/');
        return slash < 0 ? "" : contentPath[..slash];
    }
}
