using System.Buffers;
using System.Text;

namespace QualitySite.Generator.Edition;

/// <summary>
/// Start tags that name one page (a link, a heading's id, a date) and hold nothing else the edition
/// rewrites: most of the tags a page has that are not remembered. They are copied as they are, with
/// the link moved into the edition, without being split into attributes.
/// </summary>
public sealed partial class TraditionalEdition
{
    /// <summary>Whatever makes a tag need the full rewrite: a language, a noconvert class, an attribute people read, or an address other than href.</summary>
    private static readonly SearchValues<string> Rewritten = SearchValues.Create(
        [.. ReadAttributes.Select(a => a + "="), "lang=", "noconvert", "src=", "action="], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> Href = SearchValues.Create(["href="], StringComparison.OrdinalIgnoreCase);

    /// <summary>Copies a start tag of that kind (one <see cref="Unique"/> found naming one page) and opens its element; false (nothing written) for any other tag.</summary>
    private bool QuickTag(ReadOnlySpan<char> tag, StringBuilder sb, List<Open> open, ref int skipping)
    {
        if (tag.Length < 3 || tag[1] is '/' or '!' or '?' || tag.IndexOfAny(Rewritten) >= 0)
        {
            return false;
        }

        var nameEnd = 1;
        while (nameEnd < tag.Length && !char.IsWhiteSpace(tag[nameEnd]) && tag[nameEnd] is not '>' and not '/')
        {
            nameEnd++;
        }

        var name = tag[1..nameEnd];
        if (name.IsEmpty || name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase) || Verbatim.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
        {
            return false;
        }

        var href = tag.IndexOfAny(Href);
        if (href < 0)
        {
            sb.Append(tag);
        }
        else if (LinkValue(tag, href) is (var start, var end))
        {
            AppendLink(sb.Append(tag[..start]), tag[start..end]);
            sb.Append(tag[end..]);
        }
        else
        {
            return false;
        }

        var selfClosing = tag.TrimEnd('>').TrimEnd().EndsWith('/');
        if (!selfClosing && !Void.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
        {
            Push(open, name.ToString(), skip: false, unskips: false, ref skipping);
        }

        return true;
    }

    /// <summary>Where the quoted value of the one href attribute starting at <paramref name="at"/> lies, or null (unquoted, or a second href).</summary>
    private static (int Start, int End)? LinkValue(ReadOnlySpan<char> tag, int at)
    {
        var open = at + "href=".Length;
        if (!char.IsWhiteSpace(tag[at - 1]) || open >= tag.Length || tag[open] is not ('"' or '\''))
        {
            return null;
        }

        var close = tag[(open + 1)..].IndexOf(tag[open]);
        if (close < 0)
        {
            return null;
        }

        close += open + 1;
        return tag[close..].IndexOfAny(Href) >= 0 ? null : (open + 1, close);
    }
}
