using System.Text;
using System.Text.Json;
using QualitySite.Generator.Conversion;
using QualitySite.Generator.Search;

namespace QualitySite.Tests.Search;

/// <summary>Index round trip: what the writer encodes, a reader following docs/search.md decodes back.</summary>
public sealed class SearchIndexTests
{
    private static SearchDocument Doc(int id, string title, string body, string kind = "guide", string lang = "zh-Hans", bool inactive = false, string? region = null, params string[] tags) =>
        new(id, title, [], body, $"/guides/{id}/", kind, new DateTimeOffset(2026 - id, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)), region, tags, lang, inactive);

    private static readonly SearchDocument[] Docs =
    [
        Doc(0, "羊绒衫辨别", "看、摸、抓、掂。羊绒衫价格高。", region: "临江区", tags: ["羊绒衫"]),
        Doc(1, "選購羊絨衫", "繁體版的羊絨衫提示。", lang: "zh-Hant", tags: ["羊絨衫", "消費"]),
        Doc(2, "手机选购", "核对3C标志和IMEI串号。", kind: "notice", inactive: true, region: "云台区"),
    ];

    private static Dictionary<string, byte[]> Files(out string manifestJson)
    {
        var output = SearchIndexWriter.Write(Docs, "/", TextAnalyzer.Default, FoldTable.Default);
        manifestJson = output.ManifestJson;
        var prefix = output.Files.Single(f => f.Path.EndsWith("docs.bin")).Path[..^"docs.bin".Length];
        return output.Files.Where(f => f.Path.StartsWith(prefix)).ToDictionary(f => f.Path[prefix.Length..], f => f.Content!);
    }

    /// <summary>Reads one term's postings from its shard: doc → (quantised weight, follower mask for bigrams).</summary>
    private static Dictionary<int, (byte Q, byte Mask)> Postings(Dictionary<string, byte[]> files, int shards, string term) =>
        Postings(files, shards, term, out _);

    private static Dictionary<int, (byte Q, byte Mask)> Postings(Dictionary<string, byte[]> files, int shards, string term, out bool dense)
    {
        dense = false;
        var documents = Docs.Length;
        var data = files[$"s/{ShardEncoder.Fnv1a(term) % (uint)shards}.bin"];
        Assert.Equal("QSI2", Encoding.ASCII.GetString(data, 0, 4));
        var at = 4;
        var count = Varint.Read(data, ref at);
        for (var t = 0; t < count; t++)
        {
            var length = Varint.Read(data, ref at);
            var name = Encoding.UTF8.GetString(data, at, length);
            at += length;
            var flagged = Varint.Read(data, ref at);
            var df = flagged >> 1;
            var block = Varint.Read(data, ref at);
            if (name != term)
            {
                at += block;
                continue;
            }

            var bigram = term.EnumerateRunes().Count() == 2 && term.EnumerateRunes().First().Value > 0x2E80;
            var result = new Dictionary<int, (byte, byte)>();
            if ((flagged & 1) == 1)
            {
                // Dense: a weight byte per document (0: absent), then for bigrams a mask byte per document.
                dense = true;
                Assert.Equal(documents * (bigram ? 2 : 1), block);
                for (var d = 0; d < documents; d++)
                {
                    if (data[at + d] != 0)
                    {
                        result[d] = (data[at + d], bigram ? data[at + documents + d] : (byte)0);
                    }
                }

                Assert.Equal(df, result.Count);
                return result;
            }

            var doc = 0;
            for (var p = 0; p < df; p++)
            {
                doc += Varint.Read(data, ref at);
                var q = data[at++];
                result[doc] = (q, bigram ? data[at++] : (byte)0);
            }

            return result;
        }

        return [];
    }

    /// <summary>
    /// A term on most pages is stored dense (a weight per document) when that is smaller than its
    /// postings; a rarer one as postings. Both read back to the same documents and weights.
    /// </summary>
    [Fact]
    public void Common_terms_are_stored_dense_and_rare_ones_as_postings()
    {
        var files = Files(out var manifest);
        var shards = JsonDocument.Parse(manifest).RootElement.GetProperty("shards").GetInt32();
        var common = Postings(files, shards, "羊", out var commonDense); // in two of the three pages
        var rare = Postings(files, shards, "价格", out var rareDense);    // in one page
        Assert.True(commonDense);
        Assert.False(rareDense);
        Assert.Equal([0, 1], common.Keys.Order());
        Assert.All(common.Values, v => Assert.InRange(v.Q, (byte)1, (byte)255));
        Assert.Equal([0], rare.Keys);

        // The same bytes, decoded as postings, give the same answer: the writer's dense form matches TermPostings.
        var postings = new TermPostings();
        postings.Add(0, 7, 1);
        postings.Add(2, 9, 4);
        Assert.Equal([7, 0, 9, 1, 0, 4], postings.Dense(3));
    }

    [Fact]
    public void Folded_terms_find_both_scripts()
    {
        var files = Files(out var manifest);
        var shards = JsonDocument.Parse(manifest).RootElement.GetProperty("shards").GetInt32();
        Assert.Equal([0, 1], Postings(files, shards, "羊绒").Keys.Order());
        Assert.Equal([2], Postings(files, shards, "3c").Keys);
        Assert.Empty(Postings(files, shards, "火箭"));
    }

    [Fact]
    public void Bigram_masks_record_the_following_character()
    {
        var files = Files(out var manifest);
        var shards = JsonDocument.Parse(manifest).RootElement.GetProperty("shards").GetInt32();
        var mask = Postings(files, shards, "羊绒")[0].Mask;
        Assert.NotEqual(0, mask & (1 << InvertedIndex.FollowerBit('衫')));
        var end = Postings(files, shards, "辨别")[0].Mask;
        Assert.Equal(0, end); // 辨别 ends the title run: nothing follows it
    }

    [Fact]
    public void Title_weighs_more_than_body()
    {
        // 选购 is in doc 2's title ("手机选购") and doc 1's folded title ("選購" → 选购); 价格 only in doc 0's body.
        var files = Files(out var manifest);
        var shards = JsonDocument.Parse(manifest).RootElement.GetProperty("shards").GetInt32();
        var inTitle = Postings(files, shards, "选购")[2].Q;
        var inBody = Postings(files, shards, "价格")[0].Q;
        Assert.True(inTitle > inBody, $"title {inTitle} should outrank body {inBody}");
    }

    [Fact]
    public void Document_table_carries_filters_and_fragments_carry_text()
    {
        var files = Files(out var manifest);
        var root = JsonDocument.Parse(manifest).RootElement;
        Assert.Equal(3, root.GetProperty("docs").GetInt32());
        var regions = root.GetProperty("regions").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["临江区", "云台区"], regions);

        var table = files["docs.bin"];
        var at = 4;
        Assert.Equal(3, Varint.Read(table, ref at));
        var flags = table[at++];
        Assert.Equal(1, flags & 3); // guide
        Assert.Equal(2026, Varint.Read(table, ref at));
        Assert.Equal("临江区", regions[Varint.Read(table, ref at) - 1]);

        var fragment = JsonDocument.Parse(files["f/1.json"]).RootElement;
        Assert.Equal("選購羊絨衫", fragment.GetProperty("t").GetString());
        Assert.True(JsonDocument.Parse(files["f/2.json"]).RootElement.GetProperty("i").GetBoolean());
        Assert.DoesNotContain("\\u", Encoding.UTF8.GetString(files["f/1.json"]));
    }

    /// <summary>
    /// The folding table is one file beside the index folder, named by its own hash: a new build
    /// with other pages gives a new index folder but the same table address, so browsers keep it.
    /// </summary>
    [Fact]
    public void Folding_table_is_one_file_whose_name_survives_content_changes()
    {
        var a = SearchIndexWriter.Write(Docs, "/base/", TextAnalyzer.Default, FoldTable.Default);
        var changed = Docs.Select(d => d with { Body = d.Body + "新增" }).ToArray();
        var b = SearchIndexWriter.Write(changed, "/base/", TextAnalyzer.Default, FoldTable.Default);

        var file = a.Files.Single(f => f.Path.StartsWith("search/fold-"));
        Assert.Matches("^search/fold-[0-9a-f]{12}\\.txt$", file.Path);
        Assert.Equal("/base/" + file.Path, a.FoldUrl);
        Assert.Equal(a.FoldUrl, JsonDocument.Parse(a.ManifestJson).RootElement.GetProperty("fold").GetString());
        Assert.Equal(a.FoldUrl, b.FoldUrl);
        Assert.NotEqual(JsonDocument.Parse(a.ManifestJson).RootElement.GetProperty("base").GetString(), JsonDocument.Parse(b.ManifestJson).RootElement.GetProperty("base").GetString());

        // Pairs of characters run together, Traditional then Simplified, every pair of the table.
        var text = Encoding.UTF8.GetString(file.Content!);
        var runes = text.EnumerateRunes().Select(r => r.Value).ToList();
        Assert.Equal(FoldTable.Default.Pairs.Count * 2, runes.Count);
        Assert.Contains("絨绒", text);
        Assert.Contains("質质", text);
        for (var i = 0; i < runes.Count; i += 2)
        {
            Assert.Equal(FoldTable.Default.Fold(runes[i]), runes[i + 1]);
            Assert.True(runes[i] >= 0x2E80, "search.js looks up only CJK code points");
            Assert.True(i == 0 || runes[i] > runes[i - 2], "search.js finds a character by binary search: ascending code points");
        }
    }

    [Fact]
    public void Index_folder_name_changes_with_content_and_only_then()
    {
        var a = SearchIndexWriter.Write(Docs, "/", TextAnalyzer.Default, FoldTable.Default).Files.Select(f => f.Path).First(p => p.EndsWith("docs.bin"));
        var b = SearchIndexWriter.Write(Docs, "/", TextAnalyzer.Default, FoldTable.Default).Files.Select(f => f.Path).First(p => p.EndsWith("docs.bin"));
        var changed = Docs.Select(d => d with { Body = d.Body + "新增" }).ToArray();
        var c = SearchIndexWriter.Write(changed, "/", TextAnalyzer.Default, FoldTable.Default).Files.Select(f => f.Path).First(p => p.EndsWith("docs.bin"));
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Theory]
    [InlineData("羊绒衫")]
    [InlineData("a\"b\\c\nd\te")]
    [InlineData("<script>alert(1)</script> & 质量")]
    [InlineData("\u2028行\u2029\u0001")]
    [InlineData("")]
    public void Json_text_round_trips_and_is_safe_inside_html(string value)
    {
        var sb = new System.Text.StringBuilder();
        JsonText.Append(sb, value);
        var json = sb.ToString();
        Assert.Equal(value, System.Text.Json.JsonDocument.Parse(json).RootElement.GetString());
        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('&', json);
        Assert.DoesNotContain('\u2028', json);
        Assert.DoesNotContain("\\u7f8a", json); // Chinese stays as it is, not \uXXXX
    }
}
