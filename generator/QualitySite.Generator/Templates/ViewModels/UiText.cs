namespace QualitySite.Generator.Templates.ViewModels;

/// <summary>
/// Fixed words of the page chrome, in the script of the page being rendered (templates use
/// <c>{{T.PubDate}}</c>), so a Traditional page does not carry Simplified labels.
/// </summary>
public sealed record UiText
{
    public required string Home { get; init; }
    public required string PubDate { get; init; }
    public required string Updated { get; init; }
    public required string IndexNo { get; init; }
    public required string Topic { get; init; }
    public required string Issuer { get; init; }
    public required string WrittenDate { get; init; }
    public required string DocNumber { get; init; }
    public required string Validity { get; init; }
    public required string Period { get; init; }
    public required string Region { get; init; }
    public required string Tags { get; init; }
    public required string Product { get; init; }
    public required string Audience { get; init; }
    public required string Contents { get; init; }
    public required string Older { get; init; }
    public required string Newer { get; init; }
    public required string None { get; init; }
    public required string ReadingTime { get; init; }
    public required string Minutes { get; init; }
    public required string Batches { get; init; }
    public required string Passed { get; init; }
    public required string Failed { get; init; }
    public required string PassRate { get; init; }
    public required string Print { get; init; }
    public required string DisclosureCaption { get; init; }
    public required string SkipToContent { get; init; }
    public required string Breadcrumb { get; init; }
    public required string More { get; init; }
    public required string Search { get; init; }
    public required string SearchPlaceholder { get; init; }
    public required string Related { get; init; }
    public required string Successor { get; init; }
    public required string Pagination { get; init; }
    public required string PreviousPage { get; init; }
    public required string NextPage { get; init; }
    public required string PageOf { get; init; }
    public required string Subscribe { get; init; }
    public required string Archives { get; init; }
    public required string History { get; init; }

    public static readonly UiText Simplified = new()
    {
        Home = "首页", PubDate = "发布日期", Updated = "最后更新", IndexNo = "索引号", Topic = "主题分类", Issuer = "发文机关",
        WrittenDate = "成文日期", DocNumber = "发文字号", Validity = "有效性", Period = "活动时间", Region = "地区", Tags = "标签",
        Product = "产品", Audience = "适用人群", Contents = "本页目录", Older = "上一篇", Newer = "下一篇", None = "没有了",
        ReadingTime = "阅读约", Minutes = "分钟", Batches = "抽查批次", Passed = "合格批次", Failed = "不合格批次", PassRate = "批次合格率",
        Print = "打印本页", DisclosureCaption = "信息公开", SkipToContent = "跳到正文", Breadcrumb = "当前位置", More = "更多",
        Search = "搜索", SearchPlaceholder = "输入关键词，如 羊绒衫",
        Related = "相关内容", Successor = "现行文件", Pagination = "分页", PreviousPage = "上一页", NextPage = "下一页", PageOf = "页",
        Subscribe = "订阅本栏目", Archives = "按年月浏览", History = "修改记录",
    };

    public static readonly UiText Traditional = new()
    {
        Home = "首頁", PubDate = "發佈日期", Updated = "最後更新", IndexNo = "索引號", Topic = "主題分類", Issuer = "發文機關",
        WrittenDate = "成文日期", DocNumber = "發文字號", Validity = "有效性", Period = "活動時間", Region = "地區", Tags = "標籤",
        Product = "產品", Audience = "適用人群", Contents = "本頁目錄", Older = "上一篇", Newer = "下一篇", None = "沒有了",
        ReadingTime = "閱讀約", Minutes = "分鐘", Batches = "抽查批次", Passed = "合格批次", Failed = "不合格批次", PassRate = "批次合格率",
        Print = "列印本頁", DisclosureCaption = "資訊公開", SkipToContent = "跳到正文", Breadcrumb = "目前位置", More = "更多",
        Search = "搜尋", SearchPlaceholder = "輸入關鍵詞，如 羊絨衫",
        Related = "相關內容", Successor = "現行文件", Pagination = "分頁", PreviousPage = "上一頁", NextPage = "下一頁", PageOf = "頁",
        Subscribe = "訂閱本欄目", Archives = "按年月瀏覽", History = "修改記錄",
    };

    public static UiText For(string lang) => Config.Languages.IsTraditional(lang) ? Traditional : Simplified;
}
