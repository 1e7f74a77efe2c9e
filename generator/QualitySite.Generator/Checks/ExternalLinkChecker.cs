using System.Net;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.SiteStructure;

namespace QualitySite.Generator.Checks;

/// <summary>
/// External links of 'qsite check': listed as notes, or with --external fetched (HEAD, then GET
/// where HEAD is refused) with a timeout and a few requests at a time; a failure is an error at
/// every place the address is written.
/// </summary>
public sealed class ExternalLinkChecker(HttpClient http, int concurrency = 4)
{
    public static IEnumerable<Diagnostic> List(SiteModel site) =>
        site.Pages.SelectMany(p => p.Content.ExternalLinks)
            .Select(l => new Diagnostic(Severity.Note, DiagnosticCodes.ExternalLink, l.At.Path, l.At.Line, l.At.Column, $"外部链接 {l.Url}（没有访问；用 qsite check --external 检查它能否打开）"));

    public async Task<IReadOnlyList<Diagnostic>> CheckAsync(SiteModel site, CancellationToken cancel)
    {
        var links = site.Pages.SelectMany(p => p.Content.ExternalLinks).ToList();
        using var gate = new SemaphoreSlim(concurrency);
        var results = await Task.WhenAll(links.Select(l => l.Url).Distinct(StringComparer.Ordinal).Select(async url =>
        {
            await gate.WaitAsync(cancel);
            try
            {
                return (url, Problem: await ProbeAsync(url, cancel));
            }
            finally
            {
                gate.Release();
            }
        }));
        var problems = results.Where(r => r.Problem is not null).ToDictionary(r => r.url, r => r.Problem!, StringComparer.Ordinal);
        return links.Where(l => problems.ContainsKey(l.Url))
            .Select(l => Diagnostic.Error(DiagnosticCodes.ExternalLink, l.At, $"外部链接 {l.Url} {problems[l.Url]}；改正地址或删去这个链接"))
            .ToList();
    }

    private async Task<string?> ProbeAsync(string url, CancellationToken cancel)
    {
        try
        {
            using var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), HttpCompletionOption.ResponseHeadersRead, cancel);
            if (head.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotImplemented)
            {
                using var get = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancel);
                return Judge(get.StatusCode);
            }

            return Judge(head.StatusCode);
        }
        catch (TaskCanceledException) when (!cancel.IsCancellationRequested)
        {
            return $"在 {http.Timeout.TotalSeconds:0} 秒内没有响应";
        }
        catch (HttpRequestException ex)
        {
            return $"无法访问（{ex.Message}）";
        }
    }

    private static string? Judge(HttpStatusCode status) => (int)status < 400 ? null : $"返回 {(int)status} {status}";
}
