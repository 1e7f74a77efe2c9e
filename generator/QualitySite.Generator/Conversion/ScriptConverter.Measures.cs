namespace QualitySite.Generator.Conversion;

/// <summary>
/// Measure words that a phrase or a character's first form would read otherwise. 卷 after a number
/// or a demonstrative, before something sold in rolls (一卷卫生纸, 两卷胶带, 这卷铁丝), is the measure
/// of a roll: 捲; OpenCC writes 卷, which is right for volumes of a book (全书共三卷, 第三卷, 这卷书)
/// and stays so. 个 before 旧 after a number is 個, not the 箇 of the city 个旧.
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>What comes in rolls.</summary>
    private static readonly string[] Rolled =
    [
        "卫生纸", "纸巾", "纸", "宣纸", "胶带", "胶布", "透明胶", "封箱带", "铁丝", "钢丝", "电线", "绳", "绳子", "布", "画布",
        "地毯", "毛线", "线", "保鲜膜", "胶卷", "胶片", "草席", "凉席", "竹帘", "铺盖",
    ];

    /// <summary>Characters that may stand between 卷 and the thing rolled: its colour, age, size or thickness.</summary>
    private static readonly System.Buffers.SearchValues<char> RollKinds = System.Buffers.SearchValues.Create("新旧白黑红黄蓝绿灰彩大小长短粗细厚薄软硬");

    private bool IsRoll(ReadOnlySpan<char> text, int at)
    {
        if (at == 0 || !Counters.Contains(text[at - 1]))
        {
            return false;
        }

        // The thing right after it, or after one character that says what kind (一卷新胶带, 两卷白纸; not 第三卷|发布);
        // it must end a word of the cut: not 线装书, 布告, 纸质档案.
        var rest = text[(at + 1)..];
        var length = StartingWith(rest, Rolled);
        var end = length > 0 ? at + 1 + length
            : rest.Length > 1 && RollKinds.Contains(rest[0]) && StartingWith(rest[1..], Rolled) is var after && after > 0 ? at + 2 + after : -1;
        if (end < 0)
        {
            return false;
        }

        if (end == text.Length)
        {
            return true;
        }

        Span<bool> buffer = stackalloc bool[(2 * WordWindow) + (end - at) + 1];
        _ = CutAround(text, at, end - at, buffer, out var here);
        return buffer[here + (end - at)];
    }

    /// <summary>What the numerals right before 只 make of it.</summary>
    private enum NumberBefore
    {
        /// <summary>No number stands right before it (or one the phrases read: 万一只是).</summary>
        None,

        /// <summary>A number counts it: 隻.</summary>
        Counts,

        /// <summary>The numerals end a word of the cut (周三|只营业): "only", 只.</summary>
        EndsWord,
    }

    /// <summary>
    /// 只 right after a number counts (隻) whatever follows: 这批鸭子中有三十只是病鸭, 一百多只能卖出去,
    /// 第一只是白色的, 一只只小鸭子. The phrases 只是, 只能, 只要 read "only", and the word cut takes
    /// 三十|只是, so without this rule the number would lose its measure word. The number must start a
    /// word of the cut (or follow 第, 每, 这 …) and hold a numeral. Where the numerals only end a word of
    /// the cut (周三|只营业, 唯一|只有) 只 is "only", which the phrases would read as counted (三只 三隻);
    /// in 差不多只是, 其余只, 参数只能 and 万一只是误会 it is left to the phrases.
    /// </summary>
    private NumberBefore CountOf(ReadOnlySpan<char> text, int at)
    {
        // 一只只: one after another.
        if (at > 1 && text[at - 1] == '只' && text[at - 2] == '一')
        {
            return CountOf(text, at - 1);
        }

        var first = at;
        while (first > 0 && Numbers.Contains(text[first - 1]))
        {
            first--;
        }

        var run = text[first..at];
        if (!run.ContainsAny(Numerals) || run is "万一" or "一一")
        {
            return NumberBefore.None;
        }

        // An option or a name in code is no count: -1只能在非交互模式下使用.
        if (first > 0 && (char.IsAsciiLetter(text[first - 1]) || text[first - 1] is '-' or '_' or '.' or '/' or '='))
        {
            return NumberBefore.None;
        }

        // A long run of numerals is a number whatever stands before it (and the word cut below looks at a short one).
        if (first == 0 || !IsHan(text[first - 1]) || CountingBefore.Contains(text[first - 1]) || run.Length > 16)
        {
            return NumberBefore.Counts;
        }

        Span<bool> buffer = stackalloc bool[(2 * WordWindow) + run.Length + 1];
        _ = CutAround(text, first, run.Length, buffer, out var here);
        return buffer[here] ? NumberBefore.Counts : buffer[here + run.Length] ? NumberBefore.EndsWord : NumberBefore.None;
    }

    /// <summary>The characters that make a number of the run before 只 (多, 余 and 数 alone do not: 多余只是, 参数只能).</summary>
    private static readonly System.Buffers.SearchValues<char> Numerals = System.Buffers.SearchValues.Create("一二三四五六七八九十百千万两几0123456789０１２３４５６７８９");

    /// <summary>What may stand before a number and its measure word and make a word with it: 第一只, 每一只, 这几只, 好几只.</summary>
    private static readonly System.Buffers.SearchValues<char> CountingBefore = System.Buffers.SearchValues.Create("第每这那哪各好");

    /// <summary>The length of the longest of the words the text starts with, or 0.</summary>
    private static int StartingWith(ReadOnlySpan<char> text, string[] words)
    {
        var longest = 0;
        foreach (var word in words)
        {
            if (word.Length > longest && text.StartsWith(word, StringComparison.Ordinal))
            {
                longest = word.Length;
            }
        }

        return longest;
    }

    /// <summary>
    /// 个 of 个旧 after a number, a placeholder or 这 counts: 個 (收了5个旧手机, 删除了 %d 个旧数据库, 这个旧的).
    /// The phrase 个旧 is the city 箇舊 (云南个旧市), which the word cut also knows as a word.
    /// </summary>
    private static bool IsCountingOld(ReadOnlySpan<char> text, int at)
    {
        var before = text[..at].TrimEnd(' ');
        return before.Length > 0 && (Numbers.Contains(before[^1]) || Counters.Contains(before[^1]) || char.IsAsciiLetterOrDigit(before[^1]));
    }
}
