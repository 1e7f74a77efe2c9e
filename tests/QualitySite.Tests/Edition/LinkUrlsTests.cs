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
}
