using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Model;
using QualitySite.Generator.Validation;

namespace QualitySite.Generator.MarkdownRendering;

/// <summary>
/// Rewrites relative links in a parsed body: 'cashmere.md#一看' becomes the page's URL plus the
/// anchor, 'images/burn.svg' becomes the copied file's URL. A target that does not exist is an
/// error at the link's line in the file.
/// </summary>
public static class LinkRewriter
{
    /// <summary>Rewrites the links and returns those that later checks need: anchors into pages and external addresses.</summary>
    public static (List<AnchorLink> Anchors, List<ExternalLink> External) Rewrite(MarkdownDocument document, Page page, LinkTargets targets, List<Diagnostic> diagnostics)
    {
        var anchors = new List<AnchorLink>();
        var external = new List<ExternalLink>();
        var folder = Path.GetDirectoryName(page.Source.ContentPath)?.Replace('\\', '/') ?? "";
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is not { Length: > 0 } url)
            {
                continue;
            }

            var at = new SourceLocation(page.Source.SitePath, page.BodyFirstLine + link.Line, link.Column + 1);
            if (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                external.Add(new ExternalLink(at, url));
                continue;
            }

            var hash = url.IndexOf('#');
            var path = hash >= 0 ? url[..hash] : url;
            var anchor = hash >= 0 ? url[hash..] : "";
            if (url.StartsWith('#'))
            {
                anchors.Add(new AnchorLink(at, page.Source.ContentPath, anchor[1..]));
                continue;
            }

            if (!IsRelative(url) || path.Length == 0)
            {
                continue;
            }

            var target = ResolveRelative(folder, Uri.UnescapeDataString(path));
            link.Url = Resolve(target, path, anchor, link.IsImage, targets, at, diagnostics) ?? url;
            if (anchor.Length > 1 && target is not null && target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                anchors.Add(new AnchorLink(at, target, anchor[1..]));
            }
        }

        return (anchors, external);
    }

    private static string? Resolve(string? target, string path, string anchor, bool isImage, LinkTargets targets, SourceLocation at, List<Diagnostic> diagnostics)
    {
        if (target is not null && target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            if (targets.PageUrls.TryGetValue(target, out var pageUrl))
            {
                return pageUrl + anchor;
            }

            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BrokenLink, at, $"the link to '{path}' points at no published page (looked for content/{target}); check the file name, or whether that page is a draft"));
            return null;
        }

        if (target is not null && targets.Files.Contains(target))
        {
            return SitePaths.Href(targets.BasePath, target) + anchor;
        }

        var what = isImage ? "image" : "file";
        diagnostics.Add(Diagnostic.Error(isImage ? DiagnosticCodes.MissingImage : DiagnosticCodes.BrokenLink, at,
            $"the {what} '{path}' does not exist (looked for content/{target ?? path}); put the file there or correct the path"));
        return null;
    }

    /// <summary>Resolves a relative path against a folder under content/; null when it climbs out of content/.</summary>
    public static string? ResolveRelative(string folder, string path)
    {
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(segment);
        }

        return string.Join('/', parts);
    }

    private static bool IsRelative(string url) =>
        !url.StartsWith('/') && !url.StartsWith('#') && !url.Contains(':');
}
