using System.Text;

namespace QualitySite.Generator.Edition;

/// <summary>
/// Text that inline markup splits (a link, emphasis, a span in the middle of a sentence:
/// &lt;strong&gt;头发&lt;/strong&gt;干了) is converted as the sentence it is, so the phrase and
/// word cuts see across the tags and the page reads as its text would without them (頭髮乾了,
/// not 頭髮幹了). Standard Traditional keeps every character's place, so the converted sentence
/// is cut back into the pieces between the tags. A tag that stops conversion (code, noconvert,
/// a language) ends the sentence, as does anything not inline (a paragraph, a list item, a line break).
/// </summary>
public sealed partial class TraditionalEdition
{
    /// <summary>The inline elements a sentence runs through, by the length of their names.</summary>
    private static readonly string[][] Inline =
    [
        [], ["a", "b", "i", "q", "s", "u"], ["em"], ["bdi", "del", "dfn", "ins", "sub", "sup"],
        ["abbr", "cite", "data", "mark", "span", "time"], ["small"], ["strong"],
    ];

    private static bool IsInline(ReadOnlySpan<char> name)
    {
        if (name.Length >= Inline.Length)
        {
            return false;
        }

        foreach (var candidate in Inline[name.Length])
        {
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One piece of a sentence: its text, or the tag at its start.</summary>
    private readonly record struct RunPiece(int Start, int End, bool IsText);

    [ThreadStatic]
    private static List<RunPiece>? t_pieces;

    [ThreadStatic]
    private static List<string>? t_inside;

    [ThreadStatic]
    private static char[]? t_source;

    [ThreadStatic]
    private static StringBuilder? t_converted;

    /// <summary>True when the tag at <paramref name="lt"/> opens or closes an inline element: the text before it may go on after it.</summary>
    private static bool InlineTagAt(ReadOnlySpan<char> text, int lt)
    {
        var from = lt + 1 < text.Length && text[lt + 1] == '/' ? lt + 2 : lt + 1;
        var to = from;
        while (to < text.Length && char.IsAsciiLetter(text[to]))
        {
            to++;
        }

        return to > from && to < text.Length && text[to] is ' ' or '>' or '\t' or '\n' && IsInline(text[from..to]);
    }

    /// <summary>
    /// Converts the sentence starting with the text at <paramref name="i"/> across the inline tags in
    /// it, writing text and tags; returns the index after it, or null (nothing written) when no
    /// inline tag joins it to more text or the conversion would not keep its length (a variant's phrases).
    /// </summary>
    private int? Sentence(ReadOnlySpan<char> text, int i, StringBuilder sb, List<Open> open, ref int skipping)
    {
        var pieces = t_pieces ??= new List<RunPiece>(16);
        pieces.Clear();
        var inside = t_inside ??= new List<string>(8);
        inside.Clear();
        var at = i;
        var texts = 0;
        var closedOuter = 0;
        while (at < text.Length)
        {
            var lt = text[at..].IndexOf('<');
            var end = lt < 0 ? text.Length : at + lt;
            if (end > at)
            {
                pieces.Add(new RunPiece(at, end, true));
                texts++;
            }

            if (end >= text.Length || !InlineTagAt(text, end) || JoinedTagEnd(text, end, open, inside, ref closedOuter) is not { } after)
            {
                break;
            }

            pieces.Add(new RunPiece(end, after, false));
            at = after;
        }

        if (texts < 2)
        {
            return null;
        }

        var length = 0;
        foreach (var piece in pieces)
        {
            length += piece.IsText ? piece.End - piece.Start : 0;
        }

        var source = t_source is { } reused && reused.Length >= length ? reused : t_source = new char[Math.Max(length, 1024)];
        var filled = 0;
        foreach (var piece in pieces)
        {
            if (piece.IsText)
            {
                text[piece.Start..piece.End].CopyTo(source.AsSpan(filled));
                filled += piece.End - piece.Start;
            }
        }

        var converted = (t_converted ??= new StringBuilder(1024)).Clear();
        _converter.AppendTraditional(converted, source.AsSpan(0, length), PageNames());
        if (converted.Length != length)
        {
            return null;
        }

        var offset = 0;
        var last = i;
        foreach (var piece in pieces)
        {
            if (!piece.IsText)
            {
                last = Tag(text, piece.Start, sb, open, ref skipping, xml: false);
                continue;
            }

            var size = piece.End - piece.Start;
            if (open.Count > 0 && open[^1].Name.Equals("a", StringComparison.OrdinalIgnoreCase) && FileNames.Is(text[piece.Start..piece.End]))
            {
                sb.Append(text[piece.Start..piece.End]);
            }
            else
            {
                sb.Append(converted, offset, size);
            }

            offset += size;
            last = piece.End;
        }

        return last;
    }

    /// <summary>
    /// The index after the inline tag at <paramref name="lt"/> when it leaves conversion as it is:
    /// an opening tag without a language, noconvert or verbatim content, or a closing tag of the
    /// innermost element (opened in this sentence, or before it without changing conversion); else null.
    /// </summary>
    private static int? JoinedTagEnd(ReadOnlySpan<char> text, int lt, List<Open> open, List<string> inside, ref int closedOuter)
    {
        var gt = TagEnd(text, lt);
        var tag = text[lt..gt];
        if (tag[^1] != '>')
        {
            return null;
        }

        var closing = tag[1] == '/';
        var nameStart = closing ? 2 : 1;
        var nameEnd = nameStart;
        while (nameEnd < tag.Length && char.IsAsciiLetter(tag[nameEnd]))
        {
            nameEnd++;
        }

        var name = tag[nameStart..nameEnd];
        if (!closing)
        {
            if (tag.IndexOfAny(Rewritten) >= 0 || tag.TrimEnd('>').TrimEnd().EndsWith('/'))
            {
                return null;
            }

            inside.Add(name.ToString());
            return gt;
        }

        if (inside.Count > 0)
        {
            if (!name.Equals(inside[^1], StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            inside.RemoveAt(inside.Count - 1);
            return gt;
        }

        // An element opened before the sentence: the innermost one not closed yet, which must not have changed conversion.
        var outer = open.Count - 1 - closedOuter;
        if (outer < 0 || open[outer] is not { Skip: false, Restore: < 0 } element || !name.Equals(element.Name, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        closedOuter++;
        return gt;
    }
}
