using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Accessibility;

/// <summary>
/// One pass over every page of the sample site in Chromium, shared by the accessibility tests:
/// each page is checked in normal mode and in 长辈模式 (opened once, in the mode stored by the page
/// before, and switched with its own button), and at 360×800 and 1280×900 each time axe-core runs (WCAG 2.0/2.1/2.2 A and AA and best practices; in 长辈模式 also the 7:1
/// contrast rule) and the touch targets are measured. Each test asserts its own part.
/// axe-core is the copy shipped in Deque.AxeCore.Commons (the package Deque.AxeCore.Playwright
/// drives); it is added once per page from <see cref="AxeHost"/> and run with axe.run directly,
/// because the package's RunAxe injects and configures it anew for every call (2.0 s against 0.3 s
/// per page here).
/// Pages of the Traditional edition (/zh-hant/…, the same templates with converted text) are
/// checked at phone size in normal mode and at desktop size in 长辈模式, which keeps the suite
/// within its time; every Simplified page is checked in all four.
/// </summary>
public sealed class PageSweep
{
    public static readonly (int Width, int Height)[] Sizes = [(360, 800), (1280, 900)];

    /// <summary>
    /// axe.run with the WCAG A/AA and best-practice tags; in 长辈模式 also the 7:1 contrast rule. The
    /// page's first run fetches its style sheets for the rules that read them (css-orientation-lock);
    /// later runs on the same page skip that rule and the fetch, since style sheets do not change with
    /// the viewport or the mode.
    /// </summary>
    private const string Axe = """
        ([elderly, first]) => axe.run(document, {
          preload: first,
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          rules: Object.assign(elderly ? { 'color-contrast-enhanced': { enabled: true } } : {}, first ? {} : { 'css-orientation-lock': { enabled: false } }),
          resultTypes: ['violations', 'incomplete'],
        }).then(r => JSON.stringify(
          r.violations.map(v => ({ id: v.id, nodes: v.nodes.map(n => ({ target: n.target.join(' '), message: n.failureSummary })) }))
          .concat(r.incomplete.filter(v => v.id.startsWith('color-contrast')).map(v => ({ id: v.id + ' (not measurable)', nodes: v.nodes.map(n => ({ target: n.target.join(' '), message: n.failureSummary })) })))))
        """;

    /// <summary>The links and controls of the page chrome that must be at least 44×44 px.</summary>
    public const string Chrome = "header a, header button:not([hidden]), header input, .site-nav a, .breadcrumb a, .toc a, .tags a, .pager a, footer a, .read-aloud:not([hidden]) button, .feed-link a, .prev-next a, .related a, .term-list a";

    /// <summary>Navigation and controls that must be at least 60×60 px in 长辈模式.</summary>
    public const string ElderlyControls = ".site-nav a, .breadcrumb a, .pager a, .toc a, .tags a, footer a, header button:not([hidden]), header input, .read-aloud:not([hidden]) button, .prev-next a";

    private const string Measure = """
        ([selector, min]) => {
          const all = Array.from(document.querySelectorAll(selector))
            .filter(e => e.getClientRects().length > 0 && !e.closest('.visually-hidden') && getComputedStyle(e).visibility !== 'hidden');
          return [String(all.length)].concat(all
            .map(e => { const r = e.getBoundingClientRect(); return { text: (e.textContent || e.getAttribute('aria-label') || e.name || e.tagName).trim().slice(0, 16), w: r.width, h: r.height }; })
            .filter(t => t.w < min - 0.5 || t.h < min - 0.5)
            .map(t => t.text + ' ' + Math.round(t.w) + '×' + Math.round(t.h)));
        }
        """;

    /// <summary>
    /// The 简体/繁體 switch at phone size: on the page, shown, inside the screen's width, not covered,
    /// and going where the page's hreflang link for the other edition goes; "" when all is well.
    /// </summary>
    private const string Switch = """
        () => {
          const a = document.querySelector('a.edition-switch');
          if (!a) return 'no 简体/繁體 switch';
          const r = a.getBoundingClientRect();
          if (a.getClientRects().length === 0 || getComputedStyle(a).visibility === 'hidden' || r.width === 0) return 'the switch is hidden';
          if (r.left < -0.5 || r.right > innerWidth + 0.5) return `the switch lies outside the screen (${Math.round(r.left)}–${Math.round(r.right)} of ${innerWidth})`;
          if (r.bottom > 0 && r.top < innerHeight) {
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            if (!a.contains(hit)) return 'the switch is covered by ' + (hit ? hit.tagName.toLowerCase() + (hit.className ? '.' + hit.className : '') : 'nothing');
          }
          const twin = document.querySelector(`link[rel="alternate"][hreflang="${a.getAttribute('hreflang')}"]`);
          if (!twin || new URL(twin.href).pathname !== new URL(a.href).pathname) return `the switch goes to ${a.getAttribute('href')}, the hreflang link to ${twin ? twin.getAttribute('href') : 'nowhere'}`;
          return '';
        }
        """;

