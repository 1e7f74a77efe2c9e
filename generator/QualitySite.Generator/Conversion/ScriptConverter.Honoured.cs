namespace QualitySite.Generator.Conversion;

/// <summary>
/// 钟 right before a title or an honorific (钟老板, 钟先生, 钟老师) is the surname, 鍾, even where a phrase of
/// the table would take it with the character before: OpenCC's 的钟 (的鐘, "the clock of") makes
/// 钟表店的钟老板说 鐘錶店的鐘老闆說; it is 鍾老闆. The other surnames keep their form before a title through
/// the names table (st-supplement-names.tsv), which no phrase of 的 overlaps; 钟 needs no entry there, as its
/// form alone is the surname's.
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>Titles and honorifics a surname stands right before (besides <see cref="Titles.Honours"/>).</summary>
    private static readonly string[] PlainHonours = ["老板娘", "老板", "大夫", "大姐", "大哥", "阿姨", "掌柜"];

    /// <summary>True when a title or an honorific follows 钟 at <paramref name="at"/> right away and 钟 makes no word with the character before it (情有独钟).</summary>
    private bool Honoured(ReadOnlySpan<char> text, int at) =>
        at + 2 < text.Length && (StartingWith(text[(at + 1)..], Titles.Honours) > 0 || StartingWith(text[(at + 1)..], PlainHonours) > 0)
        && !(at > 0 && IsHan(text[at - 1]) && _lattice.Value.Weight(text.Slice(at - 1, 2)) > 0);
}
