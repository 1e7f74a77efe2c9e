using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;

namespace QualitySite.Generator.Search;

/// <summary>
/// Builds the inverted index: every term's postings, already encoded as bytes (docs/search.md):
/// per page a document-number delta, a one-byte BM25 weight normalised for the page's length, and
/// for bigrams a one-byte mask of the characters that follow it (the phrase signal).
/// Field weights: title 4, headings and tags 2, body 1. Terms are 64-bit keys while building, so
/// no string is made per token.
/// </summary>
public sealed class InvertedIndex
{
    public const int TitleWeight = 4;
    public const int HeadingWeight = 2;
    public const int BodyWeight = 1;

    private const long BigramFlag = 1L << 42;
    private const long WordFlag = 2L << 42;

    private InvertedIndex(Dictionary<string, TermPostings> terms, int documents)
    {
        Terms = terms;
        DocumentCount = documents;
    }

    /// <summary>Encoded postings by term.</summary>
    public Dictionary<string, TermPostings> Terms { get; }

    public int DocumentCount { get; }

    /// <summary>Bit of the follower mask for a character: the top three bits of a multiplicative hash.</summary>
    public static int FollowerBit(int codePoint) => (int)(((uint)codePoint * 0x9E3779B1u) >> 29);

    public static InvertedIndex Build(IReadOnlyList<SearchDocument> documents, TextAnalyzer analyzer, double k1, double b, AnalysisCache? cache = null)
    {
        var words = cache?.Words ?? new WordTable();
        var perDoc = new DocTerms[documents.Count];
        // Each worker counts into one dictionary it clears per page: a fresh one per page was a fifth of the build's allocations.
        Parallel.For(0, documents.Count, () => new TermCounter(), (i, _, stats) =>
        {
            var doc = documents[i];
            if (cache is not null && cache.Entries.TryGetValue(doc.Url, out var hit) && SameText(hit.Document, doc))
            {
                perDoc[i] = hit.Terms;
                return stats;
            }

            perDoc[i] = Analyze(doc, analyzer, words, stats);
            cache?.Entries.AddOrUpdate(doc.Url, (doc, perDoc[i]), (_, _) => (doc, perDoc[i]));
            return stats;
        }, _ => { });
        var average = perDoc.Length == 0 ? 1 : Math.Max(1, perDoc.Average(d => d.Length));

        // Merge in parallel: each partition of the term space walks the documents in order.
        var partitions = new (TermCounter Keys, List<TermPostings> Postings)[Partitions];
        Parallel.For(0, Partitions, part =>
        {
            var keys = new TermCounter();
            var builders = new List<TermPostings>();

            // A page's weights depend only on the term count: most are 1 to 3, each worked out once per page.
            Span<byte> weights = stackalloc byte[32];
            for (var doc = 0; doc < perDoc.Length; doc++)
            {
                var terms = perDoc[doc];
                var norm = LengthNorm(terms.Length, k1, b, average);
                weights.Clear();
                for (var e = terms.Starts[part]; e < terms.Starts[part + 1]; e++)
                {
                    var key = terms.Keys[e];
                    var id = keys.Intern(key);
                    if (id == builders.Count)
                    {
                        builders.Add(new TermPostings());
                    }

                    var tf = terms.Tfs[e];
                    var weight = tf >= weights.Length ? Quantize(tf, norm, k1) : weights[tf] != 0 ? weights[tf] : weights[tf] = Quantize(tf, norm, k1);
                    builders[id].Add(doc, weight, (key & BigramFlag) != 0 ? terms.Masks[e] : null);
                }
            }

            partitions[part] = (keys, builders);
        });

        var wordNames = words.Names();
        var byName = new Dictionary<string, TermPostings>(partitions.Sum(p => p.Postings.Count), StringComparer.Ordinal);
        foreach (var (keys, postings) in partitions)
        {
            for (var i = 0; i < postings.Count; i++)
            {
                byName[Name(keys.Key(i), wordNames)] = postings[i];
            }
        }

        return new InvertedIndex(byName, documents.Count);
    }

