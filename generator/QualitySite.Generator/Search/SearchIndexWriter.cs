using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using QualitySite.Generator.Conversion;
using QualitySite.Generator.Model;

namespace QualitySite.Generator.Search;

/// <summary>The index files, the manifest (which the search page also embeds to save a request) and the folding table's address (which the search page preloads).</summary>
/// <param name="Folder">The folder of this index's files (search/{hash}/), fragments under f/.</param>
public sealed record SearchIndexOutput(IReadOnlyList<OutputFile> Files, string ManifestJson, string FoldUrl, string Folder);

/// <summary>
/// Stage 8: writes the search index (format in docs/search.md): a small manifest, binary term
/// shards fetched by hash, a document table for filters, one JSON fragment per page for titles and
/// excerpts. Everything but the manifest lives in a folder named by the content hash, so a CDN can
/// cache it forever. The Traditional→Simplified table is one file named by its own hash, beside
/// that folder: it changes only with the table, so a visitor's browser keeps it across site updates.
/// </summary>
public static class SearchIndexWriter
{
    public const int FormatVersion = 3;
    public const double K1 = 1.2;
    public const double B = 0.75;
    public const int TargetShardBytes = 24 * 1024;

    /// <summary>Characters of page text kept in a fragment for excerpts.</summary>
    public const int FragmentTextLength = 1600;

    public static readonly string[] Kinds = [.. Config.ContentKinds.All.Select(k => k.Kind)];

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static SearchIndexOutput Write(IReadOnlyList<SearchDocument> documents, string basePath, TextAnalyzer analyzer, FoldTable fold) =>
        Write(InvertedIndex.Build(documents, analyzer, K1, B), documents, basePath, fold);

    public static SearchIndexOutput Write(InvertedIndex index, IReadOnlyList<SearchDocument> documents, string basePath, FoldTable fold)
    {
        var regions = documents.Select(d => d.Region).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var tags = documents.SelectMany(d => d.Tags).Distinct().Order(StringComparer.Ordinal).ToList();

        var files = new List<(string Name, byte[] Bytes)>();
        var shardCount = ShardEncoder.ShardCount(index, TargetShardBytes);
        files.AddRange(ShardEncoder.Encode(index, shardCount).Select((bytes, i) => ($"s/{i}.bin", bytes)));
        files.Add(("docs.bin", DocTable(documents, regions, tags)));
        var fragments = new byte[documents.Count][];
        Parallel.For(0, documents.Count, i => fragments[i] = Fragment(documents[i]));
        files.AddRange(documents.Select(d => (FragmentPath("", d), fragments[d.Id])));

        var hash = ContentHash(files);
        var folder = $"search/{hash}/";
        var foldFile = FoldFileCache.GetValue(fold, FoldFileOf);
        var foldUrl = basePath + foldFile.Path;
        var manifestJson = Manifest(documents, basePath + folder, shardCount, foldUrl, regions, tags);
        var outputs = files.Select(f => new OutputFile(folder + f.Name, f.Bytes, null, "search index")).ToList();
        outputs.Add(foldFile);
        outputs.Add(new OutputFile("search/manifest.json", Encoding.UTF8.GetBytes(manifestJson), null, "search index"));
        return new SearchIndexOutput(outputs, manifestJson, foldUrl, folder);
    }

    /// <summary>The entry file (docs/search.md), written field by field: the reflection-based serialiser cost 50 ms of start-up compiling.</summary>
    private static string Manifest(IReadOnlyList<SearchDocument> documents, string @base, int shardCount, string fold, List<string> regions, List<string> tags)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteString("base", @base);
            json.WriteNumber("docs", documents.Count);
            json.WriteNumber("shards", shardCount);
            json.WriteNumber("k1", K1);
            json.WriteNumber("b", B);
            json.WriteString("fold", fold);
            WriteArray(json, "kinds", Kinds, (w, v) => w.WriteStringValue(v));
            json.WriteStartObject("kindLabels");
            foreach (var kind in Config.ContentKinds.All)
            {
                json.WriteStartArray(kind.Kind);
                json.WriteStringValue(kind.LabelSimplified);
                json.WriteStringValue(kind.LabelTraditional);
                json.WriteEndArray();
            }

