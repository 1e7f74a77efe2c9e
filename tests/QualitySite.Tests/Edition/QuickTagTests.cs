using QualitySite.Generator.Config;
using QualitySite.Generator.Edition;

namespace QualitySite.Tests.Edition;

/// <summary>
/// Tags that name one page (links, ids, dates) take a short path through the edition's markup
/// rewrite (Edition/QuickTags.cs); with a quoted or unquoted link, a second address attribute, an
/// attribute people read, a noconvert class, a void element or a verbatim one beside them, the page
/// must come out as the full rewrite writes it.
/// </summary>
public sealed class QuickTagTests
{
    [Fact]
    public void Links_ids_and_dates_are_copied_with_links_moved_into_the_edition()
    {
        var edition = new TraditionalEdition(SiteConfig.Fallback with { Traditional = SiteConfig.Fallback.Traditional with { Enabled = true } });
        const string html = "<p><a href=\"/notices/b/\">质量</a> <a class=\"x\" href='/guides/c/' id=\"k1\">发布</a> "
            + "<a data-href=\"/z/\" href=\"/notices/w/\">头发</a> <a href=\"/notices/t/\" title=\"质量\">里</a> "
            + "<a class=\"noconvert\" href=\"/notices/y/\">头发</a> <time datetime=\"2026-01-01\">今后</time> "
            + "<h2 id=\"一、发布\">一、发布</h2> <img src=\"/images/a.png\" alt=\"质量\"><a href=/notices/u/>面</a>"
            + "<br id=\"b1\"/><code id=\"c1\">头发</code> 头发</p>"
            + "<div class=\"noconvert\"><div id=\"q\">头发</div>头发</div>头发";
        Assert.Equal(
            "<p><a href=\"/zh-hant/notices/b/\">質量</a> <a class=\"x\" href='/zh-hant/guides/c/' id=\"k1\">發佈</a> "
            + "<a data-href=\"/z/\" href=\"/zh-hant/notices/w/\">頭髮</a> <a href=\"/zh-hant/notices/t/\" title=\"質量\">裏</a> "
            + "<a class=\"noconvert\" href=\"/zh-hant/notices/y/\">头发</a> <time datetime=\"2026-01-01\">今後</time> "
            + "<h2 id=\"一、发布\">一、發佈</h2> <img src=\"/images/a.png\" alt=\"質量\"><a href=/zh-hant/notices/u/>面</a>"
            + "<br id=\"b1\"/><code id=\"c1\">头发</code> 頭髮</p>"
            + "<div class=\"noconvert\"><div id=\"q\">头发</div>头发</div>頭髮",
            edition.Convert("notices/a/index.html", html));
    }
}
