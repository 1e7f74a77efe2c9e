using System.Runtime.CompilerServices;

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
    private readonly float[] _characters;

    /// <summary>Per word of the trie (by entry) its score, log(count / total), and its weight, log(1 + count).</summary>
    private readonly float[] _scores;
    private readonly double[] _weights;
    private readonly double[] _characterWeights;
    private static readonly float Unknown = (float)Math.Log(1 / Total);

    /// <summary>From the text of Data/word-frequencies.tsv: a word, a tab and its count on each line.</summary>
    public WordLattice(string table)
    {
        (_words, _characters, _characterWeights) = (new PhraseTrie(reversed: false, expectedCharacters: 400_000), new float[0x10000], new double[0x10000]);
        Pairs = new CharPairs(200_000);
        Array.Fill(_characters, Unknown);
        var (scores, weights) = (new List<float>(160_000), new List<double>(160_000));
        foreach (var range in table.AsSpan().Split('\n'))
        {
            var line = table.AsSpan(range);
            var tab = line.IndexOf('\t');
            if (tab <= 0 || !double.TryParse(line[(tab + 1)..], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var count))
            {
                continue;
            }

            var score = (float)Math.Log(Math.Max(count, 1) / Total);
            var weight = Math.Log(1 + count);
            if (tab == 1)
            {
                (_characters[line[0]], _characterWeights[line[0]]) = (score, weight);
            }
            else if (_words.Find(line[..tab]) is >= 0 and var known)
            {
                // A word listed again (a supplement's word jieba has too) keeps the larger count.
                (scores[known], weights[known]) = (Math.Max(scores[known], score), Math.Max(weights[known], weight));
            }
            else
            {
                _words.Add(line[..tab], scores.Count);
                Pairs.AddPairsOf(line[..tab]);
                scores.Add(score);
                weights.Add(weight);
            }
        }

        (_scores, _weights) = (scores.ToArray(), weights.ToArray());
    }

    /// <summary>log(1 + count) of the word (a single character too), 0 when the dictionary does not have it.</summary>
    public double Weight(ReadOnlySpan<char> word) =>
        word.Length == 1 ? _characterWeights[word[0]] : _words.Find(word) is >= 0 and var entry ? _weights[entry] : 0;

    private WordLattice(PhraseTrie words, float[] characters, float[] scores, double[] weights, double[] characterWeights, CharPairs pairs) =>
        (_words, _characters, _scores, _weights, _characterWeights, Pairs) = (words, characters, scores, weights, characterWeights, pairs);

    /// <summary>The pairs of neighbouring characters inside the dictionary's words.</summary>
    public CharPairs Pairs { get; }

    /// <summary>Writes the lattice as it is in memory, for <see cref="Read"/>.</summary>
    public void Write(BinaryWriter writer)
    {
        _words.Write(writer);
        SnapshotIO.Write<float>(writer, _characters);
        SnapshotIO.Write<float>(writer, _scores);
        SnapshotIO.Write<double>(writer, _weights);
        SnapshotIO.Write<double>(writer, _characterWeights);
        Pairs.Write(writer);
    }

    /// <summary>A lattice written by <see cref="Write"/>.</summary>
    public static WordLattice Read(BinaryReader reader)
    {
        var words = PhraseTrie.Read(reader);
        var (characters, scores, weights, characterWeights) = (SnapshotIO.Read<float>(reader), SnapshotIO.Read<float>(reader), SnapshotIO.Read<double>(reader), SnapshotIO.Read<double>(reader));
        if (characters.Length != 0x10000 || characterWeights.Length != 0x10000 || scores.Length != weights.Length)
        {
            throw new InvalidDataException("a conversion snapshot holds a damaged word lattice");
        }

        return new WordLattice(words, characters, scores, weights, characterWeights, CharPairs.Read(reader));
    }

    /// <summary>
    /// The best cut of the text against the best cut that has word boundaries at <paramref name="start"/>
    /// and <paramref name="end"/>, the edges of a phrase: how much likelier (log) the first is (near 0
    /// when the phrase fits a cut almost as likely: 长|发现|在 against 长发|现在; large when it does
    /// not: 人|人参|与 against 人人|参与), and each one's words and single characters.
    /// </summary>
    public (double Margin, Cut Best, Cut Fitting) Compare(ReadOnlySpan<char> text, int start, int end)
    {
        var best = Best(text);
        var fitting = Best(text[..start]) + Best(text[start..end]) + Best(text[end..]);
        return (best.Score - fitting.Score, best, fitting);
    }

    /// <summary>A cut's score (the sum of log(count / total) of its pieces), its pieces and how many of them are single characters.</summary>
    public readonly record struct Cut(double Score, int Words, int Singles)
    {
        public static Cut operator +(Cut a, Cut b) => new(a.Score + b.Score, a.Words + b.Words, a.Singles + b.Singles);

        /// <summary>Fewer pieces, then fewer single characters: what bidirectional matching prefers.</summary>
        public bool Simpler(Cut other) => Words < other.Words || (Words == other.Words && Singles < other.Singles);
    }

    /// <summary>A phrase's score as one piece: its own as a word of the dictionary, else its best cut's (a phrase jieba lacks, like 十只 or 发干).</summary>
    public double PhraseScore(ReadOnlySpan<char> phrase) =>
        _words.Find(phrase) is >= 0 and var entry ? _scores[entry] : Best(phrase).Score;

    /// <summary>The best cut of the text (no pieces for no text).</summary>
    public Cut Best(ReadOnlySpan<char> text)
    {
        var n = text.Length;
        Span<double> best = n < 256 ? stackalloc double[n + 1] : new double[n + 1];
        Span<int> length = n < 256 ? stackalloc int[n + 1] : new int[n + 1];
        Solve(text, best, length);
        var (words, singles) = (0, 0);
        for (var i = 0; i < n; i += length[i])
        {
            words++;
            singles += length[i] == 1 ? 1 : 0;
        }

        return new Cut(n == 0 ? 0 : best[0], words, singles);
    }

    /// <summary>
    /// The dynamic-programming pass: <paramref name="best"/>[i] is the score of the best cut of the
    /// text from i on, and <paramref name="length"/>[i] the length of its first piece.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Solve(ReadOnlySpan<char> text, Span<double> best, Span<int> length)
    {
        var n = text.Length;
        Span<int> found = stackalloc int[16];
        Span<int> entries = stackalloc int[16];
        best[n] = 0;
        for (var i = n - 1; i >= 0; i--)
        {
            (best[i], length[i]) = (_characters[text[i]] + best[i + 1], 1);
            var count = _words.AllFrom(text, i, found, entries);
            for (var k = 0; k < count; k++)
            {
                var score = _scores[entries[k]] + best[i + found[k]];
                if (score > best[i])
                {
                    (best[i], length[i]) = (score, found[k]);
                }
            }
        }
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
        Solve(text, best, length);
        ends.Clear();
        for (var i = 0; i < n; i += length[i])
        {
            ends[i] = true;
        }

        ends[n] = true;
    }
}
