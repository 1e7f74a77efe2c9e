using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using QualitySite.Generator.Diagnostics;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Integration;

/// <summary>The Traditional edition (site.yml traditional.enabled): the whole site again under /zh-hant/, converted at build time.</summary>
public sealed class EditionTests
{
    private const string Config = TestSite.DefaultConfig + "\ntraditional:\n  enabled: true\n  path: /zh-hant/\n";

    private static readonly HtmlParser Parser = new();

    private static TestSite Site(string config = Config) => new(new Dictionary<string, string>
    {
        ["site.yml"] = config,
        ["content/notices/hair.md"] = Pages.Notice(title: "头发干了再出门", extra: "tags: [羊绒衫]\nindexNo: 11339900MB0123456X/2026-00012\nissuer: 测试市场监督管理局\n",
            body: "人人参与质量提升。代码 `发展` 不变。引用 ::这里的发票:: 保持原样。\n\n:::noconvert\n这一段保持简体。\n:::\n\n参见[另一篇](/guides/t/)和[数据](/notices/data.csv)。"),
        ["content/guides/t.md"] = "---\ntitle: 選購羊絨衫\ndate: 2026-08-01\nlang: zh-Hant\ntags: [羊絨衫]\n---\n\n這是繁體頁面，照原樣出現。\n",
        ["content/notices/data.csv"] = "a,b\n1,2\n",
    });

    private static IDocument Html(TestSite site, string path) => Parser.ParseDocument(site.ReadOutput(path));

    [Fact]
    public void Every_page_is_written_again_in_traditional_with_links_into_the_edition()
    {
        using var site = Site();
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var simplified = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/')).Where(p => !p.StartsWith("zh-hant/", StringComparison.Ordinal)).ToList();
        Assert.Contains("notices/hair/index.html", simplified);
        Assert.Contains("search/index.html", simplified);
        Assert.All(simplified, p => Assert.True(site.OutputExists("zh-hant/" + p), $"zh-hant/{p} is missing"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "zh-hant/assets")), "assets are shared, not copied");

