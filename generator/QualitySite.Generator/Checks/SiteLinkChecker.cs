using System.Text;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.MarkdownRendering;

namespace QualitySite.Generator.Checks;

/// <summary>
/// Checks links into the site once every output file is known: site paths (/notices/a/), full URLs
/// on the site's own address, with or without #anchor, from page bodies and from site.yml (menu,
/// alert). A link to no page or file is a warning in 'build' and an error in 'check', at the link,
/// with the nearest existing page suggested; an anchor into a content page must name one of its
/// headings.
/// </summary>
public sealed partial class SiteLinkChecker
{
    private readonly HashSet<string> _outputs;
    private readonly IReadOnlyDictionary<string, IReadOnlySet<string>> _ids;
    private readonly string _basePath;
    private readonly Severity _severity;

    /// <param name="outputs">Every output path (notices/a/index.html, assets/site.css).</param>
    /// <param name="idsByOutput">The element ids of content pages, by output path.</param>
    public SiteLinkChecker(IEnumerable<string> outputs, IReadOnlyDictionary<string, IReadOnlySet<string>> idsByOutput, string basePath, Severity severity)
    {
        _outputs = outputs.Select(o => o.Normalize(NormalizationForm.FormC)).ToHashSet(StringComparer.Ordinal);
        _ids = idsByOutput;
        _basePath = basePath;
        _severity = severity;
    }

    public IEnumerable<Diagnostic> Check(IEnumerable<SiteLink> links)
    {
        foreach (var link in links)
        {
            if (Problem(link.Path) is { } problem)
            {
                yield return new Diagnostic(_severity, DiagnosticCodes.BrokenLink, link.At.Path, link.At.Line, link.At.Column, $"链接“{link.Written}”{problem}");
            }
        }
    }

    /// <summary>
    /// qsite check: links the templates generate (menus, breadcrumbs, tag and archive links, pagers,
    /// trend links), read from every HTML page built in memory; each broken target is reported once,
    /// naming a page that carries it.
    /// </summary>
    public IEnumerable<Diagnostic> CheckGenerated(IEnumerable<Model.OutputFile> outputs, IReadOnlySet<string> alreadyReported)
    {
        var seen = new HashSet<string>(alreadyReported, StringComparer.Ordinal);
        foreach (var file in outputs.Where(f => f.Content is not null && f.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = Encoding.UTF8.GetString(file.Content!);
            foreach (System.Text.RegularExpressions.Match match in GeneratedLink().Matches(html))
            {
                var url = System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
                if (seen.Add(url) && Problem(url) is { } problem)
                {
                    yield return new Diagnostic(_severity, DiagnosticCodes.BrokenLink, $"templates（生成的页面 /{file.Path}）", 0, 0, $"模板生成的链接“{url}”{problem}");
                }
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("(?:href|src)=\"(/[^\"#]*)[^\"]*\"")]
    private static partial System.Text.RegularExpressions.Regex GeneratedLink();

    /// <summary>What is wrong with a link to a site path, or null when it reaches a page or file (and its anchor, if any).</summary>
    public string? Problem(string path)
    {
        var hash = path.IndexOf('#');
        var anchor = hash >= 0 ? Uri.UnescapeDataString(path[(hash + 1)..]) : "";
        var rest = hash >= 0 ? path[..hash] : path;
        var query = rest.IndexOf('?');
        rest = query >= 0 ? rest[..query] : rest;
        if (!rest.StartsWith(_basePath, StringComparison.Ordinal) && rest + "/" != _basePath)
        {
            return $"不在本站地址 {_basePath} 之下；本站的链接要以 {_basePath} 开头";
        }

        var relative = Uri.UnescapeDataString(rest[Math.Min(rest.Length, _basePath.Length)..]).Normalize(NormalizationForm.FormC);
        if (Resolve(relative) is not { } output)
        {
            var near = Nearest(relative);
            return $"指向的页面或文件不存在；{(near is null ? "检查地址是否写错，或那个页面是否还是草稿" : $"是不是要链接到 {_basePath}{near}？")}";
        }

        if (anchor.Length > 0 && _ids.TryGetValue(output, out var ids) && !ids.Contains(anchor))
        {
            return $"指向的页面里没有标题“#{anchor}”；{(ids.Count == 0 ? "那个页面没有小标题，删去 # 及其后面的部分" : $"那个页面的小标题有 {string.Join("、", ids.Order(StringComparer.Ordinal).Take(6).Select(i => "#" + i))}")}";
        }

        return null;
    }

    private string? Resolve(string relative)
    {
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            return _outputs.Contains(relative + "index.html") ? relative + "index.html" : null;
        }

        return _outputs.Contains(relative) ? relative : _outputs.Contains(relative + "/index.html") ? relative + "/index.html" : null;
    }

    /// <summary>The existing page whose path is closest to the broken one (edit distance), if any is close.</summary>
    private string? Nearest(string relative) =>
        Suggestions.Closest(relative.TrimEnd('/'), _outputs.Where(o => o.EndsWith("index.html", StringComparison.Ordinal)).Select(o => o[..^"index.html".Length]), o => o.TrimEnd('/'));

    /// <summary>The links written in site.yml (menu entries, the alert's link) that point into the site; unsafe ones are errors.</summary>
    public static IEnumerable<SiteLink> FromConfig(Config.SiteConfig config, List<Diagnostic> diagnostics)
    {
        // Menu paths are written from the site root and get the base path when rendered (/notices/ → /scjgj/notices/); the alert's link is used as written.
        var written = config.Menu.Select(m => (m.Url, m.At, Menu: true)).Concat(config.Alert is { Link: { } link } alert ? [(link, alert.LinkAt, false)] : []);
        foreach (var (url, at, menu) in written)
        {
            var kind = UrlKind.Classify(url, isImage: false, config.BaseUrl);
            if (kind == UrlTarget.Unsafe)
            {
                diagnostics.Add(LinkRewriter.Unsafe(at, url, isImage: false));
            }
            else if (kind == UrlTarget.Site)
            {
                var path = UrlKind.OnSite(url, config.BaseUrl) ?? (menu ? UrlPlanning.SitePaths.Href(config.BasePath, url) : url);
                yield return new SiteLink(at, path, url);
            }
        }
    }
}
