using System.Runtime.CompilerServices;
using System.Text;

namespace QualitySite.Generator.Conversion;

/// <summary>The form each piece of a cut takes: a phrase or character with several forms is decided by its neighbours and the word cut.</summary>
public sealed partial class ScriptConverter
{
    /// <summary>
    /// A run of single-character words, by the phrase cut; but its last character, the one before the
    /// next word, by <see cref="LoneForm"/> when that gives it a form (“干|花椒: the quotation mark
    /// and 干 are single characters).
    /// </summary>
    private void EmitSingles(ReadOnlySpan<char> text, int from, int to, StringBuilder sb, ReadOnlySpan<bool> words)
    {
        // 里 alone between two names by sound (基德|里|切沃) is the character 里.
        if (to - from == 1 && text[from] == '里' && NameForm(text, from, words, _characters['里']) is { } name)
        {
            sb.Append(name);
            return;
        }

        // The number before the run (第二|周) is outside it: a counted 周 or 里 at its start is decided here.
        if (to > from && CountedForm(text, from) is { } counted)
        {
            sb.Append(counted);
            from++;
        }

        // 面 or 云 right after the word before the run (一碗热汤|面, 古人|云) reads by the phrase it makes with that word's end.
        if (to > from && Trailing.Contains(text[from]) && TrailingForm(text, from, _characters[text[from]]) is { } trailing)
        {
            sb.Append(trailing);
            from++;
        }

        if (to > from && LoneForm(text, to - 1) is { } form)
        {
            EmitStretch(text[from..(to - 1)], sb);
            sb.Append(form);
            return;
        }

        EmitStretch(text[from..to], sb);
    }

    /// <summary>What stands before 里 when it is the measure of distance (几十里, 三百多里, 5里), not "inside" (裏), before 周 when it counts weeks (第3周, 第二周: 週) and before 只 when it counts (数千只: 隻).</summary>
    private const string NumberCharacters = "一二三四五六七八九十百千万两几数多余0123456789０１２３４５６７８９";

    private static readonly System.Buffers.SearchValues<char> Numbers = System.Buffers.SearchValues.Create(NumberCharacters);

    /// <summary>
    /// Characters whose first form is their reading as a word of its own (干 幹 "do", 面 "face", 冲
    /// 衝 "rush", 才 "talent") and whose other form belongs to the word they are put before (乾 "dry", 麪
    /// "flour", 沖 "flush", 纔 "only then"): 干|花椒, 干|白葡萄酒, 面|制品, 马桶|冲|水量, 使用|才|有效 by the word cut.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> Bound = System.Buffers.SearchValues.Create("干面冲才");

    /// <summary>
    /// For a character of <see cref="Bound"/> that the word cut leaves on its own: its other form,
    /// when a phrase of one form starting with it gives it that (干花 乾花 in 干|花椒). Such a phrase
    /// is refused as a piece, because it runs into the next word, yet it says which meaning the
    /// word after binds the character to. Only the phrase after counts: one ending with the
    /// character belongs to the word before (a 组表 in 词组|表 would make 表 a watch).
    /// </summary>
    private string? LoneForm(ReadOnlySpan<char> text, int at)
    {
        if (!_characters.TryGetValue(text[at], out var forms))
        {
            return null;
        }

        if (!Bound.Contains(text[at]))
        {
            return DirectedForm(text, at, forms);
        }

        var right = _phrases.Forward.LongestFrom(text, at);
        return right > 1 && _phrases.Get(text.Slice(at, right)) is [var after] && after.Length == right && after[0] != forms[0][0]
            ? Agreeing(forms, 0, after[0]) : null;
    }

    /// <summary>
    /// A verb the word cut leaves on its own before a direction word (他|卷|起来, 工厂|制|出来): the
    /// phrase of the verb and the direction's first character says its form (卷起 捲起, 制出 製出),
    /// though the cut refuses it as a piece because 起来 and 出来 are words.
    /// </summary>
    private string? DirectedForm(ReadOnlySpan<char> text, int at, string[] forms) =>
        at + 2 < text.Length && DirectedVerbs.Contains(text[at]) && Directions.Contains(text[at + 1]) && text[at + 2] is '来' or '去'
        && _phrases.Get(text.Slice(at, 2)) is [var phrase] && phrase[0] != forms[0][0] ? Agreeing(forms, 0, phrase[0]) : null;

