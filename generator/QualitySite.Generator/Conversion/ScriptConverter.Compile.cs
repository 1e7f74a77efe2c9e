namespace QualitySite.Generator.Conversion;

/// <summary>
/// 编制 that draws up a document (编制年度预算, 编制发展规划, 组织编制2026年工作计划) is 編製; 编制 of a body's
/// posts (人员编制, 事业编制, 编制内, 编制已满) is 編制. OpenCC's phrases write 編製 only where the document
/// follows at once (编制预算, 编制规划), so a word between them (年度, 发展) left 編制. The document must
/// end the object in the same clause (编制紧张的部门要制定计划 is the posts: 要 starts another predicate),
/// 的 must not follow 编制 at once (编制的规划), and 编制 must be a word of the cut (主编|制定 holds no 编制).
/// </summary>
public sealed partial class ScriptConverter
{
    /// <summary>What is drawn up (in a class of its own, so it is ready whichever part of the converter's statics is set up first).</summary>
    private static class Drafts
    {
        public static readonly string[] Documents =
        [
            "预算", "决算", "概算", "规划", "计划", "方案", "报告", "报表", "年报", "标准", "目录", "清单", "索引", "说明", "预案",
            "名录", "指南", "规范", "细则", "规程", "导则", "大纲", "手册", "教材", "词典", "图集", "地图", "图表", "统计表", "台账",
        ];

        /// <summary>What makes 编制 the posts after it: 编制内, 编制数, 编制人员 …</summary>
        public static readonly string[] PostsAfter = ["内", "外", "数", "人员", "管理", "改革", "调整", "核定", "部门", "身份", "待遇", "紧张", "使用", "总量", "资源", "情况", "空缺", "的"];

        /// <summary>How far after 编制 the document may come (编制本地区的产品质量监督抽查计划).</summary>
        public const int Reach = 20;

        /// <summary>What ends the object the document must end: punctuation, and what starts another predicate (编制紧张的部门要制定计划).</summary>
        public static readonly System.Buffers.SearchValues<char> Stops = System.Buffers.SearchValues.Create("，。；：！？、,.;:!?（）()“”\"\n要是已将应需须可能不没未也都就还并和与及");
    }

    private bool IsCompiling(ReadOnlySpan<char> text, int at)
    {
        var rest = text[(at + 2)..];
        if (StartingWith(rest, Drafts.PostsAfter) > 0)
        {
            return false;
        }

        var stop = rest.IndexOfAny(Drafts.Stops);
        var clause = rest[..Math.Min(stop < 0 ? rest.Length : stop, Drafts.Reach + 4)];
        var found = false;
        for (var k = 0; k <= Math.Min(Drafts.Reach, clause.Length - 2) && !found; k++)
        {
            found = StartingWith(clause[k..], Drafts.Documents) > 0;
        }

        return found && IsWord(text, at, 2);
    }
}
