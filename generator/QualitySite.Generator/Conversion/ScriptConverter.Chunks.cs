using System.Runtime.CompilerServices;
using System.Text;

namespace QualitySite.Generator.Conversion;

/// <summary>
/// Where the phrase and word cuts are needed at all. Most characters have one Traditional form that
/// every phrase holding them keeps (国 is always 國): only a few hundred (发, 干, 了, 里 …) take a
/// form that depends on their phrase. And where two neighbouring characters occur together in no
/// phrase and no dictionary word, nothing runs across them, so the text on either side converts the
/// same on its own. A text is therefore split at such points into chunks; a chunk without a
/// character of the few hundred is converted character by character, the others by the cuts.
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>Per character: true when its form may depend on the phrase it is in (see <see cref="Contextual"/>).</summary>
    private readonly bool[] _contextual;

    /// <summary>The pairs of neighbours inside a phrase of the table or a dictionary word; made on first use.</summary>
    private CharPairs? _joins;

    private CharPairs Joins => _joins ?? LazyInitializer.EnsureInitialized(ref _joins, () =>
    {
        var pairs = _lattice.Value.Pairs.Copy();
        _phrases.AddPairsTo(pairs);

        // A number before 里, 周, 只, 斗 or 海里 decides its form (5里, a distance; 第3周, a week; 300只, counted; 三斗, a measure; 12海里), so the two stay in one chunk.
        foreach (var digit in NumberCharacters)
        {
            pairs.AddPairsOf([digit, '里']);
            pairs.AddPairsOf([digit, '周']);
            pairs.AddPairsOf([digit, '只']);
            pairs.AddPairsOf([digit, '斗']);
            pairs.AddPairsOf([digit, '海']);
        }

        return pairs;
    });

    /// <summary>
    /// The characters whose form may depend on their phrase: those with several forms (or a form
    /// longer than a character), and those some phrase (the site's terms included) writes otherwise
    /// than their one form.
    /// </summary>
    private bool[] Contextual(Table phrases)
    {
        var contextual = (bool[])_several.Clone();
        phrases.MarkOwnForms(contextual, _single);
        return contextual;
    }

    /// <summary>
    /// The standard Traditional form of the text, appended to <paramref name="sb"/>: every chunk
    /// around a character whose form depends on its phrase by <see cref="WriteByPhrases"/>, the
    /// rest character by character.
    /// </summary>
    private void Write(ReadOnlySpan<char> text, StringBuilder sb, NameMemory? names)
    {
        // Without the caller's memory the names of this text alone count.
        if (names is null)
        {
            names = t_names ??= new NameMemory();
            names.Clear();
        }

        // 干 that says something is dry (衣服干了) and 不准 that forbids (不准停车) are written so
        // whatever the phrases around them say.
        var start = 0;
        while (Decided(text, start, names) is var (at, form) && at >= 0)
        {
            WriteChunks(text[start..at], sb);
            sb.Append(form);
            start = at + form.Length;
        }

        WriteChunks(text[start..], sb);
    }

    [ThreadStatic]
    private static NameMemory? t_names;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteChunks(ReadOnlySpan<char> text, StringBuilder sb)
    {
        var joins = Joins;
        var n = text.Length;
        var written = 0;
        for (var i = 0; i < n; i++)
        {
            if (!_contextual[text[i]])
            {
                continue;
            }

            var from = i;
            while (from > written && joins.Contains(text[from - 1], text[from]))
            {
                from--;
            }

            var to = i + 1;
            while (to < n && joins.Contains(text[to - 1], text[to]))
            {
                to++;
            }

            AppendPlain(text[written..from], sb);
            WriteByPhrases(text[from..to], sb);
            written = to;
            i = to - 1;
        }

        AppendPlain(text[written..], sb);
    }

    /// <summary>The text converted as one chunk, without the split: what <see cref="Write"/> must equal (tests compare the two).</summary>
    internal string ToTraditionalUnsplit(string text)
    {
        var sb = new StringBuilder(text.Length);
        var start = 0;
        var names = new NameMemory();
        while (Decided(text, start, names) is var (at, form) && at >= 0)
        {
            WriteByPhrases(text.AsSpan(start, at - start), sb);
            sb.Append(form);
            start = at + form.Length;
        }

        WriteByPhrases(text.AsSpan(start), sb);
        return Variant(sb.ToString(), text);
    }

    /// <summary>Text whose every character has one form whatever its phrase: each character's form.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AppendPlain(ReadOnlySpan<char> text, StringBuilder sb)
    {
        Span<char> buffer = stackalloc char[256];
        while (text.Length > 0)
        {
            var count = Math.Min(text.Length, buffer.Length);
            for (var k = 0; k < count; k++)
            {
                var c = text[k];
                buffer[k] = _single[c] != '\0' ? _single[c] : c;
            }

            sb.Append(buffer[..count]);
            text = text[count..];
        }
    }
}