            json.WriteEndObject();
            WriteArray(json, "regions", regions, (w, v) => w.WriteStringValue(v));
            WriteArray(json, "tags", tags, (w, v) => w.WriteStringValue(v));
            WriteArray(json, "years", documents.Select(d => d.Date.Year).Distinct().OrderDescending(), (w, v) => w.WriteNumberValue(v));
            WriteArray(json, "inactive", documents.Where(d => d.Inactive).Select(d => d.Id), (w, v) => w.WriteNumberValue(v));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteArray<T>(Utf8JsonWriter json, string name, IEnumerable<T> values, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            write(json, value);
        }

        json.WriteEndArray();
    }

    private static byte[] DocTable(IReadOnlyList<SearchDocument> documents, List<string> regions, List<string> tags)
    {
        using var stream = new MemoryStream();
        stream.Write("QSD1"u8);
        Varint.Write(stream, documents.Count);
        foreach (var d in documents)
        {
            var kind = Math.Max(0, Array.IndexOf(Kinds, d.Kind));
            var flags = kind | (Config.Languages.IsTraditional(d.Lang) ? 4 : 0) | (d.Inactive ? 8 : 0);
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

    /// <summary>Where a document's fragment lies inside the index's folder.</summary>
    public static string FragmentPath(string folder, SearchDocument d) => $"{folder}f/{d.Id}.json";

    /// <summary>
    /// One page's fragment: what a result shows (title, URL, type, date, region, tags) and text for
    /// the excerpt. With <paramref name="text"/> each piece of Han text (title, region, tags, the
    /// excerpt's text between characters JSON escapes) is written through it: the Traditional
    /// edition's fragments are this one's in its script.
    /// </summary>
    public static byte[] Fragment(SearchDocument d, Action<StringBuilder, ReadOnlySpan<char>>? text = null)
    {
        var json = (t_fragment ??= new StringBuilder(4096)).Clear();
        json.Append("{\"t\":");
        JsonText.Append(json, d.Title, text);
        json.Append(",\"u\":");
        JsonText.Append(json, d.Url);
        json.Append(",\"k\":");
        JsonText.Append(json, d.Kind);
        json.Append(",\"d\":\"").Append(d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('"');
        json.Append(",\"r\":");
        JsonText.Append(json, d.Region, text);
        json.Append(",\"g\":[");
        for (var i = 0; i < d.Tags.Count; i++)
        {
            JsonText.Append(json.Append(i == 0 ? "" : ","), d.Tags[i], text);
        }

        json.Append("],\"l\":");
        JsonText.Append(json, d.Lang);
        json.Append(",\"i\":").Append(d.Inactive ? "true" : "false");
        json.Append(",\"x\":");
        JsonText.Append(json, d.Body.AsSpan(0, Math.Min(d.Body.Length, FragmentTextLength)), text);
        return OutputFile.Utf8(json.Append('}'));
    }

    [ThreadStatic]
    private static StringBuilder? t_fragment;

    /// <summary>The table never changes within a process: encode it once, not on every preview rebuild.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FoldTable, OutputFile> FoldFileCache = new();

    /// <summary>The folding pairs' characters run together (T S T S …) as UTF-8, in a file named by its content hash.</summary>
    private static OutputFile FoldFileOf(FoldTable fold)
    {
        var text = new StringBuilder(fold.Pairs.Count * 4);
        foreach (var (from, to) in fold.Pairs)
        {
            text.Append(char.ConvertFromUtf32(from)).Append(char.ConvertFromUtf32(to));
        }

        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        return new OutputFile($"search/fold-{hash}.txt", bytes, null, "search index");
    }

    /// <summary>SHA-256 over each file's name and hash (files hashed in parallel), shortened to 12 hex digits.</summary>
    private static string ContentHash(List<(string Name, byte[] Bytes)> files)
    {
        var ordered = files.OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
        var hashes = new byte[ordered.Length][];
        Parallel.For(0, ordered.Length, i => hashes[i] = SHA256.HashData(ordered[i].Bytes));
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var i = 0; i < ordered.Length; i++)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(ordered[i].Name));
            sha.AppendData(hashes[i]);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..12];
    }
}
