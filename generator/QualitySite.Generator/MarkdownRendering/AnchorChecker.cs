using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Model;

namespace QualitySite.Generator.MarkdownRendering;

/// <summary>
/// Checks '#anchor' links once every page is rendered: the target page must have a heading with that
/// id. A warning in 'build' (the page still works, it just opens at the top), an error in 'check'.
/// </summary>
public static class AnchorChecker
{
    public static IEnumerable<Diagnostic> Check(IReadOnlyList<(Page Page, RenderedMarkdown Content)> rendered, Severity severity)
    {
        var ids = rendered.ToDictionary(r => r.Page.Source.ContentPath, r => r.Content.Ids, StringComparer.Ordinal);
        foreach (var link in rendered.SelectMany(r => r.Content.Anchors))
        {
            var anchor = Uri.UnescapeDataString(link.Anchor);
            if (ids.TryGetValue(link.TargetContentPath, out var known) && !known.Contains(anchor))
            {
                var near = known.Where(id => id.Contains(anchor, StringComparison.Ordinal) || anchor.Contains(id, StringComparison.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault();
                var hint = near is not null ? $"是不是要链接到 #{near}？" : known.Count == 0 ? "那个页面没有小标题，去掉 # 后面的部分" : $"那个页面的小标题有 {string.Join("、", known.Order(StringComparer.Ordinal).Take(8).Select(i => "#" + i))}";
                yield return new Diagnostic(severity, DiagnosticCodes.BrokenAnchor, link.At.Path, link.At.Line, link.At.Column,
                    $"content/{link.TargetContentPath} 里没有小标题 #{anchor}；{hint}");
            }
        }
    }
}
