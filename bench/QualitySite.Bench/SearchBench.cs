using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace QualitySite.Bench;

/// <summary>
/// Search budgets (issue 3) on a built corpus, in headless Chromium: index size, bytes a first
/// two-word query transfers, time to the first result after a cold load, 95th percentile of later
/// queries, the straddling-substring recall check, and the same figures for Pagefind when its
/// index exists in the site (bench/search.sh builds it with npm's pagefind).
/// </summary>
public static partial class SearchBench
{
    public const string FirstQuery = "羊绒衫 抽查";
    public const string Straddle = "督抽查";

    private static readonly string[] LaterQueries =
    [
        "质量月", "羊絨衫", "电梯", "检验", "甲醛", "手机", "眼镜", "认证", "消费者", "电动自行车", "木地板", "儿童服装", "計量", "开放日", "抽查",
        "纤维含量", "进网许可", "食品生产", "检定", "电商平台", "销售单位", "生产企业", "整改", "公布", "质量技术", "协会", "羊毛", "镜片", "许可", "安全",
    ];

    public static async Task<int> Run(string site)
    {
        var output = Path.Combine(site, "_site");
        Console.WriteLine($"index size: {Size(Directory.EnumerateDirectories(Path.Combine(output, "search")).Single()) / 1024.0 / 1024:0.0} MiB in {Directory.EnumerateFiles(Path.Combine(output, "search"), "*", SearchOption.AllDirectories).Count()} files");
        var expected = Directory.EnumerateFiles(Path.Combine(site, "content"), "*.md", SearchOption.AllDirectories).Count(f => File.ReadAllText(f).Contains(Straddle));

        await using var server = await QualitySite.Cli.Serve.LoopbackHost.ServeFolderAsync(output);
        // The browser's profile and HTTP cache go to tmpfs, like the site: this machine's disk is slow
        // enough (seconds to delete a folder) that cache writes would be measured instead of search.
        if (Directory.Exists("/dev/shm"))
        {
            Environment.SetEnvironmentVariable("TMPDIR", "/dev/shm");
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });

        var ours = await MeasureOurs(browser, server.Url);
        var found = await CountOurs(browser, server.Url, Straddle);
        Console.WriteLine($"qsite     first query '{FirstQuery}': {ours.Bytes / 1024.0:0} KB transferred in {ours.Requests} requests (search data + script {ours.SearchBytes / 1024.0:0} KB), first result {ours.FirstMs:0} ms after navigation; later queries p95 {ours.P95:0.0} ms (median {ours.Median:0.0})");
        Console.WriteLine($"qsite     '{Straddle}' found {found} of {expected} pages containing it");

        if (Directory.Exists(Path.Combine(output, "pagefind")))
        {
            File.WriteAllText(Path.Combine(output, "pagefind-bench.html"), PagefindPage);
            var theirs = await MeasurePagefind(browser, server.Url);
            Console.WriteLine($"pagefind  first query '{FirstQuery}': {theirs.Bytes / 1024.0:0} KB transferred in {theirs.Requests} requests, first results {theirs.FirstMs:0} ms after navigation; later queries p95 {theirs.P95:0.0} ms (median {theirs.Median:0.0}); '{Straddle}' found {theirs.Straddle} of {expected}");
            Console.WriteLine($"transfer ratio qsite/pagefind: {(double)ours.Bytes / theirs.Bytes:0.00}");
        }

