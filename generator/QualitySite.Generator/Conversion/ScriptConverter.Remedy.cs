namespace QualitySite.Generator.Conversion;

/// <summary>
/// 了 after a verb of having, taking or buying, before a remedy that relieves something (有了解药,
/// 他喝了解酒汤, 服了解毒药, 买了解热镇痛药; and 解梦: 找了解梦的书), is the particle 了 and 解 starts the remedy: the word cut
/// prefers 了解 "understand" there (有瞭解藥). 对情况有了解, 要了解毒品的危害 keep 瞭解.
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>Remedies and reliefs after 了 (in a class of its own, so it is ready whichever part of the converter's statics is set up first).</summary>
    private static class Remedies
    {
        public static readonly string[] Words = ["解药", "解酒", "解毒药", "解毒剂", "解毒汤", "解暑", "解热", "解渴", "解馋", "解乏", "解腻", "解饿", "解闷", "解梦"];

        /// <summary>Verbs of having, taking, buying or making that the particle 了 follows.</summary>
        public static readonly System.Buffers.SearchValues<char> Verbs = System.Buffers.SearchValues.Create("有喝服吃买拿带用开找配熬煮泡备到");
    }

    /// <summary>
    /// True when the 了 of 了解 at <paramref name="at"/> follows a verb of its own (not the end of a word:
    /// 衣服|了解, 佩服|了解) or 到 that completes one (找到了解药), and a remedy starts at its 解.
    /// </summary>
    private bool IsRemedyAfter(ReadOnlySpan<char> text, int at) =>
        at > 0 && Remedies.Verbs.Contains(text[at - 1]) && StartingWith(text[(at + 1)..], Remedies.Words) > 0
        && (text[at - 1] == '到' || !(at >= 2 && _lattice.Value.Weight(text.Slice(at - 2, 2)) > 0));
}
