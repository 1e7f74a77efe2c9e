using QualitySite.Generator.Config;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Discovery;
using QualitySite.Generator.Edition;
using QualitySite.Generator.MarkdownRendering;
using QualitySite.Generator.Model;
using QualitySite.Generator.Parsing;
using QualitySite.Generator.SiteStructure;
using QualitySite.Generator.Templates;
using QualitySite.Generator.UrlPlanning;

namespace QualitySite.Generator.Pipeline;

/// <summary>
/// The preview's quick answer to an edited page: that page alone read, planned, rendered and
/// wrapped against the last good build (its neighbours, lists, menus and search as they were), so
/// the editor sees the edit at once. The rebuild that follows (which renders again only what the
/// edit reaches) brings lists, feeds, search and neighbours up to date and replaces these files; a
/// page that cannot be previewed alone (a new, removed or moved page, a data file, any error)
/// waits for that rebuild.
/// </summary>
public sealed class PagePreview
{
    private readonly SiteConfig _config;
    private readonly SiteModel _site;
    private readonly SiteRenderer _renderer;
    private readonly MarkdownRenderer _markdown;
    private readonly TraditionalEdition? _edition;
    private readonly Dictionary<string, SourceFile> _files;
    private readonly Dictionary<string, SourceFile> _listed;
    private readonly BuildOptions _options;
    private readonly History _history;
    private readonly DateTimeOffset _now;

    /// <summary>What the content stages of a build used, kept for the preview: the files listed, the history, the build time and the Markdown renderer.</summary>
    internal sealed record Inputs(IReadOnlyList<SourceFile> Files, History History, DateTimeOffset Now, MarkdownRenderer Markdown);

    internal PagePreview(BuildOptions options, SiteConfig config, SiteModel site, SiteRenderer renderer, TraditionalEdition? edition, Inputs inputs)
    {
        (_options, _config, _site, _renderer, _edition) = (options, config, site, renderer, edition);
        (_markdown, _history, _now) = (inputs.Markdown, inputs.History, inputs.Now);
        _files = inputs.Files.ToDictionary(f => Path.GetFullPath(f.FullPath), StringComparer.Ordinal);
        _listed = inputs.Files.ToDictionary(f => f.ContentPath, StringComparer.Ordinal);
    }

    private static bool ErrorsIn(DiagnosticBag bag, SourceFile file) =>
        bag.Sorted().Any(d => d.IsError && d.Path == file.SitePath);

    /// <summary>Why the last call gave null (for the preview's log).</summary>
    public string? Skipped { get; private set; }

    private IReadOnlyList<OutputFile>? Skip(string why)
    {
        Skipped = why;
        return null;
    }

    /// <summary>The page's files (and its Traditional copy) made from the file as it is now, or null when only a full rebuild can show the change.</summary>
    public IReadOnlyList<OutputFile>? Render(string fullPath)
    {
        try
        {
            return Quick(fullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The file is being written or was just removed: the full rebuild will see it as it ends up.
            return Skip("文件无法读取");
        }
    }

    private IReadOnlyList<OutputFile>? Quick(string fullPath)
    {
        if (!_files.TryGetValue(Path.GetFullPath(fullPath), out var file) || !file.IsMarkdown || !_site.ByContentPath.TryGetValue(file.ContentPath, out var before))
        {
            return Skip("上一次生成的网站里没有这个页面");
        }

        var diagnostics = new List<Diagnostic>();
        var document = ContentParser.ParseOne(file, _config, diagnostics, _listed);
        var bag = new DiagnosticBag();
        bag.AddRange(diagnostics);
        if (document is null || bag.HasErrors)
        {
            return Skip("文件有错误");
        }

        var planned = PagePlanner.Plan(PublicationFilter.Published([document], _now, _options.IncludeDrafts, _options.IncludeFuture), _config, bag, _history);
        // Planned alone, the site's own checks (a campaign's landing page, say) miss the other pages: only this file's errors count.
        if (planned.Count != 1 || ErrorsIn(bag, file) || planned[0].OutputPath != before.Page.OutputPath || planned[0].Url != before.Page.Url)
        {
            return Skip(planned.Count != 1 ? "这个页面不再发布" : ErrorsIn(bag, file) ? "文件有错误" : $"页面地址变了（{before.Page.Url} → {planned[0].Url}）");
        }

        var markdownProblems = new List<Diagnostic>();
        var content = MarkdownRenderer.Safely(_markdown, planned[0], markdownProblems);
        var rendering = new DiagnosticBag();
        rendering.AddRange(markdownProblems);
        var page = _renderer.RenderOne(SiteModelBuilder.Made(planned[0], content, _now), rendering);
        if (page is null || rendering.HasErrors)
        {
            return Skip("文件有错误");
        }

        return _edition?.Convert(page) is { } traditional ? [page, traditional] : [page];
    }
}
