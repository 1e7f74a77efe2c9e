namespace QualitySite.Generator.Conversion;

/// <summary>
/// 台 that ends a counter, desk or bench of the table (操作台 操作檯, 服务台 服務檯, 洗手台 洗手檯) keeps 檯
/// before a word of place: 操作台上, 服务台前, 吧台后面. The word cut prefers 台上, 台前 (臺上, the stage's
/// "on") to a rare word like 操作台, so OpenCC's phrase gave way to 操作|台上 and the text read 操作臺上.
/// The phrase must start a word of the cut (旋转台上 is 旋转|台上: 轉臺上 stays).
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>Where a thing stands, after it: 上, 下, 前, 后, 旁, 边, 里.</summary>
    private static readonly System.Buffers.SearchValues<char> PlaceAfter = System.Buffers.SearchValues.Create("上下前后旁边里");

    /// <summary>True when the 台 at <paramref name="at"/> ends a phrase written 檯 and a word of place follows it.</summary>
    private bool IsCounterTop(ReadOnlySpan<char> text, int at)
    {
        if (at + 1 >= text.Length || !PlaceAfter.Contains(text[at + 1]))
        {
            return false;
        }

        for (var length = Math.Min(at + 1, 6); length >= 2; length--)
        {
            var start = at + 1 - length;
            if (_phrases.Get(text[start..(at + 1)]) is [var form, ..] && form[^1] == '檯')
            {
                return IsWord(text, start, 1);
            }
        }

        return false;
    }
}
