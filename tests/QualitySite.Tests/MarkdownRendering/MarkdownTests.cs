using QualitySite.Generator.Diagnostics;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.MarkdownRendering;

/// <summary>Markdown as our editors write it: Chinese headings, CJK emphasis, tables, footnotes, links between files.</summary>
public sealed class MarkdownTests
{
    private static string Render(string body, string config = "", Dictionary<string, string>? more = null)
    {
        var files = new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(body: body) };
        foreach (var (k, v) in more ?? [])
        {
            files[k] = v;
        }

        using var site = new TestSite(files);
        if (config.Length > 0)
        {
            site.Write("site.yml", TestSite.DefaultConfig + "\n" + config);
        }

        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        return site.ReadOutput("notices/a/index.html");
    }

    /// <summary>
    /// A site that allows raw HTML gets the text of an HTML block (a table pasted from a word
    /// processor) into search and summaries: tags and scripts out, entities decoded.
    /// </summary>
    [Fact]
    public void Text_of_raw_html_blocks_is_searchable()
    {
        var body = "<table>\n<tr><td>清溪市雪域&amp;绒业有限公司</td><td>不合格</td></tr>\n</table>\n\n<script>var hidden = 1;</script>\n";
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(body: body) });
        site.Write("site.yml", TestSite.DefaultConfig + "\nmarkdown:\n  unsafeHtml: true\n");
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var fragments = Directory.EnumerateFiles(Path.Combine(site.Output, "search"), "*.json", SearchOption.AllDirectories)
            .Where(f => f.Contains("/f/")).Select(f => System.Text.Json.JsonDocument.Parse(File.ReadAllText(f)).RootElement).ToList();
        var text = Assert.Single(fragments, f => f.GetProperty("u").GetString() == "/notices/a/").GetProperty("x").GetString();
        Assert.Contains("清溪市雪域&绒业有限公司", text);
        Assert.Contains("不合格", text);
        Assert.DoesNotContain("<td>", text);
        Assert.DoesNotContain("hidden", text);
    }

    [Fact]
    public void Chinese_headings_get_readable_stable_ids()
    {
        var html = Render("## 一、精心组织\n\n## 一、精心组织\n\n## Setup 步骤\n");
        Assert.Contains("<h2 id=\"一精心组织\">一、精心组织</h2>", html);
        Assert.Contains("<h2 id=\"一精心组织-1\">", html);
        Assert.Contains("<h2 id=\"setup-步骤\">", html);
        Assert.Contains("href=\"#一精心组织\"", html);
    }

    [Fact]
    public void Cjk_emphasis_next_to_punctuation_renders()
    {
        var html = Render("这是**重要。**对吧");
        Assert.Contains("这是<strong>重要。</strong>对吧", html);
    }

    [Fact]
    public void Tables_footnotes_and_task_lists_render()
    {
        var html = Render("| 产品 | 批次 |\n| --- | --- |\n| 羊绒衫 | 40 |\n\n说明[^1]\n\n[^1]: 注释内容\n\n- [x] 已完成\n");
        Assert.Contains("<table", html);
        Assert.Matches("<td[^>]*>羊绒衫</td>", html);
        Assert.Contains("class=\"footnotes\"", html);
        Assert.Contains("type=\"checkbox\"", html);
    }

    /// <summary>Tables of three or more columns become cards on a phone: each cell names its column, the table sits in a labelled focusable region.</summary>
    [Fact]
    public void Wide_tables_carry_column_labels_and_a_labelled_region()
    {
        var html = Render("| 纤维 | **燃烧**时 | 灰烬 |\n| --- | :---: | ---: |\n| 羊绒 | 缓慢 | 黑色<br>易碎 |\n| 腈纶 | 迅速 | 硬块 |\n");
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var region = doc.QuerySelector("div.table-wrap")!;
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.Equal("表格：纤维、燃烧时、灰烬", region.GetAttribute("aria-label"));
        var table = region.QuerySelector("table.stack")!;
        Assert.Equal(["纤维", "燃烧时", "灰烬", "纤维", "燃烧时", "灰烬"], table.QuerySelectorAll("tbody td").Select(td => td.GetAttribute("data-label")));
        Assert.Equal(["columnheader", "columnheader", "columnheader"], table.QuerySelectorAll("thead th").Select(th => th.GetAttribute("role")));
        Assert.Contains("text-align: center", table.QuerySelectorAll("tbody td")[1].GetAttribute("style"));
        Assert.Equal("羊绒", table.QuerySelector("tbody td")!.TextContent);

        var narrow = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Render("| 标志 | 含义 |\n| --- | --- |\n| 3C | 强制性产品认证 |\n"));
        Assert.Null(narrow.QuerySelector(".table-wrap"));
        Assert.Null(narrow.QuerySelector("table.stack"));
        Assert.Equal("标志", narrow.QuerySelector("tbody td")!.GetAttribute("data-label"));
    }

    /// <summary>::…:: marks a noconvert span only when set off from letters and digits: a::b and std::string stay text.</summary>
    [Fact]
    public void Double_colons_inside_words_stay_text()
    {
        var html = Render("比例 a::b 和 c::d，std::string 与 std::vector，时间 09::00。引用 ::这里的发票:: 保持。");
        Assert.Contains("比例 a::b 和 c::d，std::string 与 std::vector，时间 09::00。引用 <span class=\"noconvert\">这里的发票</span> 保持。", html);
    }

    [Fact]
    public void Raw_html_is_escaped_by_default()
    {
        var html = Render("<script>alert(1)</script>\n\n段落<b>粗</b>");
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<b>粗</b>", html);
    }

    /// <summary>
    /// HTML that a site without raw HTML shows as text (a pasted link, a comment meant to stay hidden)
    /// is a warning at its line and column that says what to write instead; code, autolinks and a
    /// comparison (a &lt; b &gt; c) are not, and a site that allows raw HTML gets none.
    /// </summary>
    [Fact]
    public void Raw_html_shown_as_text_is_a_warning_at_its_line_and_column()
    {
        var page = "---\ntitle: 通知\ndate: 2026-09-01\n---\n\n附件：<a href=\"/files/x.pdf\">检验报告</a>\n\n<!-- 内部备注：不公开 -->\n\n代码 `<b>` 和 <https://example.gov.cn/>，温度 a < b > c。\n";
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = page });
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.RawHtmlEscaped).ToList();
        Assert.Equal(
            [("content/notices/a.md", 6, 4), ("content/notices/a.md", 6, 31), ("content/notices/a.md", 8, 1)],
            warnings.Select(w => (w.Path, w.Line, w.Column)));
        Assert.Contains("[文字](地址)", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("不会隐藏", warnings[2].Message, StringComparison.Ordinal);
        Assert.Contains("&lt;!-- 内部备注：不公开 --&gt;", site.ReadOutput("notices/a/index.html"), StringComparison.Ordinal);

        site.Write("site.yml", TestSite.DefaultConfig + "\nmarkdown:\n  unsafeHtml: true\n");
        Assert.DoesNotContain(site.Build().Diagnostics, d => d.Code == DiagnosticCodes.RawHtmlEscaped);
    }

    [Fact]
    public void Raw_html_passes_when_site_turns_it_on()
    {
        var html = Render("段落<b>粗</b>", "markdown:\n  unsafeHtml: true\n");
        Assert.Contains("段落<b>粗</b>", html);
    }

    [Fact]
    public void Links_to_content_files_become_page_urls_with_anchor()
    {
        var html = Render("见[指南](../guides/g.md#一看)", more: new() { ["content/guides/g.md"] = Pages.Notice(title: "指南") });
        // Markdig percent-encodes non-ASCII in hrefs; browsers decode the fragment to find id="一看".
        Assert.Contains("<a href=\"/guides/g/#%E4%B8%80%E7%9C%8B\">指南</a>", html);
    }

    [Fact]
    public void Images_next_to_content_are_copied_and_linked_from_the_site_root()
    {
        var html = Render("![示意图](img/a.svg)", more: new() { ["content/notices/img/a.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>" });
        Assert.Contains("src=\"/notices/img/a.svg\"", html);
    }

    [Fact]
    public void Broken_link_is_an_error_at_its_line_and_column()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = "---\ntitle: 通知\ndate: 2026-09-01\n---\n\n第一段。\n\n详见[指南](../guides/missing.md)。\n" });
        var error = TestSite.Single(site.Build(), DiagnosticCodes.BrokenLink);
        Assert.Equal(("content/notices/a.md", 8, 3), (error.Path, error.Line, error.Column));
        Assert.Contains("missing.md", error.Message);
    }

    [Fact]
    public void Missing_image_is_an_error()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(body: "![图](nope.png)") });
        Assert.Equal(DiagnosticCodes.MissingImage, Assert.Single(site.Build().Diagnostics, d => d.IsError).Code);
    }
}
