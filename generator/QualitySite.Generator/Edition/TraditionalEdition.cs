using System.Text;
using QualitySite.Generator.Config;
using QualitySite.Generator.Conversion;
using QualitySite.Generator.Model;
using QualitySite.Generator.UrlPlanning;

namespace QualitySite.Generator.Edition;

/// <summary>
/// The Traditional edition (繁體版, site.yml traditional.enabled): every page, list, feed and search
/// fragment again under traditional.path, converted from the finished Simplified output at build
/// time, so it has everything the Simplified page has (titles, body, labels, menu, alert, chart,
/// tables) with no JavaScript and no service. Not converted: addresses and file names (attributes),
/// code, scripts, anything inside class="noconvert" and text already marked zh-Hant (pages written
/// in Traditional appear as written). Links to pages, lists and feeds point into the edition.
/// </summary>
public sealed partial class TraditionalEdition
{
    private readonly SiteConfig _config;
    private readonly ScriptConverter _converter;
    private readonly string _folder;
    private readonly string _lang;
    private readonly string _absoluteBase;

    public TraditionalEdition(SiteConfig config)
    {
        _config = config;
        _folder = config.Traditional.Folder;
        _converter = ScriptConverter.Default.With(config.TraditionalTerms, config.Traditional.Variant);
        _lang = Languages.TraditionalTag(config.Traditional.Variant);
        _absoluteBase = config.BaseUrl.GetLeftPart(UriPartial.Authority);
    }

    /// <summary>Ends the origin of every file the edition writes (the origin of the file it is a copy of, then this).</summary>
    public const string OriginMark = "（繁體版）";

    /// <summary>True for an output file the edition converts a copy of (pages, feeds); its search fragments come from <see cref="Fragments"/>.</summary>
    public bool Covers(string outputPath) => SitePaths.InEdition(outputPath, _folder);

    /// <summary>Where the edition's copy of an output file goes.</summary>
    public string PathOf(string outputPath) => _folder + outputPath;

    /// <summary>The edition's copy of a generated file (HTML, an Atom or RSS feed, JSON), or null when the edition has none.</summary>
    public OutputFile? Convert(OutputFile file)
    {
        if (!Covers(file.Path) || file.Content is null)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(file.Content);
        var converted = Convert(file.Path, text);
        return new OutputFile(PathOf(file.Path), OutputFile.Utf8(converted), null, file.Origin + OriginMark);
    }

    /// <summary>The edition's copy of a page, in this thread's builder: write it before the thread converts anything else.</summary>
    public StringBuilder ConvertPage(string outputPath, StringBuilder html)
    {
        // The page is read from a copy in this thread's buffer, not from a string of its own.
        var buffer = t_page is { } reused && reused.Length >= html.Length ? reused : t_page = new char[Math.Max(html.Length, 64 * 1024)];
        html.CopyTo(0, buffer, html.Length);
        PageNames().Clear();
        return MarkupBuilder(buffer.AsSpan(0, html.Length), xml: false, SwitchBack(outputPath));
    }

    [ThreadStatic]
    private static char[]? t_page;

    /// <summary>The edition's text of one output file.</summary>
    public string Convert(string outputPath, string text)
    {
        PageNames().Clear();
        return outputPath.EndsWith(".json", StringComparison.Ordinal) ? Json(text)
            : outputPath.EndsWith(".xml", StringComparison.Ordinal) ? Markup(text, xml: true)
            : MarkupBuilder(text, xml: false, SwitchBack(outputPath)).ToString();
    }

    [ThreadStatic]
    private static NameMemory? t_pageNames;

    /// <summary>The names introduced so far in the file this thread converts (局长余志刚, then 余志刚 alone keeps 余).</summary>
    private static NameMemory PageNames() => t_pageNames ??= new NameMemory();

    /// <summary>The start of the 繁體 switch on a Simplified page.</summary>
    private const string SwitchTag = "<a class=\"edition-switch noconvert\"";

