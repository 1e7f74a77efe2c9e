using Microsoft.Playwright;
using QualitySite.Generator.Pipeline;

namespace QualitySite.Tests.Support;

/// <summary>
/// The one built sample site, its 127.0.0.1 server and its Chromium, shared by every
/// <see cref="BrowserSite"/> fixture alive at the time: started by the first, closed by the last.
/// </summary>
public sealed class SharedBrowser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The features Playwright 1.64 switches off, given again in one switch with ours (Chromium reads only the last --disable-features).</summary>
    private const string PlaywrightDisabledFeatures = "--disable-features=AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,DialMediaRouteProvider,GlobalMediaControls,HttpsUpgrades,LensOverlay,MediaRouter,PaintHolding,ThirdPartyStoragePartitioning,BlockOriginHeaderModificationOnRedirect,AvoidCorsURLLoaderRestartOnRedirect,Translate,AutoDeElevate,OptimizationHints,NetworkTimeServiceQuerying,AimEnabled,msForceBrowserSignIn,msEdgeUpdateLaunchServicesPreferredVersion";

    /// <summary>
    /// Chromium 156 opens two address-bar pop-ups (chrome://omnibox-popup.top-chrome/), each a renderer
    /// process, for every browser context, and the tests open a context per page: switched off, the
    /// suite takes 25 s instead of 37 s when the axe sweep is reused.
    /// </summary>
    private static readonly string[] WindowWebUi = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup"];

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static SharedBrowser? _current;
    private static int _users;

    private readonly IPlaywright _playwright;
    private readonly QualitySite.Cli.Serve.LoopbackHost _server;

    private SharedBrowser(string root, IPlaywright playwright, QualitySite.Cli.Serve.LoopbackHost server, IBrowser browser) =>
        (Root, _playwright, _server, Browser) = (root, playwright, server, browser);

    public string Root { get; }

    public string Output => Path.Combine(Root, "_site");

    public IBrowser Browser { get; }

    public string BaseUrl => _server.Url;

    public static async Task<SharedBrowser> AcquireAsync()
    {
        await Gate.WaitAsync();
        try
        {
            _current ??= await StartAsync();
            _users++;
            return _current;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task ReleaseAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (--_users == 0 && _current is { } last)
            {
                _current = null;
                await last.Browser.CloseAsync();
                last._playwright.Dispose();
                await last._server.DisposeAsync();
                Directory.Delete(last.Root, recursive: true);
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<SharedBrowser> StartAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "qsite-browser-" + Guid.NewGuid().ToString("N"));
        var build = Task.Run(() => BuildSite(root));
        await ChromiumInstaller.EnsureAsync();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            IgnoreDefaultArgs = [PlaywrightDisabledFeatures],
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--js-flags=--no-lazy-feedback-allocation", PlaywrightDisabledFeatures + "," + string.Join(',', WindowWebUi)],
        });
        try
        {
            await build;
        }
        catch
        {
            await browser.CloseAsync();
            playwright.Dispose();
            throw;
        }

        var server = await StaticServer.StartAsync(Path.Combine(root, "_site"));
        return new SharedBrowser(root, playwright, server, browser);
    }

    /// <summary>Builds the sample site into root/_site (on a pool thread, while Chromium starts).</summary>
    private static void BuildSite(string root)
    {
        Directory.CreateDirectory(root);
        File.Copy(Path.Combine(RepoPaths.Root, "site.yml"), Path.Combine(root, "site.yml"));
        TestSite.CopyFolder(Path.Combine(RepoPaths.Root, "content"), Path.Combine(root, "content"));
        TestSite.CopyFolder(RepoPaths.Templates, Path.Combine(root, "templates"));
        var result = new SiteBuilder(new BuildOptions(root) { Clock = new TestSite.FixedClock(TestSite.BuildDate) }).Build();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(TestSite.Errors(result));
        }
    }
}
