using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Model;
using QualitySite.Generator.UrlPlanning;

namespace QualitySite.Generator.MarkdownRendering;

/// <summary>
/// Checks and rewrites every link and image of a parsed body, whatever its form (inline,
/// reference, autolink): an unsafe scheme (javascript:, vbscript:, data: outside images) is an
/// error; 'cashmere.md#一看' becomes the page's URL plus the anchor and 'images/burn.svg' the copied
/// file's URL (a missing target is an error at the link); site paths and full URLs on the site's
/// own address are collected for the link check that runs once every output is known.
/// </summary>
public static class LinkRewriter
{
    /// <summary>Rewrites the links and returns what later checks need.</summary>
    public static CollectedLinks Rewrite(MarkdownDocument document, Page page, LinkTargets targets, List<Diagnostic> diagnostics)
    {
        var links = new CollectedLinks();
        var folder = Path.GetDirectoryName(page.Source.ContentPath)?.Replace('\\', '/') ?? "";
        MarkdownWalk.Inlines(document, inline =>
        {
            switch (inline)
            {
                case LinkInline link:
                    link.Url = Check(link.Url, link.IsImage, link.Line, link.Column) ?? link.Url;
                    break;
                case AutolinkInline { IsEmail: false } auto:
                    auto.Url = Check(auto.Url, false, auto.Line, auto.Column) ?? auto.Url;
                    break;
            }
        });

        string? Check(string? url, bool isImage, int line, int column)
        {
            if (url is not { Length: > 0 })
            {
                return null;
            }

            var at = new SourceLocation(page.Source.SitePath, page.BodyFirstLine + line, column + 1);
            switch (UrlKind.Classify(url, isImage, targets.BaseUrl))
            {
                case UrlTarget.Unsafe:
                    diagnostics.Add(Unsafe(at, url, isImage));
                    return "#";
                case UrlTarget.External:
                    links.External.Add(new ExternalLink(at, url));
                    return null;
                case UrlTarget.Site:
                    links.Site.Add(new SiteLink(at, UrlKind.OnSite(url, targets.BaseUrl) ?? url, url));
                    return null;
                case UrlTarget.Anchor:
                    links.Anchors.Add(new AnchorLink(at, page.Source.ContentPath, url[1..]));
                    return null;
                case UrlTarget.Relative:
                    return Relative(folder, url, isImage, targets, at, links, diagnostics);
                default:
                    return null;
            }
        }

        return links;
    }

    public static Diagnostic Unsafe(SourceLocation at, string url, bool isImage)
    {
        var shown = url.Length > 60 ? url[..60] + "…" : url;
        var what = isImage ? "图片地址" : "链接地址";
        return Diagnostic.Error(DiagnosticCodes.UnsafeUrl, at, $"{what}“{shown}”使用了不安全的协议，会在读者的浏览器里执行代码或打开本地内容，不能发布；只能用 http(s)、mailto、tel 或本站路径（图片还可以用 data:image/…）");
    }

    private static string? Relative(string folder, string url, bool isImage, LinkTargets targets, SourceLocation at, CollectedLinks links, List<Diagnostic> diagnostics)
    {
        var hash = url.IndexOf('#');
        var path = hash >= 0 ? url[..hash] : url;
        var anchor = hash >= 0 ? url[hash..] : "";
        var query = path.IndexOf('?');
        path = query >= 0 ? path[..query] : path;
        if (path.Length == 0)
        {
            return null;
        }

        var target = ResolveRelative(folder, Uri.UnescapeDataString(path));
        var resolved = Resolve(target, path, anchor, isImage, targets, at, diagnostics);
        if (anchor.Length > 1 && target is not null && target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            links.Anchors.Add(new AnchorLink(at, target, anchor[1..]));
        }

        return resolved;
    }

    private static string? Resolve(string? target, string path, string anchor, bool isImage, LinkTargets targets, SourceLocation at, List<Diagnostic> diagnostics)
    {
        if (target is not null && target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            if (targets.PageUrls.TryGetValue(target, out var pageUrl))
            {
                return pageUrl + anchor;
            }

            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BrokenLink, at, $"链接“{path}”指向的页面不存在或没有发布（找的是 content/{target}）；检查文件名是否写错，或那个页面是否还是草稿"));
            return null;
        }

        if (target is not null && targets.Files.Contains(target))
        {
            return SitePaths.Href(targets.BasePath, target) + anchor;
        }

        var what = isImage ? "图片" : "文件";
        diagnostics.Add(Diagnostic.Error(isImage ? DiagnosticCodes.MissingImage : DiagnosticCodes.BrokenLink, at,
            $"{what}“{path}”不存在（找的是 content/{target ?? path}）；把文件放到那里，或改正路径"));
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
}

/// <summary>The links of one body that are checked once the whole site is known.</summary>
public sealed class CollectedLinks
{
    public List<AnchorLink> Anchors { get; } = [];

    public List<ExternalLink> External { get; } = [];

    public List<SiteLink> Site { get; } = [];
}
