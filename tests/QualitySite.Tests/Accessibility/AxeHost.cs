using Microsoft.AspNetCore.Http;
using QualitySite.Cli.Serve;

namespace QualitySite.Tests.Accessibility;

/// <summary>
/// Serves axe-core (the copy in Deque.AxeCore.Commons) on 127.0.0.1 as a cacheable script, so
/// Chromium keeps its compiled code between pages: added to each page with a script tag, it costs
/// about 37 ms a page against 88 ms when the same source is evaluated anew on every page.
/// </summary>
public sealed class AxeHost : IAsyncDisposable
{
    private readonly LoopbackHost _host;

    private AxeHost(LoopbackHost host) => _host = host;

    public string ScriptUrl => _host.Url + "/axe.min.js";

    public static async Task<AxeHost> StartAsync()
    {
        var source = PageSweep.AxeSource();
        var host = await LoopbackHost.StartAsync(0, async context =>
        {
            context.Response.ContentType = "text/javascript";
            context.Response.Headers.CacheControl = "public, max-age=3600, immutable";
            await context.Response.WriteAsync(source);
        });
        return new AxeHost(host);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
