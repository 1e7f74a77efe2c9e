using QualitySite.Generator.Config;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Listing;
using QualitySite.Generator.Model;
using QualitySite.Generator.Templates.ViewModels;
using QualitySite.Generator.Validation;

namespace QualitySite.Generator.Templates;

/// <summary>Renders the lists: paginated sections, taxonomy indexes and term pages, and the archive by year and month.</summary>
public sealed class ListRenderer(SiteModel site, TemplateCatalog catalog, PageShell shell, ListViewFactory lists, StructuredData jsonLd)
{
    /// <summary>Renders every list page, in parallel (there are thousands on a large site), in a stable order.</summary>
    public IReadOnlyList<OutputFile?> RenderAll(DiagnosticBag bag)
    {
        var jobs = Jobs(bag).ToList();
        var files = new OutputFile?[jobs.Count];
        Parallel.For(0, jobs.Count, i => files[i] = jobs[i]());
        return files;
    }

    private IEnumerable<Func<OutputFile?>> Jobs(DiagnosticBag bag)
    {
        foreach (var section in site.Sections.Where(s => s.Config.Name != SectionDefaults.Pages))
        {
            foreach (var job in Paginated(section.Config.Title, section.Config.Description, section.SitePath, section.Pages, section.Config, section.SitePath, [shell.Home], SectionFeed(section), bag))
            {
                yield return job;
            }
        }

        foreach (var taxonomy in site.Taxonomies)
        {
            var column = Column(taxonomy.Title);
            var crumbs = new List<CrumbView> { shell.Home, new(taxonomy.Title, taxonomy.Url, false) };
            yield return () => Render($"{taxonomy.SitePath}index.html", Layouts.Terms, lists.Terms(taxonomy), taxonomy.Title, taxonomy.Url, column, [shell.Home, new(taxonomy.Title, taxonomy.Url, true)], bag);
            foreach (var term in taxonomy.Terms)
            {
                foreach (var job in Paginated(term.Name, $"{taxonomy.Title}：{term.Name}", term.SitePath, term.Pages, column, null, crumbs, null, bag))
                {
                    yield return job;
                }
            }
        }

        foreach (var job in Archives(bag).Concat(Trends(bag)))
        {
            yield return job;
        }
    }

    private IEnumerable<Func<OutputFile?>> Trends(DiagnosticBag bag)
    {
        var trends = lists.Views.Trends;
        if (trends.Count == 0)
        {
            yield break;
        }

        var results = site.Section(SectionDefaults.Results);
        var indexUrl = SitePaths.Href(site.Config.BasePath, ResultViewFactory.TrendsFolder);
        var column = results.Config;
        var terms = new TermsView("各产品历次抽查", trends.Select(t => new TermLinkView(t.Product, t.Url, t.Rounds.Count)).ToList(), UiText.For(site.Config.Language));
        var crumbs = new List<CrumbView> { shell.Home, new(results.Config.Title, results.Url, false) };
        yield return () => Render(ResultViewFactory.TrendsFolder + "index.html", Layouts.Terms, terms, terms.Title, indexUrl, column, crumbs.Append(new CrumbView(terms.Title, indexUrl, true)).ToList(), bag, results.SitePath);
        foreach (var (product, sitePath, url, rounds) in trends)
        {
            var title = $"{product}历次抽查结果";
            var model = ResultViewFactory.Trend(product, rounds, UiText.For(site.Config.Language));
            yield return () => Render(sitePath + "index.html", Layouts.Trend, model, title, url, column,
                crumbs.Append(new CrumbView(terms.Title, indexUrl, false)).Append(new CrumbView(title, url, true)).ToList(), bag, results.SitePath);
        }
    }

    public static FeedLinkView SectionFeed(SectionListing section) =>
        new($"{section.Config.Title}（Atom）", section.Url + "atom.xml", "application/atom+xml");

    private IEnumerable<Func<OutputFile?>> Archives(DiagnosticBag bag)
    {
        var t = UiText.For(site.Config.Language);
        var url = SitePaths.Href(site.Config.BasePath, $"{ArchiveBuilder.Folder}/");
        var column = Column(t.Archives);
        yield return () => Render($"{ArchiveBuilder.Folder}/index.html", Layouts.Archives, lists.Archives(), t.Archives, url, column, [shell.Home, new(t.Archives, url, true)], bag);
        foreach (var year in site.Archives)
        {
            var crumbs = new List<CrumbView> { shell.Home, new(t.Archives, url, false) };
            // A year page lists its months (a year can hold thousands of pages); months list every page.
            var yearView = new ArchivesView([lists.Archives().Years.First(y => y.Year == year.Year)], t);
            yield return () => Render(SitePaths.OutputFileFor(year.SitePath), Layouts.Archives, yearView, $"{year.Year}年", year.Url, column, crumbs.Append(new CrumbView($"{year.Year}年", year.Url, true)).ToList(), bag);
            foreach (var month in year.Months)
            {
                var page = new ListPage<RenderedPage>(1, 1, month.SitePath, month.Url, month.Pages, [(1, month.Url)]);
                var monthCrumbs = crumbs.Append(new CrumbView($"{year.Year}年", year.Url, false)).ToList();
                yield return () => RenderList($"{year.Year}年{month.Month}月", $"{year.Year}年{month.Month}月发布的全部信息", page, column, null, monthCrumbs, null, bag);
            }
        }
    }

    private IEnumerable<Func<OutputFile?>> Paginated(string title, string description, string sitePath, IReadOnlyList<RenderedPage> pages, SectionConfig column, string? current, IReadOnlyList<CrumbView> crumbs, FeedLinkView? feed, DiagnosticBag bag) =>
        Paginator.Paginate(pages, site.Config.PageSize, sitePath, site.Config.BasePath)
            .Select(page => (Func<OutputFile?>)(() => RenderList(page.Number == 1 ? title : $"{title}（第{page.Number}页）", description, page, column, current,
                page.Number == 1 ? crumbs : crumbs.Append(new CrumbView(title, page.AllPages[0].Url, false)).ToList(), feed, bag)));

    private OutputFile? RenderList(string title, string description, ListPage<RenderedPage> page, SectionConfig column, string? current, IReadOnlyList<CrumbView> crumbs, FeedLinkView? feed, DiagnosticBag bag)
    {
        var model = lists.List(title, description, page, feed?.Url);
        var path = SitePaths.OutputFileFor(page.SitePath);
        return Render(path, Layouts.Section, model, title, page.Url, column, crumbs.Append(new CrumbView(title, page.Url, true)).ToList(), bag, current, feed);
    }

    private OutputFile? Render<TView>(string path, Layout<TView> layout, TView model, string title, string url, SectionConfig column, IReadOnlyList<CrumbView> crumbs, DiagnosticBag bag, string? current = null, FeedLinkView? feed = null)
        where TView : class
    {
        var body = catalog.Render(layout, model, path, bag);
        return body is null ? null : shell.Render(new ShellContent
        {
            Path = path, Lang = site.Config.Language, Title = title, Description = column.Description, Url = url, Kind = "list",
            Column = column, CurrentSection = current, Breadcrumb = crumbs, Body = body, JsonLd = jsonLd.Collection(title, url), SectionFeed = feed,
        }, bag);
    }

    private static SectionConfig Column(string title) => new("", title, "其他", title, title);
}
