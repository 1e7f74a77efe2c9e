using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace QualitySite.Generator.MarkdownRendering;

/// <summary>
/// GitHub-style heading ids ('## 一、精心组织' → id="一精心组织", repeats get -1, -2 …), the same ids
/// as Markdig's AutoIdentifier extension with its GitHub option, but with repeats numbered by a
/// counter per base id: Markdig counts up from 1 for every repeat, which made 20,000 identical
/// headings take minutes.
/// </summary>
public sealed class HeadingIds : IMarkdownExtension
{
    private const string Key = "qsite-heading-ids";

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        foreach (var parser in new BlockParser?[] { pipeline.BlockParsers.Find<HeadingBlockParser>(), pipeline.BlockParsers.FindExact<ParagraphBlockParser>() })
        {
            if (parser is not null)
            {
                parser.Closed -= OnClosed;
                parser.Closed += OnClosed;
            }
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            heading.ProcessInlinesEnd += AssignId;
        }
    }

    private static void AssignId(InlineProcessor processor, Inline? inline)
    {
        var heading = (HeadingBlock)processor.Block!;
        var attributes = heading.GetAttributes();
        if (heading.Inline is null || attributes.Id is not null)
        {
            return;
        }

        var state = processor.Document.GetData(Key) as State;
        if (state is null)
        {
            state = new State();
            processor.Document.SetData(Key, state);
        }

        var text = Slug(PlainText(heading.Inline));
        attributes.Id = state.Claim(string.IsNullOrEmpty(text) ? "section" : text);
    }

    /// <summary>
    /// The GitHub-style id of a heading's text, character for character what Markdig's
    /// <c>LinkHelper.UrilizeAsGfm</c> gives: letters, digits, '-' and '_' kept and lower-cased,
    /// spaces made '-', the rest dropped. Markdig lower-cases every character through ICU, about a
    /// microsecond each, which made heading ids a tenth of the Markdown stage on Chinese pages;
    /// ASCII and the caseless CJK, kana and Hangul ranges are done here without it.
    /// </summary>
    internal static string Slug(ReadOnlySpan<char> text)
    {
        var slug = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == ' ')
            {
                slug.Append('-');
            }
            else if (c is '-' or '_' || char.IsLetterOrDigit(c))
            {
                slug.Append(Lower(c));
            }
        }

        return slug.ToString();
    }

    private static char Lower(char c) => c switch
    {
        < (char)0x80 => char.ToLowerInvariant(c),
        >= (char)0x3000 and <= (char)0x9FFF => c,
        >= (char)0xAC00 and <= (char)0xD7A3 => c,
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>The heading's text as Markdig's stripping renderer writes it: links and markup removed, nothing escaped.</summary>
    private static string PlainText(ContainerInline inline)
    {
        // One renderer per thread: building an HtmlRenderer registers a score of object renderers.
        var renderer = t_renderer ??= new HtmlRenderer(new StringWriter()) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        var writer = (StringWriter)renderer.Writer;
        writer.GetStringBuilder().Clear();
        renderer.Render(inline);
        renderer.Writer.Flush();
        return writer.ToString();
    }

    [ThreadStatic]
    private static HtmlRenderer? t_renderer;

    private sealed class State
    {
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

        public string Claim(string id)
        {
            if (_used.Add(id))
            {
                return id;
            }

            var n = _next.GetValueOrDefault(id, 1);
            while (!_used.Add($"{id}-{n}"))
            {
                n++;
            }

            _next[id] = n + 1;
            return $"{id}-{n}";
        }
    }
}
