using Microsoft.Playwright;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Search;

/// <summary>
/// The search page as a reader types in Debian's Chromium: results as you type, the live region,
/// input methods, superseded queries, what is fetched and when.
/// </summary>
public sealed class SearchTypingTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Typing_searches_as_you_type_and_announces_the_count()
    {
        var page = await site.OpenAsync("/search/");
        await page.EvaluateAsync("() => window.QualitySearch.ready");
        Assert.Contains("请输入", await page.Locator("#search-status").InnerTextAsync());
        Assert.Equal("polite", await page.Locator("#search-live").GetAttributeAsync("aria-live"));
        Assert.Null(await page.Locator("#search-status").GetAttributeAsync("aria-live"));
        await page.Locator("#search-q").PressSequentiallyAsync("地板");
        await page.Locator(".search-result h2").First.WaitForAsync();
        await page.EvaluateAsync("() => window.QualitySearch.queryAll(document.getElementById('search-q').value)");
        Assert.Contains("装修选木地板：看清类别，留意甲醛释放量", await page.Locator(".search-result h2").AllInnerTextsAsync());
        Assert.Contains("找到", await page.Locator("#search-status").InnerTextAsync());
        Assert.Contains("q=%E5%9C%B0%E6%9D%BF", page.Url);
        await page.CloseAsync();
    }

    /// <summary>
    /// Typing 羊絨衫 one character at a time (each character a search of its own) is announced to
    /// screen readers once, when the query has settled, with the settled query's count.
    /// </summary>
    [Fact]
    public async Task The_live_region_announces_once_per_settled_query()
    {
        var page = await site.OpenAsync("/search/");
        await page.EvaluateAsync("() => window.QualitySearch.ready");
        await page.EvaluateAsync("""
            () => { window.spoken = [];
              new MutationObserver(() => window.spoken.push(document.getElementById('search-live').textContent))
                .observe(document.getElementById('search-live'), { childList: true, characterData: true, subtree: true }); }
            """);
        // Typed a character every 250 ms, timed in the page so a busy test machine cannot stretch the pauses.
        await page.EvaluateAsync("""
            () => { const input = document.getElementById('search-q');
              ['羊', '羊絨', '羊絨衫'].forEach((text, i) => setTimeout(() => {
                input.value = text;
                input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text.slice(-1) }));
              }, i * 250)); }
            """);
        await page.WaitForFunctionAsync("() => window.spoken.length > 0");
        await Task.Delay(1200);
        var spoken = await page.EvaluateAsync<string[]>("() => window.spoken");
        var announcement = Assert.Single(spoken);
        Assert.Contains("“羊絨衫”", announcement);
        Assert.Equal(await page.Locator("#search-status").InnerTextAsync(), announcement);
        await page.CloseAsync();
    }

    /// <summary>
    /// Typing fetches the query's shards at once and ranks it, before the search shows it after its pause; pinyin
    /// still being composed in an input method is not searched, the characters it becomes are.
    /// </summary>
    [Fact]
    public async Task Typing_fetches_at_once_and_waits_for_the_input_method()
    {
        var page = await site.OpenAsync("/search/");
        await page.EvaluateAsync("() => window.QualitySearch.ready");
        var prefetched = await page.EvaluateAsync<bool[]>("""
            () => { const input = document.getElementById('search-q'), i = window.QualitySearch.index;
              input.value = '地板';
              input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '地板' }));
              return [i.decoded.has('地板'), document.querySelectorAll('.search-result').length === 0]; }
            """);
        Assert.Equal([true, true], prefetched);
        // Ranked while typing pauses, and the best result's fragment asked for (the same search, kept).
        Assert.True(await page.EvaluateAsync<bool>("""
            async () => { const i = window.QualitySearch.index, r = await i.search('地板');
              const best = Array.from(r.hits).find(d => !i.inactive[d]);
              return i.cache.has(i.m.base + 'f/' + best + '.json') && (await i.search('地板')) === r; }
            """));
        await page.Locator(".search-result h2").First.WaitForAsync();

        var status = await page.Locator("#search-status").InnerTextAsync();
        await page.EvaluateAsync("""
            () => { const input = document.getElementById('search-q');
              input.value = 'yang rong';
              input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, inputType: 'insertCompositionText', data: 'yang rong' })); }
            """);
        await page.WaitForTimeoutAsync(400);
        Assert.Equal(status, await page.Locator("#search-status").InnerTextAsync());
        Assert.False(await page.EvaluateAsync<bool>("() => window.QualitySearch.index.decoded.has('yang')"));

        var shown = await page.EvaluateAsync<int>("""
            () => new Promise(resolve => { const form = document.getElementById('search-form'), input = form.elements.q;
              form.addEventListener('qsite:results', e => resolve(e.detail.count), { once: true });
              input.value = '羊绒衫';
              input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '羊绒衫' })); })
            """);
        Assert.True(shown >= 2);
        // The best result is shown with the event; the others follow as their fragments arrive.
        await page.Locator(".search-result h2", new() { HasText = "羊绒衫怎么辨真假？记住“看、摸、抓、掂”四个字" }).WaitForAsync();
        await page.CloseAsync();
    }

    /// <summary>A query typed over another: the first one's results are dropped (their files given up on), only the last query's show.</summary>
    [Fact]
    public async Task A_superseded_query_never_shows_its_results()
    {
        var page = await site.OpenAsync("/search/");
        await page.EvaluateAsync("() => window.QualitySearch.ready");
        var titles = await page.EvaluateAsync<string[]>("""
            async () => { const s = window.QualitySearch; s.query('羊绒衫'); await s.queryAll('木地板');
              return Array.from(document.querySelectorAll('.search-result h2'), h => h.textContent); }
            """);
        Assert.Contains("装修选木地板：看清类别，留意甲醛释放量", titles);
        Assert.DoesNotContain(titles, t => t.Contains("羊绒衫") || t.Contains("羊絨衫"));
        Assert.Contains("木地板", await page.Locator("#search-status").InnerTextAsync());
        await page.CloseAsync();
    }

    /// <summary>
    /// The search page preloads the folding table (one file), the runtime takes the preloaded copy
    /// and no query after it asks for the table again, in either script.
    /// </summary>
    [Fact]
    public async Task The_folding_table_is_preloaded_and_fetched_once()
    {
        var page = await site.Browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        await page.GotoAsync(site.BaseUrl + "/search/?q=" + Uri.EscapeDataString("质量"));
        await page.EvaluateAsync("() => window.QualitySearch.ready");
        var fold = await page.EvaluateAsync<string>("() => window.QualitySearch.index.m.fold");
        Assert.Matches("/search/fold-[0-9a-f]{12}\\.txt$", fold);
        Assert.Equal(fold, await page.GetAttributeAsync("link[rel=preload][as=fetch]", "href"));

        await page.EvaluateAsync("() => window.QualitySearch.queryAll('選購羊絨衫')");
        Assert.Contains("選購羊絨衫的小竅門：一看二摸三抓四掂", await page.Locator(".search-result h2").AllInnerTextsAsync());
        await page.EvaluateAsync("() => window.QualitySearch.queryAll('質量月')");
        Assert.Contains("关于开展2026年全市“质量月”活动的通知", await page.Locator(".search-result h2").AllInnerTextsAsync());
        Assert.Single(requests, r => r.Contains("/search/fold-"));
        await page.CloseAsync();
    }

    /// <summary>
    /// A new query's results replace the old ones in one step, once the best new result can be
    /// shown: the list is never left empty or half-filled with placeholders in between.
    /// </summary>
    [Fact]
    public async Task New_results_replace_the_old_ones_without_an_empty_list_in_between()
    {
        var (page, titles, _) = await site.SearchAsync("羊绒衫");
        Assert.NotEmpty(titles);
        var seen = await page.EvaluateAsync<int[]>("""
            async () => { const counts = [], list = document.getElementById('search-results');
              const o = new MutationObserver(() => counts.push(list.querySelectorAll('.search-result h2').length));
              o.observe(list, { childList: true, subtree: true });
              await window.QualitySearch.queryAll('质量月');
              o.disconnect(); return counts; }
            """);
        Assert.NotEmpty(seen);
        Assert.All(seen, count => Assert.True(count > 0, string.Join(",", seen)));
        Assert.Contains("关于开展2026年全市“质量月”活动的通知", await page.Locator(".search-result h2").AllInnerTextsAsync());
        await page.CloseAsync();
    }

    /// <summary>
    /// The best result's fragment is asked for alone, and the rest of the batch only once it has
    /// arrived: the first result is not held up by five others sharing the connection.
    /// </summary>
    [Fact]
    public async Task The_best_results_fragment_is_fetched_before_the_others()
    {
        var page = await site.OpenAsync("/search/");
        await page.EvaluateAsync("() => window.QualitySearch.ready");
        var events = new List<string>();
        page.Request += (_, r) => { if (r.Url.Contains("/f/")) { lock (events) { events.Add("start " + r.Url[(r.Url.LastIndexOf('/') + 1)..]); } } };
        page.RequestFinished += (_, r) => { if (r.Url.Contains("/f/")) { lock (events) { events.Add("end " + r.Url[(r.Url.LastIndexOf('/') + 1)..]); } } };
        await page.EvaluateAsync("() => window.QualitySearch.queryAll('质量')");
        var best = await page.EvaluateAsync<int>("async () => { const i = window.QualitySearch.index; return Array.from((await i.search('质量')).hits).find(d => !i.inactive[d]); }");
        for (var i = 0; i < 100 && events.Count(e => e.StartsWith("end")) < 2; i++)
        {
            await Task.Delay(50);
        }

        lock (events)
        {
            Assert.True(events.Count(e => e.StartsWith("start")) >= 2, string.Join(", ", events));
            Assert.Equal($"start {best}.json", events[0]);
            Assert.Equal($"end {best}.json", events[1]);
        }

        await page.CloseAsync();
    }
}