    /// <summary>The page-length part of BM25's denominator, k1·(1−b+b·dl/avgdl): the same for all of a page's terms.</summary>
    private static double LengthNorm(int length, double k1, double b, double average) => k1 * (1 - b + b * length / average);

    /// <summary>BM25's tf part, tf·(k1+1)/(tf + norm), scaled from 0…k1+1 to 1…255.</summary>
    private static byte Quantize(int tf, double norm, double k1)
    {
        var score = tf * (k1 + 1) / (tf + norm);
        return (byte)Math.Clamp((int)Math.Round(score / (k1 + 1) * 255), 1, 255);
    }

    /// <summary>
    /// Per-page analysis kept between preview rebuilds: a page whose indexed text is unchanged is not
    /// tokenised again. Word ids are shared, so cached entries stay valid.
    /// </summary>
    public sealed class AnalysisCache
    {
        internal WordTable Words { get; } = new();

        internal ConcurrentDictionary<string, (SearchDocument Document, DocTerms Terms)> Entries { get; } = new(StringComparer.Ordinal);
    }

    private static bool SameText(SearchDocument a, SearchDocument b) =>
        a.Title == b.Title && a.Body == b.Body && a.Headings.SequenceEqual(b.Headings) && a.Tags.SequenceEqual(b.Tags);

    private const int Partitions = 16;

    private static int PartitionOf(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 60);

    /// <summary>One page's terms, grouped by partition: entries Starts[p] … Starts[p+1]-1 belong to partition p.</summary>
    internal sealed record DocTerms(long[] Keys, int[] Tfs, byte[] Masks, int[] Starts, int Length);

    private static DocTerms Group(TermCounter stats, int length)
    {
        var starts = new int[Partitions + 1];
        for (var i = 0; i < stats.Count; i++)
        {
            starts[PartitionOf(stats.Key(i)) + 1]++;
        }

        for (var p = 0; p < Partitions; p++)
        {
            starts[p + 1] += starts[p];
        }

        // Kept until the merge: on the pinned heap, so the collector does not copy them between generations meanwhile.
        var next = starts[..Partitions];
        var keys = GC.AllocateUninitializedArray<long>(stats.Count, pinned: true);
        var tfs = GC.AllocateUninitializedArray<int>(stats.Count, pinned: true);
        var masks = GC.AllocateUninitializedArray<byte>(stats.Count, pinned: true);
        for (var i = 0; i < stats.Count; i++)
        {
            var key = stats.Key(i);
            var at = next[PartitionOf(key)]++;
            (keys[at], tfs[at], masks[at]) = (key, stats.Tf(i), stats.Mask(i));
        }

        return new DocTerms(keys, tfs, masks, starts, length);
    }

    /// <summary>Each thread's buffer for a field's code points, reused field after field.</summary>
    [ThreadStatic]
    private static int[]? t_codePoints;

    private static DocTerms Analyze(SearchDocument doc, TextAnalyzer analyzer, WordTable words, TermCounter stats)
    {
        stats.Clear();
        var length = 0;
        void Field(string text, int weight)
        {
            var cps = analyzer.Normalize(text, ref t_codePoints);
            var previous = (Start: -1, End: -1);
            Span<char> joined = stackalloc char[4];
            foreach (var (start, end, han) in TextAnalyzer.Runs(cps))
            {
                if (!han)
                {
                    Count(WordFlag | (uint)WordId(cps, start, end, words), weight, -1);
                    length += weight;
                    if (TextAnalyzer.JoinsNumber(cps, previous.Start, previous.End, start, end))
                    {
                        Count(WordFlag | (uint)words.Id(TextAnalyzer.JoinedNumber(cps, previous.Start, previous.End, start, end, joined)), weight, -1);
                    }

                    previous = (start, end);
                    continue;
                }

                for (var k = start; k < end; k++)
                {
                    stats.AddCharacter(cps[k], weight);
                    length += weight;
                    if (k + 1 < end)
                    {
                        Count(BigramFlag | ((long)cps[k] << 21) | (uint)cps[k + 1], weight, k + 2 < end ? cps[k + 2] : -1);
                    }
                }
            }
        }

        void Count(long key, int weight, int follower) => stats.Add(key, weight, follower >= 0 ? FollowerBit(follower) : -1);

        Field(doc.Title, TitleWeight);
        foreach (var heading in doc.Headings.Concat(doc.Tags))
        {
            Field(heading, HeadingWeight);
        }

        Field(doc.Body, BodyWeight);
        stats.FlushCharacters();
        return Group(stats, Math.Max(1, length));
    }