    /// <summary>The 简体 switch that replaces it on the page's copy in the edition: back to the Simplified page.</summary>
    private string SwitchBack(string outputPath)
    {
        var url = _config.BasePath + (outputPath.EndsWith("index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath);
        return $"{SwitchTag} href=\"{url}\" hreflang=\"zh-Hans\" lang=\"zh-Hans\">简体</a>";
    }

    /// <summary>A page's address in the edition, or the address unchanged when the edition has no copy of it.</summary>
    public string Link(string url) => EditionPrefix(url) is { } prefix ? string.Concat(url.AsSpan(0, prefix), _folder, url.AsSpan(prefix)) : url;

    /// <summary>Appends <see cref="Link"/> of the address without making a string of it (the links of every page).</summary>
    private void AppendLink(StringBuilder sb, ReadOnlySpan<char> url)
    {
        if (EditionPrefix(url) is { } prefix)
        {
            sb.Append(url[..prefix]).Append(_folder).Append(url[prefix..]);
        }
        else
        {
            sb.Append(url);
        }
    }

    /// <summary>Where the edition's folder goes into the address (after the site's base), or null when the edition has no copy of the page.</summary>
    private int? EditionPrefix(ReadOnlySpan<char> url)
    {
        var basePath = _config.BasePath;
        var prefix = url.StartsWith(_absoluteBase, StringComparison.Ordinal) && url[_absoluteBase.Length..].StartsWith(basePath, StringComparison.Ordinal)
            ? _absoluteBase.Length + basePath.Length
            : url.StartsWith(basePath, StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal) ? basePath.Length : -1;
        return prefix >= 0 && SitePaths.InEdition(url[prefix..], _folder) ? prefix : null;
    }

    /// <summary>JSON (JSON Feed, JSON-LD): Han text converted, page addresses moved into the edition, its language (JSON Feed's language, JSON-LD's inLanguage) the edition's.</summary>
    private string Json(string json)
    {
        var converted = LinkUrls(JsonText(json));
        foreach (var key in LanguageKeys)
        {
            converted = converted.Replace(key + "\"zh-Hans\"", key + "\"" + _lang + "\"", StringComparison.Ordinal);
        }

        return converted;
    }

    /// <summary>How the writers put a language into JSON: JSON Feed indented, JSON-LD compact.</summary>
    private static readonly string[] LanguageKeys = ["\"language\": ", "\"language\":", "\"inLanguage\":", "\"inLanguage\": "];

    /// <summary>
    /// JSON with its Han text converted piece by piece between quotes and escapes (no phrase holds
    /// an ASCII character, so the pieces convert as the whole would), so a paragraph met before on a
    /// page is not converted again.
    /// </summary>
    private string JsonText(string json)
    {
        var sb = new StringBuilder(json.Length);
        var start = 0;
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] is '"' or '\\')
            {
                _converter.AppendTraditional(sb, json.AsSpan(start, i - start), PageNames());
                var stop = json[i] == '\\' ? Math.Min(i + 2, json.Length) : i + 1;
                sb.Append(json, i, stop - i);
                start = stop;
                i = stop - 1;
            }
        }

        _converter.AppendTraditional(sb, json.AsSpan(start), PageNames());
        return sb.ToString();
    }

    /// <summary>
    /// Every JSON string that is a site path or an absolute http(s) address ("/…", "https://host/…")
    /// passed through <see cref="Link"/>, in one pass: what the pattern "((?:https?://[^"/]+)?/[^"]*)"
    /// replaced, without a regex match and a string per quote of a fragment.
    /// </summary>
    internal string LinkUrls(string json)
    {
        StringBuilder? sb = null;
        var copied = 0;
        for (var i = json.IndexOf('"'); i >= 0; i = json.IndexOf('"', i + 1))
        {
            if (UrlEnd(json, i + 1) is not { } close)
            {
                continue;
            }

            var url = json[(i + 1)..close];
            var linked = Link(url);
            if (linked != url)
            {
                sb ??= new StringBuilder(json.Length + 256);
                sb.Append(json, copied, i + 1 - copied).Append(linked);
                copied = close;
            }

            i = close;
        }

        return sb is null ? json : sb.Append(json, copied, json.Length - copied).ToString();
    }

    /// <summary>Where the address starting at <paramref name="start"/> ends (its closing quote), or null when no address starts there.</summary>
    private static int? UrlEnd(string json, int start)
    {
        var at = start;
        foreach (var scheme in (ReadOnlySpan<string>)["https://", "http://"])
        {
            if (string.CompareOrdinal(json, start, scheme, 0, scheme.Length) == 0)
            {
                var host = start + scheme.Length;
                var end = host;
                while (end < json.Length && json[end] is not ('"' or '/'))
                {
                    end++;
                }

                if (end > host && end < json.Length && json[end] == '/')
                {
                    at = end;
                }

                break;
            }
        }

        if (at >= json.Length || json[at] != '/')
        {
            return null;
        }

        var close = json.IndexOf('"', at);
        return close < 0 ? null : close;
    }
}
