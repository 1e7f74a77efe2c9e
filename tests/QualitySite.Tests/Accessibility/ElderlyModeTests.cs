using System.Text.Json;
using Microsoft.Playwright;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Accessibility;

/// <summary>
/// 长辈模式 in Chromium: switched on from the keyboard, remembered on the next page before it
/// paints, large text, one column, 7:1 contrast, a larger cursor; 朗读 reads the title and body with
/// the browser's own speech synthesis in the page's language; without JavaScript the page reads and
/// the switch is not shown.
/// </summary>
public sealed class ElderlyModeTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Article = "/guides/cashmere-sweater/";

    [Fact]
    public async Task The_switch_works_from_the_keyboard_and_is_remembered_before_the_next_page_paints()
    {
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + Article);
        var toSwitch = 0;
        while (await page.EvaluateAsync<string>("() => document.activeElement.id") != "mode-switch")
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.True(++toSwitch <= 4, "the 长辈模式 switch is not among the first four stops of the keyboard (skip link, site name, 繁體, 长辈模式)");
        }

        Assert.Equal("长辈模式", (await page.Locator("#mode-switch").InnerTextAsync()).Trim());
        Assert.Equal("false", await page.Locator("#mode-switch").GetAttributeAsync("aria-pressed"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await page.Locator("#mode-switch").GetAttributeAsync("aria-pressed"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('elderly')"));

        // The next page: the mode is on before the body exists, so the normal layout never shows.
        await page.AddInitScriptAsync("""
            new MutationObserver((_, o) => { if (document.body) { window.elderlyAtFirstBody = document.documentElement.classList.contains('elderly'); o.disconnect(); } })
              .observe(document, { childList: true, subtree: true });
            """);
        await page.GotoAsync(site.BaseUrl + "/results/2026-cashmere-sampling-results/");
        Assert.True(await page.EvaluateAsync<bool>("() => window.elderlyAtFirstBody === true"));
        Assert.Equal("true", await page.Locator("#mode-switch").GetAttributeAsync("aria-pressed"));

        var text = await page.EvaluateAsync<double[]>("() => { const s = getComputedStyle(document.querySelector('.prose p')); return [parseFloat(s.fontSize), parseFloat(s.lineHeight) / parseFloat(s.fontSize)]; }");
        Assert.True(text[0] >= 24, $"body text is {text[0]}px in 长辈模式");
        Assert.True(text[1] >= 1.8, $"line height is {text[1]} in 长辈模式");
        var figures = await page.EvaluateAsync<double[]>("() => Array.from(document.querySelectorAll('.figure')).map(f => f.getBoundingClientRect().left)");
        Assert.Single(figures.Distinct());
        Assert.Contains("cursor-large", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).cursor"));

        // Switching off is remembered too.
        await page.Locator("#mode-switch").ClickAsync();
        await page.ReloadAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('elderly')"));
        await context.CloseAsync();
    }

    /// <summary>speechSynthesis is replaced by a recorder: headless Chromium has no voices to hear.</summary>
    private const string SpeechRecorder = """
        window.spoken = []; window.speechCalls = [];
        Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
          speak: u => window.spoken.push({ text: u.text, lang: u.lang }),
          cancel: () => window.speechCalls.push('cancel'), pause: () => window.speechCalls.push('pause'),
          resume: () => window.speechCalls.push('resume'), getVoices: () => [] } });
        """;

    [Theory]
    [InlineData(Article, "zh-CN")]
    [InlineData("/guides/cashmere-sweater-hant/", "zh-HK")]
    public async Task Read_aloud_reads_the_title_and_body_in_the_page_language_with_pause_and_stop(string path, string voice)
    {
        var page = await site.Browser.NewPageAsync();
        await page.AddInitScriptAsync(SpeechRecorder);
        await page.GotoAsync(site.BaseUrl + path);
        var group = page.Locator("#read-aloud");
        Assert.True(await group.IsVisibleAsync());
        await group.Locator("[data-read=start]").ClickAsync();
        var spoken = JsonSerializer.Deserialize<Spoken[]>(await page.EvaluateAsync<string>("() => JSON.stringify(window.spoken)"), Json)!;
        var title = (await page.Locator("h1").InnerTextAsync()).Trim();
        Assert.Equal(title, spoken[0].Text);
        Assert.All(spoken, s => Assert.Equal(voice, s.Lang));
        var body = await page.Locator(".prose").InnerTextAsync();
        Assert.True(spoken.Length > 5, "the body was not read");
        Assert.All(spoken.Skip(1), s => Assert.Contains(s.Text, body));
        Assert.Contains(spoken, s => s.Text == body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last().Trim() || body.TrimEnd().EndsWith(s.Text, StringComparison.Ordinal));

        var pause = group.Locator("[data-read=pause]");
        await pause.ClickAsync();
        Assert.Equal(path.Contains("hant", StringComparison.Ordinal) ? "繼續" : "继续", (await pause.InnerTextAsync()).Trim());
        await pause.ClickAsync();
        await group.Locator("[data-read=stop]").ClickAsync();
        Assert.Equal(["cancel", "pause", "resume", "cancel"], await page.EvaluateAsync<string[]>("() => window.speechCalls"));
        Assert.True(await pause.IsDisabledAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_page_reads_and_the_switches_are_not_shown()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + Article);
        Assert.False(await page.Locator("#mode-switch").IsVisibleAsync());
        Assert.False(await page.Locator("#read-aloud").IsVisibleAsync());
        Assert.True(await page.Locator(".prose p").First.IsVisibleAsync());
        Assert.True((await page.Locator(".prose").InnerTextAsync()).Length > 500);
        await context.CloseAsync();
    }

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private sealed record Spoken(string Text, string Lang);
}
