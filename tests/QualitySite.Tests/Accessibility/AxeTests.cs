using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Accessibility;

/// <summary>
/// Every HTML page of the sample site through axe-core in Debian's Chromium, at phone (360×800)
/// and desktop (1280×900) sizes, in normal and in elderly mode (长辈模式), with the WCAG 2.0/2.1/2.2
/// A and AA rules and best practices: no violation, and no colour contrast axe could not measure.
/// axe-core is the copy shipped in the Deque.AxeCore packages; it is injected once per tab and run
/// with <c>axe.run</c> directly, because the package's RunAxe re-injects and configures it for
/// every call (2.0 s against 0.25 s per page here).
/// </summary>
[Collection(AccessibilityCollection.Name)]
public sealed class AxeTests(AccessibilitySite site)
{
    private const string Run = """
        () => axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          resultTypes: ['violations', 'incomplete'],
        }).then(r => JSON.stringify(
          r.violations.map(v => ({ id: v.id, nodes: v.nodes.map(n => ({ target: n.target.join(' '), message: n.failureSummary })) }))
          .concat(r.incomplete.filter(v => v.id === 'color-contrast').map(v => ({ id: v.id + ' (not measurable)', nodes: v.nodes.map(n => ({ target: n.target.join(' '), message: n.failureSummary })) })))))
        """;

    private static readonly (int Width, int Height)[] Sizes = [(360, 800), (1280, 900)];

    [Fact]
    public async Task Every_page_has_no_axe_violation_at_phone_and_desktop_size_in_normal_and_elderly_mode()
    {
        var findings = new ConcurrentBag<string>();
        var paths = site.HtmlPages().Where(p => !site.IsRedirect(p)).ToList();
        Assert.True(paths.Count > 30, "the sample site's pages were not found");
        var axeSource = AxeSource();
        await Parallel.ForEachAsync(Partition(paths, 2), async (part, _) =>
        {
            var page = await site.Browser.NewPageAsync();
            await page.AddInitScriptAsync(axeSource);
            foreach (var path in part)
            {
                await page.GotoAsync(site.BaseUrl + path);
                await Check(page, path, "", findings);
                await page.EvaluateAsync("() => localStorage.setItem('qsite-mode', 'elderly')");
                await page.ReloadAsync();
                Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('elderly')"), $"长辈模式 did not switch on at {path}");
                await Check(page, path, " 长辈模式", findings);
                await page.EvaluateAsync("() => localStorage.removeItem('qsite-mode')");
            }

            await page.CloseAsync();
        });
        Assert.True(findings.IsEmpty, $"{findings.Count} axe findings (page [size mode] rule: selector — why):\n" + string.Join("\n", findings.Order(StringComparer.Ordinal)));
    }

    private static async Task Check(IPage page, string path, string mode, ConcurrentBag<string> findings)
    {
        foreach (var (width, height) in Sizes)
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var finding in Findings(await page.EvaluateAsync<string>(Run)))
            {
                findings.Add($"{path} [{width}×{height}{mode}] {finding}");
            }
        }
    }

    private static IEnumerable<string> Findings(string json)
    {
        using var doc = JsonDocument.Parse(json);
        foreach (var rule in doc.RootElement.EnumerateArray())
        {
            foreach (var node in rule.GetProperty("nodes").EnumerateArray())
            {
                var message = node.GetProperty("message").GetString()?.Replace("\n", " ", StringComparison.Ordinal);
                yield return $"{rule.GetProperty("id").GetString()}: {node.GetProperty("target").GetString()} — {message}";
            }
        }
    }

    private static IEnumerable<List<string>> Partition(List<string> paths, int parts) =>
        Enumerable.Range(0, parts).Select(i => paths.Where((_, n) => n % parts == i).ToList());

    internal static string AxeSource()
    {
        using var stream = typeof(Deque.AxeCore.Commons.AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe-core is missing from Deque.AxeCore.Commons");
        return new StreamReader(stream).ReadToEnd();
    }
}
