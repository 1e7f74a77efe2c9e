using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using QualitySite.Generator.Model;

namespace QualitySite.Generator.Search;

/// <summary>The index files and the manifest, which the search page also embeds to save a request.</summary>
public sealed record SearchIndexOutput(IReadOnlyList<OutputFile> Files, string ManifestJson);

/// <summary>
/// Stage 8: writes the search index (format in docs/search.md): a small manifest, binary term
/// shards fetched by hash, a document table for filters, one JSON fragment per page for titles and
/// excerpts, and the Traditional→Simplified table in chunks. Everything but the manifest lives in a
/// folder named by the content hash, so a CDN can cache it forever.
/// </summary>
public static class SearchIndexWriter
{
    public const int FormatVersion = 1;
    public const double K1 = 1.2;
    public const double B = 0.75;
    public const int TargetShardBytes = 24 * 1024;
    public const int FoldChunks = 16;

    public static readonly string[] Kinds = ["notice", "guide", "result", "page"];

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static SearchIndexOutput Write(IReadOnlyList<SearchDocument> documents, string basePath, TextAnalyzer analyzer, FoldTable fold)
    {
        var index = InvertedIndex.Build(documents, analyzer);
        var regions = documents.Select(d => d.Region).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var tags = documents.SelectMany(d => d.Tags).Distinct().Order(StringComparer.Ordinal).ToList();

        var files = new List<(string Name, byte[] Bytes)>();
        var shardCount = ShardCount(index);
        files.AddRange(ShardEncoder.Encode(index, shardCount, K1, B).Select((bytes, i) => ($"s/{i}.bin", bytes)));
        files.Add(("docs.bin", DocTable(documents, regions, tags)));
        files.AddRange(documents.Select(d => ($"f/{d.Id}.json", Fragment(d, fold))));
        var foldChunks = FoldChunksOf(fold);
        files.AddRange(foldChunks.Select((c, i) => ($"fold/{i}.txt", Encoding.UTF8.GetBytes(c.Text))));

        var hash = ContentHash(files);
        var folder = $"search/{hash}/";
        var manifest = new
        {
            version = FormatVersion,
            @base = basePath + folder,
            docs = documents.Count,
            shards = shardCount,
            k1 = K1,
            b = B,
            fold = foldChunks.Select(c => c.From).ToArray(),
            kinds = Kinds,
            regions,
            tags,
            years = documents.Select(d => d.Date.Year).Distinct().OrderDescending().ToArray(),
        };
        var manifestJson = JsonSerializer.Serialize(manifest, Json);
        var outputs = files.Select(f => new OutputFile(folder + f.Name, f.Bytes, null, "search index")).ToList();
        outputs.Add(new OutputFile("search/manifest.json", Encoding.UTF8.GetBytes(manifestJson), null, "search index"));
        return new SearchIndexOutput(outputs, manifestJson);
    }

    /// <summary>A power of two that keeps the average shard near <see cref="TargetShardBytes"/>.</summary>
    private static int ShardCount(InvertedIndex index)
    {
        long estimate = index.Terms.Sum(t => t.Key.Length * 3 + 4 + t.Value.Sum(p => 3 + p.Positions.Length * 2));
        var count = 1;
        while (count < 65536 && estimate / count > TargetShardBytes)
        {
            count *= 2;
        }

        return count;
    }

    private static byte[] DocTable(IReadOnlyList<SearchDocument> documents, List<string> regions, List<string> tags)
    {
        using var stream = new MemoryStream();
        stream.Write("QSD1"u8);
        Varint.Write(stream, documents.Count);
        foreach (var d in documents)
        {
            var kind = Math.Max(0, Array.IndexOf(Kinds, d.Kind));
            var flags = kind | (d.Lang.StartsWith("zh-Hant", StringComparison.Ordinal) ? 4 : 0) | (d.Inactive ? 8 : 0);
            stream.WriteByte((byte)flags);
            Varint.Write(stream, d.Date.Year);
            Varint.Write(stream, d.Region is null ? 0 : regions.BinarySearch(d.Region, StringComparer.Ordinal) + 1);
            Varint.Write(stream, d.Tags.Count);
            foreach (var tag in d.Tags)
            {
                Varint.Write(stream, tags.BinarySearch(tag, StringComparer.Ordinal));
            }
        }

        return stream.ToArray();
    }

    private static byte[] Fragment(SearchDocument d, FoldTable fold)
    {
        var text = d.Body.Length > 6000 ? d.Body[..6000] : d.Body;
        return JsonSerializer.SerializeToUtf8Bytes(new
        {
            t = d.Title,
            u = d.Url,
            k = d.Kind,
            d = d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            r = d.Region,
            g = d.Tags,
            l = d.Lang,
            i = d.Inactive,
            x = text,
            v = Variants(d.Title + text, fold),
        }, Json);
    }

    /// <summary>The text's characters that fold to another one, as pairs (T S T S …): lets the browser highlight a Traditional page without the whole table.</summary>
    private static string Variants(string text, FoldTable fold) =>
        string.Concat(text.EnumerateRunes().Select(r => r.Value).Distinct().Order()
            .Where(cp => fold.Fold(cp) != cp)
            .Select(cp => char.ConvertFromUtf32(cp) + char.ConvertFromUtf32(fold.Fold(cp))));

    /// <summary>The folding pairs in equal chunks; each chunk is the pairs' characters run together (T S T S …).</summary>
    private static List<(int From, string Text)> FoldChunksOf(FoldTable fold)
    {
        var pairs = fold.Pairs;
        var size = (pairs.Count + FoldChunks - 1) / FoldChunks;
        return pairs.Chunk(Math.Max(1, size))
            .Select(chunk => (chunk[0].From, string.Concat(chunk.Select(p => char.ConvertFromUtf32(p.From) + char.ConvertFromUtf32(p.To)))))
            .ToList();
    }

    private static string ContentHash(List<(string Name, byte[] Bytes)> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, bytes) in files.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(name));
            sha.AppendData(bytes);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }
}
