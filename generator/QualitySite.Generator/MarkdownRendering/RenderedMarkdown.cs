namespace QualitySite.Generator.MarkdownRendering;

/// <summary>The Markdown body of a page turned into HTML, with what lists, search and templates need from it.</summary>
/// <param name="Html">The body HTML.</param>
/// <param name="Toc">Level 2 and 3 headings, in order.</param>
/// <param name="PlainText">Text without markup, for summaries and search.</param>
/// <param name="CharacterCount">Characters of text (CJK-aware word count: one per Han character).</param>
/// <param name="Ids">Every element id the body defines (headings), for checking '#anchor' links.</param>
/// <param name="Anchors">Links to an anchor in this or another page.</param>
/// <param name="ExternalLinks">Links to other sites, for 'qsite check'.</param>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<TocEntry> Toc, string PlainText, int CharacterCount)
{
    public IReadOnlySet<string> Ids { get; init; } = new HashSet<string>();

    public IReadOnlyList<AnchorLink> Anchors { get; init; } = [];

    public IReadOnlyList<ExternalLink> ExternalLinks { get; init; } = [];

    /// <summary>Links to pages or files of this site written as site paths or full URLs, checked once every output is known.</summary>
    public IReadOnlyList<SiteLink> SiteLinks { get; init; } = [];
}

/// <summary>A link to '#anchor' in a content file (the page's own, or another's by its path under content/).</summary>
public sealed record AnchorLink(Diagnostics.SourceLocation At, string TargetContentPath, string Anchor);

/// <summary>A link to another site, with where it is written.</summary>
public sealed record ExternalLink(Diagnostics.SourceLocation At, string Url);

/// <summary>A link written as a site path (/notices/a/#x) or a full URL on the site's own address, with where it is written.</summary>
/// <param name="Path">The path from the site root as written, e.g. /notices/a/#x (base path included, if any).</param>
/// <param name="Written">The URL as the editor wrote it, for messages.</param>
public sealed record SiteLink(Diagnostics.SourceLocation At, string Path, string Written);

/// <summary>One heading in a page's table of contents.</summary>
public sealed record TocEntry(int Level, string Id, string Text);
