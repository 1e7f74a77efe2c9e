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
