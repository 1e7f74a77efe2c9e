namespace QualitySite.Generator.Conversion;

/// <summary>
/// A given name after any common surname that a title or a byline's role introduces (局长张岳表示, 副局长王冲出席,
/// 记者王里报道, 村民赵后说), or that a title follows where the name opens a clause (张岳局长表示), writes its characters as names do (<see cref="GivenNames.Forms"/>: 張岳, 王沖, 王里, 趙后);
/// OpenCC and the phrases read them on their own (張嶽, 王衝, 王裏, 趙後). The surnames that read otherwise
/// themselves (范, 于, 余 …) are found by <see cref="Titled"/>, which writes their given names too.
/// Only where the name surely ends (<see cref="SurelyEnds"/>), and a given name of two characters
/// must be no word of the dictionary (局长王后来说 is 王後來說, 局长王冲进会场 王衝進).
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>Common surnames (about two hundred of the most frequent).</summary>
    private static readonly System.Buffers.SearchValues<char> CommonSurnames = System.Buffers.SearchValues.Create(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝");

    /// <summary>The given name's form of the character at <paramref name="at"/> when it is part of a name a title or a byline's role introduces; else null.</summary>
    private string? GivenAfterTitle(ReadOnlySpan<char> text, int at, NameMemory? names)
    {
        if (!GivenNames.Forms.TryGetValue(text[at], out var form) || at == 0)
        {
            return null;
        }

        // The character opens a given name of one or two characters, or ends one of two; a name introduced so
        // earlier in the text is written so again on its own (副局长王冲出席。王冲指出).
        foreach (var (surname, end) in (ReadOnlySpan<(int, int)>)[(at - 1, at + 1), (at - 1, at + 2), (at - 2, at + 1)])
        {
            if (surname >= 0 && end <= text.Length && names is not null && CommonSurnames.Contains(text[surname]) && !Bylines.Surnames.ContainsKey(text[surname])
                && names.LengthAt(text[surname..]) == end - surname && SurelyEnds(text, end))
            {
                return form.ToString();
            }

            if (Introduced(text, surname, end))
            {
                names?.Add(text[surname..end]);
                return form.ToString();
            }
        }

        return null;
    }

    /// <summary>True when a common surname at <paramref name="surname"/>, after a title or a byline's role, starts a name that surely ends at <paramref name="end"/>.</summary>
    private bool Introduced(ReadOnlySpan<char> text, int surname, int end)
    {
        // The surnames that read otherwise themselves are the other rules' (余干医生 may be the county 餘干), and a phrase of the table
        // at the surname is a word (华发 華髮, 王后 "queen").
        if (surname < 0 || end > text.Length || !CommonSurnames.Contains(text[surname]) || Bylines.Surnames.ContainsKey(text[surname])
            || text[(surname + 1)..end].ContainsAnyExceptInRange('\u4e00', '\u9fff') || _phrases.Get(text.Slice(surname, 2)) is not null
            || !(TitleBefore(text, surname) || HonouredAfter(text, surname, end)) || !SurelyEnds(text, end))
        {
            return false;
        }

        var given = text[(surname + 1)..end];
        return given.Length == 1 || (_lattice.Value.Weight(given) == 0 && _phrases.Get(given) is null);
    }

    /// <summary>True when a title, a byline's role or 叫 "named" ends right before <paramref name="surname"/> (局长|张岳, 记者|王里, 他叫|王冲).</summary>
    private static bool TitleBefore(ReadOnlySpan<char> text, int surname) =>
        surname >= 1 && (EndingIn(text[..surname], Titles.Words) > 0 || EndingIn(text[..surname], Bylines.NextRoles) > 0 || text[surname - 1] == '叫');

    /// <summary>True when a title or an honorific follows the name right away and the name opens a clause or follows a word that takes a person (张岳局长表示, 请王冲同志发言).</summary>
    private static bool HonouredAfter(ReadOnlySpan<char> text, int surname, int end) =>
        end < text.Length && StartingWith(text[end..], Titles.Honours) > 0
        && (surname == 0 || !IsHan(text[surname - 1]) || NameBefore.Contains(text[surname - 1]));
}