        return 0;
    }

    /// <summary>Types a query into the search box (one input event) and resolves to [ms from the search starting to its first result, ms from the keystroke].</summary>
    private const string TypeQuery = """
        q => new Promise(resolve => {
          const form = document.getElementById('search-form'), input = form.elements.q;
          let typed = 0;
          form.addEventListener('qsite:results', function on(e) {
            if (e.detail.query !== q) return;
            form.removeEventListener('qsite:results', on);
            resolve([e.detail.ms, performance.now() - typed]);
          });
          input.value = q;
          typed = performance.now();
          input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: q }));
        })
        """;

    /// <summary>Between later queries: after the previous one's results, as typing goes.</summary>
    private static readonly TimeSpan TypingPause = TimeSpan.FromMilliseconds(200);

    private sealed record Figures(long Bytes, long SearchBytes, int Requests, double FirstMs, double P95, double Median, int Straddle = 0);

    /// <summary>Cold loads, each in a fresh browser context (empty cache): the machine is noisy, so the median of several is reported.</summary>
    private const int ColdLoads = 9;

    private static async Task ReportColdLoads(IBrowser browser, string baseUrl)
    {
        var after = new List<double>();
        var loads = new List<double>();
        for (var i = 0; i < ColdLoads; i++)
        {
            // Each load starts from an idle browser: Chromium shuts the previous context's renderer
            // down in the background, and a reader's new page does not share the machine with that.
            await Task.Delay(500);
            var context = await browser.NewContextAsync();
            var (_, first, loaded) = await ColdLoad(context, baseUrl);
            after.Add(first - loaded);
            loads.Add(loaded);
            await context.CloseAsync();
        }

        Console.WriteLine($"qsite     {ColdLoads} cold loads: first result a median {Percentile(after, 0.5):0} ms after DOMContentLoaded (each: {string.Join(" ", after.Select(a => a.ToString("0", CultureInfo.InvariantCulture)))}); DOMContentLoaded a median {Percentile(loads, 0.5):0} ms after navigation");
    }

    /// <summary>
    /// Opens the search page with the first query; returns the page, when its first result showed and
    /// when DOMContentLoaded fired. The page reports both through the console, so nothing of the
    /// harness runs in the page while it loads (Playwright's polling script costs a fresh page
    /// 10–15 ms of its main thread, which would be counted as ours).
    /// </summary>
    private static async Task<(IPage Page, double First, double Loaded)> ColdLoad(IBrowserContext context, string baseUrl)
    {
        var page = await context.NewPageAsync();
        var reported = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Console += (_, message) =>
        {
            if (message.Text.StartsWith("qsite-first ", StringComparison.Ordinal))
            {
                reported.TrySetResult(message.Text);
            }
        };
        await page.AddInitScriptAsync(FirstResultProbe);
        await page.GotoAsync($"{baseUrl}/search/?q={Uri.EscapeDataString(FirstQuery)}", new() { WaitUntil = WaitUntilState.Commit });
        var parts = (await reported.Task.WaitAsync(TimeSpan.FromSeconds(60))).Split(' ');
        return (page, double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    private const string FirstResultProbe = """
        document.addEventListener('DOMContentLoaded', () => { window.__dcl = performance.now(); });
        new MutationObserver((_, o) => { if (document.querySelector('.search-result h2')) { o.disconnect(); console.log('qsite-first ' + performance.now() + ' ' + window.__dcl); } })
          .observe(document, { childList: true, subtree: true });
        """;

    private static async Task<Figures> MeasureOurs(IBrowser browser, string baseUrl)
    {
        await ReportColdLoads(browser, baseUrl);
        var context = await browser.NewContextAsync();
        var (page, first, loaded) = await ColdLoad(context, baseUrl);
        Console.WriteLine($"qsite     page shell ready (DOMContentLoaded) at {loaded:0} ms, first result {first - loaded:0} ms later");
        if (Environment.GetEnvironmentVariable("QSITE_BENCH_DETAIL") == "1")
        {
            Console.WriteLine("  first query's fetches (ms after navigation start): " + await page.EvaluateAsync<string>(
                "() => performance.getEntriesByType('resource').map(e => `${e.name.replace(/^.*\\/(search|assets)\\//, '')} ${e.startTime.toFixed(0)}→${e.responseEnd.toFixed(0)}`).join(', ')"));
        }

        var times = new List<double>();
        if (Environment.GetEnvironmentVariable("QSITE_BENCH_DETAIL") == "1")
        {
            foreach (var q in new[] { "安全", "羊毛", "镜片", "公布", "整改" })
            {
                var detail = await page.EvaluateAsync<string>("""
                    async q => { const i = window.QualitySearch.index; const t0 = performance.now(); const r = await i.search(q);
                      const t1 = performance.now(); const f = await Promise.all(r.hits.slice(0, 8).map(d => i.fetch('f/' + d + '.json', 'json')));
                      const t2 = performance.now(); const x = await (await fetch(i.m.base + 's/' + (q.charCodeAt(0) % 64) + '.bin')).arrayBuffer(); const t3 = performance.now();
                      return `${q}: uncached search ${(t1 - t0).toFixed(1)} ms (${r.hits.length} hits), fragments ${(t2 - t1).toFixed(1)} ms, one shard fetch ${(t3 - t2).toFixed(1)} ms (${x.byteLength} B)`; }
                    """, q);
                Console.WriteLine("  " + detail);
            }
        }

        if (Environment.GetEnvironmentVariable("QSITE_BENCH_DETAIL") == "1")
        {
            // Where a later query's time goes: each file fetched (start and end, ms after the query began) and the first result.
            await page.EvaluateAsync("""
                () => { const i = window.QualitySearch.index, fetch = i.fetch.bind(i); window.__log = [];
                  i.fetch = (p, ...rest) => { const s = performance.now(); return fetch(p, ...rest).then(r => { window.__log.push([p, s, performance.now()]); return r; }); }; }
                """);
            foreach (var q in LaterQueries.Take(12))
            {
                var detail = await page.EvaluateAsync<string>("""
                    async q => { window.__log = []; const t = performance.now(); await window.QualitySearch.query(q); const e = performance.now() - t;
                      return q + ': ' + e.toFixed(1) + ' ms; ' + window.__log.map(([p, s, f]) => `${p} ${(s - t).toFixed(1)}→${(f - t).toFixed(1)}`).join(', '); }
                    """, q);
                Console.WriteLine("  " + detail);
            }

            var plain = await page.EvaluateAsync<string>("""
                async () => { const b = window.QualitySearch.index.m.base, out = [];
                  for (const p of ['f/9001.json', 'f/9002.json', 'f/9003.json', 's/301.bin', 's/302.bin', 's/303.bin', 'f/9004.json', 's/304.bin']) {
                    const t = performance.now(); const r = await fetch(b + p); const t1 = performance.now(); await r.arrayBuffer(); out.push(`${p} ${(t1 - t).toFixed(1)}+${(performance.now() - t1).toFixed(1)}`); }
                  return out.join(', '); }
                """);
            Console.WriteLine("  plain fetches, one at a time (headers+body ms): " + plain);
            await page.ReloadAsync();
            await page.EvaluateAsync("() => window.QualitySearch.ready");
        }

        // Later queries as a reader types them: each put into the search box as an input method
        // commits a word (one input event), the next after the previous one's results are in. The page
        // fetches the query's shards at once and searches when typing has paused for 120 ms; the
        // figure is from the search starting to its first result (the page's qsite:results event),
        // and the time from the keystroke is printed beside it. Also back to back through the page's
        // API, each query the moment the previous one's first result shows (its other five still
        // loading) and with no typing pause to fetch in, which is harder than typing can make it.
        var typed = new List<double>();
        foreach (var q in LaterQueries)
        {
            await Task.Delay(TypingPause);
            var r = await page.EvaluateAsync<double[]>(TypeQuery, q);
            times.Add(r[0]);
            typed.Add(r[1]);
        }

        Console.WriteLine($"qsite     later queries typed: from the keystroke p95 {Percentile(typed, 0.95):0.0} ms (median {Percentile(typed, 0.5):0.0}), the 120 ms pause included");
        var backToBack = new List<double>();
        await page.ReloadAsync();
        await page.EvaluateAsync("() => window.QualitySearch.ready");
        foreach (var q in LaterQueries)
        {
            backToBack.Add(await page.EvaluateAsync<double>("async q => { const t = performance.now(); await window.QualitySearch.query(q); return performance.now() - t; }", q));
        }

        Console.WriteLine($"qsite     later queries back to back (each the moment the previous one's first result shows): p95 {Percentile(backToBack, 0.95):0.0} ms (median {Percentile(backToBack, 0.5):0.0})");

        var allShown = new List<double>();
        var cached = new List<double>();
        foreach (var q in LaterQueries)
        {
            allShown.Add(await page.EvaluateAsync<double>("async q => { const t = performance.now(); await window.QualitySearch.queryAll(q + ' 质量'); return performance.now() - t; }", q));
        }

        foreach (var q in LaterQueries)
        {
            // Once to fetch whatever is missing (an earlier round's later results may have been given up on), then timed,
            // ranking included (the page keeps its last search; that is forgotten first).
            cached.Add(await page.EvaluateAsync<double>("async q => { const s = window.QualitySearch; await s.queryAll(q); s.index.last = null; const t = performance.now(); await s.queryAll(q); return performance.now() - t; }", q));
        }

        var rtt = await page.EvaluateAsync<double>("""
            async () => { const t = []; for (let i = 0; i < 20; i++) { const s = performance.now(); await (await fetch('/search/manifest.json?n=' + i + Math.random())).text(); t.push(performance.now() - s); }
              t.sort((a, b) => a - b); return t[10]; }
            """);
        Console.WriteLine($"qsite     later queries until all results of the first batch are shown: p95 {Percentile(allShown, 0.95):0.0} ms (median {Percentile(allShown, 0.5):0.0})");
        Console.WriteLine($"qsite     the same queries again, files already fetched (our code alone): p95 {Percentile(cached, 0.95):0.0} ms (median {Percentile(cached, 0.5):0.0}); one HTTP round trip to this server: {rtt:0.0} ms median");
        if (Environment.GetEnvironmentVariable("QSITE_PROFILE") is { Length: > 0 } profiled)
        {
            // CPU profile of our code on one cached query, run ten times: where the milliseconds go.
            var cdp = await page.Context.NewCDPSessionAsync(page);
            await cdp.SendAsync("Profiler.enable");
            await cdp.SendAsync("Profiler.setSamplingInterval", new Dictionary<string, object> { ["interval"] = 100 });
            await cdp.SendAsync("Profiler.start");
            await page.EvaluateAsync("async q => { for (let i = 0; i < 10; i++) await window.QualitySearch.queryAll(q); }", profiled);
            var result = await cdp.SendAsync("Profiler.stop");
            var nodes = result!.Value.GetProperty("profile").GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetInt32());
            var samples = result.Value.GetProperty("profile").GetProperty("samples").EnumerateArray().Select(x => x.GetInt32()).ToList();
            var self = samples.GroupBy(id => { var f = nodes[id].GetProperty("callFrame"); return $"{f.GetProperty("functionName").GetString()}:{f.GetProperty("lineNumber").GetInt32() + 1}"; })
                .OrderByDescending(g => g.Count()).Take(15).Select(g => $"{g.Key} {100.0 * g.Count() / samples.Count:0}%");
            Console.WriteLine($"  profile of '{profiled}' (self time): " + string.Join(", ", self));
        }

        if (Environment.GetEnvironmentVariable("QSITE_BENCH_DETAIL") == "1")
        {
            Console.WriteLine("  our code alone, per query: " + string.Join(", ", LaterQueries.Zip(cached).Select(p => $"{p.First} {p.Second:0.0}")));
        }
        await context.CloseAsync();
        var (bytes, searchBytes, requests) = await Transfer(browser, $"{baseUrl}/search/?q={Uri.EscapeDataString(FirstQuery)}", "() => document.querySelector('.search-result h2')");
        return new Figures(bytes, searchBytes, requests, first, Percentile(times, 0.95), Percentile(times, 0.5));
    }

    private static async Task<int> CountOurs(IBrowser browser, string baseUrl, string query)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync($"{baseUrl}/search/");
        await page.EvaluateAsync("() => window.QualitySearch.ready");
        var count = await page.EvaluateAsync<int>("async q => (await window.QualitySearch.index.search(q)).hits.length", query);
        await page.CloseAsync();
        return count;
    }

    private static async Task<Figures> MeasurePagefind(IBrowser browser, string baseUrl)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{baseUrl}/pagefind-bench.html?q={Uri.EscapeDataString(FirstQuery)}");
        await page.WaitForFunctionAsync("() => window.__first !== undefined", null, new() { Timeout = 60000 });
        var first = await page.EvaluateAsync<double>("() => window.__first");
        var times = new List<double>();
        foreach (var q in LaterQueries)
        {
            await Task.Delay(TypingPause);
            times.Add(await page.EvaluateAsync<double>("async q => await window.__typed(q)", q));
        }

        var straddle = await page.EvaluateAsync<int>("async q => (await window.__run(q)).count", Straddle);
        await context.CloseAsync();
        var (bytes, searchBytes, requests) = await Transfer(browser, $"{baseUrl}/pagefind-bench.html?q={Uri.EscapeDataString(FirstQuery)}", "() => window.__first !== undefined");
        return new Figures(bytes, searchBytes, requests, first, Percentile(times, 0.95), Percentile(times, 0.5), straddle);
    }

    /// <summary>
    /// Bytes of every response body as sent (uncompressed here; workers' and WebAssembly included)
    /// for loading a URL until <paramref name="done"/> holds. Sizes come from the network layer: a
    /// body read back through DevTools is text re-encoded, which doubles a UTF-8 file served as
    /// text/plain without a charset. Measured in a context of its own.
    /// </summary>
    private static async Task<(long All, long Search, int Requests)> Transfer(IBrowser browser, string url, string done)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var sizes = new List<Task<(string Url, int Length)>>();
        page.RequestFinished += (_, request) => sizes.Add(Task.Run(async () =>
        {
            try
            {
                return (request.Url, (await request.SizesAsync()).ResponseBodySize);
            }
            catch (PlaywrightException)
            {
                return (request.Url, 0);
            }
        }));
        await page.GotoAsync(url);
        await page.WaitForFunctionAsync(done, null, new() { Timeout = 60000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var all = await Task.WhenAll(sizes.ToArray());
        await context.CloseAsync();
        return (all.Sum(s => (long)s.Length), all.Where(s => SearchFile().IsMatch(s.Url)).Sum(s => (long)s.Length), all.Length);
    }

    [GeneratedRegex(@"/(search/[0-9a-f]{12}/|search/fold-|pagefind/|assets/search\.js)")]
    private static partial Regex SearchFile();

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    private static long Size(string dir) => Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    private const string PagefindPage = """
        <!DOCTYPE html>
        <html lang="zh-Hans"><head><meta charset="utf-8"><title>pagefind bench</title></head><body>
        <script type="module">
        const pagefind = await import("/pagefind/pagefind.js");
        window.__run = async (q) => {
          const t0 = performance.now();
          const r = await pagefind.search(q);
          const data = await Promise.all(r.results.slice(0, 10).map(x => x.data()));
          return { count: r.results.length, ms: performance.now() - t0, first: data[0] && data[0].meta.title };
        };
        // Typed the way Pagefind's documentation suggests: preload as the reader types, search when
        // typing pauses (120 ms, as our page does); timed from the search to its first result's data.
        window.__typed = async (q) => {
          pagefind.preload(q);
          await new Promise(r => setTimeout(r, 120));
          const t0 = performance.now();
          const r = await pagefind.search(q);
          if (r.results.length) await r.results[0].data();
          return performance.now() - t0;
        };
        const q = new URLSearchParams(location.search).get("q");
        if (q) { await window.__run(q); window.__first = performance.now(); }
        </script></body></html>
        """;
}
