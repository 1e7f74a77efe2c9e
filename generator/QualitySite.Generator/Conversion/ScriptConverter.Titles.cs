namespace QualitySite.Generator.Conversion;

/// <summary>
/// A surname right after a title or a word for a person (局长范明, 副局长于海涛, 党委书记余建平, 执法人员钟华)
/// keeps its surname form; OpenCC writes 局長範明, 副局長於海濤, 書記餘建平. It is a name only when the
/// word cut has the title end there, the surname stand alone as a word, and a word end one or two
/// characters after it: 局长范围内, 主任余下的, 处长周末 and 书记钟爱 are words, not names. 于 is also
/// "at" (局长于会上强调, 主任于近日, 经理于现场指导): it is a surname only before a given name that ends
/// in punctuation, a joining word or what people do in the news (表示, 指出, 出席 …), is not an everyday
/// word (于北京出席), does not start with a time (<see cref="NotAName"/>) and does not end as a time
/// or place does (于课后, 于店内).
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>The titles and the words for people a name follows (in a class of its own, so it is ready whichever part of the converter's statics is set up first).</summary>
    private static class Titles
    {
        public static readonly string[] Words =
        [
            "局长", "处长", "科长", "股长", "队长", "所长", "院长", "厂长", "部长", "市长", "县长", "区长", "镇长", "乡长", "村长",
            "会长", "社长", "校长", "行长", "站长", "组长", "省长", "司长", "厅长", "庭长", "馆长", "董事长", "秘书长", "检察长",
            "主任", "书记", "经理", "主席", "委员", "主管", "总监", "董事", "总裁", "秘书", "教授", "研究员", "工程师", "医生",
            "医师", "律师", "老师", "法官", "警官", "民警", "检察官", "会计", "护士", "司机", "代表", "专家", "负责人", "当事人",
            "嫌疑人", "消费者", "市民", "村民", "居民", "网友", "工作人员", "执法人员", "检查员", "检验员", "质检员", "店主",
            "摊主", "业主", "店员", "老板", "员工", "职工", "工人", "农民", "学生", "患者", "家属", "投诉人", "举报人",
            "支书", "指导员", "教导员", "监督员", "协管员", "网格员", "调解员", "科员", "干事",
        ];

        /// <summary>What a word of the cut may hold before a title: a rank or a party committee (副局长, 总经理, 党委书记).</summary>
        public static readonly string[] Ranks = ["副", "总", "副总", "常务", "党委", "市委", "县委", "省委", "区委", "镇党委", "乡党委", "村党委", "党支部", "支部", "总支"];

        /// <summary>The last characters of <see cref="Words"/>: most places the rule is asked about end no title.</summary>
        public static readonly System.Buffers.SearchValues<char> Ends = System.Buffers.SearchValues.Create(string.Concat(Words.Select(w => w[^1]).Distinct()));

        /// <summary>The surnames the rule decides (those of the bylines' rule), as the words that start its places.</summary>
        public static readonly string[] Surnames = [.. Bylines.Surnames.Keys.Select(c => c.ToString())];

        /// <summary>What people do in the news right after their name.</summary>
        public static readonly string[] Deeds =
        [
            "表示", "指出", "强调", "说", "介绍", "主持", "出席", "参加", "讲话", "带队", "一行", "等", "同志", "要求", "宣布",
            "通报", "汇报", "致辞", "认为", "称", "告诉", "透露", "回答", "陪同", "一同", "一起", "亲自",
        ];

        /// <summary>What ends a time or a place after 于 "at" (于课后, 于店内, 于会前), and seldom a given name.</summary>
        public static readonly System.Buffers.SearchValues<char> PlaceEnds = System.Buffers.SearchValues.Create("后内前外间上下里边旁底末初");

        /// <summary>What may follow a name after 于 in the news, so that 于 is a surname there, not "at".</summary>
        public static readonly string[] AfterName = [.. Deeds, "和", "与", "及", "的", "在", "对", "向", "也", "还", "就", "已", "将", "曾", "又", "都"];

        /// <summary>Titles and honorifics written after a name (范明局长, 钟南山院士, 游本昌老师).</summary>
        public static readonly string[] Honours =
        [
            "局长", "处长", "科长", "队长", "所长", "院长", "厂长", "部长", "市长", "县长", "区长", "镇长", "乡长", "村长", "会长",
            "社长", "校长", "行长", "站长", "组长", "省长", "司长", "厅长", "庭长", "馆长", "董事长", "秘书长", "检察长", "主任",
            "书记", "经理", "主席", "总监", "总裁", "教授", "研究员", "工程师", "医生", "律师", "老师", "法官", "警官", "院士",
            "先生", "女士", "同志", "师傅", "教练", "导演", "委员",
        ];

        /// <summary>What may follow a two-character given name that opens a clause: what people do, a joining word, 是.</summary>
        public static readonly string[] AfterLongName = [.. AfterName, "是", "曾", "为", "被", "把", "从", "于"];

    }

    /// <summary>
    /// The surname at <paramref name="at"/> when a title or a word for a person comes right before it
    /// and a name follows; else null. The name is remembered in <paramref name="names"/> for its later
    /// mentions on its own (余志刚要求).
    /// </summary>
    private string? Titled(ReadOnlySpan<char> text, int at, NameMemory? names)
    {
        if (at == 0 || !Titles.Ends.Contains(text[at - 1]) || !Bylines.Surnames.TryGetValue(text[at], out var surname) || EndingIn(text[..at], Titles.Words) is var title && title == 0)
        {
            return null;
        }

        // After 于 "at" comes a time, a number or what ends a name (于在, 于是 are no names).
        if (surname == '于' && at + 1 < text.Length && (NotAName.Contains(text[at + 1]) || char.IsAsciiDigit(text[at + 1]) || StartingWith(text[(at + 1)..], Titles.AfterName) > 0))
        {
            return null;
        }

        Span<bool> buffer = stackalloc bool[(2 * WordWindow) + 4];
        var window = CutAround(text, at, 3, buffer, out var here);
        var words = buffer[..(window.Length + 1)];
        if (!words[here] || !IsTitleWord(window, here, title, words) || here + 1 >= window.Length
            || GivenName(window, here, surname, words) is not { } length)
        {
            return null;
        }

        names?.Add(text.Slice(at, 1 + length));
        return NameForm(text, at, length, surname);
    }

    /// <summary>True when the surname and the character after it are a phrase of the table that writes the surname's character otherwise (周记 週記, 余货 餘貨): a word, not a name.</summary>
    private bool StartsPhraseOtherwise(ReadOnlySpan<char> window, int at, char surname) =>
        at + 2 <= window.Length && _phrases.Get(window.Slice(at, 2)) is [var form, ..] && form[0] != surname;

    /// <summary>How many characters of given name follow the surname at <paramref name="at"/> (one or two), or null when no name follows.</summary>
    private int? GivenName(ReadOnlySpan<char> window, int at, char surname, ReadOnlySpan<bool> words)
    {
        if (!words[at + 1] && !StartsRareWord(window, at, words))
        {
            // A surname whose name starts with a word (范文|涛主持会议) is one only when the word is
            // not an everyday one (范围), a single character ends the name and the news goes on with
            // what people do.
            return surname != '于' && at + 3 < words.Length && words[at + 2] && words[at + 3] && IsHan(window[at + 2])
                && _lattice.Value.Weight(window.Slice(at, 2)) <= EverydayWord && NameEndsForSure(window, at + 3) ? 2 : null;
        }

        if (StartsPhraseOtherwise(window, at, surname))
        {
            return null;
        }

        for (var length = 1; length <= 2 && at + 1 + length <= window.Length && IsHan(window[at + length]); length++)
        {
            var end = at + 1 + length;
            if (words[end] && (surname != '于' || (EndsNameAt(window, end) && !Titles.PlaceEnds.Contains(window[end - 1])
                && !(length == 2 && _lattice.Value.Weight(window.Slice(at + 1, 2)) > EverydayWord))))
            {
                return length;
            }
        }

        return null;
    }

    /// <summary>
    /// The surname at <paramref name="at"/> when a name the text introduced before (<see cref="NameMemory"/>)
    /// starts there and the word cut does not put the surname into the word before it (其余|志刚 is
    /// 其餘, 致力于|伟大 and 位于|海边 are 於).
    /// </summary>
    private string? Remembered(ReadOnlySpan<char> text, int at, NameMemory? names)
    {
        if (names is null || names.LengthAt(text[at..]) == 0 || !Bylines.Surnames.TryGetValue(text[at], out var surname))
        {
            return null;
        }

        // The character before and the surname's make a word of the dictionary (其余, 示范): that word, whatever the cut says after it (其余秋雨).
        if (at > 0 && IsHan(text[at - 1]) && _lattice.Value.Weight(text.Slice(at - 1, 2)) > CommonWord)
        {
            return null;
        }

        Span<bool> buffer = stackalloc bool[(2 * WordWindow) + 4];
        var window = CutAround(text, at, 3, buffer, out var here);
        var words = buffer[..(window.Length + 1)];
        return words[here] ? NameForm(text, at, names.LengthAt(text[at..]) - 1, surname) : null;
    }

    /// <summary>
    /// True when the word of the cut that ends at <paramref name="end"/> is the title of <paramref name="length"/>
    /// characters before it, alone or after a rank or a party committee (副|局长, 总经理, 党委书记), not the end of another word (尽其所长).
    /// </summary>
    private static bool IsTitleWord(ReadOnlySpan<char> window, int end, int length, ReadOnlySpan<bool> words)
    {
        var titleStart = end - length;
        if (words[titleStart])
        {
            return true;
        }

        var start = titleStart;
        while (start > 0 && !words[start])
        {
            start--;
        }

        return StartingWith(window[start..titleStart], Titles.Ranks) == titleStart - start;
    }

    /// <summary>
    /// True when the surname at <paramref name="at"/> starts a word of two characters that is rare
    /// (jieba learnt some names' first two characters as words: 范志|强) and no phrase of the table
    /// holds: a word like 范围, 余下 or 于是 is too common to start a name, one the table writes its
    /// own way (姜汤 薑湯) is a word, and a longer one (党小组) is a word of its own.
    /// </summary>
    private bool StartsRareWord(ReadOnlySpan<char> window, int at, ReadOnlySpan<bool> words) =>
        at + 2 < words.Length && words[at + 2] && _lattice.Value.Weight(window.Slice(at, 2)) <= CommonWord && _phrases.Get(window.Slice(at, 2)) is null;

    /// <summary>log(1 + count) above which a word after 于 is a place or a thing (北京, 现场, 会议), not a given name (a count of 1,000; 海涛 has 32).</summary>
    private static readonly double EverydayWord = Math.Log(1001);

    /// <summary>True when the text ends at <paramref name="at"/> or punctuation or what people do in the news (<see cref="Titles.Deeds"/>) follows.</summary>
    private static bool NameEndsForSure(ReadOnlySpan<char> text, int at) =>
        at >= text.Length || (!IsHan(text[at]) && !char.IsAsciiLetterOrDigit(text[at])) || StartingWith(text[at..], Titles.Deeds) > 0;

    /// <summary>True when a name after 于 can end at <paramref name="at"/>: the text ends, or punctuation or a word of <see cref="Titles.AfterName"/> follows.</summary>
    private static bool EndsNameAt(ReadOnlySpan<char> text, int at) =>
        at >= text.Length || (!IsHan(text[at]) && !char.IsAsciiLetterOrDigit(text[at])) || StartingWith(text[at..], Titles.AfterName) > 0;
}
