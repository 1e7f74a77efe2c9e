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

    /// <summary>The page shown while the last build failed and there is no good version of the page to show under the errors.</summary>
    public static byte[] Overlay(IReadOnlyList<Diagnostic> errors) => Encoding.UTF8.GetBytes($"""
        <!DOCTYPE html>
        <html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>生成失败 - QualitySite 预览</title>
        </head><body>{Panel(errors, overPage: false)}{Script}</body></html>
        """);

    /// <summary>The last good version of a page with the errors laid over it and the reload script added.</summary>
    public static byte[] WithOverlay(byte[] html, IReadOnlyList<Diagnostic> errors)
    {
        var text = Encoding.UTF8.GetString(Inject(html));
        var body = text.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var open = body < 0 ? -1 : text.IndexOf('>', body);
        var panel = Panel(errors, overPage: true);
        return Encoding.UTF8.GetBytes(open < 0 ? panel + text : text[..(open + 1)] + panel + text[(open + 1)..]);
    }

    /// <summary>
    /// The error panel, in Chinese: each problem as 文件:行:列 and its message. Over a page it says the
    /// page below is the last good one and offers to close; with no good build yet (the first build of
    /// the preview failed) it says so and has nothing to close onto.
    /// </summary>
    private static string Panel(IReadOnlyList<Diagnostic> errors, bool overPage)
    {
        var items = string.Concat(errors.Take(50).Select(e =>
            $"<li><code>{WebUtility.HtmlEncode(e.Line > 0 ? $"{e.Path}:{e.Line}:{Math.Max(e.Column, 1)}" : e.Path)}</code> 错误：{WebUtility.HtmlEncode(e.Message)}（{e.Code}）</li>"));
        var more = errors.Count > 50 ? $"<p>另有 {errors.Count - 50} 个错误，见终端输出。</p>" : "";
        return $"""
            <div id="qsite-overlay" role="alert" lang="zh-Hans" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(31,35,40,.55);font:16px/1.7 system-ui,sans-serif;color:#1f2328">
            <div style="max-width:60rem;margin:2rem auto;padding:1rem 1.5rem;background:#fff;border:3px solid #b3261e;border-radius:6px">
            <h1 style="font-size:1.4rem;color:#b3261e;margin:.2rem 0">{(overPage ? "网站生成失败，下面仍是上一次成功生成的页面" : "网站生成失败，还没有可以显示的页面")}</h1>
            <p>请按下列提示修改并保存，{(overPage ? "本页会自动刷新" : "改好后这里会自动显示页面")}。每条的格式是“文件:行:列 错误：说明”。</p>
            <ol>{items}</ol>{more}{(overPage ? CloseButton : "")}
            </div></div>
            """;
    }

    private const string CloseButton = """<button type="button" onclick="document.getElementById('qsite-overlay').remove()" style="min-height:44px;padding:0 1rem">暂时关闭提示，查看页面</button>""";
}
