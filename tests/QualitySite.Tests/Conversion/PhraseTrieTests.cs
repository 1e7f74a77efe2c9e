using QualitySite.Generator.Conversion;

namespace QualitySite.Tests.Conversion;

/// <summary>The trie the converter segments with finds the same longest phrases as asking a set of phrases for every length.</summary>
public sealed class PhraseTrieTests
{
    private static readonly string[] Phrases = ["头发", "发干", "干了", "人参", "参与", "质监", "监系", "系统", "中华人民共和国", "人民", "共和国", "共和"];

    [Fact]
    public void Longest_phrase_from_and_to_every_point_matches_a_brute_force_search()
    {
        var forward = new PhraseTrie(Phrases, reversed: false);
        var backward = new PhraseTrie(Phrases, reversed: true);
        var set = Phrases.ToHashSet(StringComparer.Ordinal);
        var alphabet = string.Concat(Phrases).Distinct().Append('的').Append('a').ToArray();
        var random = new Random(7);
        for (var round = 0; round < 300; round++)
        {
            var text = round == 0 ? "人人参与中华人民共和国的质监系统头发干了" : new string([.. Enumerable.Range(0, random.Next(1, 24)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            for (var i = 0; i < text.Length; i++)
            {
                var expectedFrom = Enumerable.Range(2, text.Length - i - 1).Where(n => set.Contains(text.Substring(i, n))).DefaultIfEmpty(1).Max();
                Assert.Equal(expectedFrom, forward.LongestFrom(text, i));
                var end = i + 1;
                var expectedTo = Enumerable.Range(2, Math.Max(0, end - 1)).Where(n => set.Contains(text.Substring(end - n, n))).DefaultIfEmpty(1).Max();
                Assert.Equal(expectedTo, backward.LongestTo(text, end));
            }
        }
    }

    [Fact]
    public void A_character_no_phrase_starts_with_is_one_piece()
    {
        var forward = new PhraseTrie(Phrases, reversed: false);
        Assert.False(forward.Has('的'));
        Assert.True(forward.Has('中'));
        Assert.Equal(7, forward.LongestFrom("中华人民共和国", 0));
        Assert.Equal(1, forward.LongestFrom("的头", 0));
    }

    [Fact]
    public void A_phrase_is_found_as_its_entry_and_a_prefix_or_a_stranger_is_not()
    {
        var forward = new PhraseTrie(Phrases, reversed: false);
        for (var i = 0; i < Phrases.Length; i++)
        {
            Assert.Equal(i, forward.Find(Phrases[i]));
        }

        Assert.Equal(-1, forward.Find("中华人民"));
        Assert.Equal(-1, forward.Find("的头"));
        Assert.Equal(-1, forward.Find("头"));
        forward.Add("头发", 99);
        Assert.Equal(99, forward.Find("头发"));
    }

    /// <summary>A trie sized for a few characters grows its table as phrases come, and loses none.</summary>
    [Fact]
    public void A_trie_that_grows_keeps_every_phrase()
    {
        var random = new Random(11);
        var phrases = Enumerable.Range(0, 5000).Select(_ => new string([.. Enumerable.Range(0, random.Next(2, 9)).Select(_ => (char)random.Next(0x4E00, 0x4E40))])).Distinct().ToList();
        var trie = new PhraseTrie(reversed: false, expectedCharacters: 4);
        for (var i = 0; i < phrases.Count; i++)
        {
            trie.Add(phrases[i], i);
        }

        Assert.All(Enumerable.Range(0, phrases.Count), i => Assert.Equal(i, trie.Find(phrases[i])));
        Span<int> lengths = stackalloc int[16];
        Span<int> entries = stackalloc int[16];
        var text = phrases[17] + phrases[3];
        var count = trie.AllFrom(text, 0, lengths, entries);
        var expected = Enumerable.Range(2, text.Length - 1).Where(n => phrases.IndexOf(text[..n]) >= 0).ToList();
        Assert.Equal(expected, lengths[..count].ToArray());
        Assert.Equal(expected.Select(n => phrases.IndexOf(text[..n])), entries[..count].ToArray());
    }
}
