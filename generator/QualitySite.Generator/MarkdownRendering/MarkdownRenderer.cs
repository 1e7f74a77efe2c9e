using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Model;

namespace QualitySite.Generator.MarkdownRendering;

/// <summary>Stage 5: turns a page's Markdown body into HTML, a table of contents and plain text. Thread-safe.</summary>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline, LinkTargets targets)
{
    public RenderedMarkdown Render(Page page, List<Diagnostic> diagnostics)
    {
        var document = Markdig.Markdown.Parse(page.Body, pipeline);
        var (anchors, external) = LinkRewriter.Rewrite(document, page, targets, diagnostics);
        ReportImagesWithoutAlt(document, page, diagnostics);

        var html = new StringWriter();
        var renderer = new HtmlRenderer(html);
        pipeline.Setup(renderer);
        renderer.Render(document);

        var text = PlainText(document);
        var ids = document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new RenderedMarkdown(html.ToString(), Toc(document), text, CountCharacters(text)) { Ids = ids, Anchors = anchors, ExternalLinks = external };
    }

    private static List<TocEntry> Toc(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>()
            .Where(h => h.Level is 2 or 3 && h.GetAttributes().Id is not null)
            .Select(h => new TocEntry(h.Level, h.GetAttributes().Id!, InlineText(h.Inline)))
            .ToList();

    private static void ReportImagesWithoutAlt(MarkdownDocument document, Page page, List<Diagnostic> diagnostics)
    {
        foreach (var image in document.Descendants<LinkInline>().Where(l => l.IsImage && InlineText(l).Trim().Length == 0))
        {
            var at = new SourceLocation(page.Source.SitePath, page.BodyFirstLine + image.Line, image.Column + 1);
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MissingImage, at, "this image has no text alternative; write what it shows between the brackets, e.g. ![羊绒纤维显微照片](fibre.jpg)"));
        }
    }

    private static string PlainText(MarkdownDocument document)
    {
        var sb = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is { } inline)
            {
                sb.Append(InlineText(inline));
            }
            else if (block is CodeBlock code)
            {
                sb.Append(code.Lines.ToString());
            }

            sb.Append('\n');
        }

        return sb.ToString().Trim();
    }

    public static string InlineText(ContainerInline? container)
    {
        var sb = new StringBuilder();
        foreach (var inline in container?.Descendants<Inline>() ?? [])
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
            }
        }

        return sb.ToString();
    }

    private static int CountCharacters(string text)
    {
        var count = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                count++;
            }
        }

        return count;
    }
}
