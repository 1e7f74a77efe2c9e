namespace QualitySite.Generator.Conversion;

/// <summary>
/// The most likely cut of a text into words, as jieba cuts: every way of covering the text with
/// dictionary words and single characters is scored by the sum of log(count / total) of its pieces
/// (jieba's counts, Data/word-frequencies.tsv), and the best one wins. The converter does not take
/// its phrases from this cut (OpenCC's phrase table decides those); it uses the cut as evidence of
/// where words end, so that a phrase match running across two words (个人|参保 read as 人参,
/// ginseng) is refused.
/// </summary>
internal sealed class WordLattice
{
    /// <summary>The sum of all counts in jieba's dictionary, which the counts are shares of.</summary>
    private const double Total = 60_101_964;

    private readonly PhraseTrie _words;
    private readonly float[] _characters = new float[0x10000];
    private static readonly float Unknown = (float)Math.Log(1 / Total);

    /// <summary>From the text of Data/word-frequencies.tsv: a word, a tab and its count on each line.</summary>
    public WordLattice(string table)
    {
        Array.Fill(_characters, Unknown);
        var words = new List<(string, float)>(160_000);
        foreach (var range in table.AsSpan().Split('\n'))
        {
            var line = table.AsSpan(range);
            var tab = line.IndexOf('\t');
            if (tab <= 0 || !double.TryParse(line[(tab + 1)..], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var count))
            {
                continue;
            }

            var score = (float)Math.Log(Math.Max(count, 1) / Total);
            if (tab == 1)
            {
                _characters[line[0]] = score;
            }
            else
            {
                words.Add((line[..tab].ToString(), score));
            }
        }

        _words = new PhraseTrie(words);
    }

    [ThreadStatic]
    private static double[]? t_best;

    [ThreadStatic]
    private static int[]? t_length;

    /// <summary>Marks in <paramref name="ends"/> (length text.Length + 1) every point where a word of the best cut ends or starts.</summary>
    public void Boundaries(ReadOnlySpan<char> text, Span<bool> ends)
    {
        var n = text.Length;
        var best = t_best is { } b && b.Length > n ? b : t_best = new double[Math.Max(n + 1, 256)];
        var length = t_length is { } l && l.Length > n ? l : t_length = new int[Math.Max(n + 1, 256)];
        Span<int> found = stackalloc int[16];
        Span<float> scores = stackalloc float[16];
        best[n] = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            (best[i], length[i]) = (_characters[text[i]] + best[i + 1], 1);
            var count = _words.AllFrom(text, i, found, scores);
            for (var k = 0; k < count; k++)
            {
                var end = i + found[k];
                var score = scores[k] + best[end];
                if (score > best[i])
                {
                    (best[i], length[i]) = (score, found[k]);
                }
            }
        }

        ends.Clear();
        for (var i = 0; i < n; i += length[i])
        {
            ends[i] = true;
        }

        ends[n] = true;
    }
}
