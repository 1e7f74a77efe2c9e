namespace QualitySite.Generator.Conversion;

/// <summary>
/// The given name of a name a rule found (局长范里, 记者余发明, 李冲表示) is written as names are, not as its
/// characters read on their own or in the phrase the next word makes with them: 范里 is 范里, not 范裏
/// ("inside"); 余发明 is 余發明, not 余髮明 (髮明 of 被发明 read wrong); 范钟表示 is 范鍾表示, not 范鐘錶示
/// (钟表, a clock). Only characters whose form in a name differs from what they could become elsewhere are
/// listed; a name without one of them keeps the surname alone decided and the rest to the phrases. So does a name
/// not surely ended (what people do in the news, a title, a byline's end or punctuation after it: 经理范松了一口气
/// is 范鬆了, 执法人员钟冲进现场 鍾衝進) and a given name of two characters that is a word of the dictionary or a phrase of the table
/// (局长周后来说 is 周後來說; 余发明 reads 發明 by its phrase anyway).
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>The given names' own forms of characters that read otherwise alone or in a phrase.</summary>
    private static class GivenNames
    {
        public static readonly Dictionary<char, char> Forms = new()
        {
            ['里'] = '里', ['冲'] = '沖', ['后'] = '后', ['斗'] = '斗', ['郁'] = '郁', ['岳'] = '岳', ['咸'] = '咸', ['发'] = '發',
            ['干'] = '幹', ['松'] = '松', ['复'] = '復', ['钟'] = '鍾',
        };

        public static readonly System.Buffers.SearchValues<char> Characters = System.Buffers.SearchValues.Create(string.Concat(Forms.Keys));
    }

    /// <summary>
    /// The form of a name found by a rule: the surname's form, then, when the given name holds a character of
    /// <see cref="GivenNames.Forms"/> and the name surely ends, every character of the given name in its name's or its usual form.
    /// </summary>
    private string NameForm(ReadOnlySpan<char> text, int at, int length, char surname)
    {
        var end = at + 1 + length;
        if (length == 0 || text.Slice(at + 1, length).IndexOfAny(GivenNames.Characters) < 0
            || !SurelyEnds(text, end)
            || (length == 2 && (_lattice.Value.Weight(text.Slice(at + 1, 2)) > 0 || _phrases.Get(text.Slice(at + 1, 2)) is not null)))
        {
            return surname.ToString();
        }

        var name = text.Slice(at, 1 + length);
        Span<char> form = stackalloc char[name.Length];
        form[0] = surname;
        for (var i = 1; i < name.Length; i++)
        {
            form[i] = GivenNames.Forms.TryGetValue(name[i], out var given) ? given : UsualForm(name[i]);
        }

        return new string(form);
    }

    /// <summary>True when a name surely ends at <paramref name="end"/>: the text ends, or punctuation, what people do in the news, a byline's end or a title follows.</summary>
    private static bool SurelyEnds(ReadOnlySpan<char> text, int end) =>
        NameEndsForSure(text, end) || StartingWith(text[end..], BylineEnds) > 0 || StartingWith(text[end..], Titles.Honours) > 0;

    /// <summary>A character's one form, or its first where it has several, or itself.</summary>
    private char UsualForm(char c) =>
        _single[c] != '\0' ? _single[c] : _characters.TryGetValue(c, out var forms) && forms[0].Length == 1 ? forms[0][0] : c;
}
