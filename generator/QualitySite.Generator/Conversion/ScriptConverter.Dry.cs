namespace QualitySite.Generator.Conversion;

/// <summary>
/// 干 as the predicate of something that gets wet and dries (衣服干了, 油漆还没干, 皮肤有点干) is
/// 乾; OpenCC and the phrase cut make it 幹 ("do"), since the phrase 干了 reads both ways and
/// nothing in it says which. The thing before it (after words such as 已经, 还没, 有点) decides:
/// a person or a place before 干 does something (他干了, 动手干了), clothes and paint dry. And 干
/// before a glass (干了这杯, 干了三杯) drinks it up: 乾.
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>Things that are wet and dry: 干 after them (and the adverbs) is 乾.</summary>
    private static readonly string[] Wettable =
    [
        "衣服", "衣物", "衣裳", "被子", "被褥", "床单", "毛巾", "浴巾", "鞋子", "袜子", "头发", "发丝", "头皮",
        "油漆", "漆面", "漆膜", "墙面", "墙壁", "地面", "地板", "路面", "桌面", "皮肤", "嘴唇", "嘴巴", "口腔",
        "嗓子", "喉咙", "眼睛", "鼻腔", "土壤", "泥土", "水泥", "混凝土", "砂浆", "胶水", "墨水", "墨迹", "颜料",
        "涂料", "腻子", "河水", "河道", "河床", "湖水", "池塘", "水塘", "水库", "井水", "泉水", "庄稼", "叶子",
        "花瓣", "木材", "木头", "柴火", "伤口", "泪水", "眼泪", "汗水", "口水", "血迹", "空气", "天气", "气候",
        "样品", "试样", "滤纸", "纸张", "海绵", "拖把", "抹布", "雨伞", "茶叶", "面团", "蛋糕", "馒头", "米饭", "面包",
        "酒", "杯子", "酒杯", "茶杯", "水", "井", "饭菜", "河", "湖", "溪", "塘", "池", "渠", "表面", "土", "田", "花盆", "盆土", "土地", "腊肉", "香肠", "腊肠",
        "肉", "鱼", "面条", "挂面", "粉条", "手", "脸", "鞋", "指甲油", "糨糊", "面糊", "一层", "这层", "那层", "每层", "表层", "涂层", "漆层",
    ];

    /// <summary>What 干 drinks up (干了这杯, 干了三杯): the cup, glass, bottle or bowl after it, past 了 and a number or 这 (干了一大碗酒).</summary>
    private static readonly System.Buffers.SearchValues<char> DrinkMeasures = System.Buffers.SearchValues.Create("杯瓶盅盏壶碗");

    private static readonly System.Buffers.SearchValues<char> BeforeMeasure = System.Buffers.SearchValues.Create("这那一二三四五六七八九十两几半满大");

    /// <summary>Words that may stand between the thing and 干 (longest first where one ends another).</summary>
    private static readonly string[] Between =
    [
        "不一会儿", "都已经", "也已经", "还没有", "差不多", "基本上", "没怎么", "一会儿", "一下子", "没多久", "一会", "不久", "马上", "立刻", "已经", "还没", "没有", "早就", "早已", "快要", "都快",
        "全都", "刚刚", "终于", "基本", "完全", "很快", "慢慢", "渐渐", "逐渐", "总算", "还不", "也不", "都不", "一直",
        "还是", "尚未", "比较", "特别", "非常", "有点", "有些", "都还", "已", "还", "没", "都", "也", "就", "快", "全",
        "又", "才", "刚", "不", "很", "太", "未", "会",
    ];

    /// <summary>What may follow such a 干: an ending, a question or negation word, 时 or 后 (头发没干时, 晾到干后), or punctuation.</summary>
    private static readonly System.Buffers.SearchValues<char> AfterDry = System.Buffers.SearchValues.Create(
        "了得吗嘛吧呢啦没不的时后，。！？；、：…」』”）),.!?;: \n");

    /// <summary>The sides that 干 and 湿 are set against each other by (外干内湿, 上湿下干).</summary>
    private static readonly System.Buffers.SearchValues<char> Sides = System.Buffers.SearchValues.Create("上下内外前后左右里表中");

    /// <summary>干 set against 湿 on another side (外干内湿, 上干下湿, 内湿外干): dry, 乾.</summary>
    private static bool AgainstWet(ReadOnlySpan<char> text, int at) =>
        (at + 2 < text.Length && text[at + 2] == '湿' && Sides.Contains(text[at + 1]))
        || (at >= 2 && text[at - 2] == '湿' && Sides.Contains(text[at - 1]));

    /// <summary>Numbers after 干了: a length of time or a count (干了三年, 干了一辈子) is work done.</summary>
    private static readonly System.Buffers.SearchValues<char> CountAfter = System.Buffers.SearchValues.Create("一二三四五六七八九十两几半好多");

    private bool IsDry(ReadOnlySpan<char> text, int at) => IsDry(text, at, askedBefore: false);

    /// <param name="askedBefore">True when this is the first 干 of 干不干, asked for the second: it is not asked back again, so a run of 干不干不干… costs no deeper calls.</param>
    private bool IsDry(ReadOnlySpan<char> text, int at, bool askedBefore)
    {
        if (DrinksUp(text, at) || AgainstWet(text, at) || DriedThingAfter(text, at))
        {
            return true;
        }

        // 洗手不干, 撒手不干, 甩手不干 quit (他早已洗手不干了): the hands were washed of it or let go, not left wet.
        if (at >= 3 && text[..at].EndsWith("手不", StringComparison.Ordinal) && text[at - 3] is '洗' or '撒' or '甩')
        {
            return false;
        }

        var next = at + 1;
        if (next < text.Length && (!AfterDry.Contains(text[next])
            || (text[next] == '了' && next + 1 < text.Length && CountAfter.Contains(text[next + 1]))))
        {
            return false;
        }

        // The second 干 of 干不干 and 干没干 asks the same as the first.
        if (!askedBefore && at >= 2 && text[at - 2] == '干' && text[at - 1] is '不' or '没')
        {
            return IsDry(text, at - 2, askedBefore: true);
        }

        var before = text[..at];
        for (var skipped = 0; skipped < 3 && EndingIn(before, Between) is var adverb && adverb > 0; skipped++)
        {
            before = before[..^adverb];
        }

        // With nothing but a comma before it (衣服收进来，都快干了), the sentence's earlier clauses say what dries;
        // a clause that starts with the thing and ends with 干 says it of that thing (面包放到第二天就干了).
        return EndingIn(before, Wettable) > 0 || (StartsClause(before) && MentionsWettable(before)) || TopicDries(text[..at])
            || (LaterTime(before) is var time && time >= 0 && MentionsWettable(before[..time]));
    }

    /// <summary>When a clause says only how much later (到晚上, 过了两天, 第二天): the earlier clauses of the sentence say what dries.</summary>
    private static readonly string[] LaterTimes =
    [
        "晚上", "傍晚", "中午", "下午", "早上", "明天", "第二天", "半天", "一夜", "一晚", "两天", "三天", "几天", "好久", "一会儿", "现在", "天黑",
    ];

    /// <summary>Where the clause before 干 starts when it holds nothing but a later time (衣服晾在外面，到晚上还没干), or -1.</summary>
    private static int LaterTime(ReadOnlySpan<char> before)
    {
        var start = before.LastIndexOfAny(ClauseMarks) + 1;
        if (start == 0)
        {
            return -1;
        }

        var clause = before[start..];
        foreach (var lead in (ReadOnlySpan<string>)["等到", "直到", "过了", "到了", "到", "等", "过", ""])
        {
            if (clause.StartsWith(lead, StringComparison.Ordinal) && EndingIn(clause, LaterTimes) == clause.Length - lead.Length)
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>True for 干 before 的 or 了的 and something that dries, named by a word of two characters or more (干了的衣服, 干的毛巾); 他干的活 and 他干的手艺 do work.</summary>
    private static bool DriedThingAfter(ReadOnlySpan<char> text, int at)
    {
        var rest = text[(at + 1)..];
        rest = rest.StartsWith("了的", StringComparison.Ordinal) ? rest[2..] : rest.StartsWith("的", StringComparison.Ordinal) ? rest[1..] : [];
        if (rest.IsEmpty)
        {
            return false;
        }

        foreach (var word in Wettable)
        {
            if (word.Length > 1 && rest.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Clause marks: where a clause starts after them.</summary>
    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create("，。！？；：、,.!?;:\n“”「」（）()");

    /// <summary>Words between the thing and 干 that make someone its doer: a person, or work to be done (衣服我来干, 墙面的活他一个人干了).</summary>
    private static readonly System.Buffers.SearchValues<char> Doers = System.Buffers.SearchValues.Create("我你他她们人活事工谁咱");

    /// <summary>True when the clause up to 干 starts with something that dries (饭菜放久了会干) and names no one who could do it.</summary>
    private static bool TopicDries(ReadOnlySpan<char> before)
    {
        before = before[Math.Max(0, before.Length - DryReach)..];
        var clause = before[(before.LastIndexOfAny(ClauseMarks) + 1)..];
        foreach (var word in Wettable)
        {
            if (word.Length > 1 && clause.StartsWith(word, StringComparison.Ordinal))
            {
                return !clause[word.Length..].ContainsAny(Doers);
            }
        }

        return false;
    }

    /// <summary>
    /// How far back the clause or sentence that says what dries is read: a sentence is seldom longer,
    /// and text without a full stop (a long list, a pasted table) must not make every 干 read all of it.
    /// </summary>
    private const int DryReach = 120;

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create("。！？；!?;\n");

    private static bool StartsClause(ReadOnlySpan<char> before) => before.Length > 0 && before[^1] is '，' or '、' or '；' or '：';

    /// <summary>True when the sentence up to here (from its last full stop, question or exclamation mark or semicolon) names something that dries.</summary>
    private static bool MentionsWettable(ReadOnlySpan<char> before)
    {
        before = before[Math.Max(0, before.Length - DryReach)..];
        var sentence = before[(before.LastIndexOfAny(SentenceEnds) + 1)..];
        foreach (var word in Wettable)
        {
            // Weather and drink are no topic of a later clause: 天气很好，干不干？ asks whether to do it.
            // Nor is a lone 水, 井 or 河, which stand inside too many words (水平, 井然, 河南).
            if (word.Length > 1 && word is not ("天气" or "气候" or "空气") && sentence.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for 干 before a cup or glass to drink up (干了这杯酒, 一口气干了三杯): 乾, to the bottom of the glass; not the end of a word (骨干|一杯).</summary>
    private bool DrinksUp(ReadOnlySpan<char> text, int at)
    {
        var k = at + 1;
        if (k < text.Length && text[k] == '了')
        {
            k++;
        }

        var counted = k;
        while (k < text.Length && k - counted < 3 && BeforeMeasure.Contains(text[k]))
        {
            k++;
        }

        // 干 must start a word of its own: 骨干|一杯 is no toast; nor is a bowl of food (干了一碗饭的活) drunk.
        return k > counted && k < text.Length && DrinkMeasures.Contains(text[k])
            && !(text[k] == '碗' && k + 1 < text.Length && "饭面粥米菜肉".Contains(text[k + 1], StringComparison.Ordinal))
            && IsWord(text, at, 1);
    }

    /// <summary>The length of the longest word of <paramref name="words"/> the text ends with, or 0.</summary>
    private static int EndingIn(ReadOnlySpan<char> text, string[] words)
    {
        var longest = 0;
        foreach (var word in words)
        {
            if (word.Length > longest && text.EndsWith(word, StringComparison.Ordinal))
            {
                longest = word.Length;
            }
        }

        return longest;
    }
}
