using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Ganss.Xss;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Model;

namespace QualitySite.Generator.MarkdownRendering;

/// <summary>
/// What raw HTML may carry on a site that allows it (markdown.unsafeHtml: true): the body is passed
/// through HtmlSanitizer with an allow-list (the tags Markdown itself makes, plus the tags and
/// attributes site.yml adds, and &lt;iframe&gt; only from the video hosts it lists). Never a script,
/// an event handler, a javascript: URL or a style that loads a URL: each removal is reported at the
/// page (a warning in build, an error in check), and links that remain are handed to the link check.
/// </summary>
public sealed partial class HtmlPolicy(IReadOnlyList<string> extraTags, IReadOnlyList<string> extraAttributes, IReadOnlyList<string> frameHosts, Severity severity)
{
    public string Clean(string html, Page page, List<Diagnostic> diagnostics, Action<string, bool> onUrl)
    {
        var at = new SourceLocation(page.Source.SitePath, page.BodyFirstLine, 1);
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        var sanitizer = Create(removed);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is not IElement element)
            {
                return;
            }

            if (element.GetAttribute("style") is { } style && LoadsUrl().IsMatch(style))
            {
                element.RemoveAttribute("style");
                removed.Add($"<{element.LocalName}> 的 style（样式里加载了外部地址）");
            }

            foreach (var name in new[] { "href", "src" })
            {
                if (element.GetAttribute(name) is { Length: > 0 } url)
                {
                    onUrl(url, element.LocalName == "img");
                }
            }
        };
        if (UnclosedNoConvert(html, page) is { } unclosed)
        {
            diagnostics.Add(unclosed);
        }

        var clean = sanitizer.Sanitize(html);
        if (removed.Count > 0)
        {
            diagnostics.Add(new Diagnostic(severity, DiagnosticCodes.HtmlSanitized, at.Path, FindLine(page, removed), 1,
                $"原始 HTML 中不安全或不允许的内容已被删除，不会发布：{string.Join("；", removed.Take(6))}；删去它们，或在 site.yml 的 markdown.allowedTags / allowedAttributes / frameHosts 中明确允许"));
        }

        return clean;
    }

    private HtmlSanitizer Create(SortedSet<string> removed)
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.UnionWith(["id", "class", "scope", "colspan", "rowspan", "start", "lang", "role", "aria-label", "aria-describedby", "aria-hidden"]);
        sanitizer.AllowedSchemes.UnionWith(["mailto", "tel", "data"]);
        sanitizer.AllowedTags.UnionWith(extraTags);
        sanitizer.AllowedAttributes.UnionWith(extraAttributes);
        if (frameHosts.Count > 0)
        {
            sanitizer.AllowedTags.Add("iframe");
            sanitizer.AllowedAttributes.UnionWith(["allowfullscreen", "frameborder", "width", "height", "title", "loading", "referrerpolicy"]);
        }

        sanitizer.FilterUrl += (_, e) =>
        {
            var tag = e.Tag.LocalName;
            var scheme = UrlKind.SchemeOf(e.OriginalUrl);
            if (scheme == "data" && !(tag == "img" && e.OriginalUrl.TrimStart()[5..].StartsWith("image/", StringComparison.OrdinalIgnoreCase))
                || tag == "iframe" && !AllowedFrame(e.OriginalUrl))
            {
                e.SanitizedUrl = null;
            }
        };
        sanitizer.RemovingTag += (_, e) => removed.Add($"<{e.Tag.LocalName}>");
        sanitizer.RemovingAttribute += (_, e) => removed.Add($"<{e.Tag.LocalName}> 的 {e.Attribute.Name}=\"{Short(e.Attribute.Value)}\"");
        sanitizer.RemovingStyle += (_, e) => removed.Add($"<{e.Tag.LocalName}> 的样式 {e.Style.Name}");
        sanitizer.RemovingComment += (_, _) => { };
        return sanitizer;
    }

    private bool AllowedFrame(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == "https"
        && frameHosts.Any(h => uri.Host.Equals(h, StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));

    private static string Short(string value) => value.Length > 40 ? value[..40] + "…" : value;

    /// <summary>The body line of the first raw tag named in a removal, else the body's first line.</summary>
    private static int FindLine(Page page, SortedSet<string> removed)
    {
        var lines = page.Body.Split('\n');
        foreach (var item in removed)
        {
            var tag = item[1..item.IndexOf('>')];
            var i = Array.FindIndex(lines, l => l.Contains("<" + tag, StringComparison.OrdinalIgnoreCase));
            if (i >= 0)
            {
                return page.BodyFirstLine + i;
            }
        }

        return page.BodyFirstLine;
    }

    [GeneratedRegex(@"url\s*\(|expression\s*\(|image-set\s*\(|@import|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex LoadsUrl();
}
