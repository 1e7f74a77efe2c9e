using QualitySite.Generator.Config;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Model;
using QualitySite.Generator.Parsing;

namespace QualitySite.Generator.Checks;

/// <summary>
/// Pages that say two things at once, or leave the disclosure box half empty: 最后更新 that disagrees
/// with the change notes, a notice still 现行有效 after its expiry date or after it was superseded,
/// a notice without the summary or topic its 信息公开 box shows. Errors of 'check' (the editors' CI)..
/// </summary>
public static class ContentChecks
{
    public static IEnumerable<Diagnostic> Check(IReadOnlyList<Page> pages, DateTimeOffset now, Severity severity) =>
        pages.SelectMany(p => History(p, severity).Concat(Validity(p, now, severity)).Concat(Disclosure(p, severity)));

    private static IEnumerable<Diagnostic> History(Page page, Severity severity)
    {
        var meta = page.Meta;
        var latest = meta.Changes.OrderByDescending(c => c.Date).FirstOrDefault();
        if (meta.Updated is { } updated && latest is not null && updated.Date != latest.Date.Date)
        {
            yield return At(severity, DiagnosticCodes.HistoryMismatch, meta.At(FieldCatalog.Updated),
                $"最后更新（updated: {updated:yyyy-MM-dd}）与修改记录最新一条的日期（{latest.Date:yyyy-MM-dd}）不一致；改成同一天，或删去 updated 让最后更新取自修改记录");
        }

        if (meta.Updated is { } early && early < meta.Date)
        {
            yield return At(severity, DiagnosticCodes.HistoryMismatch, meta.At(FieldCatalog.Updated), $"最后更新（{early:yyyy-MM-dd}）早于发布日期（{meta.Date:yyyy-MM-dd}）；改正其中一个日期");
        }

        foreach (var note in meta.Changes.Where(c => c.Date < meta.Date))
        {
            yield return At(severity, DiagnosticCodes.HistoryMismatch, note.At, $"修改记录的日期 {note.Date:yyyy-MM-dd} 早于发布日期（{meta.Date:yyyy-MM-dd}）；改正日期");
        }
    }

    private static IEnumerable<Diagnostic> Validity(Page page, DateTimeOffset now, Severity severity)
    {
        var meta = page.Meta;
        if (!Parsing.Validity.IsInForce(meta.Validity))
        {
            yield break;
        }

        if (meta.ExpiryDate is { } expiry && expiry <= now)
        {
            yield return At(severity, DiagnosticCodes.Contradiction, meta.At(FieldCatalog.Validity),
                $"有效性写着“{meta.Validity}”，但过期日期 {expiry:yyyy-MM-dd} 已过，页面会同时显示“已过期”和“现行有效”；改为 validity: 失效，或改正 expiryDate");
        }

        if (meta.SupersededBy is not null)
        {
            yield return At(severity, DiagnosticCodes.Contradiction, meta.At(FieldCatalog.Validity),
                $"有效性写着“{meta.Validity}”，却又写了替代文件（supersededBy: {meta.SupersededBy}）；被替代的文件应写 validity: 失效 或 废止");
        }
    }

    private static IEnumerable<Diagnostic> Disclosure(Page page, Severity severity)
    {
        if (page.Section != SectionDefaults.Notices)
        {
            yield break;
        }

        foreach (var (field, value, example) in new[] { (FieldCatalog.Summary, page.Meta.Summary, "用一两句话说明通知要点"), (FieldCatalog.Topic, page.Meta.Topic, "如 质量监管、消费维权") })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                var at = page.Meta.Spans.ContainsKey(field.Key) ? page.Meta.At(field) : new SourceLocation(page.Source.SitePath, 1, 1);
                yield return At(severity, DiagnosticCodes.DisclosureIncomplete, at,
                    $"通知的信息公开栏需要“{field.Label}”（{field.Key}），这里是空的；填上内容（{example}）");
            }
        }
    }

    private static Diagnostic At(Severity severity, string code, SourceLocation at, string message) =>
        new(severity, code, at.Path, at.Line, at.Column, message);
}
