namespace QualitySite.Generator.Conversion;

/// <summary>
/// 姜 on its own is the surname in OpenCC's table, and only its phrases (生姜, 姜汤, 葱姜) make it the
/// root: 薑. In a list of seasonings (加入葱、姜、八角和桂皮, 蒜和姜) or after a small amount of
/// something (放点姜, 加些姜) it is the root too. It must stand alone in the word cut, so a name
/// (姜文, 姜子牙) and the words that hold it keep their forms.
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>Seasonings 姜 is listed with (in a class of its own, so it is ready whichever part of the converter's statics is set up first).</summary>
    private static class Seasonings
    {
        public static readonly string[] Words =
        [
            "葱", "蒜", "辣椒", "花椒", "八角", "桂皮", "香叶", "大料", "香菜", "料酒", "酱油", "醋", "盐", "糖", "胡椒", "陈皮",
            "大葱", "小葱", "葱花", "葱段", "蒜末", "蒜瓣", "干辣椒",
        ];

        /// <summary>What joins the items of a list (葱、姜, 蒜和姜).</summary>
        public static readonly System.Buffers.SearchValues<char> Joins = System.Buffers.SearchValues.Create("、，,和与及或跟");

        /// <summary>What may come before the amount in its word (一小块, 几片).</summary>
        public static readonly System.Buffers.SearchValues<char> Counts = System.Buffers.SearchValues.Create("一二三四五六七八九十两几半小大");

        /// <summary>Small amounts 姜 follows (放点姜, 加些姜, 一小块姜).</summary>
        public static readonly System.Buffers.SearchValues<char> Amounts = System.Buffers.SearchValues.Create("点些块片根勺");
    }

    private bool IsGinger(ReadOnlySpan<char> text, int at)
    {
        var listed = (at >= 2 && Seasonings.Joins.Contains(text[at - 1]) && EndingIn(text[..(at - 1)], Seasonings.Words) > 0)
            || (at + 2 < text.Length && Seasonings.Joins.Contains(text[at + 1]) && StartingWith(text[(at + 2)..], Seasonings.Words) > 0);
        if (!listed && !(at >= 1 && Seasonings.Amounts.Contains(text[at - 1])))
        {
            return false;
        }

        Span<bool> buffer = stackalloc bool[(2 * WordWindow) + 3];
        var window = CutAround(text, at, 1, buffer, out var here);
        if (!buffer[here] || !buffer[here + 1])
        {
            return false;
        }

        // The amount is a measure of its own or after a number (点, 一小块), not the end of a noun (名片|姜, 照片|姜).
        var start = here - 1;
        while (start > 0 && !buffer[start])
        {
            start--;
        }

        return listed || window[start..(here - 1)].ContainsAnyExcept(Seasonings.Counts) is false;
    }
}
