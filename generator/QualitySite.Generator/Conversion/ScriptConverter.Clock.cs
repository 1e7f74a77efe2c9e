namespace QualitySite.Generator.Conversion;

/// <summary>
/// 钟 counted or pointed at (一只钟, 那台钟, 每个钟), after 点 (十二点钟) or alone at the end of a clause
/// (敲了三下钟) is a clock or a bell, 鐘; OpenCC's form of 钟 alone is the surname's 鍾, which the
/// surname rules keep (<see cref="Titled"/>; 老钟, 小钟).
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>What points at a clock right before 钟 (这钟, 那钟, 每钟).</summary>
    private static readonly System.Buffers.SearchValues<char> PointedAt = System.Buffers.SearchValues.Create("这那哪每");

    /// <summary>What counts a clock right before 钟, after a number or 这/那 (一只钟, 那台钟, 每个钟).</summary>
    private static readonly System.Buffers.SearchValues<char> ClockMeasures = System.Buffers.SearchValues.Create("只个台座口架");

    private static readonly System.Buffers.SearchValues<char> BeforeClockMeasure = System.Buffers.SearchValues.Create("一二两三四五六七八九十几这那哪每半多");

    /// <summary>What says 钟 is a surname after all (一个钟姓男子).</summary>
    private static readonly System.Buffers.SearchValues<char> SurnameAfter = System.Buffers.SearchValues.Create("姓某先女氏老家");

    /// <summary>
    /// 钟 counted or pointed at (一只钟, 那台钟, 每个钟) is a clock, 鐘: OpenCC's form of 钟 alone is the
    /// surname's 鍾, and the word cut has 台钟 (a table clock, 檯鐘) where 台 counts. A phrase that 钟
    /// starts (钟表, 钟头) or a word of the cut that holds it (钟子期, a name) decides by itself, and 台钟
    /// with nothing counting before it is the table clock.
    /// </summary>
    private bool IsClock(ReadOnlySpan<char> text, int at) =>
        at > 0 && !(at + 1 < text.Length && SurnameAfter.Contains(text[at + 1])) && _phrases.Forward.LongestFrom(text, at) == 1
        && (PointedAt.Contains(text[at - 1]) || (ClockMeasures.Contains(text[at - 1]) && at > 1 && BeforeClockMeasure.Contains(text[at - 2]))
            || text[at - 1] == '点' || (EndsClauseAsThing(text, at) && _phrases.Get(text.Slice(at - 1, 2)) is null && IsWord(text, at, 1)))
        && StandsAloneInCut(text, at);

    /// <summary>What calls a person by the surname alone (老钟, 小钟, 姓钟, 阿钟): 钟 ending a clause after it is that person.</summary>
    private static readonly System.Buffers.SearchValues<char> CallsBySurname = System.Buffers.SearchValues.Create("老小姓阿");

    /// <summary>
    /// True when 钟 ends a clause after a word other than one that calls a person by the surname: a
    /// surname is followed by a given name, so 钟 alone at the end is the thing (敲了三下钟, 墙上挂着钟).
    /// The caller asks also that 钟 be a word of its own and make no phrase with the character before
    /// (老态龙钟 龍鍾, 情有独钟 獨鍾, 编钟 編鐘 decide by their phrases).
    /// </summary>
    private static bool EndsClauseAsThing(ReadOnlySpan<char> text, int at) =>
        (at + 1 == text.Length || ClauseMarks.Contains(text[at + 1])) && IsHan(text[at - 1]) && !CallsBySurname.Contains(text[at - 1]);

    /// <summary>True when the word cut ends a word with the character at <paramref name="at"/>, a word of its own or of two with the measure before it (那|台钟); not 钟子期, a name.</summary>
    private bool StandsAloneInCut(ReadOnlySpan<char> text, int at)
    {
        Span<bool> buffer = stackalloc bool[(2 * WordWindow) + 4];
        _ = CutAround(text, at, 1, buffer, out var here);
        return buffer[here + 1] && (buffer[here] || (here > 0 && buffer[here - 1]));
    }
}
