namespace QualitySite.Generator.Conversion;

/// <summary>
/// 范, 岳, 郁 and 余 that the word cut leaves standing alone (a word of one character) before a given name, anywhere in a clause
/// (市长会见了范明一行, 记者采访了余建国, 大家都很佩服岳鹏, 我和范晓东是同学): the surname, for alone these
/// characters are seldom anything else. Their other readings live in words (范围, 示范, 规范, 岳父, 五岳,
/// 郁闷, 浓郁, 其余, 余下, 余额) or after a number (三百余人, 一年余); OpenCC writes 範明, 餘建國, 嶽鵬.
/// 余 is also what is left (本店余货清仓 餘貨, 所余无几, 还余多少钱, a heading 余值): it is a name only where the name surely ends
/// (<see cref="EndsNameOfYu"/>: 余华说, 采访了余建国。) and opens the text or a clause, or follows a word that names a person after it
/// (<see cref="NameBefore"/>: 了, 和, 是, 请 …).
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>What stands before a name in a clause: a verb's 了, a joining word, 是, or a verb or preposition that takes a person.</summary>
    private static readonly System.Buffers.SearchValues<char> NameBefore = System.Buffers.SearchValues.Create("了和与同跟及是给对向让请派找问把被由为叫、");

    /// <summary>The surname at <paramref name="at"/> when one of these characters stands alone in the cut before a given name; else null.</summary>
    private string? LoneSurname(ReadOnlySpan<char> text, int at, NameMemory? names)
    {
        var surname = text[at];
        if (surname is not ('范' or '岳' or '郁' or '余') || at + 2 > text.Length || !IsHan(text[at + 1])
            || (surname == '余' && (NotAGivenName.Contains(text[at + 1]) || Classifiers.Contains(text[at + 1])))
            || (at > 0 && (Numbers.Contains(text[at - 1]) || char.IsAsciiDigit(text[at - 1]) || _lattice.Value.Weight(text.Slice(at - 1, 2)) > 0))
            || _lattice.Value.Weight(text.Slice(at, 2)) > CommonWord || StartsPlaceOtherwise(text, at, surname))
        {
            return null;
        }

        Span<bool> buffer = stackalloc bool[(2 * WordWindow) + 4];
        var window = CutAround(text, at, 3, buffer, out var here);
        var words = buffer[..(window.Length + 1)];
        if (!words[here] || !words[here + 1] || !AfterWordOrName(window, here, words) || StartsPhraseOtherwise(window, here, surname) || GivenName(window, here, surname, words) is not { } length
            || (length == 1 && WholeClause(text, at, at + 2))
            || (surname == '余' && !(EndsNameOfYu(text, at + 1 + length, length) && (at == 0 || !IsHan(text[at - 1]) || NameBefore.Contains(text[at - 1])))))
        {
            return null;
        }

        names?.Add(text.Slice(at, 1 + length));
        return NameForm(text, at, length, surname);
    }

    /// <summary>True when [<paramref name="start"/>, <paramref name="end"/>) is a clause of its own, a heading or a table's cell (范数, 岳父): two characters alone are a word, not a name.</summary>
    private static bool WholeClause(ReadOnlySpan<char> text, int start, int end) =>
        (start == 0 || !IsHan(text[start - 1])) && (end >= text.Length || !IsHan(text[end]));

    /// <summary>
    /// True when a name after 余 surely ends at <paramref name="end"/>; a given name of one character only before what people do,
    /// a title or a byline's end (余华说), since a text of two characters alone, a table's heading or a cell (余值, 余料), is a word.
    /// </summary>
    private static bool EndsNameOfYu(ReadOnlySpan<char> text, int end, int length) =>
        length == 2 ? SurelyEnds(text, end)
            : end < text.Length && (StartingWith(text[end..], Titles.Deeds) > 0 || StartingWith(text[end..], BylineEnds) > 0 || StartingWith(text[end..], Titles.Honours) > 0);

    /// <summary>
    /// True when what stands before the surname at <paramref name="at"/> is the start of the text, punctuation, a word of two or more
    /// characters (佩服|岳鹏) or a word that takes a person (了, 和, 是 …): between single characters the cut is a guess, and an idiom
    /// the dictionary lacks falls apart into them (模|山|范|水 模山範水, 渊|渟|岳|峙 淵渟嶽峙).
    /// </summary>
    private static bool AfterWordOrName(ReadOnlySpan<char> window, int at, ReadOnlySpan<bool> words) =>
        at == 0 || !IsHan(window[at - 1]) || NameBefore.Contains(window[at - 1]) || (at >= 2 && !words[at - 1]);

    /// <summary>True when the longest phrase of the table from <paramref name="at"/> writes the surname's character otherwise (郁孤台 鬱孤臺, 郁林 鬱林).</summary>
    private bool StartsPlaceOtherwise(ReadOnlySpan<char> text, int at, char surname)
    {
        var length = _phrases.Forward.LongestFrom(text, at);
        return length > 1 && _phrases.Get(text.Slice(at, length)) is [var form, ..] && form[0] != surname;
    }
}
