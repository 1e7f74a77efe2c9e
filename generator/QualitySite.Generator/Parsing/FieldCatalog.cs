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

    public static readonly Field Title = new("title", "标题", All);
    public static readonly Field Date = new("date", "发布日期", All);
    public static readonly Field Summary = new("summary", "摘要", All);
    public static readonly Field Tags = new("tags", "标签", All);
    public static readonly Field Region = new("region", "地区", All);
    public static readonly Field Campaign = new("campaign", "专题活动", All);
    public static readonly Field Lang = new("lang", "语言", All);
    public static readonly Field Slug = new("slug", "网址名", All);
    public static readonly Field Draft = new("draft", "草稿", All);
    public static readonly Field Featured = new("featured", "推荐", All);
    public static readonly Field PublishDate = new("publishDate", "定时发布日期", All);
    public static readonly Field ExpiryDate = new("expiryDate", "过期日期", All);
    public static readonly Field Updated = new("updated", "更新日期", All);
    public static readonly Field Aliases = new("aliases", "旧网址", All);
    public static readonly Field Changes = new("changes", "修改记录", All);
    public static readonly Field Privacy = new("privacy", "个人信息例外", All);
    public static readonly Field Issuer = new("issuer", "发文机关", Disclosure);
    public static readonly Field DocNumber = new("docNumber", "发文字号", Disclosure);
    public static readonly Field IndexNo = new("indexNo", "索引号", Disclosure);
    public static readonly Field Topic = new("topic", "主题分类", Disclosure);
    public static readonly Field WrittenDate = new("writtenDate", "成文日期", Disclosure);
    public static readonly Field Validity = new("validity", "有效性", NoticeOnly);
    public static readonly Field SupersededBy = new("supersededBy", "替代文件", NoticeOnly);
    public static readonly Field Period = new("period", "时间范围", [SectionDefaults.Notices, SectionDefaults.Results]);
    public static readonly Field Product = new("product", "产品", GuideAndResult);
    public static readonly Field Audience = new("audience", "适用人群", GuideOnly);
    public static readonly Field Batches = new("batches", "抽查批次", ResultOnly);
    public static readonly Field Passed = new("passed", "合格批次", ResultOnly);
    public static readonly Field Rows = new("rows", "抽查数据", ResultOnly);
    public static readonly Field Sheet = new("sheet", "工作表", ResultOnly);

    public static readonly IReadOnlyList<Field> Fields =
    [
        Title,
        Date,
        Summary,
        Tags,
        Region,
        Campaign,
        Lang,
        Slug,
        Draft,
        Featured,
        PublishDate,
        ExpiryDate,
        Updated,
        Aliases,
        Changes,
        Privacy,
        Issuer,
        DocNumber,
        IndexNo,
        Topic,
        WrittenDate,
        Validity,
        SupersededBy,
        Period,
        Product,
        Audience,
        Batches,
        Passed,
        Rows,
        Sheet,
    ];

    private static readonly Dictionary<string, Field> ByKey = Fields.ToDictionary(f => f.Key, StringComparer.Ordinal);

    public static string Label(string key) => ByKey.TryGetValue(key, out var field) ? field.Label : key;

    public static Field? Find(string key) => ByKey.GetValueOrDefault(key);

    /// <summary>The known key closest to a misspelt one, for "did you mean" hints.</summary>
    public static string? Closest(string key) =>
        Suggestions.Closest(key.ToLowerInvariant(), Fields.Select(f => f.Key), k => k.ToLowerInvariant());
}
