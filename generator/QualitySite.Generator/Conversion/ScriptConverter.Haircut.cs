namespace QualitySite.Generator.Conversion;

/// <summary>
/// 发 ending a haircut's count is hair, 髮: 理了两次发, 剪过三次发, 烫了个发. OpenCC has the phrases 理发 and
/// 理个发 but reads 发 alone as 發, so a count between the verb and 发 leaves it 發.
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>What is done to hair at the hairdresser's.</summary>
    private static readonly System.Buffers.SearchValues<char> HairVerbs = System.Buffers.SearchValues.Create("理剪烫洗吹染");

    /// <summary>True when 发 at <paramref name="at"/> ends its clause after a hair verb of its own, 了 or 过, and a count (理了两次发, 理个发).</summary>
    private bool IsHaircut(ReadOnlySpan<char> text, int at)
    {
        if (at + 1 < text.Length && IsHan(text[at + 1]) && text[at + 1] is not ('了' or '的'))
        {
            return false;
        }

        var k = at - 1;
        if (k < 0 || text[k] is not ('个' or '次'))
        {
            return false;
        }

        k--;
        while (k >= 0 && at - k < 6 && Numbers.Contains(text[k]))
        {
            k--;
        }

        if (k >= 0 && text[k] is '了' or '过')
        {
            k--;
        }

        // The verb starts a word of its own: 处理了个, 合理 and 修剪 are other words.
        return k >= 0 && HairVerbs.Contains(text[k]) && IsWord(text, k, 1);
    }
}
