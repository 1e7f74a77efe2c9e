namespace QualitySite.Generator.Config;

/// <summary>
/// One kind of content: the section folder it lives in, its name in templates, search and
/// <c>qsite new</c>, its layout, its label in both scripts (list badges, search results) and its
/// schema.org type.
/// </summary>
public sealed record ContentKind(string Section, string Kind, string LabelSimplified, string LabelTraditional, string SchemaType)
{
    /// <summary>The layout that renders a page of this kind: templates/layouts/&lt;kind&gt;.hbs.</summary>
    public string Layout => Kind;

    public string Label(string lang) => Languages.IsTraditional(lang) ? LabelTraditional : LabelSimplified;
}

/// <summary>The content kinds, defined once: everything else (views, search, scaffolding, JSON-LD, layouts) reads them here.</summary>
public static class ContentKinds
{
    public static readonly IReadOnlyList<ContentKind> All =
    [
        new(SectionDefaults.Notices, "notice", "通知", "通知", "NewsArticle"),
        new(SectionDefaults.Guides, "guide", "指南", "指南", "Article"),
        new(SectionDefaults.Results, "result", "结果", "結果", "Report"),
        new(SectionDefaults.Pages, "page", "页面", "頁面", "WebPage"),
    ];

    private static readonly Dictionary<string, ContentKind> BySection = All.ToDictionary(k => k.Section, StringComparer.Ordinal);
    private static readonly Dictionary<string, ContentKind> ByKind = All.ToDictionary(k => k.Kind, StringComparer.Ordinal);

    /// <summary>The kind of a section's pages; a section without its own kind is shown as a plain page.</summary>
    public static ContentKind ForSection(string section) => BySection.GetValueOrDefault(section, BySection[SectionDefaults.Pages]);

    public static ContentKind? ForKind(string kind) => ByKind.GetValueOrDefault(kind);
}
