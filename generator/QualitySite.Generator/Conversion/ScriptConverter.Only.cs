namespace QualitySite.Generator.Conversion;

/// <summary>
/// 这只 and 那只 before a verb are "this only": 只 (这只适用于文件夹, 那只适合夏天, 这只会让情况更糟), unless the
/// clause goes on to describe an animal it counts (这只会说话的鹦鹉 這隻). OpenCC's
/// phrase 这只 (這隻, the measure word of 这只猫) makes it 這隻適用於. Where 只 makes a phrase with the
/// word after it (只是, 只能, 只有) the phrases decide already. After 最多, 至多, 顶多 it is "only" too, and
/// so is a second 只 right after the thing the first counts (这只船只能载五人: 船 is counted, so 船只 "ships"
/// is no word there; OpenCC 這隻船隻能), and after an animal before what it eats or drinks (这种鸡只吃玉米; OpenCC 雞隻喫).
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>Words that follow 只 "only" after 这 or 那: verbs and the adverbs and prepositions before them.</summary>
    private static readonly string[] OnlyBefore =
    [
        "适用", "适合", "适于", "适宜", "用于", "限于", "针对", "涉及", "影响", "包括", "包含", "允许", "支持", "出现", "发生", "存在",
        "提供", "属于", "相当于", "等于", "说明", "表示", "代表", "显示", "保留", "接受", "处理", "负责", "作为", "需要", "可以",
        "会", "对", "在", "用", "要", "需", "可", "占", "剩", "供", "算", "当", "给", "让", "把", "被", "从", "向", "为", "因为", "不", "没",
    ];

    /// <summary>What 只 "only" goes on with (只能, 只有, 只是, 只要, 只会, 只好, 只得, 只见, 只顾, 只管, 只剩, 只需, 只可, 只不过).</summary>
    private static readonly System.Buffers.SearchValues<char> OnlyGoesOn = System.Buffers.SearchValues.Create("能有是要会好得见顾管剩需可不");

    /// <summary>Animals whose names make a collective noun with 只 (鸡只, 猪只): before 吃 or 喝 the 只 is "only".</summary>
    private static readonly System.Buffers.SearchValues<char> Eaters = System.Buffers.SearchValues.Create("鸡鸭鹅猪牛羊马兔鸟狗猫禽");

    private bool IsOnly(ReadOnlySpan<char> text, int at)
    {
        // 最多只, 至多只, 顶多只: "at most only" (最多只接受一个), not the phrase 多只 (多隻) of 三十多只羊.
        if (at >= 2 && text[at - 1] == '多' && text[at - 2] is '最' or '至' or '顶')
        {
            return true;
        }

        // 这种鸡只吃玉米: an animal that only eats something, not 雞隻 (the animals counted, as in 鸡只存栏).
        if (at > 0 && at + 1 < text.Length && Eaters.Contains(text[at - 1]) && text[at + 1] is '吃' or '喝' or '啄')
        {
            return true;
        }

        // 这只船只能: the 只 before 船 counts it, and what follows the second is what "only" goes with.
        if (at >= 2 && text[at - 2] == '只' && IsHan(text[at - 1]) && !Counters.Contains(text[at - 1]) && at + 1 < text.Length && OnlyGoesOn.Contains(text[at + 1]))
        {
            return true;
        }

        if (at == 0 || text[at - 1] is not ('这' or '那') || at + 1 >= text.Length)
        {
            return false;
        }

        var rest = text[(at + 1)..];
        var length = StartingWith(rest, OnlyBefore);
        if (length == 0)
        {
            return false;
        }

        // The word after it must be that word in the cut: 这只|会让 is 只, but not 这只|对虾 or 这只|用具.
        Span<bool> buffer = stackalloc bool[(2 * WordWindow) + length + 2];
        _ = CutAround(text, at + 1, length, buffer, out var here);
        return buffer[here] && buffer[here + length] && !DescribesAnimal(text[(at + 1)..]);
    }

    /// <summary>True when 只 at <paramref name="at"/> follows 这 or 那 and counts the animal the clause goes on to describe (这只会说话的鹦鹉).</summary>
    private static bool CountsDescribed(ReadOnlySpan<char> text, int at) =>
        at > 0 && text[at - 1] is '这' or '那' && DescribesAnimal(text[(at + 1)..]);

    /// <summary>How far after 这只 the 的 of a description is looked for (这只在树上唱歌的鸟).</summary>
    private const int DescriptionReach = 16;

    /// <summary>
    /// True when what follows 这只 or 那只 describes an animal it counts: a clause that goes on to 的 and
    /// an animal, then says something of it (这只会说话的鹦鹉很受欢迎, 那只在树上唱歌的鸟飞走了): the measure
    /// word, 隻.
    /// </summary>
    private static bool DescribesAnimal(ReadOnlySpan<char> rest)
    {
        var clause = rest[..Math.Min(rest.Length, DescriptionReach)];
        var end = clause.IndexOfAny(ClauseMarks);
        clause = end < 0 ? clause : clause[..end];
        var of = -1;
        while (clause[(of + 1)..].IndexOf('的') is var next && next >= 0)
        {
            of += 1 + next;
            var noun = rest[(of + 1)..];
            var looks = 0;
            while (looks < 2 && looks < noun.Length && Counted.Looks.Contains(noun[looks]) && StartingWith(noun[looks..], Counted.Things) == 0)
            {
                looks++;
            }

            // The animal heads what the clause then says something of (这只会说话的鹦鹉很受欢迎); at the clause's
            // end it is what 只 "only" says (这只是我的猫).
            var named = StartingWith(noun[looks..], Counted.Things);
            if (named > 0 && looks + named < noun.Length && IsHan(noun[looks + named]))
            {
                return true;
            }
        }

        return false;
    }
}
