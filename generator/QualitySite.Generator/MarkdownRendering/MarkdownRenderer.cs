using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Model;

namespace QualitySite.Generator.MarkdownRendering;

/// <summary>Stage 5: turns a page's Markdown body into HTML, a table of contents and plain text. Thread-safe.</summary>
public sealed partial class MarkdownRenderer(MarkdownPipeline pipeline, LinkTargets targets, HtmlPolicy? htmlPolicy = null)
{
    /// <summary>
    /// Renders a page; Markdown that Markdig refuses (nesting deeper than it allows: 128 quote levels,
    /// thousands of list levels, or some ten thousand emphasis marks and links in one paragraph, whose
    /// open delimiters Markdig nests until the paragraph ends) becomes an error at the most deeply nested line, never an exception.
    /// </summary>
    public static RenderedMarkdown Safely(MarkdownRenderer renderer, Page page, List<Diagnostic> diagnostics)
    {
        try
        {
            return renderer.Render(page, diagnostics);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or InsufficientExecutionStackException or IndexOutOfRangeException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TooDeep, new SourceLocation(page.Source.SitePath, page.BodyFirstLine + DeepestLine(page.Body), 1),
                "正文在这里嵌套得太深（引用“>”、列表或括号层层套叠），或一段里的加粗、斜体、链接标记成千上万，无法生成页面；减少嵌套层数（通常两三层就足够了），或把过长的一段分成几段"));
            return new RenderedMarkdown("", [], "", 0);
        }
    }

    /// <summary>The 0-based body line with the most quote markers or the deepest indentation: where nesting runs away.</summary>
    private static int DeepestLine(string body)
    {
        var lines = body.Split('\n');
        var depth = lines.Select(l => l.TakeWhile(c => c is '>' or ' ' or '\t' or '-' or '*' or '[').Count()).ToList();
        return depth.IndexOf(depth.DefaultIfEmpty(0).Max());
    }

    public RenderedMarkdown Render(Page page, List<Diagnostic> diagnostics)
    {
        var document = Markdig.Markdown.Parse(page.Body, pipeline);
        NoConvert.KeepColonsInWords(document, page.Body);
        // A container needs ':::' in the text; most pages have none, and the walk visits every block and inline.
        var containers = page.Body.Contains(":::", StringComparison.Ordinal) ? document.Descendants<Markdig.Extensions.CustomContainers.CustomContainer>().ToList() : [];
        foreach (var container in containers)
        {
            var at = new SourceLocation(page.Source.SitePath, page.BodyFirstLine + container.Line, container.Column + 1);
            if (container.Info != NoConvert.Class)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownContainer, at,
                    $"不认识的块标记“:::{container.Info}”；只有 :::noconvert（繁体版中保持原样）一种，检查拼写，或删去 ::: 这两行"));
            }
            else if (container.ClosingFencedCharCount == 0)
            {
                // Markdig runs an unclosed block to the end of the page (or of the quote or list holding it): all of it would stay Simplified in the edition.
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnclosedBlock, at,
                    "这个 :::noconvert 块没有结束的 ::: 行，从这里到页面末尾（在引用或列表里时到引用或列表结束）在繁体版中都保持原样；在要保持原样的文字后面加一行 :::"));
            }
        }

        var links = LinkRewriter.Rewrite(document, page, targets, diagnostics);
        var html = Markdig.Markdown.ToHtml(document, pipeline);
        if (htmlPolicy is not null)
        {
            html = htmlPolicy.Clean(html, page, diagnostics, (url, isImage) => CollectRawHtmlUrl(url, isImage, page, links, diagnostics));
        }

        // One walk over the blocks gathers the plain text, the headings and images without alt text.
        var text = (t_text ??= new StringBuilder()).Clear();
        var toc = new List<TocEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);

        // Without raw HTML allowed, HTML a page holds is shown as text (RawHtmlText); most pages have no '<'.
        var mayHoldHtml = page.Body.Contains('<', StringComparison.Ordinal);
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is HeadingBlock heading && heading.GetAttributes().Id is { } id)
            {
                ids.Add(id);
                if (heading.Level is 2 or 3)
                {
                    toc.Add(new TocEntry(heading.Level, id, InlineText(heading.Inline)));
                }
            }

            if (block.Inline is { } inline)
            {
                AppendText(text, inline, page, diagnostics);
                if (htmlPolicy is null && mayHoldHtml)
                {
                    RawHtmlText.Report(inline, page, diagnostics);
                }
            }
            else if (block is HtmlBlock raw)
            {
                text.Append(HtmlText(raw.Lines.ToString()));
            }
            else if (block is CodeBlock code)
            {
                text.Append(code.Lines.ToString());
            }

            text.Append('\n');
        }

        var plain = Trimmed(text);
        if (text.Capacity > MaxKeptCapacity)
        {
            t_text = null;
        }

        return new RenderedMarkdown(html, toc, plain, CountCharacters(plain)) { Ids = ids, Anchors = links.Anchors, ExternalLinks = links.External, SiteLinks = links.Site };
    }

    /// <summary>The plain text is gathered in one builder per thread, reused page after page; a page's builder used to be a tenth of the stage's allocations.</summary>
    [ThreadStatic]
    private static StringBuilder? t_text;

    /// <summary>A builder grown past this (a page of some 250,000 characters) is let go rather than kept for the thread's life.</summary>
    private const int MaxKeptCapacity = 1 << 18;

    /// <summary>The builder's text without leading and trailing white space, copied once (ToString then Trim copied it twice).</summary>
    private static string Trimmed(StringBuilder text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text.ToString(start, end - start);
    }

    /// <summary>A URL left in raw HTML after sanitising: unsafe ones are errors, links into the site are checked with the rest.</summary>
    private void CollectRawHtmlUrl(string url, bool isImage, Page page, CollectedLinks links, List<Diagnostic> diagnostics)
    {
        var at = new SourceLocation(page.Source.SitePath, page.BodyFirstLine, 1);
        switch (UrlKind.Classify(url, isImage, targets.BaseUrl))
        {
            case UrlTarget.Unsafe:
                diagnostics.Add(LinkRewriter.Unsafe(at, url, isImage));
                break;
            case UrlTarget.Site when !links.Site.Any(l => l.Written == url):
                links.Site.Add(new SiteLink(at, UrlKind.OnSite(url, targets.BaseUrl) ?? url, url));
                break;
        }
    }

    /// <summary>Appends the text of a block's inlines and warns about each image without a text alternative.</summary>
    private static void AppendText(StringBuilder sb, ContainerInline container, Page page, List<Diagnostic> diagnostics) =>
        AppendText(sb, container, image =>
        {
            if (InlineText(image).Trim().Length == 0)
            {
                var at = new SourceLocation(page.Source.SitePath, page.BodyFirstLine + image.Line, image.Column + 1);
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MissingImage, at, "这张图片没有替代文字，看不见图片的读者不知道它是什么；在方括号里写出图片的内容，例如 ![羊绒纤维显微照片](fibre.jpg)"));
            }
        });

    public static string InlineText(ContainerInline? container)
    {
        var sb = new StringBuilder();
        if (container is not null)
        {
            AppendText(sb, container, null);
        }

        return sb.ToString();
    }

    /// <summary>The text of literals and code, a space for each line break; each image is also handed to <paramref name="onImage"/>.</summary>
    private static void AppendText(StringBuilder sb, ContainerInline container, Action<LinkInline>? onImage)
    {
        // Walked by hand in document order: Markdig's Descendants() allocates an iterator per level.
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content);
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline:
                    sb.Append(' ');
                    break;
                case LinkInline { IsImage: true } image:
                    onImage?.Invoke(image);
                    AppendText(sb, image, onImage);
                    continue;
            }

            if (inline is ContainerInline children)
            {
                AppendText(sb, children, onImage);
            }
        }
    }

    /// <summary>
    /// The text of a raw HTML block (sites that allow raw HTML, e.g. a table pasted from a word
    /// processor): scripts and styles dropped, tags turned into spaces, entities decoded.
    /// </summary>
    public static string HtmlText(string html)
    {
        var text = HiddenHtml().Replace(html, " ");
        text = Tag().Replace(text, " ");
        return System.Net.WebUtility.HtmlDecode(text);
    }

    [GeneratedRegex(@"<(script|style)\b.*?</\1\s*>|<!--.*?-->", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HiddenHtml();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    /// <summary>Letters and digits in the text, by Unicode category; a Han character counts as one.</summary>
    internal static int CountCharacters(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                count++; // the CJK Unified Ideographs block: all letters (Lo), most of a page's text
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                count += Rune.IsLetterOrDigit(new Rune(c, text[++i])) ? 1 : 0;
            }
            else if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }
}
