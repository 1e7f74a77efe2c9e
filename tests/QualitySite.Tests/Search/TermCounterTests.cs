using QualitySite.Generator.Search;

namespace QualitySite.Tests.Search;

/// <summary>The indexer's open-addressing table: counts, follower bits, growth past its first size, clearing, numbering.</summary>
public sealed class TermCounterTests
{
    [Fact]
    public void Counts_many_keys_across_growth_and_clears_for_the_next_page()
    {
        var counter = new TermCounter();
        for (var round = 0; round < 2; round++)
        {
            counter.Add(7919, 0, 6);
            for (long key = 1; key <= 10_000; key++)
            {
                counter.Add(key * 7919, (int)(key % 3) + 1, -1);
            }

            counter.Add(7919 * 5, 4, 2);
            Assert.Equal(10_000, counter.Count);
            var seen = Enumerable.Range(0, counter.Count).ToDictionary(counter.Key, i => (counter.Tf(i), counter.Mask(i)));
            Assert.Equal((3 + 4, (byte)(1 << 2)), seen[7919 * 5]);
            Assert.Equal((2, (byte)0), seen[7919 * 10_000]);
            Assert.Equal((2, (byte)(1 << 6)), seen[7919]);
            Assert.Equal(Enumerable.Range(1, 10_000).Select(k => k * 7919L).Order(), seen.Keys.Order());
            counter.Clear();
            Assert.Equal(0, counter.Count);
        }
    }

    /// <summary>Characters counted through the array (BMP) or the table (beyond it) end with the same frequencies as counted one by one, page after page.</summary>
    [Fact]
    public void Characters_counted_apart_equal_characters_counted_in_the_table()
    {
        var random = new Random(15);
        var apart = new TermCounter();
        for (var page = 0; page < 3; page++)
        {
            var direct = new Dictionary<long, int>();
            for (var n = 0; n < 5_000; n++)
            {
                var cp = random.Next(4) == 0 ? 0x20000 + random.Next(300) : 0x4E00 + random.Next(800);
                var weight = random.Next(1, 5);
                direct[cp] = direct.GetValueOrDefault(cp) + weight;
                apart.AddCharacter(cp, weight);
            }

            apart.Add(1L << 42, 3, 1);
            apart.FlushCharacters();
            var counted = Enumerable.Range(0, apart.Count).ToDictionary(apart.Key, apart.Tf);
            Assert.Equal(3, counted[1L << 42]);
            counted.Remove(1L << 42);
            Assert.Equal(direct.OrderBy(p => p.Key), counted.OrderBy(p => p.Key));
            apart.Clear();
            Assert.Equal(0, apart.Count);
        }
    }

    [Fact]
    public void Clear_forgets_characters_not_yet_moved_into_the_table()
    {
        var counter = new TermCounter();
        counter.AddCharacter('羊', 4);
        counter.Clear();
        counter.AddCharacter('羊', 1);
        counter.FlushCharacters();
        Assert.Equal(1, counter.Count);
        Assert.Equal(1, counter.Tf(0));
    }

    [Fact]
    public void Intern_numbers_keys_in_order_of_arrival()
    {
        var ids = new TermCounter();
        var keys = Enumerable.Range(1, 5_000).Select(i => (long)i * 1_000_003).ToArray();
        Assert.Equal(Enumerable.Range(0, keys.Length), keys.Select(ids.Intern));
        Assert.Equal(Enumerable.Range(0, keys.Length), keys.Select(ids.Intern));
        Assert.Equal(keys, Enumerable.Range(0, ids.Count).Select(ids.Key));
    }
}
