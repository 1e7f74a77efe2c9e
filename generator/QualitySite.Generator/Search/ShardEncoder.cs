using System.Text;

namespace QualitySite.Generator.Search;

/// <summary>
/// Packs term postings into binary shards. A term lives in shard fnv1a32(UTF-8 bytes) mod the
/// shard count, so the browser fetches only the shards of its query's terms.
/// </summary>
public static class ShardEncoder
{
    public static List<byte[]> Encode(InvertedIndex index, int shardCount)
    {
        var shards = Enumerable.Range(0, shardCount).Select(_ => new List<string>()).ToArray();
        foreach (var term in index.Terms.Keys)
        {
            shards[(int)(Fnv1a(term) % (uint)shardCount)].Add(term);
        }

        var result = new byte[shardCount][];
        Parallel.For(0, shardCount, i => result[i] = EncodeShard(shards[i], index));
        return result.ToList();
    }

    /// <summary>A power of two that keeps the average shard near <paramref name="targetBytes"/>.</summary>
    public static int ShardCount(InvertedIndex index, int targetBytes)
    {
        long total = index.Terms.Sum(t => t.Key.Length * 3L + 6 + t.Value.Length);
        var count = 1;
        while (count < 65536 && total / count > targetBytes)
        {
            count *= 2;
        }

        return count;
    }

    public static uint Fnv1a(string term)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(term))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return hash;
    }

    /// <summary>
    /// A term's block: its postings (document-number deltas, weights, follower masks), or, when that is
    /// smaller (a term on most pages), dense: a weight byte for every document (0: absent), then for
    /// bigrams a mask byte for every document. The browser then needs no decoding at all. The
    /// document frequency is written doubled, plus one for a dense block.
    /// </summary>
    private static byte[] EncodeShard(List<string> terms, InvertedIndex index)
    {
        terms.Sort(StringComparer.Ordinal);
        using var stream = new MemoryStream();
        stream.Write("QSI2"u8);
        Varint.Write(stream, terms.Count);
        foreach (var term in terms)
        {
            var postings = index.Terms[term];
            var bytes = Encoding.UTF8.GetBytes(term);
            Varint.Write(stream, bytes.Length);
            stream.Write(bytes);
            var dense = index.DocumentCount * (postings.HasMasks ? 2 : 1);
            if (dense < postings.Length)
            {
                Varint.Write(stream, (postings.Count << 1) | 1);
                Varint.Write(stream, dense);
                stream.Write(postings.Dense(index.DocumentCount));
            }
            else
            {
                Varint.Write(stream, postings.Count << 1);
                Varint.Write(stream, postings.Length);
                stream.Write(postings.Bytes);
            }
        }

        return stream.ToArray();
    }
}
