using System.Text.Json;
using Microsoft.Playwright;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Search;

/// <summary>
/// The search page's parts in Debian's Chromium: search.js's ranking, the header box without
/// JavaScript, the analysis spec shared with the generator, and no sideways scrolling on a phone.
/// </summary>
public sealed class SearchPageTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    /// <summary>
    /// search.js's ranking on hand-made postings: only documents with every term, higher BM25 first,
    /// a chained phrase above the same words apart, and the newer (lower id) document first on ties.
    /// </summary>
    [Fact]
    public async Task Ranking_orders_by_score_then_phrase_then_newer()
    {
        var page = await site.OpenAsync("/search/");
        await page.EvaluateAsync("() => window.QualitySearch.ready");
        var order = await page.EvaluateAsync<int[]>("""
            () => {
              const s = window.QualitySearch, m = { docs: 100, k1: 1.2 };
              // The query 质量月: one group of two chained bigrams, 质量 then 量月.
              const groups = s.queryGroups('质量月', new Map());
              const terms = groups[0].terms;
              const bit = 1 << (Math.imul('月'.codePointAt(0), 0x9e3779b1) >>> 29);
              const first = { docs: Int32Array.from([1, 2, 3, 5, 7, 9]), weights: Uint8Array.from([100, 100, 200, 100, 100, 50]), masks: Uint8Array.from([0, bit, 0, 0, 0, 0]) };
              const second = { docs: Int32Array.from([1, 2, 3, 4, 5, 9]), weights: Uint8Array.from([100, 100, 200, 250, 100, 50]), masks: Uint8Array.from([0, 0, 0, 0, 0, 0]) };
              const heard = [], skip = new Uint8Array(100);
              const ranked = Array.from(s.rank(m, groups, terms, [first, second], skip, d => heard.push(d)));
              skip[3] = 1; // an expired page is not the one to fetch first
              s.rank(m, groups, terms, [first, second], skip, d => heard.push(d));
              return ranked.concat(heard);
            }
            """);
        // 3 scores highest; 2 has the phrase; 1 and 5 tie, 1 is newer; 9 scores lowest; 4 and 7 lack a term.
        // Then what onBest heard: 3, and 2 once 3 is skipped.
        Assert.Equal([3, 2, 1, 5, 9, 3, 2], order);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Header_box_submits_to_the_search_page_without_javascript()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/guides/");
        await page.Locator("#header-q").FillAsync("眼镜");

        // Waiting is set up before the click (a wait begun after it once missed a fast navigation's
        // load event and timed out), and only for the document: nothing else matters without JavaScript.
        var navigated = page.WaitForURLAsync("**/search/?q=*", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.Locator(".header-search button").ClickAsync();
        await navigated;
        Assert.Contains("需要浏览器启用 JavaScript", await page.ContentAsync());
        await context.CloseAsync();
    }

    [Fact]
    public async Task Browser_analysis_matches_the_shared_spec()
    {
        var page = await site.OpenAsync("/search/");
        await page.EvaluateAsync("() => window.QualitySearch.ready");
        foreach (var c in TextAnalyzerTests.Cases())
        {
            var (note, input, expected) = ((string)c[0], (string)c[1], (string[])c[2]);
            var json = await page.EvaluateAsync<string>(
                "async text => JSON.stringify((await window.QualitySearch.analyze(text)).map(t => t.term + ' ' + t.kind[0] + ' ' + t.position))", input);
            var actual = JsonSerializer.Deserialize<string[]>(json)!;
            Assert.True(expected.SequenceEqual(actual), $"{note}: expected [{string.Join(", ", expected)}] got [{string.Join(", ", actual)}]");
        }

        await page.CloseAsync();
    }

    [Theory]
    [InlineData("/search/?q=%E7%BE%8A%E7%BB%92%E8%A1%AB")]
    [InlineData("/")]
    [InlineData("/results/2026-cashmere-sampling-results/")]
    [InlineData("/notices/2026-quality-month-launch/")]
    public async Task No_horizontal_scroll_on_a_360px_phone(string path)
    {
        var page = await site.OpenAsync(path, 360, 740);
        if (path.StartsWith("/search/"))
        {
            await page.EvaluateAsync("() => window.QualitySearch.ready");
        }

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow}px");
        await page.CloseAsync();
    }
}
