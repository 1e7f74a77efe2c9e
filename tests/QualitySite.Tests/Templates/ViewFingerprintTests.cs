using QualitySite.Generator.Templates;
using QualitySite.Generator.Templates.ViewModels;

namespace QualitySite.Tests.Templates;

/// <summary>The preview's page memo is only as good as the hash of the views: equal views hash alike, any readable difference apart.</summary>
public sealed class ViewFingerprintTests
{
    private static List<CrumbView> Crumbs(string last) => [new("首页", "/", false), new("消费提示", "/guides/", false), new(last, "/guides/a/", true)];

    [Fact]
    public void Equal_views_made_separately_have_one_fingerprint()
    {
        Assert.Equal(ViewFingerprint.Of("t", Crumbs("羊绒衫"), new MenuView("首页", "/", true)), ViewFingerprint.Of("t", Crumbs("羊绒衫"), new MenuView("首页", "/", true)));
    }

    [Fact]
    public void A_difference_anywhere_in_the_view_changes_the_fingerprint()
    {
        var baseline = ViewFingerprint.Of("t", Crumbs("羊绒衫"));
        Assert.NotEqual(baseline, ViewFingerprint.Of("t", Crumbs("羊絨衫")));
        Assert.NotEqual(baseline, ViewFingerprint.Of("u", Crumbs("羊绒衫")));
        Assert.NotEqual(baseline, ViewFingerprint.Of("t", Crumbs("羊绒衫").Take(2).ToList()));
        Assert.NotEqual(ViewFingerprint.Of("t", new CrumbView("首页", "/", false)), ViewFingerprint.Of("t", new CrumbView("首页", "/", true)));
        Assert.NotEqual(ViewFingerprint.Of("t", new AlertView("停电", null)), ViewFingerprint.Of("t", new AlertView("停电", "")));
        Assert.NotEqual(ViewFingerprint.Of("t", new List<string> { "ab", "c" }), ViewFingerprint.Of("t", new List<string> { "a", "bc" }));
        Assert.NotEqual(ViewFingerprint.Of("t", new TermLinkView("电梯", "/tags/dianti/", 3)), ViewFingerprint.Of("t", new TermLinkView("电梯", "/tags/dianti/", 4)));
    }

    [Fact]
    public void A_value_it_cannot_read_completely_gives_no_fingerprint()
    {
        Assert.Null(ViewFingerprint.Of("t", new KeyValuePair<string, Uri>("站点", new Uri("https://example.gov.cn/"))));
        Assert.NotNull(ViewFingerprint.Of("t", new KeyValuePair<string, string>("站点", "https://example.gov.cn/")));
    }
}
