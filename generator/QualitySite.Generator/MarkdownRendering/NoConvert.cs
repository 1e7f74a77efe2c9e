using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace QualitySite.Generator.MarkdownRendering;

/// <summary>
/// Text the Traditional edition must leave as written (a quotation, a name, a term of law):
/// a block between ":::noconvert" and ":::" lines, or a span between "::" and "::" inside a line.
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
