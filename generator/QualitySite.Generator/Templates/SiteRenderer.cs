using System.Globalization;
using System.Net;
using System.Text;
using QualitySite.Generator.Config;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Listing;
using QualitySite.Generator.Model;
using QualitySite.Generator.Templates.ViewModels;

namespace QualitySite.Generator.Templates;

/// <summary>
/// Stage 7: renders every page, section list, the home page, the 404 page and alias redirects
/// through the compiled layouts. Pages render in parallel; each inner layout's HTML becomes the
/// <c>Body</c> of base.hbs.
/// </summary>
public sealed class SiteRenderer(SiteModel site, TemplateCatalog catalog, ViewModelFactory views, string searchManifestJson)
{
    public const int HomeItemsPerBlock = 6;

    public IReadOnlyList<OutputFile> RenderAll(DiagnosticBag bag)
    {
        var pages = new OutputFile?[site.Pages.Count];
        Parallel.For(0, site.Pages.Count, i => pages[i] = RenderPage(site.Pages[i], bag));

        var files = pages.OfType<OutputFile>().ToList();
        files.AddRange(site.Sections.Where(s => s.Config.Name != SectionDefaults.Pages).Select(s => RenderSection(s, bag)).OfType<OutputFile>());
        files.Add(RenderHome(bag));
        files.Add(RenderNotFound(bag));
        files.Add(RenderSearch(bag));
        files.AddRange(site.Pages.SelectMany(p => p.Page.AliasPaths.Select(a => Redirect(p.Page, a))));
        return files.Where(f => f.Content is not null).ToList();
    }

    private OutputFile? RenderPage(RenderedPage rendered, DiagnosticBag bag)
    {
        var page = rendered.Page;
        var article = views.Article(rendered);
        var section = site.Section(page.Section);
        var what = page.Source.SitePath;
        var body = catalog.Render(article.Kind, article, what, bag);
        if (body is null)
        {
            return null;
        }

        var crumbs = new List<CrumbView> { new(article.T.Home, views.Site.HomeUrl, false) };
        if (page.Section != SectionDefaults.Pages)
        {
            crumbs.Add(new CrumbView(section.Config.Title, section.Url, false));
        }

        crumbs.Add(new CrumbView(page.Meta.Title, page.Url, true));
        var meta = GovMeta(section.Config) with
        {
            ArticleTitle = page.Meta.Title,
            PubDate = page.Meta.Date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            ContentSource = page.Meta.Issuer ?? site.Config.Publisher.Name,
            Keywords = page.Meta.Tags.Count > 0 ? string.Join(",", page.Meta.Tags) : null,
        };
        var layout = Layout(page.Lang, page.Meta.Title, rendered.Summary, page.Url, article.Kind, meta, page.Section, crumbs, body);
        return Html(page.OutputPath, layout, what, bag);
    }

    private OutputFile? RenderSection(SectionListing section, DiagnosticBag bag)
    {
        var body = catalog.Render("section", views.Section(section), $"the {section.Config.Name} list", bag);
        if (body is null)
        {
            return null;
        }

        var t = UiText.For(site.Config.Language);
        var crumbs = new List<CrumbView> { new(t.Home, views.Site.HomeUrl, false), new(section.Config.Title, section.Url, true) };
        var layout = Layout(site.Config.Language, section.Config.Title, section.Config.Description, section.Url, "section", GovMeta(section.Config), section.Config.Name, crumbs, body);
        return Html($"{section.SitePath}index.html", layout, $"the {section.Config.Name} list", bag);
    }

    private OutputFile RenderHome(DiagnosticBag bag)
    {
        var body = catalog.Render("home", views.Home(HomeItemsPerBlock), "the home page", bag) ?? "";
        var home = new SectionConfig("", "首页", "首页", site.Config.Description, string.Join(",", site.Config.Sections.Values.Select(s => s.Title)));
        var layout = Layout(site.Config.Language, "", site.Config.Description, views.Site.HomeUrl, "home", GovMeta(home), "", [], body);
        return Html("index.html", layout, "the home page", bag) ?? new OutputFile("index.html", null, null, "home");
    }

    private OutputFile RenderNotFound(DiagnosticBag bag)
    {
        var t = UiText.For(site.Config.Language);
        var body = catalog.Render("404", new NotFoundView(views.Site.HomeUrl, views.Menu(null), t), "the 404 page", bag) ?? "";
        var notFound = new SectionConfig("", "页面未找到", "其他", "", "");
        var layout = Layout(site.Config.Language, "页面未找到", "", views.Site.HomeUrl + "404.html", "not-found", GovMeta(notFound), null, [], body);
        return Html("404.html", layout, "the 404 page", bag) ?? new OutputFile("404.html", null, null, "404");
    }

    private OutputFile RenderSearch(DiagnosticBag bag)
    {
        var t = UiText.For(site.Config.Language);
        var body = catalog.Render("search", views.Search(searchManifestJson), "the search page", bag) ?? "";
        var column = new SectionConfig("", t.Search, "其他", "站内搜索", "搜索");
        var crumbs = new List<CrumbView> { new(t.Home, views.Site.HomeUrl, false), new(t.Search, views.Site.SearchUrl, true) };
        var layout = Layout(site.Config.Language, t.Search, "", views.Site.SearchUrl, "search", GovMeta(column), "search/", crumbs, body);
        return Html("search/index.html", layout, "the search page", bag) ?? new OutputFile("search/index.html", null, null, "search");
    }

    private LayoutView Layout(string lang, string title, string description, string url, string kind, GovMetaView meta, string? currentSection, IReadOnlyList<CrumbView> crumbs, string body) => new()
    {
        Lang = lang,
        HeadTitle = title.Length == 0 ? site.Config.Title : $"{title} - {site.Config.Title}",
        Description = description,
        CanonicalUrl = new Uri(site.Config.BaseUrl, url).AbsoluteUri,
        Kind = kind,
        GovMeta = meta,
        Site = views.Site,
        Menu = views.Menu(currentSection),
        Breadcrumb = crumbs,
        Body = body,
        T = UiText.For(lang),
    };

    private GovMetaView GovMeta(SectionConfig column) => new(
        site.Config.Title, site.Config.Domain, site.Config.SiteIdCode, column.Title, column.ColumnType, column.Description, column.Keywords,
        null, null, null, null);

    private OutputFile? Html(string path, LayoutView layout, string what, DiagnosticBag bag)
    {
        var html = catalog.Render("base", layout, what, bag);
        return html is null ? null : new OutputFile(path, Encoding.UTF8.GetBytes(html), null, what);
    }

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
        return new OutputFile(Validation.SitePaths.OutputFileFor(aliasPath), Encoding.UTF8.GetBytes(html), null, $"{page.Source.SitePath} (alias {aliasPath})");
    }
}