    private ConcurrentBag<string> SwitchProblems { get; } = [];

    private int _switches;

    private ConcurrentBag<string> AxeFindings { get; } = [];

    private ConcurrentBag<string> SmallTargets { get; } = [];

    private ConcurrentBag<string> ElderlyModeOff { get; } = [];

    private int _targets;

    public static async Task<SweepResult> RunAsync(BrowserSite site)
    {
        var sweep = new PageSweep();
        var paths = site.HtmlPages().Where(p => !site.IsRedirect(p)).ToList();
        await using var axe = await AxeHost.StartAsync();
        await Parallel.ForEachAsync(Enumerable.Range(0, 2).Select(i => paths.Where((_, n) => n % 2 == i).ToList()), async (part, _) =>
        {
            var page = await site.Browser.NewPageAsync();

            // Each page is opened once, in the mode the reader left on the page before (so every other
            // page opens in 长辈模式 from the stored choice), checked, switched with its own 长辈模式
            // button and checked again in the other mode.
            var stored = false;
            foreach (var path in part)
            {
                await page.GotoAsync(site.BaseUrl + path);
                await page.AddScriptTagAsync(new() { Url = axe.ScriptUrl });
                if (await Elderly(page) != stored)
                {
                    sweep.ElderlyModeOff.Add($"{path} opened {(stored ? "without" : "in")} 长辈模式 although the reader had {(stored ? "chosen" : "left")} it");
                }

                var edition = path.StartsWith("/zh-hant/", StringComparison.Ordinal);
                foreach (var elderly in new[] { stored, !stored })
                {
                    if (elderly != stored)
                    {
                        await page.EvaluateAsync("() => document.getElementById('mode-switch').click()");
                        if (await Elderly(page) != elderly)
                        {
                            sweep.ElderlyModeOff.Add($"{path}: the 长辈模式 button did not switch the mode {(elderly ? "on" : "off")}");
                        }
                    }

                    // The second mode takes the sizes in reverse, so the viewport changes twice a page, not four times.
                    var sizes = edition ? (elderly ? Sizes[1..] : Sizes[..1]) : elderly == stored ? Sizes : [Sizes[1], Sizes[0]];
                    await sweep.Check(page, path, elderly, sizes, first: elderly == stored);
                }

                stored = !stored;
            }

            await page.CloseAsync();
        });
        return new SweepResult(Sorted(sweep.AxeFindings), Sorted(sweep.SmallTargets), Sorted(sweep.ElderlyModeOff), paths.Count, sweep._targets, Sorted(sweep.SwitchProblems), sweep._switches);
    }

    private static List<string> Sorted(IEnumerable<string> items) => items.Order(StringComparer.Ordinal).ToList();

    private static Task<bool> Elderly(IPage page) => page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('elderly')");

    private async Task Check(IPage page, string path, bool elderly, (int Width, int Height)[] sizes, bool first)
    {
        foreach (var (width, height) in sizes)
        {
            await page.SetViewportSizeAsync(width, height);
            var mode = $"{width}×{height}{(elderly ? " 长辈模式" : "")}";
            foreach (var finding in Findings(await page.EvaluateAsync<string>(Axe, new object[] { elderly, first })))
            {
                AxeFindings.Add($"{path} [{mode}] {finding}");
            }

            first = false;
            if (width == Sizes[0].Width)
            {
                Interlocked.Increment(ref _switches);
                if (await page.EvaluateAsync<string>(Switch) is { Length: > 0 } problem)
                {
                    SwitchProblems.Add($"{path} [{mode}] {problem}");
                }
            }

            var (selector, min) = elderly ? (ElderlyControls, 60) : (Chrome, 44);
            if (elderly && width != 360 && sizes.Length > 1)
            {
                continue;
            }

            var measured = await page.EvaluateAsync<string[]>(Measure, new object[] { selector, min });
            Interlocked.Add(ref _targets, int.Parse(measured[0], System.Globalization.CultureInfo.InvariantCulture));
            foreach (var small in measured.Skip(1))
            {
                SmallTargets.Add($"{path} [{mode}] {small} (at least {min}×{min})");
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

    internal static string AxeSource()
    {
        using var stream = typeof(Deque.AxeCore.Commons.AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("axe-core is missing from Deque.AxeCore.Commons");
        return new StreamReader(stream).ReadToEnd();
    }
}
