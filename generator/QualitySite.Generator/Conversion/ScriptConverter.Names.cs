using System.Text;

namespace QualitySite.Generator.Conversion;

/// <summary>
/// 里 in a name written by its sound (佩里, 里德, 卡努里语, 基德里切沃, 海因里希) is the character 里;
/// OpenCC's first form 裏 ("inside") is wrong there. The word cut knows many such names as words
/// (里特, 努里, 里姆) that no phrase of the table holds, and cuts others into words of sound
/// characters (基德|里|切沃). A word of the cut counts as such a name when every character in it
/// but 里 is one of <see cref="SoundCharacters"/>; 里 alone counts when the words on both sides
/// do and one of them is longer than a character (北弗|里|西亚). 里 after a noun (山里, 车里, 首尔|里|特别) stays 裏.
/// Other readings of 里 are decided here too: 里加 "add into" (<see cref="IsAddedInto"/>), 里长 where something grows (<see cref="IsGrowingIn"/>), 里弄 where something is done (<see cref="IsDoneIn"/>) and 卡里 in a card (<see cref="IsInCard"/>).
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>Characters that spell foreign names by their sound and seldom stand before 里 "inside" as a noun of their own.</summary>
    private static readonly System.Buffers.SearchValues<char> SoundCharacters = System.Buffers.SearchValues.Create(
        "克特德奇夫安奥埃佩默费斯诺伊瓦伯兹尔索列洛马希因萨施弗雅乔戈利亚尼拉米姆森帕努加巴阿切沃纳普锡贝格罗莫蒂丹哈布维恩玛娜莉丽艾杰穆迪泰托勒吉塞凯肯基兰西");

    /// <summary>True for a word of two or more characters holding 里 whose other characters all spell a sound.</summary>
    private static bool Transliterated(ReadOnlySpan<char> word) =>
        word.Length > 1 && word.Contains('里') && AllSounds(word);

    private static bool AllSounds(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c != '里' && !SoundCharacters.Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A name <see cref="Transliterated"/> found: its 里 kept, the rest converted by the phrase cut.</summary>
    private void EmitName(ReadOnlySpan<char> word, StringBuilder sb)
    {
        for (var at = word.IndexOf('里'); at >= 0; at = word.IndexOf('里'))
        {
            EmitStretch(word[..at], sb);
            sb.Append('里');
            word = word[(at + 1)..];
        }

        EmitStretch(word, sb);
    }

    /// <summary>里 (the character, not 裏) inside a word of the cut that is a name by sound, or alone between two such words; null otherwise.</summary>
    private static string? NameForm(ReadOnlySpan<char> text, int at, ReadOnlySpan<bool> words, string[] forms)
    {
        if (text[at] != '里' || words.IsEmpty)
        {
            return null;
        }

        var (from, to) = WordAround(words, at);
        var named = to - from > 1
            ? Transliterated(text[from..to])
            : from > 0 && to < text.Length && WordAround(words, from - 1) is var (lf, lt) && WordAround(words, to) is var (rf, rt)
              && (lt - lf > 1 || rt - rf > 1) && AllSounds(text[lf..lt]) && AllSounds(text[rf..rt]);
        return named ? Agreeing(forms, 0, '里') : null;
    }

    /// <summary>The word of the cut holding the character at <paramref name="at"/>.</summary>
    private static (int From, int To) WordAround(ReadOnlySpan<bool> words, int at)
    {
        var from = at;
        while (from > 0 && !words[from])
        {
            from--;
        }

        var to = at + 1;
        while (to < words.Length - 1 && !words[to])
        {
            to++;
        }

        return (from, to);
    }

    /// <summary>What stands before 里加 when it is Riga, the city (首都里加, 在里加, 飞往里加).</summary>
    private static readonly string[] RigaBefore = ["首都", "在", "到", "抵达", "来自", "飞往", "前往", "开往", "访问", "位于", "从", "拉脱维亚"];

    /// <summary>What follows 里加 when it is Riga (里加市, 里加港, 里加举行).</summary>
    private static readonly string[] RigaAfter = ["市", "港", "湾", "机场", "大学", "举行", "召开", "峰会", "老城"];

    /// <summary>
    /// 里 of 里加 "add into" (往锅里加水, 往水里加香精, 碗里加点醋): 裏. The table has 里加 only as Riga,
    /// which the word cut also prefers (汤|里加|盐); Riga is named where a place is (首都里加, 在里加举行).
    /// A unit keeps 里 (公里加上, 三里加上).
    /// </summary>
    private bool IsAddedInto(ReadOnlySpan<char> text, int at) =>
        at + 2 < text.Length && IsHan(text[at + 2]) && EndingIn(text[..at], RigaBefore) == 0 && StartingWith(text[(at + 2)..], RigaAfter) == 0
        && !(at > 0 && (Numbers.Contains(text[at - 1]) || _phrases.Get(text.Slice(at - 1, 2)) is [[_, '里']]));

    /// <summary>
    /// True when 里 of 里长 is "inside" and 长 grows (院子里长着一棵树, 锅里长了霉, 地里长满了草, 水里长出来的):
    /// 裏; the word cut and OpenCC's phrase read 里长, the head of a neighbourhood (里長), which is
    /// followed by what the head does (里长了解情况, 里长出席).
    /// </summary>
    private static bool IsGrowingIn(ReadOnlySpan<char> text, int at)
    {
        if (at == 0 || !IsHan(text[at - 1]) || at + 2 >= text.Length)
        {
            return false;
        }

        var next = text[at + 2];
        var after = at + 3 < text.Length ? text[at + 3] : '\0';
        return next is '着' or '满' || (next == '了' && after != '解') || (next == '出' && after is '了' or '来');
    }

    /// <summary>What follows 弄 that does something (弄点, 弄了, 弄得, 弄脏): not the lane 里弄, which is a noun (上海的里弄里).</summary>
    private static readonly System.Buffers.SearchValues<char> DoneAfter = System.Buffers.SearchValues.Create("点了得些一上成脏湿乱坏出进好");

    /// <summary>True when 里 of 里弄 is "inside" and 弄 does something there (锅里弄点油, 屋里弄得很乱): 裏; the lane 里弄 (里弄) follows no noun of a container.</summary>
    private static bool IsDoneIn(ReadOnlySpan<char> text, int at) =>
        at > 0 && IsHan(text[at - 1]) && at + 2 < text.Length && DoneAfter.Contains(text[at + 2]);

    /// <summary>What puts money into a card or finds it there right before 卡里 (发到卡里, 转进卡里, 存入卡里); not 在, for 他在卡里住过 is the city.</summary>
    private static readonly System.Buffers.SearchValues<char> IntoCard = System.Buffers.SearchValues.Create("到进往入");

    /// <summary>What is said of a card's money right after 卡里 (卡里的钱, 卡里还有, 卡里没钱, 卡里余额).</summary>
    private static readonly string[] CardMoney = ["的钱", "还有", "还剩", "剩", "没钱", "没有钱", "余额", "有钱"];

    /// <summary>
    /// True when 卡里 is "in the card" (工资发到卡里了, 卡里还有钱吗): 卡裏. The word cut and the sound-name
    /// rule read 卡里 as a name (哥伦比亚的卡里市), which neither a verb of putting in nor a card's money stands beside.
    /// </summary>
    private static bool IsInCard(ReadOnlySpan<char> text, int at) =>
        (at > 0 && IntoCard.Contains(text[at - 1])) || StartingWith(text[(at + 2)..], CardMoney) > 0;
}
