namespace QualitySite.Generator.Conversion;

/// <summary>
/// 后 after a song, a ball game or a dance done (唱完歌后, 打完球后, 跳完舞后) is 後, "after". OpenCC's
/// phrases 歌后, 球后, 舞后 name a queen of song, ball or dance, 后; the word cut leaves 歌 and 后 as
/// words of their own, so the phrase decides unless the place is decided here. Only these three
/// things are done: 看完皇后的信 is the queen's letter.
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>What is sung, played or danced, whose queen OpenCC's phrases name (歌后, 球后, 舞后).</summary>
    private static readonly System.Buffers.SearchValues<char> DoneThings = System.Buffers.SearchValues.Create("歌球舞");

    /// <summary>True when 后 at <paramref name="at"/> follows 完 and a song, ball or dance, and starts a word of the cut: 唱完歌后 is "after singing"; 当过歌后, 一代球后 keep the title.</summary>
    private bool IsAfterDone(ReadOnlySpan<char> text, int at) =>
        at >= 2 && text[at - 2] == '完' && DoneThings.Contains(text[at - 1]) && IsWord(text, at, 1);
}
