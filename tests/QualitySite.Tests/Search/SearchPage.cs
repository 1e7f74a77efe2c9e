using Microsoft.Playwright;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Search;

/// <summary>Opens the search page with a query and reads what it shows once search.js is ready.</summary>
public static class SearchPage
{
    public static async Task<(IPage Page, List<string> Titles, string Status)> SearchAsync(this BrowserSite site, string query, string more = "")
    {
        var page = await site.OpenAsync("/search/?q=" + Uri.EscapeDataString(query) + more);
        await page.EvaluateAsync("() => window.QualitySearch.ready");
        var titles = (await page.Locator(".search-result h2").AllInnerTextsAsync()).ToList();
        var status = await page.Locator("#search-status").InnerTextAsync();
        return (page, titles, status);
    }
}
