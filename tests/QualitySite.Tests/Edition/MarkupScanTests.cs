using System.Text;
using QualitySite.Generator.Config;
using QualitySite.Generator.Edition;

namespace QualitySite.Tests.Edition;

/// <summary>
/// How the edition reads a page's markup (Edition/MarkupConverter.cs): a '>' inside a quoted
/// attribute does not end the tag, comments and script bodies are copied, and a page handed over in
/// the renderer's builder converts exactly as the same text given as a string.
/// </summary>
public sealed class MarkupScanTests
{
    private static TraditionalEdition Edition() =>
        new(SiteConfig.Fallback with { Traditional = SiteConfig.Fallback.Traditional with { Enabled = true } });

    [Fact]
    public void A_quoted_greater_than_sign_stays_inside_its_tag()
    {
        const string html = "<p><a title=\"头发>质量\" href=\"/notices/x/\">头发</a><span data-x='a>b' class=\"noconvert\">头发</span>头发</p>";
        Assert.Equal(
            "<p><a title=\"頭髮>質量\" href=\"/zh-hant/notices/x/\">頭髮</a><span data-x='a>b' class=\"noconvert\">头发</span>頭髮</p>",
            Edition().Convert("notices/a/index.html", html));
    }

    [Fact]
    public void Comments_and_script_bodies_are_copied_and_an_unclosed_tag_runs_to_the_end()
    {
        const string html = "<!-- 头发 <b> --><script>var s = \"头发<p>\";</script><p>头发</p><a title=\"头发";
        Assert.Equal(
            "<!-- 头发 <b> --><script>var s = \"头发<p>\";</script><p>頭髮</p><a title=\"头发",
            Edition().Convert("notices/a/index.html", html));
    }

    /// <summary>
    /// A sentence that inline tags split converts as the sentence: 头<b>发</b>干了 is 頭<b>髮</b>乾了,
    /// where its pieces alone would give 發 and 幹了. Code, noconvert, a language and block tags end
    /// the sentence; text after a Simplified link on a Traditional page stays as written.
    /// </summary>
    [Fact]
    public void Inline_tags_do_not_split_a_sentence()
    {
        const string html = "<p>头<b>发</b>干了，<a href=\"/notices/x/\">衣服</a>干了，<em>头发</em><strong>干</strong>了。</p>"
            + "<p>头发<code>干</code>了</p><ul><li>头发</li><li>干了</li></ul>"
            + "<div lang=\"zh-Hant\"><p>這是<a href=\"/notices/y/\" lang=\"zh-Hans\">头发</a>干了</p></div>";
        Assert.Equal(
            "<p>頭<b>髮</b>乾了，<a href=\"/zh-hant/notices/x/\">衣服</a>乾了，<em>頭髮</em><strong>乾</strong>了。</p>"
            + "<p>頭髮<code>干</code>了</p><ul><li>頭髮</li><li>幹了</li></ul>"
            + "<div lang=\"zh-Hant\"><p>這是<a href=\"/zh-hant/notices/y/\" lang=\"zh-Hant\">頭髮</a>干了</p></div>",
            Edition().Convert("notices/a/index.html", html));
    }

    /// <summary>A link whose text is a file name keeps it (the downloaded file has that name); the same words elsewhere, or a link's other text, are converted.</summary>
    [Fact]
    public void A_links_text_that_is_a_file_name_stays_as_written()
    {
        const string html = "<p>附件：<a href=\"/files/a.docx\">2026年质量月活动方案.docx</a>、<a href=\"/files/b.pdf\"> 检验报告（发布版）.PDF </a>，"
            + "<a href=\"/notices/a/\">质量月活动方案</a>，<a href=\"/files/c.pdf\">下载：检验报告.pdf</a>，质量月活动方案.docx</p>";
        Assert.Equal(
            "<p>附件：<a href=\"/files/a.docx\">2026年质量月活动方案.docx</a>、<a href=\"/files/b.pdf\"> 检验报告（发布版）.PDF </a>，"
            + "<a href=\"/zh-hant/notices/a/\">質量月活動方案</a>，<a href=\"/files/c.pdf\">下載：檢驗報告.pdf</a>，質量月活動方案.docx</p>",
            Edition().Convert("notices/a/index.html", html));
    }

