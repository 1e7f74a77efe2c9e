using System.Net;
using System.Text;
using QualitySite.Generator.Config;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Model;
using QualitySite.Generator.SiteStructure;
using QualitySite.Generator.Templates.ViewModels;

namespace QualitySite.Generator.Templates;

/// <summary>
/// Stage 8: renders every content page (in parallel), the home page, the 404 and search pages and
/// alias redirects; <see cref="ListRenderer"/> does the lists. Each kind's layout renders the
/// article; <see cref="PageShell"/> wraps it in base.hbs.
/// </summary>
/// <param name="search">The search index's output, asked for only when the search page is rendered (last), so the index can be built meanwhile.</param>
/// <param name="memo">The preview's memory of the last build's pages (serve only): pages whose inputs did not change are not rendered again.</param>
public sealed class SiteRenderer(SiteModel site, TemplateCatalog catalog, ViewModelFactory views, Func<Search.SearchIndexOutput> search, Func<string, System.Text.StringBuilder, string, OutputFile>? write = null, RenderMemo? memo = null)
{
    private readonly PageShell _shell = new(site, catalog, views, write, memo);
    private readonly ListViewFactory _lists = new(views);
    private readonly StructuredData _jsonLd = new(site.Config, views.Words);

    public IReadOnlyList<OutputFile> RenderAll(DiagnosticBag bag)
    {
        var pages = new OutputFile?[site.Pages.Count];
        Parallel.For(0, site.Pages.Count, i => pages[i] = RenderPage(site.Pages[i], bag));

        var files = new List<OutputFile?>(pages);
        files.AddRange(new ListRenderer(site, _shell, _lists, _jsonLd).RenderAll(bag));
        files.Add(RenderHome(bag));
        files.Add(RenderNotFound(bag));
        files.Add(RenderSearch(bag));
        files.AddRange(site.Pages.SelectMany(p => p.Page.AliasPaths.Select(a => Redirect(p.Page, a))));
        return files.OfType<OutputFile>().ToList();
    }

    /// <summary>One content page alone (the preview's quick answer to an edit), against this site's lists and neighbours.</summary>
    public OutputFile? RenderOne(RenderedPage rendered, DiagnosticBag bag) => RenderPage(rendered, bag);

    private OutputFile? RenderPage(RenderedPage rendered, DiagnosticBag bag)
    {
        var page = rendered.Page;
        var article = views.Article(rendered);
        var section = site.Section(page.Section);
        var crumbs = new List<CrumbView> { new(article.T.Home, views.Site.HomeUrl, false) };
        if (page.Section != SectionDefaults.Pages)
        {
            crumbs.Add(new CrumbView(views.Words.For(section.Config.Title, page.Lang), section.Url, false));
        }

        crumbs.Add(new CrumbView(page.Meta.Title, page.Url, true));
        return _shell.Render(Layouts.Article(ContentKinds.ForSection(page.Section)), article, new ShellContent
        {
            Path = page.OutputPath,
            Lang = page.Lang,
            Title = page.Meta.Title,
            Description = rendered.Summary,
            Url = page.Url,
            Kind = article.Kind,
            Column = section.Config,
            CurrentSection = page.Section == SectionDefaults.Pages ? page.SitePath : section.SitePath,
            Breadcrumb = crumbs,
            JsonLd = _jsonLd.Article(rendered),
            Article = rendered,
            SectionFeed = page.Section == SectionDefaults.Pages ? null : ListRenderer.SectionFeed(section, views.Words.For(section.Config.Title, page.Lang)),
        }, bag, page.Source.SitePath);
    }

    private OutputFile? RenderHome(DiagnosticBag bag) => Simple("index.html", Layouts.Home, _lists.Home(), new SimpleFrame("", "home",
        new SectionConfig("", "首页", "首页", site.Config.Description, string.Join(",", site.Config.Sections.Values.Select(s => s.Title))), "/", [], _jsonLd.Home()), bag);

    private OutputFile? RenderNotFound(DiagnosticBag bag) => Simple("404.html", Layouts.NotFound, new NotFoundView(views.Site.HomeUrl, views.Menu(null, site.Config.Language), UiText.For(site.Config.Language)),
        new SimpleFrame("页面未找到", "not-found", new SectionConfig("", "页面未找到", "其他", "", ""), null, []), bag);

    private OutputFile? RenderSearch(DiagnosticBag bag)
    {
        var t = UiText.For(site.Config.Language);
        var crumbs = new List<CrumbView> { _shell.Home, new(t.Search, views.Site.SearchUrl, true) };
        var index = search();
        return Simple("search/index.html", Layouts.Search, _lists.Search(index.ManifestJson, index.FoldUrl),
            new SimpleFrame(t.Search, "search", new SectionConfig("", t.Search, "其他", "站内搜索", "搜索"), "search/", crumbs), bag);
    }

    private OutputFile? Simple<TView>(string path, Layout<TView> layout, TView model, SimpleFrame frame, DiagnosticBag bag)
        where TView : class
    {
        var url = site.Config.BasePath + (path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);
        return _shell.Render(layout, model, new ShellContent
        {
            Path = path, Lang = site.Config.Language, Title = frame.Title, Description = frame.Column.Description, Url = url, Kind = frame.Kind,
            Column = frame.Column, CurrentSection = frame.Current, Breadcrumb = frame.Crumbs, JsonLd = frame.JsonLd,
        }, bag);
    }

    /// <summary>What the home, search and 404 pages show around their body.</summary>
    private sealed record SimpleFrame(string Title, string Kind, SectionConfig Column, string? Current, IReadOnlyList<CrumbView> Crumbs, string JsonLd = "");

    private OutputFile Redirect(Page page, string aliasPath)
    {
        var target = WebUtility.HtmlEncode(page.Url);
        var absolute = WebUtility.HtmlEncode(new Uri(site.Config.BaseUrl, page.Url).AbsoluteUri);
        var title = WebUtility.HtmlEncode(page.Meta.Title);
        var html = $"""
            <!DOCTYPE html>
            <html lang="{page.Lang}">
            <head>
            <meta charset="utf-8">
            <title>{title}</title>
            <link rel="canonical" href="{absolute}">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url={target}">
            </head>
            <body>
            <p>本页已迁移至 <a href="{target}">{title}</a>。</p>
            </body>
            </html>

            """;
        return new OutputFile(UrlPlanning.SitePaths.OutputFileFor(aliasPath), OutputFile.Utf8(html), null, $"{page.Source.SitePath} (alias {aliasPath})");
    }
}
