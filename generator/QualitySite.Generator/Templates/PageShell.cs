using System.Globalization;
using System.Text;
using QualitySite.Generator.Config;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Model;
using QualitySite.Generator.SiteStructure;
using QualitySite.Generator.Templates.ViewModels;

namespace QualitySite.Generator.Templates;

/// <summary>What one page of output is, before base.hbs wraps it.</summary>
public sealed record ShellContent
{
    public required string Path { get; init; }
    public required string Lang { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required string Url { get; init; }
    public required string Kind { get; init; }
    public required SectionConfig Column { get; init; }
    public string? CurrentSection { get; init; }
    public IReadOnlyList<CrumbView> Breadcrumb { get; init; } = [];
    public string JsonLd { get; init; } = "";
    public RenderedPage? Article { get; init; }
    public FeedLinkView? SectionFeed { get; init; }
}

/// <summary>
/// Renders a page: its layout's view, wrapped in base.hbs with the head metadata, alert, feeds and
/// breadcrumb. With a staging folder the page goes straight to disk; without one (preview, check)
/// it is kept as bytes. With a <see cref="RenderMemo"/> (serve) a page whose inputs are those of
/// the last build is handed back from it instead of being rendered again.
/// </summary>
/// <param name="write">Writes a finished page (path, text, origin) and returns its record: the pipeline hands in the staging folder's writer; null keeps pages as bytes.</param>
public sealed class PageShell(SiteModel site, TemplateCatalog catalog, ViewModelFactory views, Func<string, System.Text.StringBuilder, string, OutputFile>? write = null, RenderMemo? memo = null)
{
    /// <summary>Renders <paramref name="model"/> with <paramref name="layout"/> and wraps it; <paramref name="renderingWhat"/> names the page in a template error (default: its path).</summary>
    public OutputFile? Render<TView>(Layout<TView> layout, TView model, ShellContent c, DiagnosticBag bag, string? renderingWhat = null)
        where TView : class
    {
        var shell = Layout(c);
        var key = memo is null ? null : RenderMemo.Key(catalog.Stamp(layout.Name), model, shell);
        if (memo?.Find(c.Path, key) is { } kept)
        {
            return kept;
        }

        var body = catalog.Render(layout, model, renderingWhat ?? c.Path, bag);
        if (body is null)
        {
            return null;
        }

        var html = catalog.RenderPage(shell with { Body = body }, c.Path, bag);
        if (html is null)
        {
            return null;
        }

        var origin = c.Article?.Page.Source.SitePath ?? c.Path;
        var file = write is null ? new OutputFile(c.Path, OutputFile.Utf8(html.ToString()), null, origin) : write(c.Path, html, origin);
        memo?.Keep(c.Path, key, file);
        return file;
    }

    /// <summary>What base.hbs gets for the page, with an empty body.</summary>
    private LayoutView Layout(ShellContent c)
    {
        var config = site.Config;
        var meta = GovMeta(c.Column, c.Lang);
        if (c.Article is { } article)
        {
            meta = meta with
            {
                ArticleTitle = article.Page.Meta.Title,
                PubDate = article.Page.Meta.Date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                ContentSource = article.Page.Meta.Issuer ?? views.Words.For(config.Publisher.Name, c.Lang),
                Keywords = article.Page.Meta.Tags.Count > 0 ? string.Join(",", article.Page.Meta.Tags) : null,
            };
        }

        var feeds = new List<FeedLinkView> { new($"{views.Words.For(config.Title, c.Lang)}（Atom）", views.Site.FeedUrl, "application/atom+xml") };
        if (c.SectionFeed is { } sectionFeed)
        {
            feeds.Add(sectionFeed);
        }

        return new LayoutView
        {
            Lang = c.Lang,
            HeadTitle = c.Title.Length == 0 ? views.Words.For(config.Title, c.Lang) : $"{c.Title} - {views.Words.For(config.Title, c.Lang)}",
            Description = c.Description,
            CanonicalUrl = new Uri(config.BaseUrl, c.Url).AbsoluteUri,
            Kind = c.Kind,
            GovMeta = meta,
            Site = views.SiteFor(c.Lang),
            Menu = views.Menu(c.CurrentSection, c.Lang),
            Breadcrumb = c.Breadcrumb,
            Body = "",
            JsonLd = c.JsonLd,
            Alert = site.ActiveAlert is { } alert ? new AlertView(views.Words.For(alert.Text, c.Lang), alert.Link) : null,
            Feeds = feeds,
            Edition = Edition(c.Url),
            T = UiText.For(c.Lang),
        };
    }

    /// <summary>The page in both editions, when the site publishes a Traditional one: the switch and the hreflang alternates.</summary>
    private EditionView? Edition(string url)
    {
        var config = site.Config;
        if (!config.Traditional.Enabled)
        {
            return null;
        }

        var edition = UrlPlanning.SitePaths.EditionHref(config.BasePath, config.Traditional.Folder, url);
        return new EditionView(edition, new Uri(config.BaseUrl, url).AbsoluteUri, new Uri(config.BaseUrl, edition).AbsoluteUri, Languages.TraditionalTag(config.Traditional.Variant));
    }

    /// <summary>The government-site meta tags of a page in the column, the site's words in the page's script.</summary>
    public GovMetaView GovMeta(SectionConfig column, string lang) => new(
        views.Words.For(site.Config.Title, lang), site.Config.Domain, site.Config.SiteIdCode, views.Words.For(column.Title, lang), views.Words.For(column.ColumnType, lang),
        views.Words.For(column.Description, lang), views.Words.For(column.Keywords, lang), null, null, null, null);

    public CrumbView Home => new(UiText.For(site.Config.Language).Home, views.Site.HomeUrl, false);
}
