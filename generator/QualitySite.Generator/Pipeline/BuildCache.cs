using System.Collections.Concurrent;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.MarkdownRendering;
using QualitySite.Generator.Parsing;
using QualitySite.Generator.Templates;

namespace QualitySite.Generator.Pipeline;

/// <summary>
/// What a preview server keeps between rebuilds so an edit does not redo everything: compiled
/// templates (until a template file changes), each file's parse result (until the file's size or
/// time stamp changes), each page's rendered Markdown (until its text or the set of pages and
/// files it can link to changes), each output page with a hash of what it was made from (it is
/// rendered again only when that changes) and the Traditional copies of unchanged files. The site
/// model, lists and search are worked out anew each time, so the result equals a clean build's.
/// </summary>
public sealed class BuildCache
{
    private readonly ConcurrentDictionary<string, (string Body, string Targets, RenderedMarkdown Rendered, Diagnostic[] Diagnostics)> _rendered = new(StringComparer.Ordinal);
    private (string Stamp, TemplateCatalog Catalog)? _templates;

    /// <summary>Each file's parse result, until the file (or its data file) changes.</summary>
    public ParseCache Parsed { get; } = new();

    /// <summary>Search analysis of unchanged pages.</summary>
    public Search.InvertedIndex.AnalysisCache Search { get; } = new();

    /// <summary>The last build's pages by what they were made from.</summary>
    public RenderMemo Renders { get; } = new();

    /// <summary>The last build's Traditional copies by the bytes they were made from.</summary>
    public Edition.EditionMemo Editions { get; } = new();

    public TemplateCatalog? Templates(string stamp) => _templates is { } t && t.Stamp == stamp ? t.Catalog : null;

    public void KeepTemplates(string stamp, TemplateCatalog catalog) => _templates = (stamp, catalog);

    public bool TryRendered(string contentPath, string body, string targets, out RenderedMarkdown? rendered, out Diagnostic[] diagnostics)
    {
        if (_rendered.TryGetValue(contentPath, out var hit) && ReferenceEquals(hit.Body, body) && hit.Targets == targets)
        {
            (rendered, diagnostics) = (hit.Rendered, hit.Diagnostics);
            return true;
        }

        (rendered, diagnostics) = (null, []);
        return false;
    }

    public void KeepRendered(string contentPath, string body, string targets, RenderedMarkdown rendered, IEnumerable<Diagnostic> diagnostics) =>
        _rendered[contentPath] = (body, targets, rendered, diagnostics.ToArray());
}
