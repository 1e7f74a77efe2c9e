using Microsoft.Playwright;
using QualitySite.Generator.Pipeline;

namespace QualitySite.Tests.Support;

/// <summary>
/// The sample site built once, served on 127.0.0.1 and opened in Debian's Chromium through
/// Playwright (never a downloaded browser). Shared by the browser tests of one collection.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
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
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> OpenAsync(string path, int width = 1280, int height = 900)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await page.GotoAsync(BaseUrl + path);
        return page;
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