    [Fact]
    public void A_page_in_the_renderers_builder_converts_as_its_text_does()
    {
        var edition = Edition();
        var html = new StringBuilder();
        html.Append("<html lang=\"zh-Hans\"><body><a class=\"edition-switch noconvert\" href=\"/zh-hant/notices/a/\" hreflang=\"zh-Hant\" lang=\"zh-Hant\">繁體</a>");
        for (var i = 0; i < 2000; i++)
        {
            html.Append("<p id=\"p").Append(i).Append("\">头发干了，质量监督抽查结果发布。</p>\n");
        }

        html.Append("</body></html>");
        var expected = edition.Convert("notices/a/index.html", html.ToString());
        Assert.Contains("href=\"/notices/a/\" hreflang=\"zh-Hans\" lang=\"zh-Hans\">简体</a>", expected, StringComparison.Ordinal);
        Assert.Contains("頭髮乾了，質量監督抽查結果發佈。", expected, StringComparison.Ordinal);

        // A longer page first, so the thread's buffer holds more than the page: only the page is read.
        edition.ConvertPage("notices/b/index.html", new StringBuilder(html.ToString() + html));
        Assert.Equal(expected, edition.ConvertPage("notices/a/index.html", html).ToString());
    }

    /// <summary>
    /// A name introduced with a title keeps its surname where it is mentioned again on its own further
    /// down the page (OpenCC: 餘志剛要求); the next page starts with no names, whichever pages came
    /// before it on the thread, so a build converts the same whatever order its threads take.
    /// </summary>
    [Fact]
    public void A_name_introduced_on_a_page_keeps_its_surname_further_down()
    {
        var edition = Edition();
        const string introduced = "<p>局长余志刚出席会议。</p><p>会上<strong>余志刚</strong>要求，各单位要抓好落实。</p>";
        Assert.Equal(
            "<p>局長余志剛出席會議。</p><p>會上<strong>余志剛</strong>要求，各單位要抓好落實。</p>",
            edition.ConvertPage("notices/a/index.html", new StringBuilder(introduced)).ToString());
        Assert.Equal(
            "<p>會上<strong>餘志剛</strong>要求，各單位要抓好落實。其餘志剛</p>",
            edition.ConvertPage("notices/b/index.html", new StringBuilder("<p>会上<strong>余志刚</strong>要求，各单位要抓好落实。其余志刚</p>")).ToString());
        Assert.Equal(
            "<p>局長余志剛出席。其餘志剛說的</p>",
            edition.Convert("notices/c/index.html", "<p>局长余志刚出席。其余志刚说的</p>"));
    }

    /// <summary>
    /// A tag with a value of its own (a meta tag's content, a search box's placeholder, a link's title)
    /// is worked out once it is met again and then copied: each copy must be what working it out gives,
    /// inside text left as written (noconvert) and outside it, whichever came first.
    /// </summary>
    [Fact]
    public void A_tag_met_again_converts_as_it_did_the_first_time()
    {
        var edition = Edition();
        const string tags = "<meta name=\"SiteName\" content=\"头发质量\"><input id=\"q\" placeholder=\"输入关键词\"><a href=\"/notices/\" title=\"通知发布\">通知</a>";
        const string converted = "<meta name=\"SiteName\" content=\"頭髮質量\"><input id=\"q\" placeholder=\"輸入關鍵詞\"><a href=\"/zh-hant/notices/\" title=\"通知發佈\">通知</a>";
        const string kept = "<meta name=\"SiteName\" content=\"头发质量\"><input id=\"q\" placeholder=\"输入关键词\"><a href=\"/zh-hant/notices/\" title=\"通知发布\">通知</a>";
        for (var page = 0; page < 4; page++)
        {
            Assert.Equal("<div class=\"noconvert\">" + kept + "</div>", edition.Convert($"notices/k{page}/index.html", "<div class=\"noconvert\">" + tags + "</div>"));
            Assert.Equal(converted, edition.Convert($"notices/c{page}/index.html", tags));
        }
    }
}
