using QualitySite.Generator.Conversion;

namespace QualitySite.Tests.Conversion;

/// <summary>The word lattice's counts (Conversion/WordLattice.cs).</summary>
public sealed class WordLatticeTests
{
    /// <summary>The supplements' words are added with a count of 100 after jieba's; one jieba has too keeps jieba's larger count, whichever comes first.</summary>
    [Theory]
    [InlineData("想象\t5000\n想象\t100\n")]
    [InlineData("想象\t100\n想象\t5000\n")]
    public void A_word_listed_twice_keeps_its_larger_count(string table)
    {
        var lattice = new WordLattice(table);
        Assert.Equal(Math.Log(5001), lattice.Weight("想象"), 6);
    }

    /// <summary>The best cut counts its words and single characters; a cut that must keep a phrase whole is compared with it.</summary>
    [Fact]
    public void The_best_cut_is_counted_and_compared_with_one_that_keeps_a_phrase()
    {
        var lattice = new WordLattice("为\t300000\n了\t400000\n说\t200000\n为了\t20000\n了解\t12000\n解说\t300\n");
        var best = lattice.Best("为了解说");
        Assert.Equal((3, 2), (best.Words, best.Singles)); // 为|了解|说
        var (margin, found, fitting) = lattice.Compare("为了解说", 0, 2);
        Assert.True(margin > 0 && margin < 1.5); // a little likelier than 为了|解说 ...
        Assert.Equal(best, found);
        Assert.True(fitting.Simpler(found)); // ... which has fewer pieces
        Assert.Equal(Math.Log(300 / 60_101_964.0), lattice.PhraseScore("解说"), 4);
    }
}