    private static int WordId(ReadOnlySpan<int> cps, int start, int end, WordTable words)
    {
        Span<char> chars = stackalloc char[Math.Min(end - start, 256)];
        for (var k = 0; k < chars.Length; k++)
        {
            chars[k] = (char)cps[start + k];
        }

        return words.Id(chars);
    }

    /// <summary>
    /// Numbers for Latin words and numbers, handed out without a lock (a lock here cost a third of
    /// the indexing time on 4,000 pages). The numbers only key the terms while building: the index
    /// is written by name, so which page first met a word does not change the output.
    /// </summary>
    internal sealed class WordTable
    {
        private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
        private int _next;

        public int Id(ReadOnlySpan<char> word) =>
            _ids.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var id)
                ? id
                : _ids.GetOrAdd(word.ToString(), static (_, table) => Interlocked.Increment(ref table._next), this);

        public Dictionary<int, string> Names() => _ids.ToDictionary(w => w.Value, w => w.Key);
    }

    private static string Name(long key, Dictionary<int, string> words)
    {
        if ((key & WordFlag) != 0)
        {
            return words[(int)(key & 0xFFFFFFFF)];
        }

        if ((key & BigramFlag) != 0)
        {
            return char.ConvertFromUtf32((int)((key >> 21) & 0x1FFFFF)) + char.ConvertFromUtf32((int)(key & 0x1FFFFF));
        }

        return char.ConvertFromUtf32((int)key);
    }
}

/// <summary>One term's postings as they will appear in a shard: count and encoded bytes.</summary>
public sealed class TermPostings
{
    private byte[] _bytes = new byte[16];
    private int _lastDoc;

    public int Count { get; private set; }

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Bytes => _bytes.AsSpan(0, Length);

    public void Add(int doc, byte weight, byte? followers)
    {
        if (Length + 8 > _bytes.Length)
        {
            Array.Resize(ref _bytes, _bytes.Length * 2);
        }

        var delta = (uint)(doc - _lastDoc);
        _lastDoc = doc;
        while (delta >= 0x80)
        {
            _bytes[Length++] = (byte)(delta | 0x80);
            delta >>= 7;
        }

        _bytes[Length++] = (byte)delta;
        _bytes[Length++] = weight;
        if (followers is { } mask)
        {
            _bytes[Length++] = mask;
            HasMasks = true;
        }

        Count++;
    }

    /// <summary>Bigram postings carry a follower mask each.</summary>
    public bool HasMasks { get; private set; }

    /// <summary>The postings as a weight byte per document (0: absent), then, for bigrams, a mask byte per document.</summary>
    public byte[] Dense(int documents)
    {
        var dense = new byte[documents * (HasMasks ? 2 : 1)];
        var at = 0;
        var doc = 0;
        var bytes = Bytes;
        for (var p = 0; p < Count; p++)
        {
            doc += Varint.Read(bytes, ref at);
            dense[doc] = bytes[at++];
            if (HasMasks)
            {
                dense[documents + doc] = bytes[at++];
            }
        }

        return dense;
    }
}
