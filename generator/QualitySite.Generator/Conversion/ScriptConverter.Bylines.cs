namespace QualitySite.Generator.Conversion;

/// <summary>
/// A surname right after the role of a byline or a contact (记者范晓东, 通讯员于伟, 联系人：余红), after
/// 名叫, 叫 or 叫做 (创始人叫余承东) or after 姓 (他姓范) keeps its surname form: 范, 于, 余, 钟 鍾 … OpenCC reads the character by its commonest
/// meaning (記者範曉東, 通訊員於偉) or by a phrase it starts with the name (记者周一鸣 週一). Only a short
/// name that ends the byline counts (a space, a comma, 报道, 摄 or the text's end after one or two
/// characters), so 记者于昨日获悉 keeps 於, and a name that is a common word (编辑范围, 联系人余额) is none.
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>Who signs or is named before a name (in a class of its own, so it is ready whichever part of the converter's statics is set up first).</summary>
    private static class Bylines
    {
        public static readonly string[] Roles = ["记者", "通讯员", "实习生", "编辑", "摄影", "撰稿", "作者", "联系人", "名叫", "叫做", "叫", "姓"];

        /// <summary>The roles that may follow a name in the same byline.</summary>
        public static readonly string[] NextRoles = ["记者", "通讯员", "实习生", "编辑", "摄影", "撰稿", "作者"];

        /// <summary>Surnames whose character reads otherwise on its own or in a phrase, with the surname's form (the bylines' and the titles' rules share them).</summary>
        public static readonly Dictionary<char, char> Surnames = new()
        {
            ['范'] = '范', ['于'] = '于', ['余'] = '余', ['钟'] = '鍾', ['党'] = '党', ['郁'] = '郁', ['涂'] = '涂', ['朴'] = '朴',
            ['姜'] = '姜', ['谷'] = '谷', ['沈'] = '沈', ['周'] = '周', ['游'] = '游', ['岳'] = '岳', ['卜'] = '卜',
        };
    }

    /// <summary>What starts a time or a place after 于 "at", not a given name.</summary>
    private static readonly System.Buffers.SearchValues<char> NotAName = System.Buffers.SearchValues.Create("今昨明前近本上下当此该日月年是一二三四五六七八九十会现每次同去其节星早晚周");

    /// <summary>Words that end a byline's name for sure (besides the text's end, a space or punctuation).</summary>
    private static readonly string[] BylineEnds = ["报道", "摄", "讯"];

    /// <summary>Words after which a name may end, as a common word may go on (范围内的, 周一和周二).</summary>
    private static readonly string[] LooseEnds = ["和", "与", "及", "的", "先生", "女士", "同志"];

    /// <summary>Where the surname after the role at <paramref name="at"/> is and its form, when a name follows the role; else null. The role itself reads by the phrases (复姓 複姓).</summary>
    private (int At, string Form)? Byline(ReadOnlySpan<char> text, int at, string role, NameMemory? names)
    {
        var name = at + role.Length;
        while (name < text.Length && text[name] is ' ' or '\u3000' or '：' or ':')
        {
            name++;
        }

        if (name >= text.Length || !Bylines.Surnames.TryGetValue(text[name], out var surname))
        {
            return null;
        }

        // 于 is also "at": 记者于今日报道, 记者于3日获悉.
        if (surname == '于' && name + 1 < text.Length && (NotAName.Contains(text[name + 1]) || char.IsAsciiDigit(text[name + 1])))
        {
            return null;
        }

        // The given name: one or two characters (none after 姓), then the byline ends. A common word
        // is no name (联系人余额不足, 记者周末值班), nor does one begin a name that only a loose end
        // closes (可编辑范围内的); 记者周一鸣报道 is a name, closed by 报道.
        // 叫 "called" is also "to have someone do" or "to order": 叫余万人 is no name (余 "more than" before a
        // number or a measure), nor is 党 after it (叫党小组的人来 is the party's group), nor a phrase that writes
        // the surname's character otherwise (叫姜汤 薑湯, 叫岳麓山的人 嶽麓), nor a word of the dictionary that
        // starts there (叫涂眼影的人 塗, 叫游泳队 遊): the phrases read those.
        var spoken = role is "叫" or "叫做";
        if (spoken && (surname == '党' || (surname == '余' && name + 1 < text.Length && NotAGivenName.Contains(text[name + 1])) || StartsPhraseOtherwise(text, name, surname)
            || (name + 2 <= text.Length && _lattice.Value.Weight(text.Slice(name, 2)) > 0)))
        {
            return null;
        }

        var lattice = _lattice.Value;
        for (var length = role == "姓" ? 0 : 1; length <= 2 && name + 1 + length <= text.Length; length++)
        {
            var end = NameEnd(text, name + 1 + length);
            var common = length > 0 && lattice.Weight(text.Slice(name, 1 + length)) > CommonWord;
            var startsCommon = length == 2 && lattice.Weight(text.Slice(name, 2)) > CommonWord;
            // After 叫 a name is met in running text, so a name that begins with a common word is none (叫余下来的人).
            if ((end == Ending.Sure && !(spoken && startsCommon)) || (end == Ending.Loose && !startsCommon))
            {
                if (common)
                {
                    return null;
                }

                if (length > 0)
                {
                    names?.Add(text.Slice(name, 1 + length));
                }

                return (name, NameForm(text, name, length, surname));
            }
        }

        return null;
    }

    /// <summary>log(1 + count) above which a word of the dictionary is too common to be a name (a count of 20).</summary>
    private static readonly double CommonWord = Math.Log(21);

    private enum Ending
    {
        None,
        Loose,
        Sure,
    }

    /// <summary>Whether a byline's name can end at <paramref name="at"/>, and how surely.</summary>
    private static Ending NameEnd(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length)
        {
            return Ending.Sure;
        }

        if (!IsHan(text[at]))
        {
            return char.IsAsciiLetterOrDigit(text[at]) ? Ending.None : Ending.Sure;
        }

        // The next role ends a name too: 记者范晓东通讯员于伟, where the copy fix took out the space between them.
        return StartingWith(text[at..], BylineEnds) > 0 || StartingWith(text[at..], Bylines.NextRoles) > 0 ? Ending.Sure : StartingWith(text[at..], LooseEnds) > 0 ? Ending.Loose : Ending.None;
    }
}
