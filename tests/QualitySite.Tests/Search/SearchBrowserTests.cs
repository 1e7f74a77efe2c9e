using System.Text.Json;
using Microsoft.Playwright;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Search;

/// <summary>
/// The search page in a real browser (Debian's Chromium through Playwright) against the built
/// sample site served on 127.0.0.1: cross-script queries, one character, Latin, no results,
/// filters, highlighting, and the analysis spec run by search.js.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchBrowserTests(BrowserSite site)
{
    private async Task<(IPage Page, List<string> Titles, string Status)> Search(string query, string more = "")
    {
        var page = await site.OpenAsync("/search/?q=" + Uri.EscapeDataString(query) + more);
        await page.EvaluateAsync("() => window.QualitySearch.ready");
        var titles = (await page.Locator(".search-result h2").AllInnerTextsAsync()).ToList();
        var status = await page.Locator("#search-status").InnerTextAsync();
        return (page, titles, status);
    }

    /// <summary>A shop named only in a results announcement's data file (not in its prose) finds the announcement.</summary>
    [Fact]
    public async Task A_shop_in_the_results_data_finds_the_announcement()
    {
        var (page, titles, _) = await Search("兴隆服装店");
        Assert.Contains("2026年羊绒衫产品质量监督抽查结果公告", titles);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Simplified_query_finds_the_traditional_page()
    {
        var (page, titles, _) = await Search("羊绒衫");
        Assert.Contains("選購羊絨衫的小竅門：一看二摸三抓四掂", titles);
        Assert.Contains("羊绒衫怎么辨真假？记住“看、摸、抓、掂”四个字", titles);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Traditional_query_finds_the_simplified_pages()
    {
        var (page, titles, _) = await Search("質量月");
        Assert.Contains("关于开展2026年全市“质量月”活动的通知", titles);
        var (page2, titles2, _) = await Search("羊絨衫 抽查");
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
        await page.CloseAsync();
    }

    [Fact]
    public async Task Matches_are_highlighted_in_the_pages_own_script()
    {
        var (page, _, _) = await Search("羊绒衫");
        var marks = await page.Locator(".search-result[lang=zh-Hant] mark").AllInnerTextsAsync();
        Assert.Contains("羊絨衫", marks);
        await page.CloseAsync();
    }

    [Fact]
    public async Task One_character_query_works()
    {
        var (page, titles, _) = await Search("镜");
        Assert.Contains("配眼镜前后要注意什么", titles);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Latin_queries_match_words_in_any_width_and_case()
    {
        var (page, titles, _) = await Search("3c");
        Assert.Contains("认识QS、SC与3C标志", titles);
        Assert.Contains("买手机，这几项信息一定要核对", titles);
        var (page2, titles2, _) = await Search("ＱＳ");
        Assert.Equal("认识QS、SC与3C标志", titles2.First());
        // A standard number typed without its space finds the page that writes "GB 18401".
        var (page3, titles3, _) = await Search("gb18401");
        Assert.Contains("2026年羊绒衫产品质量监督抽查结果公告", titles3);
        // 315 typed as readers type it finds the pages that write 3·15.
        var (page4, titles4, _) = await Search("315");
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
        var (page, titles, _) = await Search("督抽查", "&expired=1");
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
        var (page, titles, status) = await Search("怎样辨别羊绒衫的真假");
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
        var (page, titles, status) = await Search("火箭发射");
        Assert.Empty(titles);
        Assert.Contains("没有找到", status);
        Assert.Contains("去掉筛选条件", status);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Expired_notices_are_left_out_unless_asked_for()
    {
        const string expired = "关于开展2025年全市“质量月”活动的通知";
        var (page, titles, _) = await Search("质量月");
        Assert.DoesNotContain(expired, titles);
        var (page2, titles2, _) = await Search("质量月", "&expired=1");
        Assert.Contains(expired, titles2);
        await page.CloseAsync();
        await page2.CloseAsync();
    }

    [Fact]
    public async Task Type_filter_keeps_only_that_type()
    {
        var (page, titles, _) = await Search("羊绒衫", "&type=result");
        Assert.NotEmpty(titles);
        var badges = await page.Locator(".search-result .kind-badge").AllInnerTextsAsync();
        Assert.All(badges, b => Assert.Equal("结果", b));
        await page.CloseAsync();
    }

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
        var (page, titles, _) = await Search("羊绒衫");
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
