using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Accessibility;

/// <summary>
/// Measured in Chromium on the sample site: every table cell on screen and readable from 320 px
/// up, chart and figure text at least 14 px on a 360 px phone, touch targets of at least 44×44 px
/// (60×60 px for navigation and controls in 长辈模式).
/// </summary>
public sealed partial class PhoneLayoutTests(AccessibilitySite site) : IClassFixture<AccessibilitySite>
{
    /// <summary>Every table cell inside the viewport and its table inside its box (no column hidden), text at least 14 px.</summary>
    private const string TableProblems = """
        () => {
          const problems = [], vw = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth > vw + 1) problems.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + vw);
          document.querySelectorAll('main table').forEach((table, t) => {
            const box = (table.closest('.table-wrap') || table.parentElement).getBoundingClientRect();
            table.querySelectorAll('td, tbody th, thead th').forEach(cell => {
              const hidden = cell.closest('thead') && getComputedStyle(cell.closest('thead')).position === 'absolute';
              if (hidden) return;
              const r = cell.getBoundingClientRect(), size = parseFloat(getComputedStyle(cell).fontSize);
              const name = 'table ' + (t + 1) + ' cell "' + cell.textContent.trim().slice(0, 12) + '"';
              if (r.width === 0 || r.height === 0) problems.push(name + ' is not shown');
              else if (r.left < Math.max(0, box.left) - 1 || r.right > Math.min(vw, box.right) + 1) problems.push(name + ' is cut off (' + Math.round(r.left) + '–' + Math.round(r.right) + ' of ' + vw + ')');
              if (size < 14) problems.push(name + ' is ' + size + 'px');
            });
          });
          return problems;
        }
        """;

    /// <summary>From the smallest phone to a desktop, with both sides of the 48rem (768 px) break.</summary>
    private static readonly int[] Widths = [320, 360, 414, 600, 767, 768, 900, 1024, 1280];

    [Fact]
    public async Task Every_table_cell_is_on_screen_and_readable_at_every_width_from_320px()
    {
        var problems = new System.Collections.Concurrent.ConcurrentBag<string>();
        // The Traditional edition (/zh-hant/) has the same markup; its pages are swept by axe (PageSweep).
        var pages = site.HtmlPages().Where(p => !p.StartsWith("/zh-hant/", StringComparison.Ordinal) && site.Contains(p, "<table")).ToList();
        Assert.Contains("/results/2026-cashmere-sampling-results/", pages);
        Assert.Contains(pages, p => p.StartsWith("/guides/cashmere-sweater", StringComparison.Ordinal));
        // Three tabs side by side, each taking every third page.
        await Parallel.ForEachAsync(Enumerable.Range(0, 3), async (tab, _) =>
        {
            var page = await site.Browser.NewPageAsync();
            foreach (var path in pages.Where((_, n) => n % 3 == tab))
            {
                await page.GotoAsync(site.BaseUrl + path);
                foreach (var width in Widths)
                {
                    await page.SetViewportSizeAsync(width, 800);
                    foreach (var problem in await page.EvaluateAsync<string[]>(TableProblems))
                    {
                        problems.Add($"{path} at {width}px: {problem}");
                    }
                }
            }

            await page.CloseAsync();
        });
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Chart_and_figure_text_is_at_least_14px_on_a_360px_phone()
    {
        var problems = new List<string>();
        var pages = site.HtmlPages().Where(p => !p.StartsWith("/zh-hant/", StringComparison.Ordinal) && (site.Contains(p, "class=\"chart\"") || site.Contains(p, ".svg\""))).ToList();
        Assert.Contains("/results/2026-cashmere-sampling-results/", pages);
        var page = await site.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 360, Height = 800 } });
        foreach (var path in pages)
        {
            await page.GotoAsync(site.BaseUrl + path);
            var sizes = await page.EvaluateAsync<double[]>("""
                () => Array.from(document.querySelectorAll('main .chart *')).filter(e => Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim()))
                  .map(e => parseFloat(getComputedStyle(e).fontSize))
                """);
            problems.AddRange(sizes.Where(s => s < 14).Select(s => $"{path}: chart text at {s}px"));
            foreach (var img in await page.Locator("main img[src$='.svg']").AllAsync())
            {
                var src = await img.GetAttributeAsync("src") ?? "";
                var shown = (await img.BoundingBoxAsync())!.Width;
                var svg = await (await page.APIRequest.GetAsync(new Uri(new Uri(page.Url), src).AbsoluteUri)).TextAsync();
                var smallest = SvgSmallestText(svg) * shown / SvgWidth(svg);
                if (smallest < 14)
                {
                    problems.Add($"{path}: text in {src} is drawn at {smallest:0.0}px");
                }
            }
        }

        await page.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Links_and_controls_of_the_chrome_are_at_least_44px_and_60px_in_elderly_mode()
    {
        var sweep = await site.Sweep();
        Assert.True(sweep.TargetsMeasured > 1000, $"only {sweep.TargetsMeasured} targets were measured");
        Assert.True(sweep.SmallTargets.Count == 0, string.Join("\n", sweep.SmallTargets));
    }

    /// <summary>On every page of both editions, at 360 px wide (in 长辈模式 too on Simplified pages), the 简体/繁體 switch is shown, on the screen and not covered, and goes to the page's twin.</summary>
    [Fact]
    public async Task The_edition_switch_works_on_every_page_at_phone_size()
    {
        var sweep = await site.Sweep();
        Assert.True(sweep.SwitchesChecked >= sweep.PagesSwept, $"the switch was checked {sweep.SwitchesChecked} times on {sweep.PagesSwept} pages");
        Assert.True(sweep.SwitchProblems.Count == 0, string.Join("\n", sweep.SwitchProblems));
    }

    [Fact]
    public async Task The_not_found_card_keeps_its_distance_from_the_navigation()
    {
        var page = await site.OpenAsync("/404.html", 360, 800);
        var gap = await page.EvaluateAsync<double>("() => document.querySelector('.not-found').getBoundingClientRect().top - document.querySelector('.site-nav').getBoundingClientRect().bottom");
        Assert.True(gap >= 16, $"the 404 card is {gap}px below the navigation");
        await page.CloseAsync();
    }

    private static double SvgWidth(string svg) =>
        double.Parse(ViewBox().Match(svg).Groups[1].Value, CultureInfo.InvariantCulture);

    private static double SvgSmallestText(string svg) =>
        FontSize().Matches(svg).Select(m => double.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(1000).Min();

    [GeneratedRegex("""viewBox="[\d.]+ [\d.]+ ([\d.]+) [\d.]+""")]
    private static partial Regex ViewBox();

    [GeneratedRegex("""font-size="([\d.]+)|font:[^;]*?([\d.]+)px""")]
    private static partial Regex FontSize();
}
