namespace QualitySite.Generator.Conversion;

/// <summary>
/// 刮 is 颳 only when wind blows (刮风, 大风刮了一夜, 台风刮倒了大树, 刮了一夜的大风); scraping and shaving
/// keep 刮 (他刮了胡子, 把脸刮得干干净净, 刮走铁锈). OpenCC's phrases 刮了, 刮得, 刮去, 刮倒, 刮走 and 刮起
/// are all the wind's (他颳了鬍子), and 刮台风 is not among them (刮颱風). So 刮 is decided here: 颳 where
/// 风 or 沙尘 stands a few characters before or after it in the same clause (or anywhere before a passive 被刮 in
/// the sentence: 台风过后，到处是被刮断的树枝), 刮 before those endings
/// otherwise, and the phrases elsewhere (刮目相看, 刮痧).
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>How many characters before and after 刮 the wind is looked for.</summary>
    private const int WindReach = 6;

    /// <summary>What follows 刮 in the wind's phrases of the table.</summary>
    private const string WindEndings = "了得去倒走起";

    /// <summary>What follows 风 in words that are no wind (风险, 风格, 风景 …).</summary>
    private static readonly System.Buffers.SearchValues<char> NoWindAfter = System.Buffers.SearchValues.Create("险格景俗气采味度光波潮范貌尚情水头声评靡骨趣韵华姿流控");

    /// <summary>What stands before 风 in words that are no wind (作风, 学风, 威风 …).</summary>
    private static readonly System.Buffers.SearchValues<char> NoWindBefore = System.Buffers.SearchValues.Create("作学民家文画校党政门威上下屏通中麻");

    /// <summary>颳 where the wind blows, 刮 before an ending the table gives to the wind, null where the phrases decide (and inside a word: 搜刮).</summary>
    private string? Blown(ReadOnlySpan<char> text, int at)
    {
        if (at > 0 && IsHan(text[at - 1]) && !IsWord(text, at, 1))
        {
            return null;
        }

        var before = text[Math.Max(0, at - WindReach)..at];
        before = before[(before.LastIndexOfAny(ClauseMarks) + 1)..];
        var after = text[(at + 1)..Math.Min(text.Length, at + 1 + WindReach + 2)];
        var clauseEnd = after.IndexOfAny(ClauseMarks);
        after = clauseEnd < 0 ? after : after[..clauseEnd];
        if (Windy(before) || Windy(after) || BlownBefore(text, at))
        {
            return "颳";
        }

        return at + 1 < text.Length && WindEndings.Contains(text[at + 1]) ? "刮" : null;
    }

    /// <summary>How far back in the sentence, past commas, the wind of a passive 刮 is looked for (台风过后，到处是被刮断的树枝).</summary>
    private const int PassiveWindReach = 16;

    /// <summary>True for 被刮 or 给刮 (what was blown down, off or away) when wind blows earlier in the sentence.</summary>
    private static bool BlownBefore(ReadOnlySpan<char> text, int at)
    {
        if (at == 0 || text[at - 1] is not ('被' or '给'))
        {
            return false;
        }

        var before = text[Math.Max(0, at - PassiveWindReach)..(at - 1)];
        return Windy(before[(before.LastIndexOfAny(SentenceEnds) + 1)..]);
    }

    /// <summary>True when the text holds 风 that is wind (not 风险, 作风) or 沙尘.</summary>
    private static bool Windy(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOf('风'); i >= 0; i = text[(i + 1)..].IndexOf('风') is var next and >= 0 ? i + 1 + next : -1)
        {
            if (!(i + 1 < text.Length && NoWindAfter.Contains(text[i + 1])) && !(i > 0 && NoWindBefore.Contains(text[i - 1])))
            {
                return true;
            }
        }

        return text.Contains("沙尘", StringComparison.Ordinal);
    }
}
