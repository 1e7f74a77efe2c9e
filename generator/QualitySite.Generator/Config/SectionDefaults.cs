namespace QualitySite.Generator.Config;

/// <summary>The four content sections and their defaults; site.yml may rename them.</summary>
public static class SectionDefaults
{
    public const string Notices = "notices";
    public const string Guides = "guides";
    public const string Results = "results";
    public const string Pages = "pages";

    /// <summary>The generated pages of each product's results over time; no results page may take this path.</summary>
    public const string TrendsFolder = "results/products/";

    public static readonly IReadOnlyList<SectionConfig> All =
    [
        new(Notices, "通知公告", "通知公告", "活动通知与工作部署", "通知,公告,质量月,3·15"),
        new(Guides, "消费提示", "政策解读", "消费指南与选购常识", "消费提示,选购,辨别"),
        new(Results, "抽查结果", "信息公开目录", "产品质量监督抽查结果公告", "抽查,合格率,不合格"),
        new(Pages, "本站信息", "其他", "关于本站", "关于"),
    ];
}
