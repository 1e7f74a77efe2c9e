using System.Text;

namespace QualitySite.Generator.UrlPlanning;

/// <summary>
/// Turns site-relative paths into hrefs (percent-encoded UTF-8) and output paths, and refuses any
/// path that would leave the output folder.
/// </summary>
public static class SitePaths
{
    /// <summary>Percent-encodes each segment of a site path, keeping '/' separators.</summary>
    public static string Href(string basePath, string sitePath) =>
        basePath + string.Join('/', sitePath.TrimStart('/').Split('/').Select(Uri.EscapeDataString));

    /// <summary>The output file for a pretty URL path such as notices/a/ (index.html inside it).</summary>
    /// <summary>
    /// The address of a page in the Traditional edition: the edition's folder (traditional.path)
    /// after the base path. <paramref name="url"/> is a root-relative address starting with the base path.
    /// </summary>
    public static string EditionHref(string basePath, string folder, string url) =>
        url.StartsWith(basePath, StringComparison.Ordinal) ? basePath + folder + url[basePath.Length..] : url;

    /// <summary>True for an address (after the base path) the Traditional edition has its own copy of: pages, lists and feeds, not assets or data files.</summary>
    public static bool InEdition(ReadOnlySpan<char> pathAfterBase, string folder)
    {
        var cut = pathAfterBase.IndexOfAny('?', '#');
        var path = cut < 0 ? pathAfterBase : pathAfterBase[..cut];
        return !path.StartsWith(folder, StringComparison.Ordinal) && !path.StartsWith("assets/", StringComparison.Ordinal)
            && (path.Length == 0 || path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal)
                || path.EndsWith("atom.xml", StringComparison.Ordinal) || IsFeed(path, "rss.xml") || IsFeed(path, "feed.json"));
    }

    /// <summary>True for the site's or a section's feed of that name (rss.xml, notices/rss.xml), which the edition has in Traditional too.</summary>
    private static bool IsFeed(ReadOnlySpan<char> path, string name) =>
        path.EndsWith(name, StringComparison.Ordinal) && (path.Length == name.Length || path[^(name.Length + 1)] == '/');

    public static string OutputFileFor(string sitePath)
    {
        var trimmed = sitePath.Trim('/');
        if (trimmed.Length == 0)
        {
            return "index.html";
        }

        return trimmed.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? trimmed : trimmed + "/index.html";
    }

    /// <summary>Normalises a site path such as /old/page.html; null when it escapes the site or is malformed.</summary>
    public static string? Normalize(string path)
    {
        if (path.Contains('\\') || path.Contains('?') || path.Contains('#') || path.Any(char.IsControl))
        {
            return null;
        }

        var decoded = Uri.UnescapeDataString(path);
        var segments = new List<string>();
        foreach (var segment in decoded.Split('/'))
        {
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment == ".." || segment.Contains('\\'))
            {
                return null;
            }

            segments.Add(segment.Normalize(NormalizationForm.FormC));
        }

        var joined = string.Join('/', segments);
        return path.EndsWith('/') || joined.Length == 0 ? joined + "/" : joined;
    }

    /// <summary>True when <paramref name="relative"/> resolves inside <paramref name="root"/>.</summary>
    public static bool StaysInside(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(rootFull, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
