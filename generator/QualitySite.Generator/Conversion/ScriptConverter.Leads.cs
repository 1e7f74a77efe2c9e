namespace QualitySite.Generator.Conversion;

/// <summary>
/// A name that opens a clause and is followed by what people do in the news (余承东表示, 于和伟在剧中,
/// 余秋雨的散文), or that stands anywhere before a title or an honorific (游本昌老师, 范明局长,
/// 钟南山院士) keeps its surname form; OpenCC writes 餘承東, 於和偉, 遊本昌. The surname must start a
/// word of the cut and the given name end one; a common word is no name (余下的, 范围内, 游客表示, 周末在),
/// and 于 counts only before a two-character given name that is no time, place or everyday word
/// (于近日表示, 于北京召开, 于会上指出 stay 於).
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>
    /// The surname at <paramref name="at"/> when a name starts there that opens a clause and goes on
    /// with what people do, or that a title or an honorific follows; else null. The name is remembered
    /// in <paramref name="names"/> for its later mentions.
    /// </summary>
    private string? Leading(ReadOnlySpan<char> text, int at, NameMemory? names)
    {
        // 党 before a title is the party's (党支部书记, 党组书记), not a surname.
        if (!Bylines.Surnames.TryGetValue(text[at], out var surname) || surname == '党')
        {
            return null;
        }

        var opens = at == 0 || !(IsHan(text[at - 1]) || char.IsAsciiLetterOrDigit(text[at - 1]));
        var (length, sure) = NameLengthBefore(text, at, opens, surname);
        if (length == 0 || (surname == '于' && !PlainGivenName(text.Slice(at + 1, length))))
        {
            return null;
        }

        Span<bool> buffer = stackalloc bool[(2 * WordWindow) + 4];
        var window = CutAround(text, at, 1 + length, buffer, out var here);
        var words = buffer[..(window.Length + 1)];
        if (!words[here] || !words[here + 1 + length] || StartsPhraseOtherwise(window, here, surname) || !CutAsName(window, here, length, words, sure))
        {
            return null;
        }

        names?.Add(text.Slice(at, 1 + length));
        return NameForm(text, at, length, surname);
    }

    /// <summary>
    /// How many characters of given name (two, else one) lie between the surname at <paramref name="at"/>
    /// and a title or, where the name <paramref name="opens"/> a clause, what people do (0 when none
    /// does); Sure unless only a joining word or 是 follows (游故宫是, 涂墙面的 are no names).
    /// </summary>
    private static (int Length, bool Sure) NameLengthBefore(ReadOnlySpan<char> text, int at, bool opens, char surname)
    {
        for (var length = 2; length >= (surname == '于' ? 2 : 1); length--)
        {
            var end = at + 1 + length;
            // 范明还说 is 范明 and 还说: a given name does not hold a word that follows names (余也表示).
            if (end >= text.Length || !Followers.Contains(text[end]) || !IsHan(text[at + 1]) || !IsHan(text[end - 1]) || StartingWith(text[(end - 1)..], Titles.AfterLongName) > 0
                || (text[at + 1] != '和' && StartingWith(text[(at + 1)..], Titles.AfterLongName) > 0))
            {
                continue;
            }

            var rest = text[end..];
            if (StartingWith(rest, Titles.Honours) > 0 || (opens && StartingWith(rest, Titles.Deeds) > 0))
            {
                return (length, true);
            }

            if (opens && length == 2 && StartingWith(rest, Titles.AfterLongName) > 0)
            {
                return (length, false);
            }
        }

        return (0, false);
    }

    /// <summary>The first characters of what may follow a name (titles, deeds, joining words): most places are ruled out by one look.</summary>
    private static readonly System.Buffers.SearchValues<char> Followers = System.Buffers.SearchValues.Create(
        string.Concat(Titles.Honours.Concat(Titles.Deeds).Concat(Titles.AfterLongName).Select(w => w[0]).Distinct()));

    /// <summary>True when the two characters after 于 can be a given name: no time, number or joining word starts them (于今, 于是, 于在), and they end as no place or time does (于课后).</summary>
    private static bool PlainGivenName(ReadOnlySpan<char> given) =>
        !NotAName.Contains(given[0]) && (given[0] == '和' || StartingWith(given, Titles.AfterName) == 0) && !Titles.PlaceEnds.Contains(given[^1]);

    /// <summary>
    /// True when the word cut reads the surname at <paramref name="at"/> and <paramref name="length"/>
    /// characters after it as a name: the surname alone and the given name no everyday word (余|承东, not
    /// 于|北京; where the name is not <paramref name="sure"/>, no common word: 游|故宫), the surname starting
    /// a rare word (范明), or the cut holding the whole name as a word whose first two characters are no
    /// common word (余秋雨, not 余姚人).
    /// </summary>
    private bool CutAsName(ReadOnlySpan<char> window, int at, int length, ReadOnlySpan<bool> words, bool sure)
    {
        var lattice = _lattice.Value;
        if (words[at + 1])
        {
            // After 于 "at" a place or a time is often a word of middling count (于凌晨, 于途中); a given name seldom is.
            return length == 1 || lattice.Weight(window.Slice(at + 1, length)) <= (sure && window[at] != '于' ? EverydayWord : CommonWord);
        }

        if (window[at] == '于')
        {
            return false;
        }

        if (words[at + 2])
        {
            return StartsRareWord(window, at, words);
        }

        return length == 2 && lattice.Weight(window.Slice(at, 2)) <= CommonWord && _phrases.Get(window.Slice(at, 3)) is null;
    }

    /// <summary>The characters after 余 that make it "more than" a number or a measure (三百余公里, 余人次), or a word of mathematics (余函数), in the dictionary's three-character words.</summary>
    private static readonly System.Buffers.SearchValues<char> NotAGivenName = System.Buffers.SearchValues.Create("公千毫分人亿万一二三四五六七八九十百两半之类纬维子因函场厘海里米克吨元次清香怀");

    /// <summary>
    /// 余 or 范 anywhere in a clause when the word cut holds a three-character name of the dictionary
    /// there that no phrase has (读过余秋雨的书, 后来范仲淹写道; OpenCC 餘秋雨, 範仲淹): the
    /// surname's form. Not after a number (三百余公里), nor before a measure or a number, nor where
    /// the first two characters are a common word (余姚人), nor after a character that makes a word with
    /// the surname's character (其余, 剩余: 其余秋雨 is 其餘秋雨).
    /// </summary>
    private string? WordName(ReadOnlySpan<char> text, int at, NameMemory? names)
    {
        if (text[at] is not ('余' or '范') || at + 3 > text.Length || !IsHan(text[at + 1]) || !IsHan(text[at + 2]) || NotAGivenName.Contains(text[at + 1])
            || (at > 0 && (Numbers.Contains(text[at - 1]) || char.IsAsciiDigit(text[at - 1]) || _lattice.Value.Weight(text.Slice(at - 1, 2)) > 0)))
        {
            return null;
        }

        Span<bool> buffer = stackalloc bool[(2 * WordWindow) + 4];
        var window = CutAround(text, at, 3, buffer, out var here);
        var words = buffer[..(window.Length + 1)];
        if (!words[here] || words[here + 1] || words[here + 2] || !words[here + 3]
            || _lattice.Value.Weight(window.Slice(here, 2)) > CommonWord || _phrases.Get(window.Slice(here, 3)) is not null)
        {
            return null;
        }

        names?.Add(text.Slice(at, 3));
        return NameForm(text, at, 2, text[at]);
    }
}
