using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Hosting;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Model;
using QualitySite.Generator.Pipeline;

namespace QualitySite.Cli.Serve;

/// <summary>
/// The preview server: builds the site into memory (drafts included), serves it with Kestrel on
/// 127.0.0.1, rebuilds when content/, templates/ or site.yml change, and tells open pages to reload.
/// While a build fails it keeps the last good site and shows the errors as an overlay.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private const int PortsToTry = 20;

    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly LiveReload _reload = new();
    private readonly FileExtensionContentTypeProvider _types = new();
    private LoopbackHost? _host;
    private SourceWatcher? _watcher;
    private volatile SiteSnapshot _current = null!;
    private volatile PagePreview? _preview;

    private DevServer(BuildOptions options, TextWriter log)
    {
        _options = options with { WriteOutput = false, Cache = new BuildCache() };
        _log = log;
    }

    public string Url { get; private set; } = "";

    public SiteSnapshot Current => _current;

    public int Clients => _reload.ClientCount;

    public static async Task<DevServer> StartAsync(BuildOptions options, int port, TextWriter log, bool watch = true)
    {
        var server = new DevServer(options, log);
        await server.RebuildAsync();
        await server.ListenAsync(port);
        if (watch)
        {
            server._watcher = new SourceWatcher(Path.GetFullPath(options.SourceDir), server.Changed);
        }

        return server;
    }

    /// <summary>
    /// Files changed: edited pages are shown at once, rendered alone against the last good build
    /// (<see cref="PagePreview"/>), then the site is rebuilt and replaces them, so lists,
    /// neighbours, feeds and search catch up and the result equals a clean build. The rebuild
    /// renders again only the pages whose inputs changed (the cache's render memo).
    /// </summary>
    public void Changed(IReadOnlyCollection<string> paths)
    {
        if (_preview is { } preview && !_current.Failed && paths.Count > 0 && paths.All(p => p.EndsWith(".md", StringComparison.OrdinalIgnoreCase)))
        {
            var watch = Stopwatch.StartNew();
            var files = new List<OutputFile>();
            foreach (var path in paths)
            {
                if (preview.Render(path) is not { } made)
                {
                    _log.WriteLine($"{Path.GetFileName(path)}：整站重新生成后才显示（{preview.Skipped}）");
                    files = null;
                    break;
                }

                files.AddRange(made);
            }

            if (files is not null)
            {
                _current = _current.With(files);
                _reload.Notify(_current.Version);
                _log.WriteLine($"已先生成 {string.Join("、", files.Select(f => f.Path))}（{watch.ElapsedMilliseconds} 毫秒）；正在重新生成其余页面");
            }
        }

        RebuildInBackground();
    }

    /// <summary>A rebuild started by a file change; its failure is reported, never lost.</summary>
    /// <remarks>
    /// Saves that come while a rebuild runs wait for one more rebuild, not one each: a rebuild
    /// reads the files when it starts, so a single queued one sees every change before it.
    /// </remarks>
    private void RebuildInBackground()
    {
        if (Interlocked.Exchange(ref _queued, 1) == 1)
        {
            return;
        }

        RebuildAsync().ContinueWith(t => _log.WriteLine($"预览重建失败：{t.Exception?.GetBaseException().Message}"), TaskContinuationOptions.OnlyOnFaulted);
    }

    /// <summary>1 while a rebuild is waiting to start.</summary>
    private int _queued;

    /// <summary>Builds again (one build at a time) and tells the browsers to reload.</summary>
    public async Task RebuildAsync()
    {
        await _building.WaitAsync();
        Interlocked.Exchange(ref _queued, 0);
        try
        {
            var watch = Stopwatch.StartNew();
            BuildResult result;
            try
            {
                result = await Task.Run(() => new SiteBuilder(_options).Build());
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A generator bug must not stop the preview: report it, keep the last good site, show it on the overlay.
                _log.WriteLine($"预览重建时出错：{ex.Message}");
                var error = Diagnostic.Error(DiagnosticCodes.Usage, SourceLocation.File(_options.SourceDir), $"重建网站时程序出错：{ex.Message}；请把这条信息报告给 QualitySite 的开发者");
                _current = SiteSnapshot.WithErrors([error], _current);
                _reload.Notify(_current.Version);
                return;
            }

            _current = SiteSnapshot.From(result, _current);
            _preview = result.Succeeded ? result.Preview : null;
            if (_current.Failed)
            {
                _log.WriteLine($"生成失败（{_current.Errors.Count} 个错误）；预览仍显示上一次成功生成的版本：");
                foreach (var error in _current.Errors.Take(20))
                {
                    _log.WriteLine("  " + error);
                }
            }
            else
            {
                var memo = _options.Cache!.Renders;
                _log.WriteLine($"已生成 {result.PagesRendered} 个页面，用时 {watch.ElapsedMilliseconds} 毫秒"
                    + (memo.LastReused > 0 ? $"（重新生成 {memo.LastRendered.Count} 个，{memo.LastReused} 个没有变化）" : ""));
            }

            _reload.Notify(_current.Version);
        }
        finally
        {
            _building.Release();
        }
    }

    private async Task ListenAsync(int port)
    {
        for (var attempt = 0; ; attempt++)
        {
            var candidate = port == 0 ? 0 : port + attempt;
            try
            {
                _host = await LoopbackHost.StartAsync(candidate, HandleAsync);
                Url = _host.Url;
                return;
            }
            catch (IOException) when (port != 0 && attempt < PortsToTry)
            {
                _log.WriteLine($"端口 {candidate} 已被占用，改用 {candidate + 1}");
            }
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Path == LiveReload.EventsPath)
        {
            await StreamEventsAsync(context);
            return;
        }

        var snapshot = _current;
        var requested = context.Request.Path.Value ?? "/";
        if (requested == "/" && snapshot.BasePath != "/")
        {
            context.Response.Redirect(snapshot.BasePath);
            return;
        }

        var file = snapshot.Find(requested);
        var isHtml = file is null || file.Path.EndsWith(".html", StringComparison.Ordinal);
        if (snapshot.Failed && isHtml)
        {
            var body = file is null ? LiveReload.Overlay(snapshot.Errors) : LiveReload.WithOverlay(snapshot.Read(file), snapshot.Errors);
            await WriteAsync(context, file is null ? 404 : 200, "text/html; charset=utf-8", body);
            return;
        }

        if (file is null)
        {
            var notFound = snapshot.Find(snapshot.BasePath + "404.html");
            await WriteAsync(context, 404, "text/html; charset=utf-8", notFound is null ? "页面未找到"u8.ToArray() : LiveReload.Inject(snapshot.Read(notFound)));
            return;
        }

        var type = _types.TryGetContentType(file.Path, out var known) ? known : "application/octet-stream";
        var bytes = snapshot.Read(file);
        await WriteAsync(context, 200, isHtml ? "text/html; charset=utf-8" : type, isHtml ? LiveReload.Inject(bytes) : bytes);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var (id, reader) = _reload.Subscribe();
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var version in reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"data: {version}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The browser closed the page.
        }
        finally
        {
            _reload.Unsubscribe(id);
        }
    }

    private static async Task WriteAsync(HttpContext context, int status, string type, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    public async Task WaitForShutdownAsync(CancellationToken token) => await _host!.App.WaitForShutdownAsync(token);

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
