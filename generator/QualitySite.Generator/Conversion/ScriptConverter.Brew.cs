namespace QualitySite.Generator.Conversion;

/// <summary>
/// 冲 that makes a drink with hot water or flushes a toilet is 沖: 这杯咖啡冲得太淡了, 厕所冲不下去了.
/// OpenCC's phrases 冲得, 冲不 are 衝 ("rush"), right for 他冲得很快; the drink or the toilet earlier
/// in the clause decides.
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>What is made with hot water, or flushed.</summary>
    private static readonly string[] Brewed = ["咖啡", "茶", "奶粉", "麦片", "蜂蜜", "豆浆粉", "芝麻糊", "藕粉", "冲剂", "马桶", "厕所", "便池"];

    /// <summary>What follows such a 冲 (冲得太淡, 冲不下去, 冲了两遍, 冲一下); not 冲着, 冲向, 冲进 (towards, into), which rush.</summary>
    private static readonly System.Buffers.SearchValues<char> BrewAfter = System.Buffers.SearchValues.Create("得不了一个");

    /// <summary>How far back in the clause the drink or the toilet is looked for.</summary>
    private const int BrewReach = 8;

    /// <summary>True when 冲 at <paramref name="at"/> is a word of its own before 得, 不, 了 … and a drink or a toilet stands before it in the clause.</summary>
    private bool IsBrewed(ReadOnlySpan<char> text, int at)
    {
        if (at + 1 >= text.Length || !BrewAfter.Contains(text[at + 1]))
        {
            return false;
        }

        // 冲了出去, 冲了进来 rush out or in, coffee in hand.
        if (text[at + 1] == '了' && at + 2 < text.Length && "出进过上下来去回开".Contains(text[at + 2], StringComparison.Ordinal))
        {
            return false;
        }

        var before = text[Math.Max(0, at - BrewReach)..at];
        before = before[(before.LastIndexOfAny(ClauseMarks) + 1)..];
        foreach (var thing in Brewed)
        {
            if (before.Contains(thing, StringComparison.Ordinal))
            {
                return IsLoneWord(text, at);
            }
        }

        return false;
    }
}
