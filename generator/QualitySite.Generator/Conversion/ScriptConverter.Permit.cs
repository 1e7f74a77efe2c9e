namespace QualitySite.Generator.Conversion;

/// <summary>
/// 不准 before what someone may not do (此处不准停车, 一律不准收费) forbids: 不准. OpenCC's phrase
/// writes 不準 "not accurate" everywhere, which is right where nothing is done after it: at the end
/// of a clause (手表走时不准), before a particle (走时不准的手表) or a noun (计量不准问题), and in
/// the phrases that hold it (不准确, 不准备, 保不准, 咬字不准).
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>What may follow 不准 "not accurate": particles, conjunctions and the words that name a problem.</summary>
    private static readonly System.Buffers.SearchValues<char> AfterInaccurate = System.Buffers.SearchValues.Create(
        "的了吗呢啊吧呀啦等和或与及而是也又就都还");

    private static readonly string[] ProblemWords = ["问题", "现象", "情况", "情形"];

    private bool Forbids(ReadOnlySpan<char> text, int at)
    {
        var rest = text[(at + 2)..];
        if (rest.IsEmpty || !IsHan(rest[0]) || AfterInaccurate.Contains(rest[0]))
        {
            return false;
        }

        foreach (var word in ProblemWords)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return false;
            }
        }

        // A longer phrase holding it decides: 不准确, 不准备 after; 保不准, 咬字不准 before.
        if (_phrases.Forward.LongestFrom(text, at) > 2)
        {
            return false;
        }

        for (var from = Math.Max(0, at - 3); from < at; from++)
        {
            if (_phrases.Get(text[from..(at + 2)]) is not null)
            {
                return false;
            }
        }

        // 准 starting a phrase of its own that reads 準 (准时, 准点), with nothing after it making a word
        // with what follows: the train is not on time (火车不准时), not 不准|点火 (lighting a fire is forbidden).
        if (AccurateAfter(text, at + 1))
        {
            return false;
        }

        // And 不准 must be a word of the cut: not 不得不|准则.
        return IsWord(text, at, 2);
    }

    private bool AccurateAfter(ReadOnlySpan<char> text, int at) =>
        at + 2 <= text.Length && _phrases.Get(text.Slice(at, 2)) is [var accurate, ..] && accurate[0] == '準'
        && !(at + 3 <= text.Length && _lattice.Value.Weight(text.Slice(at + 1, 2)) > 0);

    /// <summary>True when the most likely cut of the text into words has a word from <paramref name="at"/> of <paramref name="length"/> characters (or a word starting there, for a length of 1).</summary>
    private bool IsWord(ReadOnlySpan<char> text, int at, int length)
    {
        Span<bool> buffer = stackalloc bool[(2 * WordWindow) + length + 1];
        var window = CutAround(text, at, length, buffer, out var here);
        var words = buffer[..(window.Length + 1)];
        return words[here] && (length == 1 || (words[here + length] && !words[(here + 1)..(here + length)].Contains(true)));
    }

    /// <summary>
    /// The text around [<paramref name="at"/>, at + <paramref name="length"/>) that the word cut looks
    /// at, cut into words: the first window length + 1 places of <paramref name="words"/> mark where
    /// words start and end, and <paramref name="here"/> is where <paramref name="at"/> falls in the
    /// window. The cut near the place decides; a long text (a feed's whole entry) is cut only around it.
    /// </summary>
    private ReadOnlySpan<char> CutAround(ReadOnlySpan<char> text, int at, int length, Span<bool> words, out int here)
    {
        var from = Math.Max(0, at - WordWindow);
        var window = text[from..Math.Min(text.Length, at + length + WordWindow)];
        here = at - from;
        _lattice.Value.Boundaries(window, words[..(window.Length + 1)]);
        return window;
    }

    /// <summary>How many characters on either side of a place the word cut looks at.</summary>
    private const int WordWindow = 48;

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    /// <summary>
    /// The next place from <paramref name="start"/> on whose form no phrase decides: 干 that says
    /// something is dry (乾), 不准 that forbids (不准), 系 that means "is" (係) or ties (繫), 出 that counts
    /// plays (齣), 卷 that counts rolls (捲), 里 that adds into something (里加: 裏), 只 "only" after 这 or 那 (只), 个 of 个旧 after a number (個), 表 that is a watch (錶) or 金 before 发 that pays money out (金|發), unless a site term covers it; At is −1 when there is none.
    /// </summary>
    private (int At, string Form) Decided(ReadOnlySpan<char> text, int start)
    {
        while (true)
        {
            var (at, form) = FirstTied(text, start);
            foreach (var (word, wordForm) in DecidedPlaces)
            {
                var found = FirstAt(text, start, word);
                if (found >= 0 && (at < 0 || found < at))
                {
                    (at, form) = (found, wordForm);
                }
            }

            // The site's own terms come first: a term over the place decides it with the phrases.
            if (at < 0 || !_siteTerms.Covers(text, at, form.Length))
            {
                return (at, form);
            }

            start = at + 1;
        }
    }

    /// <summary>
    /// What starts a place a rule of <see cref="FirstAt"/> decides, and the form it then takes. Of 金发
    /// only 金 is decided: 发 starts the text after it, where its own phrase reads it (发放, 发布 發佈).
    /// </summary>
    private static readonly (string Word, string Form)[] DecidedPlaces =
    [
        ("干", "乾"), ("不准", "不准"), ("系", "係"), ("出", "齣"), ("里加", "裏"), ("卷", "捲"), ("只", "只"), ("个旧", "個"), ("表", "錶"), ("金发", "金"),
    ];

    /// <summary>The first 系 that ties (鞋带系得太紧: 繫) or names a department (这个系有: 系) from <paramref name="offset"/> on, with its form; −1 when there is none.</summary>
    private static (int At, string Form) FirstTied(ReadOnlySpan<char> text, int offset)
    {
        while (text[offset..].IndexOf('系') is var found && found >= 0)
        {
            var at = offset + found;
            if (IsTied(text, at))
            {
                return (at, "繫");
            }

            if (IsDepartment(text, at))
            {
                return (at, "系");
            }

            offset = at + 1;
        }

        return (-1, "");
    }

    /// <summary>The index of the first 干 that says something is dry, 不准 that forbids, 系 that means "is", 出 that counts plays, 卷 that counts rolls, 里加 that adds into something, 只 that means "only", 个旧 after a number, 表 that is a watch or 金发 that pays out, from <paramref name="offset"/> on; −1 when there is none.</summary>
    private int FirstAt(ReadOnlySpan<char> text, int offset, string word)
    {
        while (text[offset..].IndexOf(word, StringComparison.Ordinal) is var found && found >= 0)
        {
            var at = offset + found;
            if (word switch { "干" => IsDry(text, at), "系" => IsCopula(text, at), "出" => IsAct(text, at), "金发" => IsMoneyOut(text, at), "表" => IsWatch(text, at), "卷" => IsRoll(text, at), "里加" => IsAddedInto(text, at), "只" => IsOnly(text, at), "个旧" => IsCountingOld(text, at), _ => Forbids(text, at) })
            {
                return at;
            }

            offset = at + 1;
        }

        return -1;
    }
}
