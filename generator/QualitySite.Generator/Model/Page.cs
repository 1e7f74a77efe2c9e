using QualitySite.Generator.Discovery;
using QualitySite.Generator.Parsing;

namespace QualitySite.Generator.Model;

/// <summary>A content page with its place in the site: section, slug, URL and output file.</summary>
public sealed record Page
{
    public required SourceFile Source { get; init; }
    public required FrontMatter Meta { get; init; }
    public required string Body { get; init; }
    public required int BodyFirstLine { get; init; }

    /// <summary>Section folder name: notices, guides, results or pages.</summary>
    public required string Section { get; init; }

    public required string Slug { get; init; }

    /// <summary>Language tag of the page: the front matter's lang or the site default.</summary>
    public required string Lang { get; init; }

    /// <summary>Unencoded site path with a trailing slash, e.g. notices/质量月/.</summary>
    public required string SitePath { get; init; }

    /// <summary>Percent-encoded href from the site root, including the base path, e.g. /notices/%E8%B4%A8/.</summary>
    public required string Url { get; init; }

    /// <summary>Output file relative to the output folder, e.g. notices/质量月/index.html.</summary>
    public required string OutputPath { get; init; }

    /// <summary>Normalised site paths of the page's old URLs (aliases).</summary>
    public IReadOnlyList<string> AliasPaths { get; init; } = [];

    /// <summary>A results announcement's rows, when it has them.</summary>
    public ResultsData.ResultTable? Table { get; init; }

    /// <summary>Commits that touched the file, newest first (empty outside git). Internal: they date the sitemap, and are shown only on sites that opt in.</summary>
    public IReadOnlyList<Change> History { get; init; } = [];

    /// <summary>The public 修改记录, newest first: the front matter's change notes (or, on sites that opt in, the commit subjects).</summary>
    public IReadOnlyList<ChangeNote> ChangeNotes { get; init; } = [];

    /// <summary>最后更新 as readers see it: 'updated', else the latest change note, else none.</summary>
    public DateTimeOffset? Updated => Meta.Updated ?? (ChangeNotes.Count > 0 ? ChangeNotes.Max(c => c.Date) : null);

    /// <summary>When the page last changed for readers, feeds and structured data: <see cref="Updated"/>, else its date.</summary>
    public DateTimeOffset LastModified => Updated ?? Meta.Date;

    /// <summary>sitemap.xml's lastmod: the later of <see cref="LastModified"/> and the last commit that changed the file.</summary>
    public DateTimeOffset SitemapModified => History.Count > 0 && History[0].Date > LastModified ? History[0].Date : LastModified;
}
