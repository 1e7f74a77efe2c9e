using System.Text;

namespace QualitySite.Generator.Search;

/// <summary>
/// Encodes term postings into binary shards. A term lives in shard fnv1a32(UTF-8 bytes) mod
/// shard count, so the browser fetches only the shards of its query's terms. Each posting carries
/// a BM25 term weight already normalised for the page's length, quantised to one byte.
/// </summary>
public static class ShardEncoder
{
    public static List<byte[]> Encode(InvertedIndex index, int shardCount, double k1, double b)
    {
        var shards = Enumerable.Range(0, shardCount).Select(_ => new List<string>()).ToArray();
        foreach (var term in index.Terms.Keys)
        {
            shards[(int)(Fnv1a(term) % (uint)shardCount)].Add(term);
        }

        var avg = index.AverageLength;
        return shards.Select(terms => EncodeShard(terms, index, k1, b, avg)).ToList();
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

    private static byte[] EncodeShard(List<string> terms, InvertedIndex index, double k1, double b, double avg)
    {
        using var stream = new MemoryStream();
        stream.Write("QSI1"u8);
        Varint.Write(stream, terms.Count);
        using var block = new MemoryStream();
        foreach (var term in terms)
        {
            var postings = index.Terms[term];
            block.SetLength(0);
            var previous = 0;
            foreach (var p in postings)
            {
                Varint.Write(block, p.Doc - previous);
                previous = p.Doc;
                block.WriteByte(Quantize(p.WeightedTf, index.DocLengths[p.Doc], k1, b, avg));
                Varint.Write(block, p.Positions.Length);
                var last = 0;
                foreach (var position in p.Positions)
                {
                    Varint.Write(block, position - last);
                    last = position;
                }
            }

            var bytes = Encoding.UTF8.GetBytes(term);
            Varint.Write(stream, bytes.Length);
            stream.Write(bytes);
            Varint.Write(stream, postings.Count);
            Varint.Write(stream, (int)block.Length);
            block.WriteTo(stream);
        }

        return stream.ToArray();
    }

    /// <summary>BM25's tf part, tf·(k1+1)/(tf + k1·(1−b+b·dl/avgdl)), scaled from 0…k1+1 to 1…255.</summary>
    public static byte Quantize(int tf, int length, double k1, double b, double avg)
    {
        var score = tf * (k1 + 1) / (tf + k1 * (1 - b + b * length / avg));
        return (byte)Math.Clamp((int)Math.Round(score / (k1 + 1) * 255), 1, 255);
    }
}
