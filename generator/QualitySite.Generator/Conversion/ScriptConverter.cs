using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text;

namespace QualitySite.Generator.Conversion;

/// <summary>The Traditional forms a site may publish: OpenCC's standard, Taiwan usage (軟體, 網路) or Hong Kong glyphs.</summary>
public enum TraditionalVariant
{
    Standard,
    Taiwan,
    HongKong,
}

/// <summary>
/// Simplified ↔ Traditional by phrase, from OpenCC's dictionaries (Conversion/Data, made by
/// tools/make-conversion-tables.sh). Simplified → Traditional cuts the text into phrases twice,
/// by forward and by backward longest match, and where the two disagree keeps the cut with fewer
/// pieces, then fewer single characters, then more common words (jieba's frequencies), then the
/// backward one: OpenCC cuts forward only, so 人人参与 became 人人蔘與 (人参, ginseng) and 质监系统
/// 質監繫統. A phrase with several Traditional forms (干了 → 幹了 or 乾了) takes the one a
/// neighbouring phrase agrees with (发干 → 發乾, so 头发干了 → 頭髮乾了); a single character takes
/// OpenCC's first form. A phrase that runs across two words of the most likely word cut
/// (<see cref="WordLattice"/>, jieba's counts) is refused there: 三个|人参|加 becomes 三個人參加 by
/// 个人|参加. The site's own terms (site.yml traditional.terms) come first.
/// <para>
/// The few loops the edition spends its time in are marked AggressiveOptimization: ./qsite's
/// ReadyToRun code is never recompiled (tiered compilation is off), and for these loops it ran about
/// 1.8 times slower than code compiled on first use; the 16 marked methods cost some 90 ms to compile
/// and the edition build was about 4% faster for it (bench/README.md, session 18).
/// </para>
/// </summary>
public sealed partial class ScriptConverter
{
    private readonly Table _phrases;
    private readonly Dictionary<char, string[]> _characters;
    private readonly TraditionalVariant _variant;

    /// <summary>The site's own phrases (site.yml traditional.terms): in a tie they win over any built-in one.</summary>
    private readonly SiteTermSet _siteTerms;

    /// <summary>Per character: its one Traditional form, '\0' when it has none or several (then <see cref="_characters"/> decides).</summary>
    private readonly char[] _single = new char[0x10000];

    /// <summary>Per character: true when it has several forms (or one longer than a character), so <see cref="Piece"/> decides.</summary>
    private readonly bool[] _several = new bool[0x10000];

    private ScriptConverter(Table phrases, Dictionary<char, string[]> characters, TraditionalVariant variant, Lazy<WordLattice> lattice, IEnumerable<string>? siteTerms = null)
    {
        _lattice = lattice;
        _siteTerms = new SiteTermSet(siteTerms ?? []);
        _phrases = phrases;
        _characters = characters;
        _variant = variant;
        foreach (var (from, forms) in characters)
        {
            _single[from] = forms.Length == 1 && forms[0].Length == 1 ? forms[0][0] : '\0';
            _several[from] = _single[from] == '\0';
        }

        _contextual = Contextual(phrases);
    }

    /// <summary>The built-in tables (standard Traditional), loaded once on first use.</summary>
    public static ScriptConverter Default => Tables.Value;

    /// <summary>
    /// Loads the built-in tables and the word lattice now: a build calls this beside other work, so
    /// that the first text converted does not load them while other threads wait.
    /// </summary>
    public static void Preload()
    {
        _ = Tables.Value;
        _ = Lattice.Value;
    }

    /// <summary>
    /// OpenCC's phrases, then the entries OpenCC added or corrected after the version Debian ships
    /// (Data/st-upstream-phrases.tsv, from its later dictionaries; Data/st-upstream.tsv, from its published
    /// test cases), then words of consumer goods its tables lack where a character's usual
    /// form would be wrong (甩干 甩乾, 干垃圾 乾垃圾, 面制品 麪製品; Data/st-supplement.tsv, written for QualitySite),
    /// then phrases of several words (Data/st-supplement-phrases.tsv: 面发了 麪發了, 片姜 片薑) and surnames
    /// before a title (Data/st-supplement-names.tsv: 于老师 于老師), which the word cut does not learn as
    /// words, so that a real word around them wins (下面发了 下面發了, 在于老师 在於老師).
    /// </summary>
    private static readonly string[] StandardPhrases = ["st-phrases.tsv", "st-upstream-phrases.tsv", "st-upstream.tsv", "st-supplement.tsv", "st-supplement-phrases.tsv", "st-supplement-names.tsv"];

