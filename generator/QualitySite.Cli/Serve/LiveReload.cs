using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Threading.Channels;
using QualitySite.Generator.Diagnostics;

namespace QualitySite.Cli.Serve;

/// <summary>
/// Live reload for preview only: a tiny script injected into HTML responses (never into build
/// output) listens on a Server-Sent Events stream and reloads the page after each rebuild.
/// </summary>
public sealed class LiveReload
{
    public const string EventsPath = "/__qsite/events";

    public const string Script = "<script>(function(){var s=new EventSource('" + EventsPath + "');s.onmessage=function(){location.reload();};})();</script>";

    private readonly ConcurrentDictionary<Guid, Channel<int>> _clients = new();

    public int ClientCount => _clients.Count;

    public (Guid Id, ChannelReader<int> Reader) Subscribe()
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateUnbounded<int>();
        _clients[id] = channel;
        return (id, channel.Reader);
    }

    public void Unsubscribe(Guid id) => _clients.TryRemove(id, out _);

    public void Notify(int version)
    {
        foreach (var client in _clients.Values)
        {
            client.Writer.TryWrite(version);
        }
    }

    /// <summary>Adds the reload script before &lt;/body&gt;.</summary>
    public static byte[] Inject(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? text + Script : text[..at] + Script + text[at..]);
    }

    /// <summary>The page shown instead of the site while the last build failed.</summary>
    public static byte[] Overlay(IReadOnlyList<Diagnostic> errors)
    {
        var items = string.Concat(errors.Select(e => $"<li><code>{WebUtility.HtmlEncode(e.ToString())}</code></li>"));
        var html = $"""
            <!DOCTYPE html>
            <html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>生成失败 - QualitySite 预览</title>
            <style>body{"{"}font:16px/1.7 system-ui,sans-serif;margin:0;background:#fdecea;color:#1f2328{"}"}main{"{"}max-width:60rem;margin:2rem auto;padding:1rem 1.5rem;background:#fff;border:3px solid #b3261e;border-radius:6px{"}"}code{"{"}white-space:pre-wrap;word-break:break-word{"}"}li{"{"}margin:.5rem 0{"}"}</style>
            </head><body><main role="alert">
            <h1>网站生成失败，请修改下列问题</h1>
            <p>保存修改后，本页会自动刷新。每行的格式是“文件:行:列: 错误说明”。</p>
            <ol>{items}</ol>
            </main>{Script}</body></html>
            """;
        return Encoding.UTF8.GetBytes(html);
    }
}
