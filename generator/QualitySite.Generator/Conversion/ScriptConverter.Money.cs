namespace QualitySite.Generator.Conversion;

/// <summary>
/// 金发 where 金 ends a word for money (奖金, 资金, 现金, 押金) and 发 starts a verb (发放, 发挥,
/// 发还) is money paid out: 金發. The phrase 金发 (金髮 "blond") and the word cut, which may
/// read 年终奖|金发|放到, would make it hair: 公司把年终奖金发放到每个员工手中. Hair words after it
/// (金发型, 金发色) keep 髮.
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>What follows 发 when it is hair (发型, 发色, 发丝, 发梢, 发髻, 发卡).</summary>
    private static readonly System.Buffers.SearchValues<char> HairAfter = System.Buffers.SearchValues.Create("型色丝梢髻根质胶带夹箍饰蜡膜尾际辫卡");

    private bool IsMoneyOut(ReadOnlySpan<char> text, int at)
    {
        if (at == 0 || at + 3 > text.Length || HairAfter.Contains(text[at + 2]))
        {
            return false;
        }

        var lattice = _lattice.Value;
        return lattice.Weight(text.Slice(at - 1, 2)) > 0 && lattice.Weight(text.Slice(at + 1, 2)) > 0;
    }
}