    /// <summary>
    /// OpenCC's characters, then the first forms it later changed (托 before 託, 栗 before 慄), then
    /// those QualitySite puts first for today's text (签 alone signs: 簽; Data/st-supplement-characters.tsv).
    /// </summary>
    private static readonly string[] StandardCharacters = ["st-characters.tsv", "st-upstream-characters.tsv", "st-supplement-characters.tsv"];

    /// <summary>The tables as written beside the binary when ./qsite compiled it (ScriptConverter.Snapshot.cs), if there.</summary>
    private static readonly Lazy<Snapshot?> Saved = new(() => ReadSnapshot(Path.Combine(AppContext.BaseDirectory, SnapshotFileName)));

    /// <summary>The words of jieba's dictionary with their counts, for <see cref="WordLattice"/>.</summary>
    private static readonly Lazy<WordLattice> Lattice = new(() => Saved.Value?.Lattice ?? NewLattice());

    /// <summary>The first character of the supplement's words the word cut does not learn (<see cref="NewLattice"/>).</summary>
    private const char DryFirst = '干';

    /// <summary>
    /// jieba's words, and the words of Data/st-supplement.tsv as words met now and then (a count of
    /// 100), so that the word cut keeps them whole: 涉及|面制品, not 涉及面|制品. Not those starting with
    /// 干 (干香菇, 干海带): as words they would outweigh 若干, making 若干香菇 若乾香菇; left to the phrase
    /// cut, 这些干香菇 still gets 乾. The phrases of Data/st-supplement-phrases.tsv and the names of
    /// Data/st-supplement-names.tsv are not words either.
    /// </summary>
    private static WordLattice NewLattice()
    {
        var supplement = string.Concat(ReadPairs("st-supplement.tsv").Where(p => !p.From.StartsWith(DryFirst)).Select(p => $"{p.From}\t100\n"));
        return new WordLattice(ReadText("word-frequencies.tsv") + "\n" + supplement);
    }