    /// <summary>
    /// The verbs this is asked for: those whose phrase with a direction has a form of its own (卷起 捲起,
    /// 系上 繫上, 松开 鬆開, 背回 揹回, 荡开 盪開); not 才 (才回来 keeps 才), 挨 (挨上来 comes close),
    /// 周, 几 or names (范进, 党进) that other phrases of the kind hold.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> DirectedVerbs = System.Buffers.SearchValues.Create("卷制咽喂扎托松游签系背舍荡");

    /// <summary>The directions a verb takes before 来 or 去 (卷起来, 制出来, 卷进去).</summary>
    private static readonly System.Buffers.SearchValues<char> Directions = System.Buffers.SearchValues.Create("上下进出回过起开");

    /// <summary>After a number 里 is a distance (里), 周 counts weeks (週), 只 counts animals or things (隻: 数千只, 300余只) and 斗 measures grain (三斗米 斗; OpenCC's first form is 鬥); null for anything else.</summary>
    private string? CountedForm(ReadOnlySpan<char> text, int at) =>
        at > 0 && text[at] is '里' or '周' or '只' or '斗' && Numbers.Contains(text[at - 1]) && !EndsNoun(text, at - 1) && _characters.TryGetValue(text[at], out var forms)
            ? Agreeing(forms, 0, text[at] switch { '里' => '里', '周' => '週', '斗' => '斗', _ => '隻' }) : null;

    /// <summary>True when 数 at <paramref name="at"/> ends a noun with the character before it (参数, 函数, 人数): no number, so 参数里 is 參數裏 and 参数只能 keeps 只 (无数只 still counts).</summary>
    private bool EndsNoun(ReadOnlySpan<char> text, int at) =>
        text[at] == '数' && at > 0 && IsHan(text[at - 1]) && !Numbers.Contains(text[at - 1]) && text[at - 1] != '无' && _lattice.Value.Weight(text.Slice(at - 1, 2)) > 0;

    private void EmitSingle(ReadOnlySpan<char> text, int at, StringBuilder sb, ReadOnlySpan<bool> words)
    {
        var c = text[at];
        if (!_several[c])
        {
            sb.Append(_single[c] != '\0' ? _single[c] : c);
        }
        else
        {
            sb.Append(Piece(text, at, 1, words));
        }
    }

    /// <summary>Each character as a string of its own, made once (a piece without forms is written as it is, and the edition meets millions).</summary>
    private static readonly string?[] AloneStrings = new string?[0x10000];

    private static string Alone(char c) => AloneStrings[c] ??= c.ToString();

    /// <summary>One piece in Traditional: a phrase or a character, its form chosen by the neighbouring phrases when it has several.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string Piece(ReadOnlySpan<char> text, int start, int length, ReadOnlySpan<bool> words = default)
    {
        var forms = length > 1 ? _phrases.Get(text.Slice(start, length))! : _characters.TryGetValue(text[start], out var c) ? c : null;
        if (forms is null)
        {
            return Alone(text[start]);
        }

        if (forms.Length == 1)
        {
            return forms[0];
        }

        // A single character with several forms takes OpenCC's first: a phrase beside it may belong to
        // another cut (胃口吃饭: 口吃 "stutter" must not make 吃饭 吃飯 rather than 喫飯). Only a
        // measure word before it speaks for it: 这个|钟 is 這個鐘, as the phrase 个钟 says.
        if (length == 1)
        {
            return CountedForm(text, start) is { } counted ? counted
                : start > 0 && Classifiers.Contains(text[start - 1]) && _phrases.Get(text.Slice(start - 1, 2)) is { } measured
                && Agreeing(forms, 0, measured[0][1]) is { } byMeasure ? byMeasure
                : (words.IsEmpty || (words[start] && words[start + 1])) && LoneForm(text, start) is { } lone ? lone
                : (words.IsEmpty || (words[start] && words[start + 1])) && TrailingForm(text, start, forms) is { } trailing ? trailing
                : InWordForm(text, start, words, forms) ?? NameForm(text, start, words, forms) ?? forms[0];
        }

        if (SeaForm(text, start, length, forms) is { } sea)
        {
            return sea;
        }

        // A two-character phrase across the piece's left or right edge says how the shared character
        // reads, unless the word cut has two words meeting there (改制|得以: 制得 "obtained" must not
        // make 改制 改製).
        var whole = IsWholeWord(words, start, length);
        if (start > 0 && !whole && !WordsMeet(words, start) && _phrases.Get(text.Slice(start - 1, 2)) is { } left && Agreeing(forms, 0, left[0][1]) is { } byLeft)
        {
            return byLeft;
        }

        var end = start + length;
        if (end < text.Length && !whole && !WordsMeet(words, end) && _phrases.Get(text.Slice(end - 1, 2)) is { } right && Agreeing(forms, length - 1, right[0][0]) is { } byRight)
        {
            return byRight;
        }

        return forms[0];
    }

