using System.Text;
using QualitySite.Generator.Conversion;

namespace QualitySite.Generator.Search;

/// <summary>What a token is: a Han character, a pair of adjacent Han characters, or a Latin word or number.</summary>
public enum TokenKind
{
    Unigram,
    Bigram,
    Word,
}

/// <summary>One term occurrence: the term and the code-point offset where it starts in the analysed text.</summary>
public readonly record struct Token(string Term, TokenKind Kind, int Position);

/// <summary>
/// The text analysis shared by the index builder and the browser (templates/assets/search.js);
/// docs/search.md specifies it and tests/…/Specs/tokenizer-cases.json holds the cases both run.
/// NFKC, ASCII lower-casing, Traditional→Simplified folding; Han runs become single characters and
/// overlapping bigrams, Latin letters and digits become words, everything else separates.
/// </summary>
public sealed class TextAnalyzer(FoldTable fold)
{
    public static TextAnalyzer Default { get; } = new(FoldTable.Default);

    /// <summary>The normalised code points of a text: NFKC, A–Z lowered, Traditional folded to Simplified.</summary>
    public int[] Normalize(string text) => NormalizeQuickly(text, null) ?? NormalizeFully(text);

    /// <summary>As <see cref="Normalize(string)"/>, written into <paramref name="buffer"/> (grown when too short) when the quick path serves: valid until the buffer's next use.</summary>
    public ReadOnlySpan<int> Normalize(string text, ref int[]? buffer)
    {
        if (buffer is null || buffer.Length < text.Length)
        {
            buffer = new int[Math.Max(text.Length, 1024)];
        }

        return NormalizeQuickly(text, buffer) is { } quick ? quick.AsSpan(0, text.Length) : NormalizeFully(text);
    }

    /// <summary>
    /// NFKC without the ICU call for the text a Chinese page is made of: characters NFKC leaves
    /// alone (<see cref="NfkcStable"/>), full-width ASCII (which NFKC maps to ASCII) and the
    /// ideographic space. Null when the text holds anything else; then ICU decides.
    /// </summary>
    private int[]? NormalizeQuickly(string text, int[]? into)
    {
        var result = into ?? new int[text.Length];
        var quick = _quick.Value;
        for (var i = 0; i < text.Length; i++)
        {
            var cp = quick[text[i]];
            if (cp < 0)
            {
                return null;
            }

            result[i] = cp;
        }

        return result;
    }

    /// <summary>Per BMP character, what the quick path makes of it (folded and lowered), or −1 when ICU must decide.</summary>
    private readonly Lazy<int[]> _quick = new(() => QuickTable(fold));

    private static int[] QuickTable(FoldTable fold)
    {
        var stable = NfkcStable.Value;
        var table = new int[0x10000];
        for (var c = 0; c < table.Length; c++)
        {
            var cp = c switch
            {
                >= 0xFF01 and <= 0xFF5E => c - 0xFEE0,
                0x3000 => ' ',
                _ when stable[c] => c,
                _ => -1,
            };
            table[c] = cp < 0 ? -1 : cp is >= 'A' and <= 'Z' ? cp + 32 : fold.Fold(cp);
        }

        return table;
    }

    private int[] NormalizeFully(string text)
    {
        text = WithoutNoncharacters(text);
        var normalized = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var result = new int[normalized.Length];
        var count = 0;
        foreach (var rune in normalized.EnumerateRunes())
        {
            var cp = rune.Value;
            result[count++] = cp is >= 'A' and <= 'Z' ? cp + 32 : fold.Fold(cp);
        }

        return count == result.Length ? result : result[..count];
    }