    private static readonly Lazy<ScriptConverter> Tables = new(
        () => new ScriptConverter(Saved.Value?.Phrases ?? Table.Read(StandardPhrases), Characters(StandardCharacters), TraditionalVariant.Standard, Lattice),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Taiwan usage (軟件 → 軟體), with OpenCC's later entries from tw-upstream-phrases.tsv (艾滋病 →
    /// 愛滋病, 激光 → 雷射), names that must keep their words (字節跳動, not 位元組跳動) from
    /// tw-names.tsv and words of public notices from tw-supplement.tsv (便攜式 → 攜帶式, 通過掃描 → 透過掃描).
    /// </summary>
    private static readonly Lazy<Table> TaiwanPhrases = new(() => Table.Read("tw-phrases.tsv", "tw-upstream-phrases.tsv", "tw-names.tsv", "tw-supplement.tsv"));
    private static readonly Lazy<Dictionary<char, string[]>> TaiwanGlyphs = new(() => Characters("tw-variants.tsv"));
    private static readonly Lazy<Dictionary<char, string[]>> HongKongGlyphs = new(() => Characters("hk-variants.tsv"));
    private static readonly Lazy<Table> ToSimplifiedPhrases = new(() => Table.Read("ts-phrases.tsv"));
    private static readonly Lazy<Dictionary<char, string[]>> ToSimplifiedCharacters = new(() => Characters("ts-characters.tsv"));

    /// <summary>Simplified characters with no Traditional use of their own (发, 这): never on a Traditional page.</summary>
    public static FrozenSet<char> SimplifiedOnly => SimplifiedOnlySet.Value;

    private static readonly Lazy<FrozenSet<char>> SimplifiedOnlySet = new(() => ReadPairs("st-characters.tsv")
        .Where(p => p.From.Length == 1 && !p.To.Split(' ').Contains(p.From, StringComparer.Ordinal))
        .Select(p => p.From[0]).ToFrozenSet());

    /// <summary>This converter with the site's own terms put before the built-in tables, and the site's variant.</summary>
    public ScriptConverter With(IReadOnlyDictionary<string, string> siteTerms, TraditionalVariant variant = TraditionalVariant.Standard)
    {
        if (siteTerms.Count == 0 && variant == _variant)
        {
            return this;
        }

        // Kept by the terms' content: the chrome and the edition of a build, and every rebuild of the
        // preview, share one copy of the tables and its remembered conversions.
        var key = string.Join('\n', siteTerms.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "\t" + t.Value)) + "\n" + variant;
        return _withTerms.GetOrAdd(key, _ => new Lazy<ScriptConverter>(() => Build(siteTerms, variant), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>The converters made for sites' terms and variants (a handful per process).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<ScriptConverter>> _withTerms = new(StringComparer.Ordinal);

    private ScriptConverter Build(IReadOnlyDictionary<string, string> siteTerms, TraditionalVariant variant)
    {

        var characters = _characters;
        if (siteTerms.Keys.Any(k => k.Length == 1))
        {
            characters = new Dictionary<char, string[]>(_characters);
            foreach (var (from, to) in siteTerms.Where(t => t.Key.Length == 1))
            {
                characters[from[0]] = [to];
            }
        }

        return new ScriptConverter(_phrases.With(siteTerms.Where(t => t.Key.Length > 1).ToDictionary()), characters, variant, _lattice, siteTerms.Keys.Where(k => k.Length > 1));
    }

    /// <summary>
    /// Appends the text in Traditional; text with nothing to convert is copied without a copy of its own.
    /// Converted text is not remembered between calls: converting a chunk costs less than keeping it (a
    /// memory of converted paragraphs made the edition's build slower, by the collector's work on what
    /// it kept). Personal names are, in <paramref name="names"/> when given (<see cref="NameMemory"/>).
    /// </summary>
    public void AppendTraditional(StringBuilder sb, ReadOnlySpan<char> span, NameMemory? names = null)
    {
        if (!NeedsConversion(span))
        {
            sb.Append(span);
        }
        else if (_variant == TraditionalVariant.Standard)
        {
            Write(span, sb, names);
        }
        else
        {
            sb.Append(Convert(span.ToString(), names));
        }
    }

    private string Convert(string text, NameMemory? names = null)
    {
        var sb = new StringBuilder(text.Length);
        Write(text, sb, names);
        return Variant(sb.ToString(), text);
    }

    public string ToTraditional(string text) =>
        string.IsNullOrEmpty(text) || !NeedsConversion(text) ? text : Convert(text);

    /// <summary>
    /// The standard Traditional form of a chunk (<see cref="Write"/>), appended to <paramref name="sb"/>:
    /// cut into phrases (<see cref="Cut"/>), then any phrase that runs across a word of the most likely
    /// cut (<see cref="WordLattice"/>: 个人|参保, 联系|统一, 下面|条款) gives way to that cut there.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void WriteByPhrases(ReadOnlySpan<char> text, StringBuilder sb)
    {
        var pieces = Cut(text);
        var n = text.Length;
        // Without a phrase there is nothing to refuse; but 里 needs the word cut to tell a name by sound (里德卡, or 里德 where the chunk ends).
        if (n < 2 || (!text.Contains('里') && (n < 3 || !pieces.Exists(p => p > 1))))
        {
            Emit(text, pieces, 0, pieces.Count, sb);
            return;
        }

        var words = n < 512 ? stackalloc bool[n + 1] : new bool[n + 1];
        _lattice.Value.Boundaries(text, words);
        var regionEnd = n < 512 ? stackalloc int[n + 1] : new int[n + 1];
        MarkRegions(text, pieces, words, regionEnd);
        var at = 0;
        var piece = 0;
        while (at < n)
        {
            if (regionEnd[at] > at)
            {
                var to = regionEnd[at];
                for (var k = at + 1; k < to; k++)
                {
                    to = Math.Max(to, regionEnd[k]);
                }

                EmitWords(text, words, at, to, sb);

                // The stretch ends where a piece of the cut ends: skip the pieces it covered.
                while (at < to)
                {
                    at += pieces[piece++];
                }

                continue;
            }

            Emit(text, pieces, piece, piece + 1, sb, at, words);
            at += pieces[piece++];
        }
    }

    /// <summary>
    /// Where a phrase of the cut crosses a word, marks the stretch both cuts agree on around it:
    /// <paramref name="regionEnd"/>[start] is where that stretch ends (0 elsewhere).
    /// </summary>
    private void MarkRegions(ReadOnlySpan<char> text, List<int> pieces, ReadOnlySpan<bool> words, Span<int> regionEnd)
    {
        var n = words.Length - 1;

        // Only the edges of words of two or more characters say where words end: between single characters the cut is a guess.
        var edges = n < 512 ? stackalloc bool[n + 1] : new bool[n + 1];
        Edges(words, edges);
        var cuts = n < 512 ? stackalloc bool[n + 1] : new bool[n + 1];
        cuts.Clear();
        var at = 0;
        foreach (var length in pieces)
        {
            cuts[at] = true;
            at += length;
        }

        cuts[n] = true;

        // A stretch ends where both cuts agree on an edge of a longer word, or on the ends of a phrase of the cut
        // that holds whole words, one of them longer than a character (酒店|里|余|老板: the phrase 余老板 is 余|老板,
        // so 店里 does not take it into its stretch; but 走了 in 大风|卷|走|了 is single characters, where the cut is a
        // guess, and the stretch goes on over it, so that 卷走 reads 捲走).
        var firm = n < 512 ? stackalloc bool[n + 1] : new bool[n + 1];
        at = 0;
        foreach (var length in pieces)
        {
            var whole = length > 1 && words[at] && words[at + length] && HoldsLongerWord(words, at, at + length) && !BoundBefore(text, at, length);
            firm[at] |= cuts[at] && (edges[at] || whole);
            firm[at + length] |= edges[at + length] || whole;
            at += length;
        }

        firm[0] = firm[n] = true;
        regionEnd.Clear();
        at = 0;
        foreach (var length in pieces)
        {
            if (length > 1 && ((Crosses(words, at, at + length) && !CrossesOnlyMeasureWords(text, words, at, at + length) && !FitsNearly(text, at, at + length)) || BoundBefore(text, at, length)))
            {
                var (from, to) = Region(firm, at, at + length);
                regionEnd[from] = Math.Max(regionEnd[from], to);
            }

            at += length;
        }
    }

    /// <summary>
    /// True when a cut with the phrase [start, end) as whole words is nearly as likely as the best cut
    /// and simpler (fewer words, then fewer single characters): the word cut is a guess from
    /// single-word counts, and where it barely prefers a cut of more pieces (为|了解|说 over 为了|解说,
    /// 长|发现|在 over 长发|现在) the phrase stands; 吃饭|团队 still refuses 饭团 (吃|饭团|队 has more pieces).
    /// </summary>
    private bool FitsNearly(ReadOnlySpan<char> text, int start, int end)
    {
        var (margin, best, fitting) = _lattice.Value.Compare(text, start, end);
        return margin < NearMargin && fitting.Simpler(best);
    }

    /// <summary>How much likelier (log) the best cut must be than one that fits the phrase to refuse it.</summary>
    private const double NearMargin = 1.5;

    /// <summary>
    /// Measure words (个, 碗, 只, 张 …): a word cut puts one with the number before it (一个|钟,
    /// 三碗|面, 周|一条), yet it belongs to the noun after it, which is what a phrase like 个钟 (個鐘)
    /// or 碗面 (碗麪) records, and the number may belong to the word before it (周一, 週一).
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> Classifiers = System.Buffers.SearchValues.Create(
        "个只碗张条件把块杯盘瓶包袋份种位座双对套本支根颗粒片匹盒箱斤吨桶罐锅壶碟顶辆架艘部篇首封幅间栋层扇");

    /// <summary>Numbers and the words that stand where a number does before a measure word (这个, 每条, 几碗).</summary>
    private static readonly System.Buffers.SearchValues<char> Counters = System.Buffers.SearchValues.Create(
        "一二三四五六七八九十百千万两几半零〇这那哪每某各");

    /// <summary>
    /// True when every word of the cut that the phrase [start, end) runs into is a number with its
    /// measure word (一个, 三碗, 一条), and the phrase takes just the measure word at its start
    /// (个钟) or just the number at its end (周一): such a phrase is kept.
    /// </summary>
    private static bool CrossesOnlyMeasureWords(ReadOnlySpan<char> text, ReadOnlySpan<bool> words, int start, int end)
    {
        if (!words[start])
        {
            var from = start - 1;
            while (!words[from])
            {
                from--;
            }

            if (!words[start + 1] || !Classifiers.Contains(text[start]) || text[from..start].ContainsAnyExcept(Counters))
            {
                return false;
            }
        }

        if (!words[end])
        {
            var to = end + 1;
            while (!words[to])
            {
                to++;
            }

            if (!words[end - 1] || !Counters.Contains(text[end - 1]) || !Classifiers.Contains(text[to - 1]) || text[(end - 1)..(to - 1)].ContainsAnyExcept(Counters))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True for a surname before a title (Data/st-supplement-names.tsv: 于老师, 余经理) whose surname makes a
    /// word of the dictionary with the character before it (在于, 用于, 万余, 示范): that word wins there even
    /// where the word cut puts the character with another word (适用|于), so 适用于医生 is 適用於醫生, while
    /// 找于老师 keeps the surname.
    /// </summary>
    private bool BoundBefore(ReadOnlySpan<char> text, int at, int length) =>
        at > 0 && PairStarts.Value.Contains(text[at]) && PairPhrases.Value.Contains(text.Slice(at, length))
        && _lattice.Value.Weight(text.Slice(at - 1, 2)) > 0;

    private static readonly Lazy<FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>> PairPhrases = new(() =>
        ReadPairs("st-supplement-names.tsv").Select(p => p.From).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

    private static readonly Lazy<System.Buffers.SearchValues<char>> PairStarts = new(() =>
        System.Buffers.SearchValues.Create(string.Concat(ReadPairs("st-supplement-names.tsv").Select(p => p.From[0]).Distinct())));

    /// <summary>This converter's word lattice (the built-in one, or a snapshot's in tests).</summary>
    private readonly Lazy<WordLattice> _lattice;

    /// <summary>The word boundaries that are an edge of a word of two or more characters (and the text's ends).</summary>
    private static void Edges(ReadOnlySpan<bool> words, Span<bool> edges)
    {
        var n = words.Length - 1;
        edges.Clear();
        edges[0] = edges[n] = true;
        var previous = 0;
        for (var i = 1; i <= n; i++)
        {
            if (!words[i])
            {
                continue;
            }

            if (i - previous > 1)
            {
                edges[previous] = edges[i] = true;
            }

            previous = i;
        }
    }

    /// <summary>True when a word boundary falls inside the phrase [start, end) and the phrase does not itself start and end on word boundaries.</summary>
    private static bool Crosses(ReadOnlySpan<bool> words, int start, int end)
    {
        if (words[start] && words[end])
        {
            return false;
        }

        for (var c = start + 1; c < end; c++)
        {
            if (words[c])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when [start, end), which starts and ends on boundaries of the word cut, holds a word of two or more characters.</summary>
    private static bool HoldsLongerWord(ReadOnlySpan<bool> words, int start, int end)
    {
        var previous = start;
        for (var i = start + 1; i <= end; i++)
        {
            if (words[i])
            {
                if (i - previous > 1)
                {
                    return true;
                }

                previous = i;
            }
        }

        return false;
    }

    /// <summary>The smallest stretch around [start, end) whose two ends are firm: the cuts agree there on the edge of a longer word or the end of a phrase that holds whole words.</summary>
    private static (int From, int To) Region(ReadOnlySpan<bool> firm, int start, int end)
    {
        while (!firm[start])
        {
            start--;
        }

        while (!firm[end])
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>
    /// The stretch [from, to) by the word cut: a word the phrase table knows takes its usual form,
    /// another word is converted phrase by phrase within itself, and a run of single characters
    /// (which says nothing about where words end) phrase by phrase as a whole: 皮肤|发|干 gives 發乾.
    /// </summary>
    private void EmitWords(ReadOnlySpan<char> text, ReadOnlySpan<bool> words, int from, int to, StringBuilder sb)
    {
        var start = from;
        var singles = from;
        for (var i = from + 1; i <= to; i++)
        {
            if (!words[i])
            {
                continue;
            }

            if (i - start > 1)
            {
                EmitSingles(text, singles, start, sb, words);
                var word = text[start..i];
                if (_phrases.Get(word) is { } forms)
                {
                    sb.Append(SeaForm(text, start, i - start, forms) ?? forms[0]);
                }
                else if (Transliterated(word))
                {
                    EmitName(word, sb);
                }
                else
                {
                    EmitStretch(word, sb);
                }

                singles = i;
            }

            start = i;
        }

        EmitSingles(text, singles, to, sb, words);
    }

    /// <summary>A stretch converted on its own by the phrase cut.</summary>
    private void EmitStretch(ReadOnlySpan<char> stretch, StringBuilder sb)
    {
        if (stretch.Length > 0)
        {
            var inner = Cut(stretch, t_inner ??= new List<int>(64));
            Emit(stretch, inner, 0, inner.Count, sb);
        }
    }

    /// <summary>Pieces [first, last) of the cut, the first starting at <paramref name="start"/>.</summary>
    /// <param name="words">The word cut's boundaries over <paramref name="text"/>, when known (<see cref="Piece"/>).</param>
    private void Emit(ReadOnlySpan<char> text, List<int> pieces, int first, int last, StringBuilder sb, int start = 0, ReadOnlySpan<bool> words = default)
    {
        for (var i = first; i < last; i++)
        {
            if (pieces[i] == 1)
            {
                EmitSingle(text, start, sb, words);
            }
            else
            {
                sb.Append(Piece(text, start, pieces[i], words));
            }

            start += pieces[i];
        }
    }

    /// <summary>Traditional → Simplified (forward longest match over OpenCC's TSPhrases, then characters).</summary>
    public static string ToSimplified(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var phrases = ToSimplifiedPhrases.Value;
        var characters = ToSimplifiedCharacters.Value;
        var sb = new StringBuilder(text.Length);
        var cuts = Forward(text, phrases);
        var at = 0;
        foreach (var length in cuts)
        {
            sb.Append(length > 1 ? phrases.Get(text.AsSpan(at, length))![0]
                : text[at] == '著' ? Zhe(text, at)
                : characters.TryGetValue(text[at], out var c) ? c[0] : text[at].ToString());
            at += length;
        }

        return sb.ToString();
    }

    /// <summary>
    /// 著 in Simplified: 着 where it goes with a verb (看著 看着, 穿著 穿着, 著急 着急, 睡著了 睡着了), 著
    /// where it writes or is notable (著作, 著名, 著稱, 顯著, 名著, 土著, 所著). Taiwan writes 著 for both, and
    /// OpenCC's tables keep it.
    /// </summary>
    private static string Zhe(string text, int at) =>
        (at + 1 < text.Length && NotableAfter.Contains(text[at + 1])) || (at > 0 && NotableBefore.Contains(text[at - 1])) ? "著" : "着";

    /// <summary>What follows 著 that writes or is notable (著作, 著名, 著稱, 著述, 著錄, 著書, 著者, 著文).</summary>
    private static readonly System.Buffers.SearchValues<char> NotableAfter = System.Buffers.SearchValues.Create("作名稱称述錄录書书者文");

    /// <summary>What comes before 著 that writes or is notable (顯著, 名著, 原著, 專著, 巨著, 編著, 論著, 譯著, 合著, 拙著, 遺著, 卓著, 昭著, 土著, 新著, 大著, 所著, 撰著, 舊著).</summary>
    private static readonly System.Buffers.SearchValues<char> NotableBefore = System.Buffers.SearchValues.Create("顯显名原專专巨編编論论譯译合拙遺遗卓昭土新大所撰彰舊旧");

    /// <summary>Only text with a character the tables know needs the work (ASCII, punctuation and digits pass through).</summary>
    private bool NeedsConversion(ReadOnlySpan<char> text)
    {
        foreach (var ch in text)
        {
            if (ch >= 0x2E80 && (_single[ch] != '\0' || _several[ch] || _phrases.Starts(ch)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The Taiwan form of a word. Where OpenCC lists the word itself among several forms (代碼: 程式碼
    /// or 代碼, 通過: 透過 or 通過, 社區: 社群 or 社區, 菜單: 選單 or 菜單, 循環: 迴圈 or 循環), its first
    /// form is the computing sense; on a public-information site the word is meant in its everyday
    /// sense (統一社會信用代碼, 通過檢測, 社區居民), which Taiwan writes as it is.
    /// </summary>
    private static string TaiwanForm(ReadOnlySpan<char> word, string[] forms)
    {
        foreach (var form in forms)
        {
            if (word.SequenceEqual(form))
            {
                return form;
            }
        }

        return forms[0];
    }

    /// <summary>
    /// The variant's form of the standard Traditional text converted from <paramref name="simplified"/>.
    /// Taiwan usage replaces phrases by forward longest match, but not a phrase that runs across a
    /// word of the most likely cut of the Simplified text (改变|量子 must not give 變量 → 變數 and 改變數子,
    /// 少数|组织 not 數組 → 陣列, 聚集|成群 not 集成 → 整合): a shorter phrase or the character is taken there.
    /// </summary>
    private string Variant(string traditional, ReadOnlySpan<char> simplified)
    {
        switch (_variant)
        {
            case TraditionalVariant.Taiwan:
                return Glyphs(TaiwanPhrasesOf(traditional, simplified), TaiwanGlyphs.Value);
            case TraditionalVariant.HongKong:
                return Glyphs(traditional, HongKongGlyphs.Value);
            default:
                return traditional;
        }
    }

    private string TaiwanPhrasesOf(string traditional, ReadOnlySpan<char> simplified)
    {
        var phrases = TaiwanPhrases.Value;
        var n = traditional.Length;

        // The cut is read off the Simplified text, which lines up with the Traditional one character for character (else no cut is used).
        var words = n + 1 <= 512 ? stackalloc bool[n + 1] : new bool[n + 1];
        var cut = simplified.Length == n && n > 2;
        if (cut)
        {
            _lattice.Value.Boundaries(simplified, words);
        }

        var sb = new StringBuilder(n);
        Span<int> lengths = stackalloc int[16];
        Span<int> entries = stackalloc int[16];
        for (var at = 0; at < n;)
        {
            var length = 1;
            var count = phrases.Forward.AllFrom(traditional, at, lengths, entries);
            for (var k = count - 1; k >= 0; k--)
            {
                if (!cut || !RunsAcross(words, at, at + lengths[k]))
                {
                    length = lengths[k];
                    break;
                }
            }

            // Taiwan usage also replaces some single characters (硅 → 矽).
            if (phrases.Get(traditional.AsSpan(at, length)) is { } forms)
            {
                sb.Append(TaiwanForm(traditional.AsSpan(at, length), forms));
            }
            else
            {
                sb.Append(traditional[at]);
            }

            at += length;
        }

        return sb.ToString();
    }

    /// <summary>True when the span from <paramref name="start"/> to <paramref name="end"/> takes part of a word of the cut and leaves the rest (words marks where words start and end).</summary>
    private static bool RunsAcross(ReadOnlySpan<bool> words, int start, int end)
    {
        if (end - start < 2)
        {
            return false;
        }

        // A word ends or starts within it, and its start or its end is inside a word.
        return words[(start + 1)..end].Contains(true) && (!words[start] || !words[end]);
    }

    private static string Glyphs(string text, Dictionary<char, string[]> glyphs)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (glyphs.TryGetValue(chars[i], out var g) && g[0].Length == 1)
            {
                chars[i] = g[0][0];
            }
        }

        return new string(chars);
    }

}
