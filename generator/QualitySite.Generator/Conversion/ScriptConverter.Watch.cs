namespace QualitySite.Generator.Conversion;

/// <summary>
/// 表 standing alone that is worn or counted by 块 or 只 is a watch: 錶 (戴着一块新表, 手腕上的表 — 戴著一塊新錶,
/// 手腕上的錶), or looked at to tell the time at the end of a clause (他看了一眼表，已经十点了). OpenCC has
/// only the phrases that hold it (手表, 块表), so a word between them leaves 表 "form"; a 表 in a word of
/// the cut (表格, 表面, 代表) is not looked at. So is one set or running fast or slow (把表拨快了, 我的表停了).
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>What stands a few characters before a watch in the same clause: it is worn (戴) or on the wrist (手腕).</summary>
    private static readonly string[] WatchSigns = ["戴", "手腕"];

    /// <summary>What looks at a watch right before it (看了一眼表): a watch when the clause ends with it.</summary>
    private static readonly string[] LookSigns = ["看了看", "看了一眼", "看一眼", "看看", "瞄了一眼", "瞥了一眼", "抬腕看"];

    /// <summary>What is said of a watch right after it: it is set, runs fast or slow, stops, or is taken off or put on (表拨快了, 表慢了五分钟, 表停了, 表又走了起来, 把表摘下来).</summary>
    private static readonly string[] RunSigns = ["拨快", "拨慢", "调快", "调慢", "拨到", "调到", "慢了", "停了", "走得", "不走了", "没电了", "走了起来", "滴答", "摘下", "戴上", "戴好", "戴在"];

    /// <summary>What stands right before a watch said to run or stop: 把表, 我的表, 这块表, 他表 (决策表, 进度表 are tables).</summary>
    private static readonly System.Buffers.SearchValues<char> RunOwners = System.Buffers.SearchValues.Create("把的块只这那我你他她");

    /// <summary>An adverb that may stand between the watch and what it does (表又走了起来, 表也停了).</summary>
    private static readonly System.Buffers.SearchValues<char> RunAdverbs = System.Buffers.SearchValues.Create("又也还就都");

    /// <summary>How many characters before 表 <see cref="WatchSigns"/> are looked for.</summary>
    private const int WatchReach = 4;

    private bool IsWatch(ReadOnlySpan<char> text, int at)
    {
        var before = text[Math.Max(0, at - WatchReach)..at];
        before = before[(before.LastIndexOfAny(ClauseMarks) + 1)..];
        // A sheet or a copy is a form whatever is done to it (这张表, 一份表).
        if (before.Length > 0 && before[^1] is '张' or '份')
        {
            return false;
        }

        var signed = false;
        foreach (var sign in WatchSigns)
        {
            signed |= before.Contains(sign, StringComparison.Ordinal);
        }

        // Counted by 块 right before it or with one word between (这块表, 一块新表), or by 只 right before
        // it (一只表); 三块钱一张表 is a form.
        signed |= before.Length > 0 && (before[^1] is '块' or '只' || (before.Length > 1 && before[^2] == '块'));

        // Looked at to tell the time, and nothing said of it after: 他看了一眼表，已经十点了.
        signed |= EndingIn(text[..at], LookSigns) > 0 && (at + 1 == text.Length || ClauseMarks.Contains(text[at + 1]));

        // Set, running fast or slow, or stopped: 他把表拨快了五分钟, 我的表慢了.
        var after = text[(at + 1)..];
        if (after.Length > 0 && RunAdverbs.Contains(after[0]))
        {
            after = after[1..];
        }

        signed |= StartingWith(after, RunSigns) > 0 && (before.Length == 0 || RunOwners.Contains(before[^1]));
        if (!signed)
        {
            return false;
        }

        // 表 must be a word of its own in the cut: not 表格, 表面, 代表.
        return IsLoneWord(text, at);
    }
}
