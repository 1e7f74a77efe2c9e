using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Model;

namespace QualitySite.Generator.MarkdownRendering;

/// <summary>
/// A site that does not allow raw HTML (markdown.unsafeHtml off, the default) shows HTML written in
/// a page as text: a pasted &lt;a href&gt; link or an &lt;!-- note --&gt; meant to stay hidden appears
/// on the public page as it was typed. Each such tag is a warning at its line and column, saying what
/// to write instead, so nothing is published that the editor did not mean. Code (`&lt;b&gt;`) is left alone.
/// </summary>
public static partial class RawHtmlText
{
    /// <summary>A comment's start, or a start or end tag: a letter right after '&lt;' (so "a &lt; b &gt; c" is none).</summary>
    [GeneratedRegex(@"<!--|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    /// <summary>Warns of every tag in the text of one block's inlines.</summary>
    public static void Report(ContainerInline inlines, Page page, List<Diagnostic> diagnostics)
    {
        foreach (var literal in inlines.Descendants<LiteralInline>())
        {
            var content = literal.Content;
            if (content.IndexOf('<') < 0)
            {
                continue;
            }

            foreach (Match match in Tag().Matches(content.ToString()))
            {
                var at = new SourceLocation(page.Source.SitePath, page.BodyFirstLine + literal.Line, literal.Column + match.Index + 1);
                var shown = match.Value.Length > 40 ? match.Value[..40] + "…" : match.Value;
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.RawHtmlEscaped, at, match.Value.StartsWith("<!--", StringComparison.Ordinal)
                    ? $"HTML 注释“{shown}”不会隐藏，会作为文字显示在页面上；不想发布的内容请删去"
                    : $"HTML 标记“{shown}”不会生效，会作为文字原样显示在页面上；链接写成 [文字](地址)，加粗写成 **文字**，或删去标记；确需 HTML 时在 site.yml 中设置 markdown: {{ unsafeHtml: true }}"));
            }
        }
    }
}
