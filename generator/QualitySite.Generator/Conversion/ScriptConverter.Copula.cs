namespace QualitySite.Generator.Conversion;

/// <summary>
/// 系 standing on its own between two words, in no phrase, is the "is" of formal writing: 係
/// (经检验，系不合格产品; 该产品系合格产品; 本办法所称经营者，系指). OpenCC writes 系 there, its first form.
/// Phrases decide everywhere else: 系统, 关系, 联系 (聯繫), 系好 and 系上 (tying: 繫), 中文系 (a department).
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>What follows 系 when it ties (系紧, 系着, 系得太紧, 系在腰间) or names a department (系里, 系的).</summary>
    private static readonly System.Buffers.SearchValues<char> NotAfterCopula = System.Buffers.SearchValues.Create("上好紧住着了过得完起牢稳在个条根成里的");

    /// <summary>What stands before 系 when it names a department (本系, 各系, 该系).</summary>
    private static readonly System.Buffers.SearchValues<char> DepartmentBefore = System.Buffers.SearchValues.Create("本各全每该此");

    /// <summary>Things that are tied: 系 right after them ties (鞋带系得太紧, 领带系歪了, 绳子系在树上): 繫.</summary>
    private static readonly string[] Tied =
    [
        "鞋带", "领带", "腰带", "皮带", "裤带", "安全带", "背带", "丝带", "绑带", "发带", "彩带", "飘带", "带子", "绳", "绳子",
        "绳索", "缰绳", "领巾", "围巾", "头巾", "丝巾", "扣子", "纽扣", "衣扣", "鞋扣", "蝴蝶结",
    ];

    /// <summary>
    /// True for 系 right after a thing that is tied (a belt, a rope, a scarf, a button), before what is
    /// said of the tying, or tying something 把 names (把马系在树上, 把船系牢): 繫.
    /// </summary>
    private static bool IsTied(ReadOnlySpan<char> text, int at) =>
        at + 1 < text.Length && IsHan(text[at + 1]) && !"统列数".Contains(text[at + 1], StringComparison.Ordinal)
        && (EndingIn(text[..at], Tied) > 0 || ("在上好紧牢住成".Contains(text[at + 1], StringComparison.Ordinal) && TakesBa(text, at)));

    /// <summary>True when 把 stands a few characters before <paramref name="at"/> in the same clause (把马系在, 把那条船系牢).</summary>
    private static bool TakesBa(ReadOnlySpan<char> text, int at)
    {
        var from = Math.Max(0, at - 6);
        var before = text[from..at];
        var ba = before.LastIndexOf('把');
        return ba >= 0 && ba < before.Length - 1 && !before[ba..].ContainsAny(ClauseMarks);
    }

    /// <summary>Words before 系 when it names a department (这个系, 我们系, 本系).</summary>
    private static readonly string[] DepartmentWords = ["这个", "那个", "哪个", "整个", "每个", "各个", "一个", "两个", "几个", "我们", "你们", "他们", "咱们", "本", "各", "全", "每", "该", "此"];

    /// <summary>True for 系 naming a department (这个系有三百名学生, 我们系的老师): 系, not the 繫 of the phrase 系有.</summary>
    private static bool IsDepartment(ReadOnlySpan<char> text, int at) =>
        at + 1 < text.Length && !"上好紧住着牢稳得了统列数".Contains(text[at + 1], StringComparison.Ordinal) && EndingIn(text[..at], DepartmentWords) > 0;

    /// <summary>True for 系 "is"; asked only where it neither ties nor names a department (<see cref="FormAt"/> asks those first).</summary>
    private bool IsCopula(ReadOnlySpan<char> text, int at)
    {
        // After a number 系 counts lines or systems (三系杂交水稻, 两系法, 多系品种), not "is".
        if (at + 1 >= text.Length || !IsHan(text[at + 1]) || NotAfterCopula.Contains(text[at + 1])
            || (at > 0 && (DepartmentBefore.Contains(text[at - 1]) || Numbers.Contains(text[at - 1]) || char.IsAsciiDigit(text[at - 1]))))
        {
            return false;
        }

        // No phrase of the table starts with it (系列, 系数, 系鞋带, 系于).
        if (_phrases.Forward.LongestFrom(text, at) > 1)
        {
            return false;
        }

        // The word cut has it as a word of its own (关系, 联系 and 中文系 are words), and no phrase that
        // ends with it fits the cut: 情系 (情繫) does in 情|系|灾区, 品系 does not in 产品|系|合格.
        Span<bool> buffer = stackalloc bool[(2 * WordWindow) + 2];
        var window = CutAround(text, at, 1, buffer, out var here);
        var words = buffer[..(window.Length + 1)];
        if (!words[here] || !words[here + 1])
        {
            return false;
        }

        Span<int> lengths = stackalloc int[8];
        Span<int> entries = stackalloc int[8];
        for (var start = Math.Max(0, here - 3); start < here; start++)
        {
            var count = _phrases.Forward.AllFrom(window, start, lengths, entries);
            for (var k = 0; k < count; k++)
            {
                if (start + lengths[k] > here && !RunsAcross(words, start, start + lengths[k]))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
