using System.Text.Json;
using System.Xml;
using AngleSharp.Html.Parser;
using QualitySite.Generator.Diagnostics;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Integration;

/// <summary>Lists, pagination, taxonomies, archives, related pages, campaigns, alerts and scheduling (issue 4).</summary>
public sealed class SiteStructureTests
{
    private static readonly HtmlParser Parser = new();

    /// <summary>N notices dated one day apart, newest last in file order: n01 is oldest.</summary>
    private static Dictionary<string, string> Notices(int count, Func<int, string>? extra = null) =>
        Enumerable.Range(1, count).ToDictionary(
            i => $"content/notices/n{i:D2}.md",
            i => Pages.Notice(title: $"通知{i:D2}", date: new DateTime(2026, 1, 1).AddDays(i).ToString("yyyy-MM-dd"), extra: extra?.Invoke(i) ?? ""));

    private static List<string> Titles(string html) =>
        Parser.ParseDocument(html).QuerySelectorAll(".item-title a").Select(a => a.TextContent).ToList();

    [Fact]
    public void Sections_are_paginated_newest_first_with_stable_urls_and_an_accessible_pager()
    {
        using var site = new TestSite(Notices(23));
        site.Write("site.yml", TestSite.DefaultConfig + "\npagination:\n  pageSize: 10\n");
        Assert.True(site.Build().Succeeded);
        Assert.Equal(Enumerable.Range(14, 10).Reverse().Select(i => $"通知{i:D2}"), Titles(site.ReadOutput("notices/index.html")));
        Assert.Equal(["通知03", "通知02", "通知01"], Titles(site.ReadOutput("notices/page/3/index.html")));
        Assert.False(site.OutputExists("notices/page/4/index.html"));
        var pager = Parser.ParseDocument(site.ReadOutput("notices/page/2/index.html")).QuerySelector("nav.pager")!;
        Assert.Equal("分页", pager.GetAttribute("aria-label"));
        Assert.Equal("/notices/page/2/", pager.QuerySelector("[aria-current=page]")!.GetAttribute("href"));
        Assert.Equal("/notices/", pager.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/notices/page/3/", pager.QuerySelector("a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public void Taxonomy_pages_list_terms_with_counts_and_never_share_a_url()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = Pages.Notice(extra: "tags: [质量月, \"A B\"]\nregion: 临江区\n"),
            ["content/notices/b.md"] = Pages.Notice(extra: "tags: [质量月, \"A/B\"]\nregion: 临江区\n"),
            ["content/guides/c.md"] = Pages.Notice(extra: "tags: [质量月]\ncampaign: 质量月\n"),
        });
        Assert.True(site.Build().Succeeded);
        var index = Parser.ParseDocument(site.ReadOutput("tags/index.html"));
        var terms = index.QuerySelectorAll(".term-list li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("质量月 （3）", terms);
        Assert.Equal(3, Titles(site.ReadOutput("tags/质量月/index.html")).Count);
        Assert.Contains("href=\"/tags/%E8%B4%A8%E9%87%8F%E6%9C%88/\"", site.ReadOutput("tags/index.html"));
        Assert.True(site.OutputExists("tags/a-b/index.html"));
        Assert.True(site.OutputExists("tags/a-b-2/index.html"));
        Assert.Equal(2, Titles(site.ReadOutput("regions/临江区/index.html")).Count);
        Assert.Single(Titles(site.ReadOutput("campaigns/质量月/index.html")));
    }

