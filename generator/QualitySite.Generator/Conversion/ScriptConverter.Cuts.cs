using System.Runtime.CompilerServices;

namespace QualitySite.Generator.Conversion;

/// <summary>Cutting a text into phrases: forward and backward longest match, and the choice between them.</summary>
public sealed partial class ScriptConverter
{
    [ThreadStatic]
    private static List<int>? t_chosen;

    [ThreadStatic]
    private static List<int>? t_inner;

    /// <summary>
    /// Piece lengths of the text: it is cut twice, by forward and by backward longest match, and
    /// where the two disagree each is weighed as words (<see cref="Pieces"/>): the cut clearly
    /// likelier as words wins (by <see cref="NearMargin"/>); between two about as likely, the one of
    /// fewer words, then fewer single characters, then more common words, then the backward one.
    /// Written into <paramref name="chosen"/> (by default this thread's list, reused by the next call).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<int> Cut(ReadOnlySpan<char> text, List<int>? chosen = null)
    {
        chosen ??= t_chosen ??= new List<int>(256);
        chosen.Clear();
        var forward = Forward(text, _phrases);
        var backward = Backward(text, _phrases);
        int f = 0, b = 0, start = 0;
        while (start < text.Length)
        {
            // Walk both cuts to the next point where both end a piece; choose between them there.
            int fEnd = start, bEnd = start, fFirst = f, bFirst = b;
            do
            {
                if (fEnd <= bEnd)
                {
                    fEnd += forward[f++];
                }
                else
                {
                    bEnd += backward[b++];
                }
            }
            while (fEnd != bEnd);

            if (f - fFirst == 1 && b - bFirst == 1)
            {
                // Both cuts make the same piece here.
                chosen.Add(forward[fFirst]);
                start = fEnd;
                continue;
            }

            // The two cuts are weighed as words over the stretch and a few characters either side.
            var window = text[Math.Max(0, start - CutContext)..Math.Min(text.Length, fEnd + CutContext)];
            var offset = Math.Max(0, start - CutContext);
            var (fCut, bCut) = (Pieces(window, start - offset, forward, fFirst, f), Pieces(window, start - offset, backward, bFirst, b));
            var useForward = Math.Abs(fCut.Score - bCut.Score) >= NearMargin ? fCut.Score > bCut.Score
                : fCut.Simpler(bCut) || (!bCut.Simpler(fCut)
                && f - fFirst > 1 && Likelihood(text, start, forward, fFirst, f) > Likelihood(text, start, backward, bFirst, b));
            var (pieces, first, last) = useForward ? (forward, fFirst, f) : (backward, bFirst, b);
            for (var i = first; i < last; i++)
            {
                chosen.Add(pieces[i]);
            }

            start = fEnd;
        }

        return chosen;
    }

    /// <summary>How many characters on either side of a stretch where the cuts disagree the word cut weighs with it.</summary>
    private const int CutContext = 8;

    /// <summary>
    /// The best word cut of the text that keeps each phrase among the pieces [first, last) (starting
    /// at <paramref name="start"/>) whole, a phrase counting as one word with its own score as a word:
    /// the runs of single characters between the phrases fall into words with their neighbours, so
    /// 为了|解|说清楚 weighs as 为了|解说|清楚 (three words) against 为|了解|说|清楚 (four).
    /// </summary>
    private WordLattice.Cut Pieces(ReadOnlySpan<char> text, int start, List<int> pieces, int first, int last)
    {
        var lattice = _lattice.Value;
        var cut = default(WordLattice.Cut);
        var from = 0;
        for (var i = first; i < last; i++)
        {
            if (pieces[i] > 1)
            {
                cut += lattice.Best(text[from..start]) + new WordLattice.Cut(lattice.PhraseScore(text.Slice(start, pieces[i])), 1, 0);
                from = start + pieces[i];
            }

            start += pieces[i];
        }

        return cut + lattice.Best(text[from..]);
    }

    /// <summary>
    /// How likely a cut of text is as words: the sum of log(1 + frequency) of its pieces in jieba's
    /// dictionary (Data/word-frequencies.tsv); a site's own term counts as very frequent. Decides
    /// only between forward and backward cuts that tie on pieces and single characters:
    /// 胃口|吃|饭 (337, …) beats 胃|口吃|饭 (…, 135), so 胃口吃饭 is 胃口喫飯 as in OpenCC.
    /// </summary>
    private double Likelihood(ReadOnlySpan<char> text, int start, List<int> pieces, int first, int last)
    {
        var lattice = _lattice.Value;
        var sum = 0.0;
        for (var i = first; i < last; i++)
        {
            var piece = text.Slice(start, pieces[i]);
            sum += _siteTerms.Contains(piece) ? SiteTermWeight : lattice.Weight(piece);
            start += pieces[i];
        }

        return sum;
    }

    private const double SiteTermWeight = 20;

    [ThreadStatic]
    private static List<int>? t_forward;

    [ThreadStatic]
    private static List<int>? t_backward;

    /// <summary>Piece lengths by forward longest match (1 for a character no phrase starts with); the list is reused by the calling thread.</summary>
    private static List<int> Forward(ReadOnlySpan<char> text, Table phrases)
    {
        var pieces = t_forward ??= new List<int>(256);
        pieces.Clear();
        var trie = phrases.Forward;
        for (var i = 0; i < text.Length;)
        {
            var length = trie.LongestFrom(text, i);
            pieces.Add(length);
            i += length;
        }

        return pieces;
    }

    /// <summary>Piece lengths by backward longest match, in text order.</summary>
    private static List<int> Backward(ReadOnlySpan<char> text, Table phrases)
    {
        var pieces = t_backward ??= new List<int>(256);
        pieces.Clear();
        var trie = phrases.Backward;
        for (var end = text.Length; end > 0;)
        {
            var length = trie.LongestTo(text, end);
            pieces.Add(length);
            end -= length;
        }

        pieces.Reverse();
        return pieces;
    }
}