    /// <summary>
    /// 面 or 云 that the word cut leaves alone after a word (一碗热汤|面, 鸡汤|面; 古人|云, 俗语|云): the
    /// phrase it makes with the character before says whether it is noodles (汤面 湯麪) or "says"
    /// (人云 人云, not 雲 "cloud"), though the cut refuses that phrase as a piece. Only for these: of
    /// the other characters a phrase ending with them belongs to the word before (a 组表 in 词组|表
    /// would make 表 a watch).
    /// </summary>
    private string? TrailingForm(ReadOnlySpan<char> text, int at, string[] forms) =>
        Trailing.Contains(text[at]) && at > 0 && !CountedFace(text, at) && _phrases.Get(text.Slice(at - 1, 2)) is [var before] && before[1] != forms[0][0]
            ? Agreeing(forms, 0, before[1]) : null;

    /// <summary>True for 面 after 若干 or a number: the measure word of flags, mirrors and walls (若干面旗帜 若干面), not the end of 干面 (乾麪).</summary>
    private static bool CountedFace(ReadOnlySpan<char> text, int at) =>
        text[at] == '面' && (Numbers.Contains(text[at - 1]) || text[..at].EndsWith("若干", StringComparison.Ordinal));

    /// <summary>The characters <see cref="TrailingForm"/> decides.</summary>
    private static readonly System.Buffers.SearchValues<char> Trailing = System.Buffers.SearchValues.Create("面云");

    /// <summary>海里 after a number is the nautical mile (十二海里); anywhere else it is "in the sea" (海裏有魚, 現在海裏). Null for any other phrase.</summary>
    private static string? SeaForm(ReadOnlySpan<char> text, int start, int length, string[] forms) =>
        length == 2 && text.Slice(start, 2).SequenceEqual("海里")
            ? Agreeing(forms, 1, start > 0 && Numbers.Contains(text[start - 1]) ? '里' : '裏') ?? forms[0]
            : null;

    /// <summary>
    /// A character the phrase cut leaves single inside a longer word of the word cut: the form a
    /// one-form phrase starting with it and ending within that word gives it (复合 複合 in the word
    /// 复合肥, cut 复|合肥 by the phrases), or null.
    /// </summary>
    private string? InWordForm(ReadOnlySpan<char> text, int start, ReadOnlySpan<bool> words, string[] forms)
    {
        if (words.IsEmpty || (words[start] && words[start + 1]))
        {
            return null;
        }

        var end = start + 1;
        while (!words[end])
        {
            end++;
        }

        Span<int> lengths = stackalloc int[8];
        Span<int> entries = stackalloc int[8];
        var count = _phrases.Forward.AllFrom(text[..end], start, lengths, entries);
        return count > 0 && _phrases.Get(text.Slice(start, lengths[count - 1])) is [var phrase] && phrase.Length == lengths[count - 1]
            ? Agreeing(forms, 0, phrase[0]) : null;
    }

    /// <summary>True when the piece [start, start + length) is itself a word of the cut (四周 in 四周|数不清): a phrase across its edge does not decide how it reads.</summary>
    private static bool IsWholeWord(ReadOnlySpan<bool> words, int start, int length) =>
        !words.IsEmpty && length > 1 && words[start] && words[start + length] && !words[(start + 1)..(start + length)].Contains(true);

    /// <summary>True when the word cut ends a word of two or more characters at <paramref name="at"/> and starts another there.</summary>
    private static bool WordsMeet(ReadOnlySpan<bool> words, int at) =>
        at >= 1 && at + 1 < words.Length && words[at] && !words[at - 1] && !words[at + 1];

    private static string? Agreeing(string[] forms, int index, char wanted) =>
        forms.FirstOrDefault(f => f.Length == forms[0].Length && index < f.Length && f[index] == wanted);
}
