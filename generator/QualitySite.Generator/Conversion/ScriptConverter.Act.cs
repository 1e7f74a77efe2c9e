namespace QualitySite.Generator.Conversion;

/// <summary>
/// 出 counting plays after a number or a demonstrative (一出戏, 这出新戏, 两出京剧, 一出荒唐的闹剧) is
/// the measure word 齣. OpenCC's table has 一出戏 alone, so it writes 這出戲 and 一出新戲; where it
/// has 一出 (opencc-js), it also writes 一齣門 for 一出门. Only a play's name counts: 出 before 门,
/// 现, 手 or 剧院 stays the verb (一出门就看戏, 一出现问题, 一出剧院).
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>What stands before 出 when it counts: numbers and demonstratives.</summary>
    private static readonly System.Buffers.SearchValues<char> ActCounters = System.Buffers.SearchValues.Create("一二两三四五六七八九十几这那哪每整");

    /// <summary>The words that end a play's name: 戏, 剧, 曲 (京剧, 好戏, 昆曲).</summary>
    private static readonly System.Buffers.SearchValues<char> PlayEnds = System.Buffers.SearchValues.Create("戏剧曲");

    /// <summary>The characters that may stand between 出 and the play: the kinds of play and the words that praise or blame it.</summary>
    private static readonly System.Buffers.SearchValues<char> PlayWords = System.Buffers.SearchValues.Create(
        "新好大京闹悲喜话歌舞黄梅越川豫粤评花鼓昆秦腔皮影木偶折子独角地方样板连台本武文苦情荒唐诞精彩感人的小短动老传统经典历史古装现代滑稽哑双簧对重头压轴拿手谍战宫廷");

    /// <summary>The longest stretch between 出 and the play's last character (一出精彩感人的好戏).</summary>
    private const int PlayReach = 7;

    private bool IsAct(ReadOnlySpan<char> text, int at)
    {
        if (at == 0 || !ActCounters.Contains(text[at - 1]))
        {
            return false;
        }

        for (var k = at + 1; k < text.Length && k <= at + PlayReach; k++)
        {
            var c = text[k];
            if (PlayEnds.Contains(c))
            {
                // The play's name ends here, unless its last character makes a word with what follows (剧院, 戏台, 曲阜);
                // 戏剧 is a play too, but not 戏剧性 (dramatic).
                var rest = text[k..];
                return rest.Length < 2 || !IsHan(rest[1])
                    || (rest.StartsWith("戏剧", StringComparison.Ordinal) ? !rest.StartsWith("戏剧性", StringComparison.Ordinal) : _lattice.Value.Weight(rest[..2]) <= 0);
            }

            if (!PlayWords.Contains(c))
            {
                return false;
            }
        }

        return false;
    }
}
