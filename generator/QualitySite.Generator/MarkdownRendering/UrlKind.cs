namespace QualitySite.Generator.MarkdownRendering;

/// <summary>What a URL written by an editor points at, which decides how it is checked.</summary>
public enum UrlTarget
{
    /// <summary>A scheme a page must never carry: javascript:, vbscript:, data: (outside images), file:, anything unknown.</summary>
    Unsafe,

    /// <summary>http(s) on another site.</summary>
    External,

    /// <summary>A page or file of this site: a site path (/notices/a/) or a full URL on the site's own baseUrl.</summary>
    Site,

    /// <summary>'#anchor' in the same page.</summary>
    Anchor,

    /// <summary>A path relative to the Markdown file (a.md, images/b.png).</summary>
    Relative,

    /// <summary>mailto:, tel:, or an image's data:image/… URL.</summary>
    Other,
}

/// <summary>
/// Classifies link and image URLs. The scheme is read as a browser reads it: tabs, line breaks and
/// other control characters inside it are ignored and case does not matter, so "Java&#9;Script:"
/// is still javascript:. Allowed: http, https, mailto, tel, site paths, relative paths, and
/// data:image/… in images only.
/// </summary>
public static class UrlKind
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    public static UrlTarget Classify(string url, bool isImage, Uri baseUrl)
    {
        var scheme = SchemeOf(url);
        if (scheme is null)
        {
            var trimmed = url.TrimStart();
            return trimmed.StartsWith("//", StringComparison.Ordinal) ? External(trimmed, baseUrl)
                : trimmed.StartsWith('/') ? UrlTarget.Site
                : trimmed.StartsWith('#') ? UrlTarget.Anchor
                : UrlTarget.Relative;
        }

        if (scheme == "data")
        {
            return isImage && Clean(url)["data:".Length..].StartsWith("image/", StringComparison.OrdinalIgnoreCase) ? UrlTarget.Other : UrlTarget.Unsafe;
        }

        if (!SafeSchemes.Contains(scheme))
        {
            return UrlTarget.Unsafe;
        }

        return scheme is "http" or "https" ? External(url, baseUrl) : UrlTarget.Other;
    }

    /// <summary>The path (base path included) and fragment of a full URL on the site's own address (http or https, same host, under the base path), else null.</summary>
    public static string? OnSite(string url, Uri baseUrl)
    {
        var absolute = url.StartsWith("//", StringComparison.Ordinal) ? baseUrl.Scheme + ":" + url : url;
        if (!Uri.TryCreate(absolute.Trim(), UriKind.Absolute, out var uri) || !string.Equals(uri.Host, baseUrl.Host, StringComparison.OrdinalIgnoreCase) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        var path = uri.AbsolutePath;
        var basePath = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath : baseUrl.AbsolutePath + "/";
        return path.StartsWith(basePath, StringComparison.Ordinal) || path + "/" == basePath ? path + uri.Fragment : null;
    }

    private static UrlTarget External(string url, Uri baseUrl) => OnSite(url, baseUrl) is null ? UrlTarget.External : UrlTarget.Site;

    /// <summary>The scheme in lower case, or null when the URL has none (a path or an anchor).</summary>
    public static string? SchemeOf(string url)
    {
        var clean = Clean(url);
        var colon = clean.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        var candidate = clean[..colon];
        if (!char.IsAsciiLetter(candidate[0]) || !candidate.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
        {
            // A colon after '/', '?' or '#' belongs to the path (/a:b/) and makes no scheme.
            return null;
        }

        return candidate.ToLowerInvariant();
    }

    /// <summary>The URL as a browser parses its scheme: spaces and control characters dropped (a tab inside "java\tscript:" does not stop it).</summary>
    private static string Clean(string url) => new(url.Where(c => c > ' ' && !char.IsControl(c)).ToArray());
}
