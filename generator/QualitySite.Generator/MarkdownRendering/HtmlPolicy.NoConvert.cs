using System.Text.RegularExpressions;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Model;

namespace QualitySite.Generator.MarkdownRendering;

/// <summary>
/// A noconvert element written as raw HTML and never closed (&lt;div class="noconvert"&gt; with no
/// &lt;/div&gt;) is closed by the sanitizer at the end of the body, so everything after it would stay
/// Simplified in the Traditional edition without a word: the editor is told, as for :::noconvert.
/// </summary>
public sealed partial class HtmlPolicy
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>The warning for the first noconvert element the HTML opens and never closes, or null.</summary>
    public static Diagnostic? UnclosedNoConvert(string html, Page page)
    {
        var open = new List<(string Name, bool NoConvert)>();
        foreach (Match tag in Tags().Matches(html))
        {
            var name = tag.Groups["name"].Value;
            if (tag.Groups["close"].Success)
            {
                var at = open.FindLastIndex(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (at >= 0)
                {
                    open.RemoveRange(at, open.Count - at);
                }
            }
            else if (!VoidElements.Contains(name) && !tag.Groups["self"].Success)
            {
                open.Add((name, NoConvertClass().IsMatch(tag.Groups["attributes"].Value)));
            }
        }

        if (open.FindIndex(e => e.NoConvert) is not (>= 0 and var first))
        {
            return null;
        }

        var lines = page.Body.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains('<') && NoConvertClass().IsMatch(l));
        return Diagnostic.Warning(DiagnosticCodes.UnclosedBlock, new SourceLocation(page.Source.SitePath, page.BodyFirstLine + Math.Max(line, 0), 1),
            $"这个 class=\"noconvert\" 的 <{open[first].Name}> 没有结束标签 </{open[first].Name}>，从这里到正文末尾在繁体版中都保持原样；在要保持原样的文字后面加上 </{open[first].Name}>");
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?<attributes>(?:[^>""']|""[^""]*""|'[^']*')*?)(?<self>/)?>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"class\s*=\s*(?:""[^""]*\bnoconvert\b[^""]*""|'[^']*\bnoconvert\b[^']*'|noconvert\b)", RegexOptions.IgnoreCase)]
    private static partial Regex NoConvertClass();
}
