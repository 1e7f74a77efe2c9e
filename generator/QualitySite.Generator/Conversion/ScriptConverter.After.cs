namespace QualitySite.Generator.Conversion;

/// <summary>
/// 后 after something done with a thing (唱完歌后, 打完球后, 跳完舞后) is 後, "after". OpenCC's
/// phrases 歌后, 球后, 舞后, 影后 … name a queen of song, ball or dance, 后; the word cut leaves 歌 and
/// 后 as words of their own, so the phrase decides unless the place is decided here.
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>True when 后 at <paramref name="at"/> ends a title phrase (歌后) right after 完, which ends a doing: 唱完歌后 is "after singing"; 当过影后, 娶了王后, 拿到影后 keep the title (a verb with 了, 过 or 到 may win one).</summary>
    private bool IsAfterDone(ReadOnlySpan<char> text, int at) =>
        at >= 2 && text[at - 2] == '完' && IsHan(text[at - 1])
        && _phrases.Get(text.Slice(at - 1, 2)) is [var phrase] && phrase.Length == 2 && phrase[1] == '后';
}