        var page = Html(site, "zh-hant/notices/hair/index.html");
        Assert.Equal("zh-Hant", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("頭髮乾了再出門", page.QuerySelector("h1")!.TextContent);
        var prose = page.QuerySelector(".prose")!;
        Assert.Contains("人人參與質量提升", prose.TextContent);
        Assert.Equal("发展", prose.QuerySelector("code")!.TextContent);
        Assert.Equal("这里的发票", prose.QuerySelector("span.noconvert")!.TextContent);
        Assert.Contains("这一段保持简体。", prose.QuerySelector("div.noconvert")!.TextContent);
        Assert.Contains("11339900MB0123456X/2026-00012", page.QuerySelector(".disclosure")!.TextContent);
        Assert.Contains("發佈日期", page.QuerySelector(".page-meta")!.TextContent);
        Assert.Contains("測試市場監督管理局", page.QuerySelector(".site-title")!.TextContent);
        Assert.Equal("通知公告", page.QuerySelector(".site-nav a[href='/zh-hant/notices/']")!.TextContent);

        // Links to pages and lists go into the edition; files and the switch back do not.
        var links = page.QuerySelectorAll("a[href^='/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/zh-hant/guides/t/", links);
        Assert.Contains("/notices/data.csv", links);
        Assert.All(links.Where(l => !l.EndsWith(".csv", StringComparison.Ordinal) && l != "/notices/hair/"), l => Assert.StartsWith("/zh-hant/", l));
        var back = page.QuerySelector("a.edition-switch")!;
        Assert.Equal(("/notices/hair/", "简体", "zh-Hans"), (back.GetAttribute("href"), back.TextContent, back.GetAttribute("lang")));
        var there = Html(site, "notices/hair/index.html").QuerySelector("a.edition-switch")!;
        Assert.Equal(("/zh-hant/notices/hair/", "繁體"), (there.GetAttribute("href"), there.TextContent));
        Assert.Equal("https://example.gov.cn/zh-hant/notices/hair/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        foreach (var doc in new[] { page, Html(site, "notices/hair/index.html") })
        {
            Assert.Equal("https://example.gov.cn/notices/hair/", doc.QuerySelector("link[hreflang='zh-Hans']")!.GetAttribute("href"));
            Assert.Equal("https://example.gov.cn/zh-hant/notices/hair/", doc.QuerySelector("link[hreflang='zh-Hant']")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void A_page_written_in_traditional_appears_as_written()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        var main = Html(site, "guides/t/index.html").QuerySelector(".prose")!.InnerHtml;
        var edition = Html(site, "zh-hant/guides/t/index.html").QuerySelector(".prose")!.InnerHtml;
        Assert.Equal(main, edition);
        Assert.Contains("這是繁體頁面", edition);

        // Its chrome is the site's words in Traditional in both editions, the government meta tags too.
        foreach (var path in new[] { "guides/t/index.html", "zh-hant/guides/t/index.html" })
        {
            var page = Html(site, path);
            Assert.Equal("測試市場監督管理局", page.QuerySelector("meta[name=SiteName]")!.GetAttribute("content"));
            Assert.Equal("消費提示", page.QuerySelector("meta[name=ColumnName]")!.GetAttribute("content"));
            Assert.Contains("選購", page.QuerySelector("meta[name=ColumnKeywords]")!.GetAttribute("content"));
        }

        Assert.Equal("测试市场监督管理局", Html(site, "notices/hair/index.html").QuerySelector("meta[name=SiteName]")!.GetAttribute("content"));

        // Its links to Simplified pages carry lang="zh-Hans" and the Simplified title; in the edition they lead to Traditional pages, so they read in Traditional.
        var there = Html(site, "guides/t/index.html").QuerySelector("a[href='/notices/hair/']")!;
        Assert.Equal(("头发干了再出门", "zh-Hans"), (there.TextContent, there.GetAttribute("lang")));
        var here = Html(site, "zh-hant/guides/t/index.html").QuerySelector("a[href='/zh-hant/notices/hair/']")!;
        Assert.Equal(("頭髮乾了再出門", "zh-Hant"), (here.TextContent, here.GetAttribute("lang")));
    }

    [Fact]
    public void Sitemap_feeds_and_search_have_their_traditional_editions()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        var sitemap = site.ReadOutput("sitemap.xml");
        Assert.Contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"", sitemap);
        Assert.Contains("<loc>https://example.gov.cn/zh-hant/notices/hair/</loc>", sitemap);
        Assert.Contains("<xhtml:link rel=\"alternate\" hreflang=\"zh-Hant\" href=\"https://example.gov.cn/zh-hant/notices/hair/\" />", sitemap);
        Assert.Contains("<xhtml:link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"https://example.gov.cn/notices/hair/\" />", sitemap);
        Assert.DoesNotContain("zh-hant/notices/data.csv", sitemap);

        var atom = site.ReadOutput("zh-hant/atom.xml");
        Assert.Contains("頭髮乾了再出門", atom);
        Assert.Contains("href=\"https://example.gov.cn/zh-hant/notices/hair/\"", atom);
        Assert.Contains("<category term=\"羊絨衫\" />", atom);
        Assert.DoesNotContain("羊绒衫", atom);
        Assert.Contains("<category term=\"羊绒衫\" />", site.ReadOutput("atom.xml"));
        Assert.Contains("\"language\": \"zh-Hant\"", site.ReadOutput("zh-hant/feed.json"));
        Assert.DoesNotContain("zh-Hans", site.ReadOutput("zh-hant/feed.json"));

        // Every feed the site writes, the site's and each section's in all three formats, has its Traditional twin.
        var feeds = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("zh-hant/", StringComparison.Ordinal) && Path.GetFileName(f) is "atom.xml" or "rss.xml" or "feed.json").ToList();
        Assert.Contains("notices/rss.xml", feeds);
        Assert.Contains("notices/feed.json", feeds);
        Assert.All(feeds, f => Assert.True(site.OutputExists("zh-hant/" + f), "no Traditional twin of " + f));
        Assert.Contains("https://example.gov.cn/zh-hant/notices/feed.json", site.ReadOutput("zh-hant/notices/feed.json"));
        Assert.Contains("頭髮乾了再出門", site.ReadOutput("zh-hant/notices/rss.xml"));

        // The structured data of a page in the edition names the edition's language.
        var jsonLd = Html(site, "zh-hant/notices/hair/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.Contains("\"inLanguage\":\"zh-Hant\"", jsonLd);
        Assert.Contains("\"inLanguage\":\"zh-Hans\"", Html(site, "notices/hair/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent);

        var manifest = Html(site, "zh-hant/search/index.html").QuerySelector("#search-manifest")!.TextContent;
        var @base = System.Text.RegularExpressions.Regex.Match(manifest, "\"base\":\"/search/([^\"]+)\"").Groups[1].Value;
        Assert.Contains($"\"fragments\":\"/zh-hant/search/{@base}\"", manifest);
        var fragments = Directory.EnumerateFiles(Path.Combine(site.Output, "zh-hant/search", @base, "f")).Select(File.ReadAllText).ToList();
        var hair = Assert.Single(fragments, f => f.Contains("\"u\":\"/zh-hant/notices/hair/\"", StringComparison.Ordinal));
        Assert.Contains("\"t\":\"頭髮乾了再出門\"", hair);
        Assert.Contains("\"l\":\"zh-Hant\"", hair);
        Assert.Contains("\"g\":[\"羊絨衫\"]", hair);
        Assert.Contains("人人參與質量提升", hair);

        // A page written in Traditional keeps its text; every fragment is one of the index's, in the edition's folder.
        var written = Assert.Single(fragments, f => f.Contains("\"u\":\"/zh-hant/guides/t/\"", StringComparison.Ordinal));
        Assert.Contains("\"t\":\"選購羊絨衫\"", written);
        Assert.Equal(
            Directory.EnumerateFiles(Path.Combine(site.Output, "search", @base, "f")).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(Path.Combine(site.Output, "zh-hant/search", @base, "f")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_term_in_either_script_is_one_term()
    {
        using var site = Site();
        Assert.True(site.Build().Succeeded);
        var tags = Html(site, "tags/index.html").QuerySelectorAll(".term-list a").Select(a => a.TextContent).ToList();
        Assert.Contains("羊绒衫", tags);
        Assert.DoesNotContain("羊絨衫", tags);
        var term = Html(site, "tags/羊绒衫/index.html").QuerySelectorAll(".item-title").Select(t => t.TextContent).ToList();
        Assert.Equal(2, term.Count);
        Assert.Equal("/tags/%E7%BE%8A%E7%BB%92%E8%A1%AB/", Html(site, "guides/t/index.html").QuerySelector("a.tag")!.GetAttribute("href"));
        Assert.Equal("羊絨衫", Html(site, "guides/t/index.html").QuerySelector("a.tag")!.TextContent);
        var manifest = Html(site, "search/index.html").QuerySelector("#search-manifest")!.TextContent;
        Assert.Contains("\"tags\":[\"羊绒衫\"]", manifest);

        // The search page offers the term once, by the name its documents carry, so the filter finds both pages.
        var options = Html(site, "search/index.html").QuerySelectorAll("select option").Select(o => o.GetAttribute("value")).Where(v => v!.Contains('羊')).ToList();
        Assert.Equal(["羊绒衫"], options);
    }

    /// <summary>A page that lists one term in both scripts shows it once.</summary>
    [Fact]
    public void A_term_written_twice_in_two_scripts_is_one_tag_on_its_page()
    {
        using var site = Site();
        site.Write("content/notices/both.md", Pages.Notice(title: "两种写法", extra: "tags: [羊绒衫, 羊絨衫, 纺织品]\n"));
        Assert.True(site.Build().Succeeded);
        var tags = Html(site, "notices/both/index.html").QuerySelectorAll("a.tag").Select(a => a.TextContent).ToList();
        Assert.Equal(["羊绒衫", "纺织品"], tags);
    }

    /// <summary>
    /// A Simplified page whose author wrote a tag or region in Traditional shows the term's
    /// Simplified name, as its term page and the lists do; the edition shows it in Traditional.
    /// </summary>
    [Fact]
    public void A_simplified_page_shows_a_term_written_in_traditional_by_its_simplified_name()
    {
        using var site = Site();
        site.Write("content/notices/pasted.md", Pages.Notice(title: "抽查通报", extra: "tags: [羊絨衫]\nregion: 臺灣\n"));
        site.Write("content/notices/other.md", Pages.Notice(title: "另一篇", date: "2026-09-03", extra: "region: 台湾\n"));
        Assert.True(site.Build().Succeeded);
        var page = Html(site, "notices/pasted/index.html");
        Assert.Equal("羊绒衫", page.QuerySelector("a.tag")!.TextContent);
        Assert.Contains("台湾", page.QuerySelector(".page-meta")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("臺灣", page.QuerySelector(".page-meta")!.TextContent, StringComparison.Ordinal);
        var regions = Html(site, "notices/index.html").QuerySelectorAll(".item-region").Select(r => r.TextContent).ToList();
        Assert.Equal(["台湾", "台湾"], regions);
        var edition = Html(site, "zh-hant/notices/pasted/index.html");
        Assert.Equal("羊絨衫", edition.QuerySelector("a.tag")!.TextContent);
        Assert.Contains("臺灣", edition.QuerySelector(".page-meta")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// A region only an inactive page names has no term page, yet the search page offers it as a
    /// filter: by its Simplified name on the Simplified search page (the region was shown as the
    /// Traditional page wrote it, 臨江區), converted on the edition's, with one value for both.
    /// </summary>
    [Fact]
    public void A_region_only_an_inactive_traditional_page_names_is_offered_in_each_editions_script()
    {
        using var site = Site();
        site.Write("content/notices/old-hant.md", "---\ntitle: 服務時間延長的通告\ndate: 2026-03-05\nlang: zh-Hant\nregion: 臨江區\nvalidity: 失效\n---\n\n繁體頁面。\n");
        Assert.True(site.Build().Succeeded);
        var plain = Html(site, "search/index.html").QuerySelectorAll("select option").Where(o => o.GetAttribute("value")!.Contains('江')).ToList();
        Assert.Equal([("临江区", "临江区")], plain.Select(o => (o.GetAttribute("value")!, o.TextContent)).ToList());
        var edition = Html(site, "zh-hant/search/index.html").QuerySelectorAll("select option").Where(o => o.GetAttribute("value")!.Contains('江')).ToList();
        Assert.Equal([("临江区", "臨江區")], edition.Select(o => (o.GetAttribute("value")!, o.TextContent)).ToList());
        Assert.Contains("\"regions\":[\"临江区\"]", Html(site, "search/index.html").QuerySelector("#search-manifest")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>
    /// A page written in Traditional whose author wrote a tag, region or product in Simplified shows
    /// them in Traditional in both editions (the edition keeps such a page as written, so it would
    /// otherwise show 羊绒衫 to Traditional readers); what was written in Traditional stays as written (台灣).
    /// </summary>
    [Fact]
    public void A_traditional_page_shows_terms_written_in_simplified_in_traditional()
    {
        using var site = Site();
        site.Write("content/guides/hant.md", "---\ntitle: 選購羊絨衫的竅門\ndate: 2026-08-02\nlang: zh-Hant\ntags: [羊绒衫, 台灣]\nregion: 清溪市\nproduct: 羊绒衫\n---\n\n繁體頁面。\n");
        Assert.True(site.Build().Succeeded);
        foreach (var path in new[] { "guides/hant/index.html", "zh-hant/guides/hant/index.html" })
        {
            var page = Html(site, path);
            Assert.Equal(["羊絨衫", "台灣"], page.QuerySelectorAll("a.tag").Select(a => a.TextContent).ToList());
            Assert.Contains("<dd>羊絨衫</dd>", page.Body!.InnerHtml, StringComparison.Ordinal);
            Assert.DoesNotContain("羊绒衫", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }
    }

    /// <summary>標籤 folds by Unihan to 标籤, not 标签: the terms are matched by their Simplified form as well.</summary>
    [Fact]
    public void A_term_whose_characters_the_fold_table_misses_is_still_one_term()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["content/notices/s.md"] = Pages.Notice(title: "简体通知", extra: "tags: [商品标签]\n"),
            ["content/notices/t.md"] = Pages.Notice(title: "繁體通知", date: "2026-09-02", extra: "tags: [商品標籤]\nlang: zh-Hant\n"),
        });
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var tags = Html(site, "tags/index.html").QuerySelectorAll(".term-list a").Select(a => a.TextContent).ToList();
        Assert.Equal(["商品标签"], tags.Where(t => t.StartsWith("商品", StringComparison.Ordinal)));
        Assert.Equal(2, Html(site, "tags/商品标签/index.html").QuerySelectorAll(".item-title").Length);
        Assert.Equal("商品標籤", Html(site, "notices/t/index.html").QuerySelector("a.tag")!.TextContent);
    }

    [Fact]
    public void The_taiwan_variant_uses_taiwan_words_and_its_language_tag()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["site.yml"] = Config.Replace("  path: /zh-hant/\n", "  path: /zh-tw/\n  variant: tw\n", StringComparison.Ordinal),
            ["content/notices/a.md"] = Pages.Notice(title: "软件和网络安全", body: "正文。"),
        });
        Assert.True(site.Build().Succeeded);
        var page = Html(site, "zh-tw/notices/a/index.html");
        Assert.Equal("zh-Hant-TW", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("軟體和網路安全", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("zh-Hant-TW", Html(site, "notices/a/index.html").QuerySelectorAll("link[rel=alternate][hreflang]")[^1].GetAttribute("hreflang"));
    }

    [Theory]
    [InlineData("  path: /a/b/\n", "traditional.path")]
    [InlineData("  variant: mo\n", "traditional.variant")]
    public void A_wrong_edition_setting_is_an_error_at_its_line(string setting, string named)
    {
        using var site = new TestSite(new Dictionary<string, string> { ["site.yml"] = Config.Replace("  path: /zh-hant/\n", setting, StringComparison.Ordinal) });
        var error = TestSite.Single(site.Build(), DiagnosticCodes.ConfigValue);
        Assert.Equal("site.yml", error.Path);
        Assert.Contains(named, error.Message);
        Assert.True(error.Line > 5);
    }

    /// <summary>A site written in Traditional has nothing to convert: the edition would publish it twice, so asking for one is an error at its line.</summary>
    /// <summary>An edition folder the site already uses (a section, a page, the assets; in any case) is an error at traditional.path, before anything is written.</summary>
    [Theory]
    [InlineData("/notices/", "notices/hair/index.html")]
    [InlineData("/Guides/", "guides/t/index.html")]
    [InlineData("/assets/", "assets/")]
    public void An_edition_folder_the_site_already_uses_is_an_error_at_its_line(string path, string named)
    {
        using var site = Site(Config.Replace("/zh-hant/", path, StringComparison.Ordinal));
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Path == "site.yml" && d.Code == DiagnosticCodes.ConfigValue);
        Assert.Contains("traditional.path", error.Message, StringComparison.Ordinal);
        Assert.Contains("/" + named, error.Message, StringComparison.Ordinal);
        Assert.True(error.Line > 5);
        Assert.False(Directory.Exists(site.Output) && Directory.EnumerateFileSystemEntries(site.Output).Any());
    }

    [Fact]
    public void An_edition_of_a_traditional_site_is_an_error_at_its_line()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["site.yml"] = Config + "language: zh-Hant\n" });
        var result = site.Build();
        var error = TestSite.Single(result, DiagnosticCodes.ConfigValue);
        Assert.Equal(("site.yml", 8), (error.Path, error.Line));
        Assert.Contains("zh-Hans", error.Message);
        Assert.False(result.Succeeded);
        Assert.False(site.OutputExists("index.html"), "a failed build writes nothing");
        Assert.False(site.OutputExists("zh-hant/index.html"));
    }

    /// <summary>A site term with no Traditional form is left out (an empty form would delete the name from the edition) and the editor is told at its line.</summary>
    [Fact]
    public void A_site_term_without_a_form_is_a_warning_at_its_line_and_changes_nothing()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["site.yml"] = Config + "  terms:\n    头发:\n    干了: 乾了\n",
            ["content/notices/hair.md"] = Pages.Notice(title: "头发干了再出门"),
        });
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var warning = TestSite.Single(result, DiagnosticCodes.ConfigValue);
        Assert.Equal(("site.yml", 11, Severity.Warning), (warning.Path, warning.Line, warning.Severity));
        Assert.Contains("“头发: 头发”", warning.Message);
        Assert.Equal("頭髮乾了再出門", Html(site, "zh-hant/notices/hair/index.html").QuerySelector("h1")!.TextContent);
    }

    /// <summary>A misspelt :::noconvert would let a quotation be converted: it stops the build at its line, and nothing is written.</summary>
    [Fact]
    public void A_block_mark_other_than_noconvert_is_an_error_at_its_line()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["site.yml"] = Config,
            ["content/notices/a.md"] = Pages.Notice(body: "第一段。\n\n:::noconvet\n原文。\n:::\n"),
        });
        var result = site.Build();
        var error = TestSite.Single(result, DiagnosticCodes.UnknownContainer);
        Assert.Equal(("content/notices/a.md", 8), (error.Path, error.Line));
        Assert.Contains(":::noconvet", error.Message);
        Assert.False(site.OutputExists("index.html"));
    }

    /// <summary>An unclosed :::noconvert runs to the end of the page, all of it then left Simplified in the edition: a warning at its line says so; a closed one says nothing.</summary>
    [Fact]
    public void A_noconvert_block_without_its_closing_line_is_a_warning_at_its_line() =>
        AssertUnclosedNoConvert(Config, "第一段。\n\n:::noconvert\n原文的头发。\n\n后面的头发。\n", ":::noconvert\n原文。\n:::\n\n后面的头发。\n", ":::");

    /// <summary>With raw HTML allowed, a noconvert element with no closing tag runs to the end of the body (the sanitizer closes it there): a warning at its line; a closed one, and a void or self-closed tag before it, say nothing.</summary>
    [Fact]
    public void A_raw_noconvert_element_without_its_closing_tag_is_a_warning_at_its_line() =>
        AssertUnclosedNoConvert(Config + "markdown:\n  unsafeHtml: true\n",
            "第一段。<br>\n\n<div class=\"quote noconvert\">\n\n原文的头发。\n\n后面的头发。\n", "<div class=\"noconvert\">\n\n原文。\n\n</div>\n\n后面的头发。\n", "</div>");

    /// <summary>Page a leaves its noconvert open at line 8, page b closes it: one warning, at a's line, naming the missing end; b's text after it is converted.</summary>
    private static void AssertUnclosedNoConvert(string config, string unclosed, string closed, string missingEnd)
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["site.yml"] = config,
            ["content/notices/a.md"] = Pages.Notice(body: unclosed),
            ["content/notices/b.md"] = Pages.Notice(title: "另一篇", body: closed),
        });
        var result = site.Build();
        Assert.True(result.Succeeded, TestSite.Errors(result));
        var warning = TestSite.Single(result, DiagnosticCodes.UnclosedBlock);
        Assert.Equal(("content/notices/a.md", 8, Severity.Warning), (warning.Path, warning.Line, warning.Severity));
        Assert.Contains(missingEnd, warning.Message, StringComparison.Ordinal);
        Assert.Contains("後面的頭髮", Html(site, "zh-hant/notices/b/index.html").QuerySelector(".prose")!.TextContent);
    }
}
