using Microsoft.Playwright;
using QualitySite.Generator.Pipeline;

namespace QualitySite.Tests.Support;

/// <summary>
/// The sample site built once, served on 127.0.0.1 and opened in Debian's Chromium through
/// Playwright (never a downloaded browser). Shared by the browser tests of one collection.
/// </summary>
public class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private QualitySite.Cli.Serve.LoopbackHost? _server;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "qsite-browser-" + Guid.NewGuid().ToString("N"));

    public string Output => Path.Combine(Root, "_site");

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => _server!.Url;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        File.Copy(Path.Combine(RepoPaths.Root, "site.yml"), Path.Combine(Root, "site.yml"));
        TestSite.CopyFolder(Path.Combine(RepoPaths.Root, "content"), Path.Combine(Root, "content"));
        TestSite.CopyFolder(RepoPaths.Templates, Path.Combine(Root, "templates"));
        var result = new SiteBuilder(new BuildOptions(Root) { Clock = new TestSite.FixedClock(TestSite.BuildDate) }).Build();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(TestSite.Errors(result));
        }

        await ChromiumInstaller.EnsureAsync();
        _server = await StaticServer.StartAsync(Output);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--js-flags=--no-lazy-feedback-allocation"],
        });
    }

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

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(Root, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}

/// <summary>
/// The same site in a browser of its own, so the accessibility tests run beside the search tests; the
/// sweep over every page is made once, or taken from <see cref="Accessibility.SweepCache"/> when
/// nothing it depends on changed since a clean sweep.
/// </summary>
public sealed class AccessibilitySite : BrowserSite
{
    private Task<Accessibility.SweepResult>? _sweep;
    private readonly Lock _gate = new();

    /// <summary>True when the sweep's result came from the cache rather than from the browser.</summary>
    public bool SweepReused { get; private set; }

    public Task<Accessibility.SweepResult> Sweep()
    {
        lock (_gate)
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
            SweepReused = true;
            return kept;
        }

        var result = await Accessibility.PageSweep.RunAsync(this);
        Accessibility.SweepCache.Save(folder, key, result);
        return result;
    }
}

[CollectionDefinition(Name)]
public sealed class AccessibilityCollection : ICollectionFixture<AccessibilitySite>
{
    public const string Name = "accessibility";
}
