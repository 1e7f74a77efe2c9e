using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace QualitySite.Generator.MarkdownRendering;

/// <summary>
/// Text the Traditional edition must leave as written (a quotation, a name, a term of law):
/// a block between ":::noconvert" and ":::" lines, or a span between "::" and "::" inside a line
/// (set off from letters and digits: a::b stays text).
/// Both are written with class="noconvert", which the edition writer skips.
/// </summary>
public sealed class NoConvert : IMarkdownExtension
{
    public const string Class = "noconvert";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlCustomContainerInlineRenderer>(new InlineRenderer());
        }
    }

    /// <summary>
    /// Double colons between letters or digits (a::b, std::string, 09::00) are text, not a span:
    /// such pairs are put back as written, so only ::…:: set off by spaces, Chinese text or
    /// punctuation marks a noconvert span.
    /// </summary>
    public static void KeepColonsInWords(MarkdownDocument document, string body)
    {
        // Spans are written ::…::; a page without a double colon has none (most pages: skip the walk).
        if (!body.Contains("::", StringComparison.Ordinal))
        {
            return;
        }

        var spans = new List<CustomContainerInline>();
        MarkdownWalk.Inlines(document, inline =>
        {
            if (inline is CustomContainerInline span)
            {
                spans.Add(span);
            }
        });
        foreach (var span in spans)
        {
            var before = span.Span.Start > 0 ? body[span.Span.Start - 1] : ' ';
            var after = span.Span.End + 1 < body.Length ? body[span.Span.End + 1] : ' ';
            var first = span.Span.Start + 2 < body.Length ? body[span.Span.Start + 2] : ' ';
            var last = span.Span.End >= 2 ? body[span.Span.End - 2] : ' ';
            if (char.IsAsciiLetterOrDigit(before) || char.IsAsciiLetterOrDigit(after) || char.IsWhiteSpace(first) || char.IsWhiteSpace(last))
            {
                Unwrap(span);
            }
        }
    }

    private static void Unwrap(CustomContainerInline span)
    {
        var marks = new string(span.DelimiterChar, span.DelimiterCount);
        span.InsertBefore(new LiteralInline(marks));
        while (span.FirstChild is { } child)
        {
            child.Remove();
            span.InsertBefore(child);
        }

        span.InsertBefore(new LiteralInline(marks));
        span.Remove();
    }

    private sealed class InlineRenderer : HtmlObjectRenderer<CustomContainerInline>
    {
        protected override void Write(HtmlRenderer renderer, CustomContainerInline inline)
        {
            renderer.Write("<span class=\"").Write(Class).Write('"').WriteAttributes(inline).Write('>');
            renderer.WriteChildren(inline);
            renderer.Write("</span>");
        }
    }
}
