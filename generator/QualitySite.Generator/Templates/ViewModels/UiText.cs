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
    public required string MainNav { get; init; }
    public required string BrowseBy { get; init; }
    public required string ByTag { get; init; }
    public required string ByRegion { get; init; }
    public required string Campaigns { get; init; }
    public required string SiteFeed { get; init; }
    public required string Publisher { get; init; }
    public required string Address { get; init; }
    public required string Hotline { get; init; }
    public required string SiteIdCode { get; init; }
    public required string ResultData { get; init; }
    public required string NonConforming { get; init; }
    public required string Maker { get; init; }
    public required string Seller { get; init; }
    public required string FailedItems { get; init; }
    public required string Downloads { get; init; }
    public required string CsvNote { get; init; }
    public required string TrendOf { get; init; }
    public required string ChartLegend { get; init; }
    public required string BandGood { get; init; }
    public required string BandFair { get; init; }
    public required string BandPoor { get; init; }
    public required string BatchesUnit { get; init; }
    public required string Announcement { get; init; }
    public required string Rounds { get; init; }
    public required string ElderlyMode { get; init; }
    public required string ReadAloud { get; init; }
    public required string Pause { get; init; }
    public required string Resume { get; init; }
    public required string StopReading { get; init; }
    public required string Draft { get; init; }

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
        MainNav = "主导航", BrowseBy = "浏览方式", ByTag = "按标签浏览", ByRegion = "按地区浏览", Campaigns = "专题活动", SiteFeed = "订阅（Atom）", Publisher = "主办单位",
        Address = "地址", Hotline = "咨询投诉举报电话", SiteIdCode = "网站标识码", ResultData = "抽查数据", NonConforming = "不合格产品及企业", Maker = "标称生产企业",
        Seller = "被抽样单位", FailedItems = "不合格项目", Downloads = "下载数据", CsvNote = "可用 Excel、WPS 打开", TrendOf = "历次抽查结果", ChartLegend = "颜色说明",
        BandGood = "合格率 90% 及以上", BandFair = "合格率 80%～90%", BandPoor = "合格率低于 80%", BatchesUnit = "批", Announcement = "公告", Rounds = "各轮抽查",
        ElderlyMode = "长辈模式", ReadAloud = "朗读全文", Pause = "暂停", Resume = "继续", StopReading = "停止", Draft = "草稿：本页尚未发布，只在预览中可见。",
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
        MainNav = "主導航", BrowseBy = "瀏覽方式", ByTag = "按標籤瀏覽", ByRegion = "按地區瀏覽", Campaigns = "專題活動", SiteFeed = "訂閱（Atom）", Publisher = "主辦單位",
        Address = "地址", Hotline = "諮詢投訴舉報電話", SiteIdCode = "網站標識碼", ResultData = "抽查數據", NonConforming = "不合格產品及企業", Maker = "標稱生產企業",
        Seller = "被抽樣單位", FailedItems = "不合格項目", Downloads = "下載數據", CsvNote = "可用 Excel、WPS 開啟", TrendOf = "歷次抽查結果", ChartLegend = "顏色說明",
        BandGood = "合格率 90% 及以上", BandFair = "合格率 80%～90%", BandPoor = "合格率低於 80%", BatchesUnit = "批", Announcement = "公告", Rounds = "各輪抽查",
        ElderlyMode = "長輩模式", ReadAloud = "朗讀全文", Pause = "暫停", Resume = "繼續", StopReading = "停止", Draft = "草稿：本頁尚未發佈，只在預覽中可見。",
    };

    public static UiText For(string lang) => Config.Languages.IsTraditional(lang) ? Traditional : Simplified;
}