    /// <summary>
    /// Lone surrogates and noncharacters (U+FFFE, U+FDD0…) become spaces: .NET's normaliser refuses
    /// them, and to the analysis they are separators anyway.
    /// </summary>
    private static string WithoutNoncharacters(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && !text.AsSpan().ContainsAnyInRange('\uFDD0', '\uFDEF')
            && !text.AsSpan().ContainsAny('\uFFFE', '\uFFFF'))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var bad = rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE || rune == Rune.ReplacementChar;
            clean.Append(bad ? " " : rune.ToString());
        }

        return clean.ToString();
    }

    private static bool IsNfkc(char c) => c is not (>= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF') && c.ToString().IsNormalized(NormalizationForm.FormKC);

    /// <summary>
    /// The BMP characters that NFKC maps to themselves and that never combine with a neighbour
    /// (no marks, no Hangul, no surrogates), so a text made only of them is already NFKC. Asked of
    /// ICU once per process; CJK ideographs are known stable and skip the question.
    /// </summary>
    private static readonly Lazy<bool[]> NfkcStable = new(() =>
    {
        var table = new bool[0x10000];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = c switch
            {
                >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF => true,
                >= 0xD800 and <= 0xDFFF or >= 0x1100 and <= 0x11FF or >= 0x3130 and <= 0x318F
                    or >= 0xA960 and <= 0xA97F or >= 0xAC00 and <= 0xD7FF => false,
                _ => !IsMark((char)c) && IsNfkc((char)c),
            };
        }

        return table;
    });

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
        or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;

    public List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        Tokenize(text, (term, kind, position) => tokens.Add(new Token(term.ToString(), kind, position)));
        return tokens;
    }

    /// <summary>Calls <paramref name="emit"/> for each token without allocating a string per token.</summary>
    public void Tokenize(string text, TokenSink emit)
    {
        var cps = Normalize(text);
        Span<char> buffer = stackalloc char[4];
        Span<char> joined = stackalloc char[4];
        var previous = (Start: -1, End: -1);
        foreach (var (start, end, han) in Runs(cps))
        {
            if (han)
            {
                EmitHan(cps, start, end, emit, buffer);
                continue;
            }

            EmitWord(cps, start, end, emit);
            if (JoinsNumber(cps, previous.Start, previous.End, start, end))
            {
                emit(JoinedNumber(cps, previous.Start, previous.End, start, end, joined), TokenKind.Word, previous.Start);
            }

            previous = (start, end);
        }
    }

    /// <summary>
    /// Two short numbers joined by a dot (3·15, 3.15, 9•1) also make the number readers type for
    /// them (315): true when the word run [start, end) is such a second number after [previousStart, previousEnd).
    /// </summary>
    public static bool JoinsNumber(ReadOnlySpan<int> cps, int previousStart, int previousEnd, int start, int end) =>
        previousStart >= 0 && previousEnd + 1 == start && cps[previousEnd] is '.' or 0xB7 or 0x2022
        && previousEnd - previousStart <= 2 && end - start <= 2 && AllDigits(cps, previousStart, previousEnd) && AllDigits(cps, start, end);

    /// <summary>The two numbers' digits run together, written into <paramref name="into"/>.</summary>
    public static ReadOnlySpan<char> JoinedNumber(ReadOnlySpan<int> cps, int previousStart, int previousEnd, int start, int end, Span<char> into)
    {
        var n = 0;
        for (var k = previousStart; k < previousEnd; k++)
        {
            into[n++] = (char)cps[k];
        }

        for (var k = start; k < end; k++)
        {
            into[n++] = (char)cps[k];
        }

        return into[..n];
    }

    private static bool AllDigits(ReadOnlySpan<int> cps, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!IsDigit(cps[k]))
            {
                return false;
            }
        }

        return true;
    }

    public delegate void TokenSink(ReadOnlySpan<char> term, TokenKind kind, int position);

    /// <summary>
    /// The runs of a normalised text: maximal stretches of Han characters or of Latin letters and
    /// digits; everything else separates. Both the tokenizer and the index builder use this.
    /// </summary>
    public static RunEnumerator Runs(ReadOnlySpan<int> cps) => new(cps);

    /// <summary>The runs of <see cref="Runs"/>, one by one, without an enumerator object per text.</summary>
    public ref struct RunEnumerator(ReadOnlySpan<int> cps)
    {
        private readonly ReadOnlySpan<int> _cps = cps;
        private int _next;

        /// <summary>A long word that mixes letters and digits, being handed out piece by piece: the next piece starts at _from, the word ends at _end.</summary>
        private int _from;
        private int _end;

        public (int Start, int End, bool Han) Current { get; private set; }

        public readonly RunEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_from < _end)
            {
                // A longer word that mixes letters and digits is split where they meet, so GB18401,
                // GB 18401 and GB/T 18401 all give gb and 18401; short ones such as 3C, 5G, A4 stay whole.
                var k = _from + 1;
                while (k < _end && IsDigit(_cps[k]) == IsDigit(_cps[k - 1]))
                {
                    k++;
                }

                Current = (_from, k, false);
                _from = k;
                return true;
            }

            while (_next < _cps.Length)
            {
                var kind = Classify(_cps[_next]);
                if (kind == CharClass.Separator)
                {
                    _next++;
                    continue;
                }

                var start = _next;
                while (_next < _cps.Length && Classify(_cps[_next]) == kind)
                {
                    _next++;
                }

                if (kind == CharClass.Han || _next - start <= MixedWordSplitAbove)
                {
                    Current = (start, _next, kind == CharClass.Han);
                    return true;
                }

                (_from, _end) = (start, _next);
                return MoveNext();
            }

            return false;
        }
    }

    /// <summary>Word runs longer than this that mix letters and digits are split into their letter and digit parts.</summary>
    public const int MixedWordSplitAbove = 3;

    private static bool IsDigit(int cp) => cp is >= '0' and <= '9';

    private static void EmitHan(ReadOnlySpan<int> cps, int start, int end, TokenSink emit, Span<char> buffer)
    {
        for (var k = start; k < end; k++)
        {
            var first = new Rune(cps[k]).EncodeToUtf16(buffer);
            emit(buffer[..first], TokenKind.Unigram, k);
            if (k + 1 < end)
            {
                var second = new Rune(cps[k + 1]).EncodeToUtf16(buffer[first..]);
                emit(buffer[..(first + second)], TokenKind.Bigram, k);
            }
        }
    }

    private static void EmitWord(ReadOnlySpan<int> cps, int start, int end, TokenSink emit)
    {
        Span<char> word = end - start <= 64 ? stackalloc char[end - start] : new char[end - start];
        for (var k = start; k < end; k++)
        {
            word[k - start] = (char)cps[k];
        }

        emit(word, TokenKind.Word, start);
    }

    private enum CharClass
    {
        Separator,
        Han,
        Word,
    }

    private static CharClass Classify(int cp) => cp switch
    {
        >= '0' and <= '9' or >= 'a' and <= 'z' => CharClass.Word,
        0x3007 or >= 0x3040 and <= 0x30FF or >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF
            or >= 0xAC00 and <= 0xD7AF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x2FA1F => CharClass.Han,
        _ => CharClass.Separator,
    };
}
