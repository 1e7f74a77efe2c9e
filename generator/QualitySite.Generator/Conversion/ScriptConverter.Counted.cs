namespace QualitySite.Generator.Conversion;

/// <summary>
/// 只 with no number before it but after a verb, before an animal or a shoe, is the measure word
/// with 一 left out (养只猫, 买了只鸡, 门口蹲着只猫, 丢了只鞋): 隻. OpenCC and the phrases read 只 "only"
/// there (養只貓), as they must before a verb (只想养猫). Only right after a verb one keeps, buys or
/// meets an animal with, or 了, 着, 是, 有 after one (after a subject 只 is "only": 他们只鸡鸭都卖,
/// 不只猫喜欢), and where the cut has 只 as a word of its own and the animal a whole word (买了只鸡蛋
/// is no chicken).
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>What 只 counts (in a class of its own, so it is ready whichever part of the converter's statics is set up first).</summary>
    private static class Counted
    {
        public static readonly string[] Things =
        [
            "猫", "狗", "鸡", "鸭", "鹅", "鸟", "羊", "兔", "猴", "虎", "狼", "鹿", "熊", "鼠", "龟", "鹰", "蛙", "虾", "蟹", "雁", "鸽",
            "猫咪", "狗狗", "小猫", "小狗", "小鸡", "小鸭", "小鸟", "小羊", "小兔", "兔子", "猴子", "老虎", "狮子", "熊猫", "狐狸",
            "老鼠", "松鼠", "青蛙", "乌龟", "螃蟹", "鸽子", "麻雀", "燕子", "喜鹊", "乌鸦", "鹦鹉", "公鸡", "母鸡", "鸭子", "孔雀",
            "企鹅", "天鹅", "老鹰", "海鸥", "大雁", "袋鼠", "蝴蝶", "蜜蜂", "蚊子", "苍蝇", "蚂蚁", "蜘蛛", "蟑螂", "蜗牛", "蝙蝠",
            "宠物", "穿山甲", "猫头鹰", "刺猬", "仓鼠", "鞋", "鞋子", "袜子", "手套", "耳环",
        ];

        /// <summary>What may describe the animal between 只 and its name: size, age, colour, looks (只笨兔子, 只小白兔, 只大黄狗).</summary>
        public static readonly System.Buffers.SearchValues<char> Looks = System.Buffers.SearchValues.Create("大小老幼笨胖瘦肥黑白黄灰花红野母公");

        /// <summary>What a counted 只 follows: a verb one keeps, buys or meets an animal with, or 了, 着, 过, 是, 有 after one.</summary>
        public static readonly System.Buffers.SearchValues<char> After = System.Buffers.SearchValues.Create("了着过是有养买抓捉逮抱牵领捡送杀宰炖烤丢穿剩要像成变画拍救喂捕射见到");
    }

    /// <summary>True when 只 at <paramref name="at"/> counts the animal or shoe after it with no number before it (养只猫, 丢了只鞋).</summary>
    private bool CountsThing(ReadOnlySpan<char> text, int at)
    {
        if (at == 0 || !Counted.After.Contains(text[at - 1]) || at + 1 >= text.Length)
        {
            return false;
        }

        // One or two characters may say what it is like first (是只笨兔子, 养了只小白兔).
        var described = 0;
        var length = StartingWith(text[(at + 1)..], Counted.Things);
        while (length == 0 && described < 2 && at + 2 + described < text.Length && Counted.Looks.Contains(text[at + 1 + described]))
        {
            described++;
            length = StartingWith(text[(at + 1 + described)..], Counted.Things);
        }

        if (length == 0)
        {
            return false;
        }

        length += described;
        Span<bool> buffer = stackalloc bool[(2 * WordWindow) + length + 3];
        _ = CutAround(text, at, 1 + length, buffer, out var here);
        return buffer[here] && buffer[here + 1] && buffer[here + 1 + length];
    }
}
