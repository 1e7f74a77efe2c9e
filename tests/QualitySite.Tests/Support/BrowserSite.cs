using Microsoft.Playwright;

namespace QualitySite.Tests.Support;

/// <summary>
/// The sample site built once, served on 127.0.0.1 and opened in Debian's Chromium through
/// Playwright (never a downloaded browser). Every fixture of this type in the test run shares one
/// built site and one browser (<see cref="SharedBrowser"/>): the browser test classes run side by
/// side, each in pages and contexts of its own.
/// </summary>
public class BrowserSite : IAsyncLifetime
{
    private SharedBrowser? _shared;

    private SharedBrowser Shared => _shared ?? throw new InvalidOperationException("the browser site is not started");

    public string Root => Shared.Root;

    public string Output => Shared.Output;

    public IBrowser Browser => Shared.Browser;

    public string BaseUrl => Shared.BaseUrl;

    public async Task InitializeAsync() => _shared = await SharedBrowser.AcquireAsync();

    /// <summary>Opens a page at the given viewport; elderly opens it with 长辈模式 switched on as a reader who chose it earlier would.</summary>
    public async Task<IPage> OpenAsync(string path, int width = 1280, int height = 900, bool elderly = false)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        if (elderly)
        {
            await page.AddInitScriptAsync("try { localStorage.setItem('qsite-mode', 'elderly'); } catch (e) { }");
        }

        await page.GotoAsync(BaseUrl + path);
        return page;
    }

    /// <summary>Every HTML page the build wrote, as site paths ("/", "/notices/…/").</summary>
    public IReadOnlyList<string> HtmlPages() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>True when the page's HTML contains the text.</summary>
    public bool Contains(string sitePath, string text) =>
        File.ReadAllText(Path.Combine(Output, sitePath.TrimStart('/'), sitePath.EndsWith('/') ? "index.html" : "")).Contains(text, StringComparison.Ordinal);

    /// <summary>An alias page: a stub that sends the reader on to the page's address.</summary>
    public bool IsRedirect(string sitePath)
    {
        var file = Path.Combine(Output, sitePath.TrimStart('/'), sitePath.EndsWith('/') ? "index.html" : "");
        return File.ReadAllText(file).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal);
    }

    /// <summary>Lets go of the shared site, if this fixture got it (a failed start holds nothing).</summary>
    public Task DisposeAsync() => _shared is null ? Task.CompletedTask : SharedBrowser.ReleaseAsync();
}

/// <summary>
/// The shared site with the sweep over every page (<see cref="Accessibility.PageSweep"/>) that the
/// axe and touch-target tests read: made once in the test run, or taken from
/// <see cref="Accessibility.SweepCache"/> when nothing it depends on changed since a clean sweep.
/// </summary>
public sealed class AccessibilitySite : BrowserSite
{
    private static readonly Lock Gate = new();
    private static Task<Accessibility.SweepResult>? _sweep;

    public Task<Accessibility.SweepResult> Sweep()
    {
        lock (Gate)
        {
            return _sweep ??= SweepOrReuse();
        }
    }

    private async Task<Accessibility.SweepResult> SweepOrReuse()
    {
        if (!Accessibility.SweepCache.Enabled(Environment.GetEnvironmentVariable))
        {
            return await Accessibility.PageSweep.RunAsync(this);
        }

        var key = Accessibility.SweepCache.Key(Output, RepoPaths.Root, Accessibility.PageSweep.AxeSource(), Browser.Version);
        var folder = Accessibility.SweepCache.Folder(RepoPaths.Root);
        if (Accessibility.SweepCache.Load(folder, key) is { } kept)
        {
            return kept;
        }

        var result = await Accessibility.PageSweep.RunAsync(this);
        Accessibility.SweepCache.Save(folder, key, result);
        return result;
    }
}
