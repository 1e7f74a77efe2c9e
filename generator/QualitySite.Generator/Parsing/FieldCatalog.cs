using QualitySite.Generator.Config;
using QualitySite.Generator.Diagnostics;

namespace QualitySite.Generator.Parsing;

/// <summary>
/// Every front matter field: its Chinese label (used in messages) and the sections that use it.
/// The single source for validation, docs and scaffolding.
/// </summary>
public static class FieldCatalog
{
    private static readonly string[] All = [SectionDefaults.Notices, SectionDefaults.Guides, SectionDefaults.Results, SectionDefaults.Pages];
    private static readonly string[] Disclosure = [SectionDefaults.Notices, SectionDefaults.Results];
    private static readonly string[] NoticeOnly = [SectionDefaults.Notices];
    private static readonly string[] GuideAndResult = [SectionDefaults.Guides, SectionDefaults.Results];
    private static readonly string[] GuideOnly = [SectionDefaults.Guides];
    private static readonly string[] ResultOnly = [SectionDefaults.Results];

    public sealed record Field(string Key, string Label, IReadOnlyList<string> Sections);

    public static readonly IReadOnlyList<Field> Fields =
    [
        new("title", "标题", All),
        new("date", "发布日期", All),
        new("summary", "摘要", All),
        new("tags", "标签", All),
        new("region", "地区", All),
        new("campaign", "专题活动", All),
        new("lang", "语言", All),
        new("slug", "网址名", All),
        new("draft", "草稿", All),
        new("featured", "推荐", All),
        new("publishDate", "定时发布日期", All),
        new("expiryDate", "过期日期", All),
        new("updated", "更新日期", All),
        new("aliases", "旧网址", All),
        new("changes", "修改记录", All),
        new("privacy", "个人信息例外", All),
        new("issuer", "发文机关", Disclosure),
        new("docNumber", "发文字号", Disclosure),
        new("indexNo", "索引号", Disclosure),
        new("topic", "主题分类", Disclosure),
        new("writtenDate", "成文日期", Disclosure),
        new("validity", "有效性", NoticeOnly),
        new("supersededBy", "替代文件", NoticeOnly),
        new("period", "时间范围", [SectionDefaults.Notices, SectionDefaults.Results]),
        new("product", "产品", GuideAndResult),
        new("audience", "适用人群", GuideOnly),
        new("batches", "抽查批次", ResultOnly),
        new("passed", "合格批次", ResultOnly),
        new("rows", "抽查数据", ResultOnly),
        new("sheet", "工作表", ResultOnly),
    ];

    private static readonly Dictionary<string, Field> ByKey = Fields.ToDictionary(f => f.Key, StringComparer.Ordinal);

    public static string Label(string key) => ByKey.TryGetValue(key, out var field) ? field.Label : key;

    public static Field? Find(string key) => ByKey.GetValueOrDefault(key);

    /// <summary>The known key closest to a misspelt one, for "did you mean" hints.</summary>
    public static string? Closest(string key) =>
        Suggestions.Closest(key.ToLowerInvariant(), Fields.Select(f => f.Key), k => k.ToLowerInvariant());
}
