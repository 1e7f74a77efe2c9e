using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace QualitySite.Cli.Serve;

/// <summary>A Kestrel host on 127.0.0.1 that answers every request with one handler; port 0 picks a free port.</summary>
public sealed class LoopbackHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackHost(WebApplication app, string url) => (_app, Url) = (app, url);

    /// <summary>The base address, e.g. http://127.0.0.1:8080 (no trailing slash).</summary>
    public string Url { get; }

    public WebApplication App => _app;

    /// <exception cref="IOException">The port is taken.</exception>
    public static async Task<LoopbackHost> StartAsync(int port, RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        app.Run(handler);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackHost(app, address.TrimEnd('/'));
    }

    /// <summary>Serves a built site from disk as a static host would (index.html for folders, 404 otherwise).</summary>
    public static Task<LoopbackHost> ServeFolderAsync(string root)
    {
        var files = new PhysicalFileProvider(root);
        var types = new FileExtensionContentTypeProvider();
        return StartAsync(0, async context =>
        {
            var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
            var file = files.GetFileInfo(path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
            if (!file.Exists || file.IsDirectory)
            {
                file = files.GetFileInfo(path.TrimEnd('/') + "/index.html");
            }

            if (!file.Exists || file.IsDirectory)
            {
                context.Response.StatusCode = 404;
                return;
            }

            context.Response.ContentType = types.TryGetContentType(file.Name, out var type) ? type : "application/octet-stream";
            await context.Response.SendFileAsync(file);
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
