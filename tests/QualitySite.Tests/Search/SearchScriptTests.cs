using QualitySite.Tests.Support;

namespace QualitySite.Tests.Search;

/// <summary>
/// Search across scripts in Debian's Chromium: a Simplified query finds Traditional pages and the
/// other way round, the Traditional edition's search page, and matches highlighted in each page's script.
/// </summary>
public sealed class SearchScriptTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Simplified_query_finds_the_traditional_page()
    {
        var (page, titles, _) = await site.SearchAsync("羊绒衫");
        Assert.Contains("選購羊絨衫的小竅門：一看二摸三抓四掂", titles);
        Assert.Contains("羊绒衫怎么辨真假？记住“看、摸、抓、掂”四个字", titles);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Traditional_query_finds_the_simplified_pages()
    {
        var (page, titles, _) = await site.SearchAsync("質量月");
        Assert.Contains("关于开展2026年全市“质量月”活动的通知", titles);
        var (page2, titles2, _) = await site.SearchAsync("羊絨衫 抽查");
        Assert.Contains("2026年羊绒衫产品质量监督抽查结果公告", titles2);
        await page.CloseAsync();
        await page2.CloseAsync();
    }

    /// <summary>The Traditional edition's search page reads the same index and shows titles, excerpts and links of the edition.</summary>
    [Fact]
    public async Task The_traditional_editions_search_shows_traditional_results_linking_into_the_edition()
    {
        var page = await site.OpenAsync("/zh-hant/search/?q=" + Uri.EscapeDataString("质量月"));
        await page.EvaluateAsync("() => window.QualitySearch.ready");
        await page.Locator(".search-result h2").First.WaitForAsync();
        var titles = await page.Locator(".search-result h2").AllInnerTextsAsync();
        Assert.Contains("關於開展2026年全市“質量月”活動的通知", titles);
        Assert.DoesNotContain("关于开展2026年全市“质量月”活动的通知", titles);
        var links = await page.Locator(".search-result h2 a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))");
        Assert.All(links, l => Assert.StartsWith("/zh-hant/", l));
        Assert.Contains("質量", await page.Locator(".search-result .search-excerpt").First.InnerTextAsync());
        Assert.Contains("通知", await page.Locator(".search-result .kind-badge").First.InnerTextAsync());

        // The page's messages speak Traditional too: "找到 … 条与…相关的结果" is 條與…相關的結果 there.
        var status = await page.Locator("#search-status").InnerTextAsync();
        Assert.Matches("^找到 \\d+ 條與“质量月”相關的結果。", status);

        // The switch back to 简体 keeps the query.
        var back = await page.Locator("a.edition-switch").GetAttributeAsync("href");
        Assert.Equal("/search/?q=" + Uri.EscapeDataString("质量月"), back);
        await page.Locator("#search-q").FillAsync("火箭發射");
        await page.Locator("#search-q").PressAsync("Enter");
        await page.Locator("#search-status", new() { HasTextString = "沒有找到" }).WaitForAsync();
        Assert.Contains("去掉篩選條件", await page.Locator("#search-status").InnerTextAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Matches_are_highlighted_in_the_pages_own_script()
    {
        var (page, _, _) = await site.SearchAsync("羊绒衫");
        var marks = await page.Locator(".search-result[lang=zh-Hant] mark").AllInnerTextsAsync();
        Assert.Contains("羊絨衫", marks);
        await page.CloseAsync();
    }
}
