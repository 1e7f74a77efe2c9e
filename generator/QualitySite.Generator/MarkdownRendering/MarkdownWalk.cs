using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace QualitySite.Generator.MarkdownRendering;

/// <summary>
/// Every inline of a document in document order (blocks in order, each block's inlines depth
/// first), walked by hand: Markdig's Descendants() allocates an iterator per level, and a page was
/// walked that way several times.
/// </summary>
internal static class MarkdownWalk
{
    public static void Inlines(ContainerBlock container, Action<Inline> visit)
    {
        foreach (var block in container)
        {
            if (block is ContainerBlock children)
            {
                Inlines(children, visit);
            }
            else if (block is LeafBlock { Inline: { } inline })
            {
                Inlines(inline, visit);
            }
        }
    }

    private static void Inlines(ContainerInline container, Action<Inline> visit)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            visit(inline);
            if (inline is ContainerInline children)
            {
                Inlines(children, visit);
            }
        }
    }
}
