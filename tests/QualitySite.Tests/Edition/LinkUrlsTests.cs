using System.Text.RegularExpressions;
using QualitySite.Generator.Config;
using QualitySite.Generator.Edition;

namespace QualitySite.Tests.Edition;

/// <summary>
/// The edition moves the site's addresses in JSON (fragments, JSON Feed, JSON-LD) into the
/// edition with a hand-written scan; it must change exactly what the pattern it replaced did.
/// </summary>
public sealed partial class LinkUrlsTests
{
    [GeneratedRegex("\"((?:https?://[^\"/]+)?/[^\"]*)\"")]
    private static partial Regex Reference();

    [Theory]
    [InlineData("""{"u":"/notices/a/","t":"标题"}""")]
    [InlineData("""{"url":"https://example.invalid/guides/b/","x":"https://other.example/guides/b/"}""")]
    [InlineData("""["/", "/search/", "/assets/site.css", "/zh-hant/notices/a/", "/tags/羊绒衫/"]""")]
    [InlineData("""{"a":"https:///x","b":"http://host","c":"httpx://h/x","d":"http://h/x","e":"h/x"}""")]
    [InlineData("""{"esc":"/a\"b","next":"/notices/c/"}""")]
    [InlineData("\"/notices/unclosed")]
    [InlineData("""no quotes at all""")]
    [InlineData("\"\" \"/\" \"\" \"/notices/a/\"")]
    public void Links_the_same_addresses_as_the_pattern_did(string json)
    {
        var edition = new TraditionalEdition(SiteConfig.Fallback with { Traditional = SiteConfig.Fallback.Traditional with { Enabled = true } });
        var expected = Reference().Replace(json, m => "\"" + edition.Link(m.Groups[1].Value) + "\"");
        Assert.Equal(expected, edition.LinkUrls(json));
    }

    [Fact]
    public void A_page_address_moves_into_the_edition_and_others_stay()
    {
        var edition = new TraditionalEdition(SiteConfig.Fallback with { Traditional = SiteConfig.Fallback.Traditional with { Enabled = true } });
        Assert.Equal("""{"u":"/zh-hant/notices/a/","css":"/assets/site.css","o":"https://other.example/notices/a/"}""",
            edition.LinkUrls("""{"u":"/notices/a/","css":"/assets/site.css","o":"https://other.example/notices/a/"}"""));
    }

    /// <summary>Under a base path, site addresses (root-relative or absolute) move into the edition after the base, in a page's links too; assets, other sites and other paths stay.</summary>
    [Fact]
    public void Addresses_under_a_base_path_move_after_it()
    {
        var edition = new TraditionalEdition(SiteConfig.Fallback with
        {
            BaseUrl = new Uri("https://example.gov.cn/qx/"),
            Traditional = SiteConfig.Fallback.Traditional with { Enabled = true },
        });
        Assert.Equal("/qx/zh-hant/notices/a/", edition.Link("/qx/notices/a/"));
        Assert.Equal("https://example.gov.cn/qx/zh-hant/notices/a/?p=1#x", edition.Link("https://example.gov.cn/qx/notices/a/?p=1#x"));
        Assert.Equal("/qx/assets/site.css", edition.Link("/qx/assets/site.css"));
        Assert.Equal("/other/notices/a/", edition.Link("/other/notices/a/"));
        Assert.Equal("https://example.gov.cn/other/", edition.Link("https://example.gov.cn/other/"));
        Assert.Equal("/qx/zh-hant/notices/a/", edition.Link("/qx/zh-hant/notices/a/"));
        Assert.Equal(
            "<p><a href=\"/qx/zh-hant/notices/a/\" id=\"x\">頭髮</a><a href=\"/qx/data.csv\" id=\"y\">數據</a></p>",
            edition.Convert("notices/b/index.html", "<p><a href=\"/qx/notices/a/\" id=\"x\">头发</a><a href=\"/qx/data.csv\" id=\"y\">数据</a></p>"));
    }
}