    [Fact]
    public void Archives_count_every_published_page_by_year_and_month()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = Pages.Notice(date: "2025-03-01"),
            ["content/notices/b.md"] = Pages.Notice(date: "2026-03-02"),
            ["content/notices/c.md"] = Pages.Notice(date: "2026-03-20", extra: "validity: 废止\n"),
            ["content/notices/d.md"] = Pages.Notice(date: "2026-05-01"),
        });
        Assert.True(site.Build().Succeeded);
        var archive = site.ReadOutput("archives/index.html");
        Assert.Contains("2026年</a> <span class=\"term-count\">（3）", archive);
        Assert.Contains("2025年</a> <span class=\"term-count\">（1）", archive);
        var march = Parser.ParseDocument(site.ReadOutput("archives/2026/03/index.html"));
        Assert.Equal(2, march.QuerySelectorAll(".item").Length);
        Assert.Equal("废止", march.QuerySelector(".item-flag")!.TextContent);
    }

    [Fact]
    public void Expired_and_repealed_pages_stay_online_with_a_banner_but_leave_lists_and_feeds()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/old.md"] = Pages.Notice(title: "旧通知", extra: "validity: 失效\nsupersededBy: notices/new.md\n"),
            ["content/notices/new.md"] = Pages.Notice(title: "新通知"),
            ["content/notices/gone.md"] = Pages.Notice(title: "已过期通知", extra: "expiryDate: 2026-10-01\n"),
        });
        Assert.True(site.Build().Succeeded);
        var old = Parser.ParseDocument(site.ReadOutput("notices/old/index.html"));
        Assert.Contains("已失效", old.QuerySelector(".banner-expired")!.TextContent);
        Assert.Equal("/notices/new/", old.QuerySelector(".banner-expired a")!.GetAttribute("href"));
        Assert.Contains("过期", site.ReadOutput("notices/gone/index.html"));
        Assert.Equal(["新通知"], Titles(site.ReadOutput("notices/index.html")));
        foreach (var feed in new[] { "atom.xml", "rss.xml", "feed.json", "notices/atom.xml" })
        {
            Assert.DoesNotContain("旧通知", site.ReadOutput(feed));
            Assert.DoesNotContain("已过期通知", site.ReadOutput(feed));
        }

        var manifest = JsonDocument.Parse(site.ReadOutput("search/manifest.json")).RootElement;
        Assert.Equal(2, manifest.GetProperty("inactive").GetArrayLength());
    }

    [Fact]
    public void SupersededBy_must_name_a_published_page()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice(extra: "validity: 废止\nsupersededBy: notices/nope.md\n") });
        var error = TestSite.Single(site.Build(), DiagnosticCodes.BrokenLink);
        Assert.Equal(("content/notices/a.md", 5), (error.Path, error.Line));
    }

    [Fact]
    public void Feeds_have_the_required_elements_absolute_urls_and_one_per_section()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = Pages.Notice(title: "通知甲", extra: "updated: 2026-09-05\ntags: [质量月]\n"),
            ["content/guides/b.md"] = Pages.Notice(title: "指南乙", date: "2026-08-01"),
            ["content/notices/draft.md"] = Pages.Notice(title: "草稿", extra: "draft: true\n"),
        });
        Assert.True(site.Build().Succeeded);

        var atom = Xml(site.ReadOutput("atom.xml"));
        var ns = new XmlNamespaceManager(atom.NameTable);
        ns.AddNamespace("a", "http://www.w3.org/2005/Atom");
        foreach (var required in new[] { "a:id", "a:title", "a:updated", "a:author/a:name" })
        {
            Assert.NotNull(atom.SelectSingleNode($"/a:feed/{required}", ns));
        }

        var entries = atom.SelectNodes("/a:feed/a:entry", ns)!.Cast<XmlNode>().ToList();
        Assert.Equal(["通知甲", "指南乙"], entries.Select(e => e.SelectSingleNode("a:title", ns)!.InnerText));
        Assert.All(entries, e => Assert.StartsWith("https://example.gov.cn/", e.SelectSingleNode("a:id", ns)!.InnerText));
        Assert.Equal("2026-09-05T00:00:00+08:00", entries[0].SelectSingleNode("a:updated", ns)!.InnerText);
        Assert.Equal("2026-09-05T00:00:00+08:00", atom.SelectSingleNode("/a:feed/a:updated", ns)!.InnerText);

        var rss = Xml(site.ReadOutput("rss.xml"));
        foreach (var required in new[] { "title", "link", "description" })
        {
            Assert.NotNull(rss.SelectSingleNode($"/rss/channel/{required}"));
        }

        Assert.Equal("Tue, 01 Sep 2026 00:00:00 +0800", rss.SelectSingleNode("/rss/channel/item/pubDate")!.InnerText);
        var json = JsonDocument.Parse(site.ReadOutput("notices/feed.json")).RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", json.GetProperty("version").GetString());
        Assert.Equal(["通知甲"], json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal(["通知甲"], Xml(site.ReadOutput("notices/atom.xml")).SelectNodes("//a:entry/a:title", ns)!.Cast<XmlNode>().Select(n => n.InnerText));

        var head = Parser.ParseDocument(site.ReadOutput("notices/a/index.html")).Head!;
        var alternates = head.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("href")).ToList();
        Assert.Equal(["/atom.xml", "/notices/atom.xml"], alternates);
    }

    [Fact]
    public void Sitemap_lists_published_pages_with_lastmod_and_robots_points_to_it()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = Pages.Notice(extra: "updated: 2026-09-05\n"),
            ["content/notices/future.md"] = Pages.Notice(date: "2027-01-01"),
        });
        Assert.True(site.Build().Succeeded);
        var sitemap = Xml(site.ReadOutput("sitemap.xml"));
        var ns = new XmlNamespaceManager(sitemap.NameTable);
        ns.AddNamespace("s", "http://www.sitemaps.org/schemas/sitemap/0.9");
        var urls = sitemap.SelectNodes("//s:url", ns)!.Cast<XmlNode>().ToDictionary(u => u.SelectSingleNode("s:loc", ns)!.InnerText, u => u.SelectSingleNode("s:lastmod", ns)!.InnerText);
        Assert.Equal("2026-09-05", urls["https://example.gov.cn/notices/a/"]);
        Assert.Contains("https://example.gov.cn/", urls.Keys);
        Assert.Contains("https://example.gov.cn/notices/", urls.Keys);
        Assert.DoesNotContain("https://example.gov.cn/notices/future/", urls.Keys);
        Assert.Contains("Sitemap: https://example.gov.cn/sitemap.xml", site.ReadOutput("robots.txt"));
    }

    [Theory]
    [InlineData("2026-09-15", true)]
    [InlineData("2026-09-30", true)]
    [InlineData("2026-10-01", false)]
    public void The_current_campaign_leads_the_home_page_only_inside_its_dates(string date, bool shown)
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/launch.md"] = Pages.Notice(title: "质量月启动", date: "2026-08-25", extra: "campaign: 质量月\n"),
        });
        site.Write("site.yml", TestSite.DefaultConfig + "\ncampaigns:\n  - { name: 质量月, start: 2026-09-01, end: 2026-09-30, banner: 质量月进行中, landing: notices/launch.md }\n" +
            "alert:\n  text: 系统维护提示\n  start: 2026-09-10\n  end: 2026-09-30\n");
        var at = DateTimeOffset.Parse(date + "T12:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(site.Build(o => o with { Clock = new TestSite.FixedClock(at) }).Succeeded);
        var home = Parser.ParseDocument(site.ReadOutput("index.html"));
        var campaign = home.QuerySelector(".home-campaign");
        Assert.Equal(shown, campaign is not null);
        Assert.Equal(shown, site.ReadOutput("notices/launch/index.html").Contains("系统维护提示"));
        if (shown)
        {
            Assert.Equal("质量月进行中", campaign!.QuerySelector("h2")!.TextContent);
            Assert.Equal("/notices/launch/", campaign.QuerySelector(".campaign-landing a")!.GetAttribute("href"));
            Assert.Same(campaign, home.QuerySelector("main section"));
        }
    }

    [Fact]
    public void Related_pages_share_campaign_tags_or_product_best_first()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/guides/a.md"] = Pages.Notice(title: "甲", extra: "campaign: 质量月\ntags: [羊绒衫]\nproduct: 羊绒衫\n"),
            ["content/guides/b.md"] = Pages.Notice(title: "乙", extra: "campaign: 质量月\ntags: [羊绒衫]\nproduct: 羊绒衫\n"),
            ["content/notices/c.md"] = Pages.Notice(title: "丙", extra: "tags: [羊绒衫]\n"),
            ["content/notices/d.md"] = Pages.Notice(title: "丁", extra: "tags: [手机]\n"),
        });
        Assert.True(site.Build().Succeeded);
        var related = Parser.ParseDocument(site.ReadOutput("guides/a/index.html")).QuerySelectorAll(".related a").Select(a => a.TextContent).ToList();
        Assert.Equal(["乙", "丙"], related);
    }

    [Fact]
    public void Every_page_is_reachable_from_the_home_page_within_three_clicks()
    {
        using var site = new TestSite(Notices(60, i => $"tags: [标签{i % 7}]\n"));
        site.Write("site.yml", TestSite.DefaultConfig + "\npagination:\n  pageSize: 5\n");
        Assert.True(site.Build().Succeeded);
        var seen = new HashSet<string> { "/" };
        var frontier = new List<string> { "/" };
        for (var depth = 0; depth < 3; depth++)
        {
            frontier = frontier.SelectMany(url => Links(site, url)).Where(seen.Add).ToList();
        }

        var missing = Enumerable.Range(1, 60).Select(i => $"/notices/n{i:D2}/").Where(u => !seen.Contains(u)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Pages_carry_json_ld_with_the_government_publisher()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/a.md"] = Pages.Notice(extra: "period: { start: 2026-09-01, end: 2026-09-30 }\nregion: 临江区\n"),
            ["content/guides/g.md"] = Pages.Notice(),
        });
        Assert.True(site.Build().Succeeded);
        var notice = JsonLd(site.ReadOutput("notices/a/index.html"));
        Assert.Equal("SpecialAnnouncement", notice.GetProperty("@type").GetString());
        Assert.Equal("2026-09-01T00:00:00+08:00", notice.GetProperty("datePosted").GetString());
        Assert.Equal("2026-09-30T00:00:00+08:00", notice.GetProperty("expires").GetString());
        Assert.Equal("GovernmentOrganization", notice.GetProperty("publisher").GetProperty("@type").GetString());
        Assert.Equal("Article", JsonLd(site.ReadOutput("guides/g/index.html")).GetProperty("@type").GetString());
        Assert.Equal("WebSite", JsonLd(site.ReadOutput("index.html")).GetProperty("@type").GetString());
    }

    private static JsonElement JsonLd(string html) =>
        JsonDocument.Parse(Parser.ParseDocument(html).QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

    private static IEnumerable<string> Links(TestSite site, string url)
    {
        var file = Path.Combine(site.Output, Uri.UnescapeDataString(url).TrimStart('/'), "index.html");
        return File.Exists(file)
            ? Parser.ParseDocument(File.ReadAllText(file)).QuerySelectorAll("a[href^='/']").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!.Split('#')[0])).Where(h => h.EndsWith('/'))
            : [];
    }

    private static XmlDocument Xml(string text)
    {
        var doc = new XmlDocument();
        doc.LoadXml(text);
        return doc;
    }
}

/// <summary>The menu from site.yml marks the section being shown.</summary>
public sealed class MenuTests
{
    [Theory]
    [InlineData("notices/a/index.html", "/notices/")]
    [InlineData("notices/index.html", "/notices/")]
    [InlineData("index.html", "/")]
    public void Current_section_is_marked_in_the_menu(string page, string current)
    {
        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice() });
        Assert.True(site.Build().Succeeded);
        var nav = new HtmlParser().ParseDocument(site.ReadOutput(page)).QuerySelector("nav.site-nav")!;
        Assert.Equal([current], nav.QuerySelectorAll("[aria-current=page]").Select(a => a.GetAttribute("href")));
    }
}
