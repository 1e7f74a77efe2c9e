using System.Runtime.CompilerServices;

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

    /// <summary>True when the word cut makes the character at <paramref name="at"/> a word of one character (游 in 水里|游|着, not in 游戏).</summary>
    private bool IsLoneWord(ReadOnlySpan<char> text, int at)
    {
        Span<bool> buffer = stackalloc bool[(2 * WordWindow) + 2];
        var window = CutAround(text, at, 1, buffer, out var here);
        var words = buffer[..(window.Length + 1)];
        return words[here] && words[here + 1];
    }

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
    /// The next place from <paramref name="start"/> on whose form no phrase decides (<see cref="FormAt"/>),
    /// unless a site term covers it; At is −1 when there is none.
    /// </summary>
    private (int At, string Form) Decided(ReadOnlySpan<char> text, int start, NameMemory? names)
    {
        var ruled = Ruled(text, start, names);
        var doubled = Reduplicated(text, start, ruled.At < 0 ? text.Length : ruled.At);
        return doubled.At >= 0 ? doubled : ruled;
    }

    /// <summary>The next place from <paramref name="start"/> on that a rule of <see cref="FormAt"/> decides.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int At, string Form) Ruled(ReadOnlySpan<char> text, int start, NameMemory? names)
    {
        // One pass for the first characters of all the words, then the words that start there, in order.
        while (start < text.Length && text[start..].IndexOfAny(DecidedStarts) is var found && found >= 0)
        {
            var at = start + found;
            foreach (var word in DecidedByStart[text[at]])
            {
                if (!text[at..].StartsWith(word, StringComparison.Ordinal))
                {
                    continue;
                }

                // A byline decides only the surname after its role.
                var place = Array.IndexOf(Bylines.Roles, word) >= 0 ? Byline(text, at, word, names)
                    : FormAt(text, at, word, names) is { } form ? (at, form) : null;
                if (place is var (where, name))
                {
                    var decided = WholeName(text, where, name);

                    // The site's own terms come first: a term over the place decides it with the phrases.
                    if (_siteTerms.Covers(text, where, decided.Length))
                    {
                        break;
                    }

                    return (where, decided);
                }
            }

            start = at + 1;
        }

        return (-1, "");
    }

    /// <summary>
    /// A surname a rule decided, with the rest of the name where a phrase of the table starting there
    /// writes the surname so (周润发 周潤發): deciding the surname alone would leave the given name to be
    /// read on its own (润发 潤髮). The table's phrase wins over a name the rule wrote itself
    /// (<see cref="NameForm"/>) when it is as long or longer. Anything else as decided.
    /// </summary>
    private string WholeName(ReadOnlySpan<char> text, int at, string decided)
    {
        if (!Bylines.Surnames.TryGetValue(text[at], out var surname) || decided[0] != surname)
        {
            return decided;
        }

        var length = _phrases.Forward.LongestFrom(text, at);
        return length > 1 && length >= decided.Length && _phrases.Get(text.Slice(at, length)) is [var form, ..] && form[0] == surname ? form : decided;
    }

    /// <summary>What starts a place a rule of <see cref="FormAt"/> may decide.</summary>
    private static readonly string[] DecidedWords = ["干", "不准", "系", "出", "里加", "里人", "里长", "里弄", "卡里", "卷", "只", "个旧", "表", "金发", "刮", "后", "扎", "冲", "发", "台", "编制", "了解", .. Bylines.Roles, .. Titles.Surnames, "里", "斗", "咸"];

    private static readonly System.Buffers.SearchValues<char> DecidedStarts = System.Buffers.SearchValues.Create(string.Concat(DecidedWords.Select(w => w[0]).Distinct()));

    /// <summary><see cref="DecidedWords"/> by their first character, in their order.</summary>
    private static readonly Dictionary<char, string[]> DecidedByStart = DecidedWords.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>
    /// The form a rule gives the place at <paramref name="at"/>, which starts with <paramref name="word"/>,
    /// or null: 干 that says something is dry (乾) or after 好, 快 … that work or people do (幹: <see cref="IsWork"/>), 不准 that forbids (不准), 系 that ties (繫), names a
    /// department (系) or means "is" (係), 出 that counts plays (齣), 里 of 里加 that adds into something
    /// (裏), 里 of 里人 after a number, a distance (两里人家 兩里), 里 of 里长 where something grows inside (院子里长着 裏: <see cref="IsGrowingIn"/>), of 里弄 where something is done inside (锅里弄点油: <see cref="IsDoneIn"/>) and of 卡里 inside a card (发到卡里 卡裏: <see cref="IsInCard"/>), 卷 that counts rolls (捲), 只 "only" (只), after a number or before an animal it counts (隻: <see cref="CountsThing"/>), 个 of 个旧 after a number (個), 表 that is a watch
    /// (錶), 刮 that the wind does (颳: <see cref="Blown"/>), 后 after a song, a game or a dance done (後: <see cref="IsAfterDone"/>: 唱完歌后), 扎 that ties (紮: <see cref="IsTiedUp"/>: 扎着羊角辫) or, counted in needles, pricks (扎: <see cref="IsPricked"/>: 扎了几针), 冲 that brews or flushes (沖: <see cref="IsBrewed"/>: 咖啡冲得太淡了), 发 after a haircut's count (髮: <see cref="IsHaircut"/>: 理了两次发), 台 of a counter or a bench before a word of place (檯: <see cref="IsCounterTop"/>: 操作台上), 编制 that draws up a document (編製: <see cref="IsCompiling"/>: 编制年度预算), 了 before a remedy (了: <see cref="IsRemedyAfter"/>: 有了解药), 金 before 发 that pays money out: only 金 is decided, so 发 starts the text after it,
    /// where its own phrase reads it (发放, 发布 發佈). A byline's role decides the surname after it (<see cref="Byline"/>: 记者范晓东 記者范曉東),
    /// a title the surname after it (<see cref="Titled"/>: 局长范明 局長范明), a name that opens a clause or comes before a title
    /// keeps its surname (<see cref="Leading"/>: 余承东表示, 游本昌老师), so do 范, 岳, 郁 and 余 that the word cut leaves alone before a given name (<see cref="LoneSurname"/>: 会见了范明一行) and 钟 right before a title (<see cref="Honoured"/>: 店的钟老板 店的鍾老闆), and a surname naming a family's place (<see cref="FamilyPlace"/>: 范家庄 范家莊), a name introduced before keeps its
    /// surname (<see cref="Remembered"/>), 钟 counted or pointed at is a clock (<see cref="IsClock"/>: 一只钟 一隻鐘), 姜 among seasonings the root (<see cref="IsGinger"/>: 葱、姜 蔥、薑) 周 after going round a circuit (<see cref="RoundTrip"/>: 绕场一周 繞場一周) and 游 that swims (<see cref="IsSwimming"/>: 水里游着鱼 水裏游着魚).
    /// </summary>
    private string? FormAt(ReadOnlySpan<char> text, int at, string word, NameMemory? names) => word switch
    {
        "干" => GivenAfterTitle(text, at, names) ?? (IsDry(text, at) ? "乾" : IsWork(text, at) ? "幹" : null),
        "系" => IsTied(text, at) ? "繫" : IsDepartment(text, at) ? "系" : IsCopula(text, at) ? "係" : null,
        "出" => IsAct(text, at) ? "齣" : null,
        "里加" => IsAddedInto(text, at) ? "裏" : null,
        "里人" => at > 0 && Numbers.Contains(text[at - 1]) && !EndsNoun(text, at - 1) ? "里" : null,
        "里长" => IsGrowingIn(text, at) ? "裏" : null,
        "里弄" => IsDoneIn(text, at) ? "裏" : null,
        "卡里" => IsInCard(text, at) ? "卡裏" : null,
        "卷" => IsRoll(text, at) ? "捲" : null,
        "只" => IsOnly(text, at) ? "只" : CountsDescribed(text, at) ? "隻" : CountOf(text, at) switch { NumberBefore.Counts => "隻", NumberBefore.EndsWord => "只", _ => CountsThing(text, at) ? "隻" : null },
        "个旧" => IsCountingOld(text, at) ? "個" : null,
        "表" => IsWatch(text, at) ? "錶" : null,
        "金发" => IsMoneyOut(text, at) ? "金" : null,
        "刮" => Blown(text, at),
        "后" => GivenAfterTitle(text, at, names) ?? (IsAfterDone(text, at) ? "後" : null),
        "扎" => IsTiedUp(text, at) ? "紮" : IsPricked(text, at) ? "扎" : null,
        "冲" => GivenAfterTitle(text, at, names) ?? (IsBrewed(text, at) ? "沖" : null),
        "发" => GivenAfterTitle(text, at, names) ?? (IsHaircut(text, at) ? "髮" : null),
        "台" => IsCounterTop(text, at) ? "檯" : null,
        "编制" => IsCompiling(text, at) ? "編製" : null,
        "了解" => IsRemedyAfter(text, at) ? "了" : null,
        "里" or "斗" or "咸" => GivenAfterTitle(text, at, names),
        _ when word.Length == 1 => GivenAfterTitle(text, at, names) ?? Titled(text, at, names) ?? Leading(text, at, names) ?? WordName(text, at, names) ?? Remembered(text, at, names) ?? LoneSurname(text, at, names) ?? FamilyPlace(text, at)
            ?? (word == "钟" && Honoured(text, at) ? "鍾" : word == "钟" && IsClock(text, at) ? "鐘" : word == "姜" && IsGinger(text, at) ? "薑" : word == "周" && RoundTrip(text, at) ? "周" : word == "游" && IsSwimming(text, at) ? "游" : null),
        _ => Forbids(text, at) ? "不准" : null,
    };
}
