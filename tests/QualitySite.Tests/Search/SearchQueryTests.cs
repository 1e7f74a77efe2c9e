using QualitySite.Tests.Support;

namespace QualitySite.Tests.Search;

/// <summary>
/// What a query finds on the search page of the built sample site in Debian's Chromium: data
/// files, one character, Latin, substrings, fallbacks, no results, expired notices and filters.
/// </summary>
public sealed class SearchQueryTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    /// <summary>A shop named only in a results announcement's data file (not in its prose) finds the announcement.</summary>
    [Fact]
    public async Task A_shop_in_the_results_data_finds_the_announcement()
    {
        var (page, titles, _) = await site.SearchAsync("兴隆服装店");
        Assert.Contains("2026年羊绒衫产品质量监督抽查结果公告", titles);
        await page.CloseAsync();
    }

    [Fact]
    public async Task One_character_query_works()
    {
        var (page, titles, _) = await site.SearchAsync("镜");
        Assert.Contains("配眼镜前后要注意什么", titles);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Latin_queries_match_words_in_any_width_and_case()
    {
        var (page, titles, _) = await site.SearchAsync("3c");
        Assert.Contains("认识QS、SC与3C标志", titles);
        Assert.Contains("买手机，这几项信息一定要核对", titles);
        var (page2, titles2, _) = await site.SearchAsync("ＱＳ");
        Assert.Equal("认识QS、SC与3C标志", titles2.First());
        // A standard number typed without its space finds the page that writes "GB 18401".
        var (page3, titles3, _) = await site.SearchAsync("gb18401");
        Assert.Contains("2026年羊绒衫产品质量监督抽查结果公告", titles3);
        // 315 typed as readers type it finds the pages that write 3·15.
        var (page4, titles4, _) = await site.SearchAsync("315");
        Assert.Contains("2026年“3·15”国际消费者权益日系列活动总结", titles4);
        await page.CloseAsync();
        await page2.CloseAsync();
        await page3.CloseAsync();
        await page4.CloseAsync();
    }

    [Fact]
    public async Task Substring_across_word_boundaries_finds_every_page_containing_it()
    {
        var expected = Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories)
            .Count(f => File.ReadAllText(f).Contains("督抽查"));
        var (page, titles, _) = await site.SearchAsync("督抽查", "&expired=1");
        Assert.True(expected >= 2);
        Assert.Equal(expected, titles.Count);
        await page.CloseAsync();
    }

    /// <summary>
    /// A longer query that no page has in full (a question typed as a sentence) shows the pages with
    /// most of its terms, marked 部分匹配; when some pages do have it in full, they come first.
    /// </summary>
    [Fact]
    public async Task Longer_queries_fall_back_to_pages_with_most_of_their_terms()
    {
        var (page, titles, status) = await site.SearchAsync("怎样辨别羊绒衫的真假");
        Assert.Contains("羊绒衫怎么辨真假？记住“看、摸、抓、掂”四个字", titles);
        Assert.Contains("選購羊絨衫的小竅門：一看二摸三抓四掂", titles);
        Assert.Contains("没有同时包含全部关键词", status);
        Assert.Equal(titles.Count, await page.Locator(".search-result .search-partial").CountAsync());

        await page.EvaluateAsync("() => window.QualitySearch.queryAll('羊绒衫真假')");
        var items = await page.Locator(".search-result").AllAsync();
        var partial = new List<bool>();
        foreach (var item in items)
        {
            partial.Add(await item.Locator(".search-partial").CountAsync() > 0);
        }

        Assert.Contains(false, partial);
        Assert.Contains(true, partial);
        Assert.Equal(partial.OrderBy(p => p), partial); // full matches first
        Assert.Contains("排在后面", await page.Locator("#search-status").InnerTextAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task No_results_says_what_to_try()
    {
        var (page, titles, status) = await site.SearchAsync("火箭发射");
        Assert.Empty(titles);
        Assert.Contains("没有找到", status);
        Assert.Contains("去掉筛选条件", status);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Expired_notices_are_left_out_unless_asked_for()
    {
        const string expired = "关于开展2025年全市“质量月”活动的通知";
        var (page, titles, _) = await site.SearchAsync("质量月");
        Assert.DoesNotContain(expired, titles);
        var (page2, titles2, _) = await site.SearchAsync("质量月", "&expired=1");
        Assert.Contains(expired, titles2);
        await page.CloseAsync();
        await page2.CloseAsync();
    }

    [Fact]
    public async Task Type_filter_keeps_only_that_type()
    {
        var (page, titles, _) = await site.SearchAsync("羊绒衫", "&type=result");
        Assert.NotEmpty(titles);
        var badges = await page.Locator(".search-result .kind-badge").AllInnerTextsAsync();
        Assert.All(badges, b => Assert.Equal("结果", b));
        await page.CloseAsync();
    }
}
