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
}
