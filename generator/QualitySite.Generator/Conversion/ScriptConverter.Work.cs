namespace QualitySite.Generator.Conversion;

/// <summary>
/// 干 after 好, 快, 刚, 全, 太, 很, 真, 要 or 不 that is said of work or of people is 幹, "do": 这活好干,
/// 这工作很好干, 他刚干了一件大事, 我们全干了, 快干吧, 我们要干了, 他不干我干. OpenCC's phrases 好干, 快干,
/// 刚干, 要干了 … write 乾, "dries easily, dries fast", which is right of things that get wet (衣服好干,
/// 油漆快干: <see cref="IsDry"/> is asked first), and 不干我 keeps 干, right for 这不干你的事.
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>The adverbs of OpenCC's phrases that make 干 dry or unconcerned (好干 好乾, 快干 快乾, 要干了 要乾了, 不干我 不干我).</summary>
    private static readonly System.Buffers.SearchValues<char> DryAdverbs = System.Buffers.SearchValues.Create("好快刚全太很真要不");

    /// <summary>Who does, or the work done, right before the adverbs: then 干 does.</summary>
    private static readonly string[] WorkDoers =
    [
        "我们", "你们", "他们", "她们", "咱们", "大家", "我", "你", "他", "她", "咱", "谁",
        "活儿", "活", "工作", "事情", "事儿", "事", "差事", "买卖", "生意", "任务", "工程", "项目",
    ];

    /// <summary>What may follow 干 that does: an ending, 完, 过, a person (他不干我干) or punctuation; not the rest of a word (干净, 干练, 干着急).</summary>
    private static readonly System.Buffers.SearchValues<char> WorkAfter = System.Buffers.SearchValues.Create(
        "了吧啊呀的完吗嘛得过我你他她，。！？；、：…」』”）),.!?;: \n");

    /// <summary>What an order to get on with it ends with (快干吧, 快干啊).</summary>
    private static readonly System.Buffers.SearchValues<char> Urging = System.Buffers.SearchValues.Create("吧啊呀");

    /// <summary>True when 干 at <paramref name="at"/> follows adverbs of a dry phrase, and before them stands who does or the work (这活好干), or nothing and an urging after (快干吧).</summary>
    private static bool IsWork(ReadOnlySpan<char> text, int at)
    {
        // 干 must end its word: 他好干净, 我们很干练 and 你真干脆 are other words.
        if (at + 1 < text.Length && !WorkAfter.Contains(text[at + 1]))
        {
            return false;
        }

        var start = at;
        while (start > 0 && at - start < 3 && DryAdverbs.Contains(text[start - 1]))
        {
            start--;
        }

        if (start == at)
        {
            return false;
        }

        var before = text[..start];
        if (before.Length == 0 || ClauseMarks.Contains(before[^1]))
        {
            return at + 1 < text.Length && Urging.Contains(text[at + 1]);
        }

        return EndingIn(before, WorkDoers) > 0;
    }
}
