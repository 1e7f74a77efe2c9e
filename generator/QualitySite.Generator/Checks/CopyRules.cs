namespace QualitySite.Generator.Checks;

/// <summary>How a copy-check rule reports: not at all, as a warning (the default), or as an error.</summary>
public enum RuleLevel
{
    Off,
    Warning,
    Error,
}

/// <summary>One rule of the Chinese copy check: its code, its key in site.yml's copyCheck, what it looks for.</summary>
public sealed record CopyRule(string Code, string Key, string Description);

/// <summary>
/// The rules of the Chinese copy check (qsite check), each a warning unless site.yml's
/// <c>copyCheck: { key: off | warning | error }</c> says otherwise, and an error with
/// <c>qsite check --strict</c>.
/// </summary>
public static class CopyRules
{
    public static readonly CopyRule HalfWidthPunctuation = new("QS7001", "halfWidthPunctuation", "半角标点夹在中文里");
    public static readonly CopyRule FullWidthAlphanumeric = new("QS7002", "fullWidthAlphanumeric", "全角字母或数字");
    public static readonly CopyRule UnpairedMarks = new("QS7003", "unpairedMarks", "引号、书名号、括号不成对");
    public static readonly CopyRule RepeatedPunctuation = new("QS7004", "repeatedPunctuation", "标点重复或中文后跟英文句点");
    public static readonly CopyRule Mojibake = new("QS7005", "mojibake", "乱码");
    public static readonly CopyRule Pinyin = new("QS7006", "pinyin", "转换工具留下的拼音");
    public static readonly CopyRule OtherScript = new("QS7007", "otherScript", "混入另一种字体（繁体或简体）");
    public static readonly CopyRule DocNumberBrackets = new("QS7008", "docNumberBrackets", "发文字号括号不规范");
    public static readonly CopyRule SpaceBetweenHan = new("QS7009", "spaceBetweenHan", "汉字之间有空格");

    public static readonly IReadOnlyList<CopyRule> All = [HalfWidthPunctuation, FullWidthAlphanumeric, UnpairedMarks, RepeatedPunctuation, Mojibake, Pinyin, OtherScript, DocNumberBrackets, SpaceBetweenHan];
}
