using System.Net;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace QualitySite.Generator.MarkdownRendering;

/// <summary>
/// Body tables that work on a phone. Each cell carries its column's name (data-label), so a table
/// of three or more columns (class "stack") is laid out as one card per row on narrow screens
/// (site.css) with every value beside its label; its table roles are written out so the cards
/// stay a table to screen readers. Such a table sits in a labelled, keyboard-focusable region that
/// scrolls sideways should it still be too wide. Two-column tables wrap their text and need neither.
/// </summary>
public sealed class ProseTables : IMarkdownExtension
{
    /// <summary>Tables with at least this many columns become cards on a phone.</summary>
    public const int StackFrom = 3;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlTableRenderer>(new Renderer());
        }
    }

    private sealed class Renderer : HtmlObjectRenderer<Table>
    {
        protected override void Write(HtmlRenderer renderer, Table table)
        {
            var header = table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader);
            var labels = header?.OfType<TableCell>().Select(PlainText).ToList() ?? [];
            var stack = table.ColumnDefinitions.Count(c => c is not null) >= StackFrom || labels.Count >= StackFrom;
            var roles = stack ? Roles.Written : Roles.None;
            if (stack)
            {
                var name = labels.Count > 0 ? "表格：" + string.Join("、", labels.Where(l => l.Length > 0)) : "表格";
                renderer.Write("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"").Write(WebUtility.HtmlEncode(name)).WriteLine("\">");
                renderer.Write("<table class=\"stack\" role=\"table\"").WriteAttributes(table).WriteLine(">");
            }
            else
            {
                renderer.Write("<table").WriteAttributes(table).WriteLine(">");
            }

            var inBody = false;
            foreach (var row in table.OfType<TableRow>())
            {
                if (row.IsHeader && !inBody)
                {
                    renderer.WriteLine(roles.Group("<thead"));
                }
                else if (!inBody)
                {
                    if (header is not null)
                    {
                        renderer.WriteLine("</thead>");
                    }

                    renderer.WriteLine(roles.Group("<tbody"));
                    inBody = true;
                }

                WriteRow(renderer, table, row, labels, roles);
            }

            renderer.WriteLine(inBody ? "</tbody>" : header is not null ? "</thead>" : "");
            renderer.WriteLine("</table>");
            if (stack)
            {
                renderer.WriteLine("</div>");
            }
        }

        private static void WriteRow(HtmlRenderer renderer, Table table, TableRow row, List<string> labels, Roles roles)
        {
            renderer.Write(roles.Row("<tr")).WriteAttributes(row).WriteLine(">");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = (TableCell)row[i];
                var column = cell.ColumnIndex < 0 ? i : cell.ColumnIndex;
                renderer.Write(row.IsHeader ? roles.Header("<th scope=\"col\"") : roles.Cell("<td"));
                if (!row.IsHeader && column < labels.Count && labels[column].Length > 0)
                {
                    renderer.Write(" data-label=\"").Write(WebUtility.HtmlEncode(labels[column])).Write('"');
                }

                if (cell.ColumnSpan > 1)
                {
                    renderer.Write($" colspan=\"{cell.ColumnSpan}\"");
                }

                if (column < table.ColumnDefinitions.Count && table.ColumnDefinitions[column].Alignment is { } align)
                {
                    renderer.Write(align switch
                    {
                        TableColumnAlign.Center => " style=\"text-align: center;\"",
                        TableColumnAlign.Right => " style=\"text-align: right;\"",
                        _ => " style=\"text-align: left;\"",
                    });
                }

                renderer.WriteAttributes(cell).Write('>');
                var implicitParagraph = renderer.ImplicitParagraph;
                renderer.ImplicitParagraph = true;
                renderer.Write(cell);
                renderer.ImplicitParagraph = implicitParagraph;
                renderer.WriteLine(row.IsHeader ? "</th>" : "</td>");
            }

            renderer.WriteLine("</tr>");
        }

        /// <summary>A header cell's text, markup removed, for labels.</summary>
        private static string PlainText(TableCell cell)
        {
            // One renderer per thread: building an HtmlRenderer registers a score of object renderers.
            var plain = t_plain ??= new HtmlRenderer(new StringWriter()) { EnableHtmlForInline = false, EnableHtmlEscape = false, ImplicitParagraph = true };
            var writer = (StringWriter)plain.Writer;
            writer.GetStringBuilder().Clear();
            plain.Render(cell);
            plain.Writer.Flush();
            return writer.ToString().Trim();
        }

        [ThreadStatic]
        private static HtmlRenderer? t_plain;
    }

    /// <summary>The table roles written out on card tables (a table laid out as blocks loses them in some browsers).</summary>
    private sealed record Roles(bool On)
    {
        public static readonly Roles Written = new(true);
        public static readonly Roles None = new(false);

        public string Group(string open) => On ? open + " role=\"rowgroup\">" : open + ">";

        public string Row(string open) => On ? open + " role=\"row\"" : open;

        public string Header(string open) => On ? open + " role=\"columnheader\"" : open;

        public string Cell(string open) => On ? open + " role=\"cell\"" : open;
    }
}
