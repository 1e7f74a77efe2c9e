using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using QualitySite.Generator.Conversion;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Accessibility;

/// <summary>
/// Pages written in Traditional are Traditional all through: the header, menu, breadcrumb, footer
/// and every generated label carry no character only Simplified uses; links whose text is another
/// page's title carry that page's language when it differs.
/// </summary>
public sealed class ScriptChromeTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    /// <summary>Everything on a page that the generator wrote rather than the author.</summary>
    private const string ChromeSelector =
        "header, .site-nav, .breadcrumb li:not(:last-child), footer, .site-alert, .kind-badge, .page-meta dt, .disclosure caption, .disclosure th, " +
        ".toc h2, .tags-label, .prev-next-label, .related h2, .read-aloud, .result-data > h2, .result-data > h3, .downloads, .chart-legend, " +
        ".figures dt, .changes summary, .trend-link, .banner";

    private static readonly HtmlParser Parser = new();

    private IEnumerable<(string Path, IDocument Doc)> Pages() =>
        Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(site.Output, f), (IDocument)Parser.ParseDocument(File.ReadAllText(f))));

    [Fact]
    public void The_chrome_of_a_traditional_page_has_no_simplified_only_character()
    {
        var simplifiedOnly = ScriptConverter.SimplifiedOnly;
        Assert.True(simplifiedOnly.Contains('发') && simplifiedOnly.Contains('这'));
        Assert.False(simplifiedOnly.Contains('系') || simplifiedOnly.Contains('發'), "characters Traditional uses too are not Simplified-only");
        var traditional = Pages().Where(p => p.Doc.DocumentElement.GetAttribute("lang")!.StartsWith("zh-Hant", StringComparison.Ordinal)).ToList();
        Assert.True(traditional.Count >= 3, "the sample site should have Traditional pages");
        var problems = new List<string>();
        foreach (var (path, doc) in traditional)
        {
            // The 简体 switch names the other edition in its own script, marked lang="zh-Hans".
            foreach (var other in doc.QuerySelectorAll("[lang^=zh-Hans]").ToList())
            {
                other.Remove();
            }

            foreach (var part in doc.QuerySelectorAll(ChromeSelector))
            {
                var text = part.TextContent + string.Concat(part.QuerySelectorAll("[aria-label], [placeholder]").Select(e => e.GetAttribute("aria-label") + e.GetAttribute("placeholder")));
                var found = text.Where(simplifiedOnly.Contains).Distinct().ToList();
                if (found.Count > 0)
                {
                    problems.Add($"{path}: <{part.LocalName} class=\"{part.ClassName}\"> has {string.Join("", found)} in “{part.TextContent.Trim()[..Math.Min(40, part.TextContent.Trim().Length)]}”");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        var hant = traditional.First(p => p.Path.Contains("cashmere-sweater-hant", StringComparison.Ordinal)).Doc;
        Assert.Contains("消費提示", hant.QuerySelector(".site-nav")!.TextContent);
        Assert.Contains("市場監督管理局", hant.QuerySelector(".site-title")!.TextContent);
        Assert.Contains("主辦單位", hant.QuerySelector("footer")!.TextContent);
    }

    [Fact]
    public void A_link_to_a_page_in_the_other_script_carries_that_pages_language()
    {
        var pages = Pages().ToList();
        var langByTitle = pages.Where(p => p.Doc.QuerySelector("article h1") is not null)
            .GroupBy(p => p.Doc.QuerySelector("article h1")!.TextContent.Trim())
            .ToDictionary(g => g.Key, g => g.First().Doc.DocumentElement.GetAttribute("lang")!, StringComparer.Ordinal);
        var problems = new List<string>();
        var crossScript = 0;
        foreach (var (path, doc) in pages)
        {
            foreach (var link in doc.QuerySelectorAll("main a[href]").Where(a => !a.Closest(".breadcrumb").IsTrue()))
            {
                if (!langByTitle.TryGetValue(link.TextContent.Trim(), out var target))
                {
                    continue;
                }

                var effective = link.Closest("[lang]")!.GetAttribute("lang");
                if (effective != doc.DocumentElement.GetAttribute("lang") || target != effective)
                {
                    crossScript++;
                }

                if (effective != target)
                {
                    problems.Add($"{path}: “{link.TextContent.Trim()}” is {target} but marked {effective}");
                }
            }
        }

        Assert.True(crossScript > 5, $"only {crossScript} links across scripts were found");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}

internal static class ElementExtensions
{
    public static bool IsTrue(this IElement? element) => element is not null;
}
