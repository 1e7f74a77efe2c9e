namespace QualitySite.Generator.Conversion;

/// <summary>
/// 扎 that ties something up is 紮: 扎着两个羊角辫, 扎了一条红头巾, 扎起马尾. OpenCC keeps 扎 ("prick")
/// where no phrase of the table holds it (扎着), which is right for 手上扎着刺 and 扎了一针. 扎 that is counted in
/// needles, stabs or pricks (医生给他扎了几针, 扎了两针, 扎过三刀) pricks: 扎, where OpenCC's phrase 扎了 writes 紮了.
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>What follows a 扎 that ties before the thing tied (扎着, 扎了, 扎起, 扎成, 扎好).</summary>
    private static readonly System.Buffers.SearchValues<char> KnotAfter = System.Buffers.SearchValues.Create("着了起成好");

    /// <summary>What is tied up.</summary>
    private static readonly string[] KnotThings =
    [
        "辫", "马尾", "头巾", "腰带", "围裙", "蝴蝶结", "丝带", "彩带", "头发", "发髻", "绷带", "红绳", "皮筋", "领带", "头绳", "发带", "篱笆", "花环", "灯笼", "风筝",
    ];

    /// <summary>How far after 扎 the thing tied is looked for in the clause.</summary>
    private const int KnotReach = 8;

    /// <summary>True when 扎 at <paramref name="at"/> is a word of its own, followed by 着, 了 … and something tied up in the clause.</summary>
    private bool IsTiedUp(ReadOnlySpan<char> text, int at)
    {
        if (at + 1 >= text.Length || !KnotAfter.Contains(text[at + 1]))
        {
            return false;
        }

        var after = text[(at + 2)..Math.Min(text.Length, at + 2 + KnotReach)];
        var end = after.IndexOfAny(ClauseMarks);
        after = end < 0 ? after : after[..end];
        foreach (var thing in KnotThings)
        {
            if (after.Contains(thing, StringComparison.Ordinal))
            {
                return IsWord(text, at, 1) && !(at > 0 && IsHan(text[at - 1]) && !IsLoneWord(text, at));
            }
        }

        return false;
    }

    /// <summary>What a prick is counted in: needles, stabs, times.</summary>
    private static readonly System.Buffers.SearchValues<char> PrickCounts = System.Buffers.SearchValues.Create("针刀下");

    /// <summary>Numbers a count of pricks is written with (几针, 两针, 十几下).</summary>
    private static readonly System.Buffers.SearchValues<char> PrickNumbers = System.Buffers.SearchValues.Create("一二三四五六七八九十两几数百");

    /// <summary>True when 扎 at <paramref name="at"/> (then 了 or 过) is followed by a count of needles, stabs or times.</summary>
    private static bool IsPricked(ReadOnlySpan<char> text, int at)
    {
        var k = at + 1;
        if (k < text.Length && text[k] is '了' or '过')
        {
            k++;
        }

        var first = k;
        while (k < text.Length && k - first < 4 && PrickNumbers.Contains(text[k]))
        {
            k++;
        }

        return k > first && k < text.Length && PrickCounts.Contains(text[k]);
    }
}
