namespace QualitySite.Generator.Discovery;

/// <summary>A file found under <c>content/</c>.</summary>
/// <param name="FullPath">Absolute path on disk.</param>
/// <param name="SitePath">Path relative to the site folder with '/' separators, used in diagnostics, e.g. content/notices/a.md.</param>
/// <param name="ContentPath">Path relative to content/, e.g. notices/a.md.</param>
/// <param name="Section">First folder under content/ (notices, guides, results, pages), or "" for files at the top.</param>
public sealed record SourceFile(string FullPath, string SitePath, string ContentPath, string Section)
{
    /// <summary>The extensions of a results page's data file (read into the page, never copied).</summary>
    public static readonly string[] DataExtensions = [".csv", ".xlsx", ".yml"];

    public bool IsMarkdown => ContentPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>File name without the .md extension: the default slug.</summary>
    public string Stem => Path.GetFileNameWithoutExtension(ContentPath);
}
