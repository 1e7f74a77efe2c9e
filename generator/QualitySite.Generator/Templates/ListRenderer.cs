using QualitySite.Generator.Config;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Model;
using QualitySite.Generator.SiteStructure;
using QualitySite.Generator.Templates.ViewModels;
using QualitySite.Generator.UrlPlanning;

namespace QualitySite.Generator.Templates;

/// <summary>Renders the lists: paginated sections, taxonomy indexes and term pages, and the archive by year and month.</summary>
public sealed class ListRenderer(SiteModel site, PageShell shell, ListViewFactory lists, StructuredData jsonLd)
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
            var frame = new ListFrame(section.Config.Title, section.Url, section.Config, [shell.Home], section.SitePath, SectionFeed(section, section.Config.Title));
            foreach (var job in Paginated(frame, section.Config.Description, section.SitePath, section.Pages, bag))
            {
                yield return job;
            }
        }

        foreach (var taxonomy in site.Taxonomies)
        {
            var column = Column(taxonomy.Title);
            var crumbs = new List<CrumbView> { shell.Home, new(taxonomy.Title, taxonomy.Url, false) };
            yield return () => Render($"{taxonomy.SitePath}index.html", Layouts.Terms, lists.Terms(taxonomy),
                new ListFrame(taxonomy.Title, taxonomy.Url, column, [shell.Home, new(taxonomy.Title, taxonomy.Url, true)]), bag);
            foreach (var term in taxonomy.Terms)
            {
                foreach (var job in Paginated(new ListFrame(term.Name, term.Url, column, crumbs), $"{taxonomy.Title}：{term.Name}", term.SitePath, term.Pages, bag))
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
        yield return () => Render(ResultViewFactory.TrendsFolder + "index.html", Layouts.Terms, terms,
            new ListFrame(terms.Title, indexUrl, column, crumbs.Append(new CrumbView(terms.Title, indexUrl, true)).ToList(), results.SitePath), bag);
        foreach (var (product, sitePath, url, rounds) in trends)
        {
            var model = ResultViewFactory.Trend(product, rounds, UiText.For(site.Config.Language), site.Config.Language);
            var title = model.Title;
            var trail = crumbs.Append(new CrumbView(terms.Title, indexUrl, false)).Append(new CrumbView(title, url, true)).ToList();
            yield return () => Render(sitePath + "index.html", Layouts.Trend, model, new ListFrame(title, url, column, trail, results.SitePath), bag);
        }
    }

    /// <summary>The section's Atom feed, titled with the section's name in the script of the page that links it.</summary>
    public static FeedLinkView SectionFeed(SectionListing section, string title) =>
        new($"{title}（Atom）", section.Url + "atom.xml", "application/atom+xml");

    private IEnumerable<Func<OutputFile?>> Archives(DiagnosticBag bag)
    {
        var t = UiText.For(site.Config.Language);
        var url = SitePaths.Href(site.Config.BasePath, $"{ArchiveBuilder.Folder}/");
        var column = Column(t.Archives);
        yield return () => Render($"{ArchiveBuilder.Folder}/index.html", Layouts.Archives, lists.Archives(), new ListFrame(t.Archives, url, column, [shell.Home, new(t.Archives, url, true)]), bag);
        foreach (var year in site.Archives)
        {
            var crumbs = new List<CrumbView> { shell.Home, new(t.Archives, url, false) };
            // A year page lists its months (a year can hold thousands of pages); months list every page.
            var yearView = new ArchivesView([lists.Archives().Years.First(y => y.Year == year.Year)], t);
            var yearTitle = $"{year.Year}年";
            yield return () => Render(SitePaths.OutputFileFor(year.SitePath), Layouts.Archives, yearView,
                new ListFrame(yearTitle, year.Url, column, crumbs.Append(new CrumbView(yearTitle, year.Url, true)).ToList()), bag);
            foreach (var month in year.Months)
            {
                var page = new ListPage<RenderedPage>(1, 1, month.SitePath, month.Url, month.Pages, [(1, month.Url)]);
                var monthCrumbs = crumbs.Append(new CrumbView(yearTitle, year.Url, false)).ToList();
                var monthTitle = $"{year.Year}年{month.Month}月";
                yield return () => RenderList(new ListFrame(monthTitle, month.Url, column, monthCrumbs), $"{monthTitle}发布的全部信息", page, bag);
            }
        }
    }

    /// <summary>The pages of one list; the frame's crumbs lead up to the list, its title is the first page's.</summary>
    private IEnumerable<Func<OutputFile?>> Paginated(ListFrame frame, string description, string sitePath, IReadOnlyList<RenderedPage> pages, DiagnosticBag bag) =>
        Paginator.Paginate(pages, site.Config.PageSize, sitePath, site.Config.BasePath)
            .Select(page => (Func<OutputFile?>)(() => RenderList(page.Number == 1 ? frame : frame with
            {
                Title = $"{frame.Title}（第{page.Number}页）",
                Crumbs = frame.Crumbs.Append(new CrumbView(frame.Title, page.AllPages[0].Url, false)).ToList(),
            }, description, page, bag)));

    private OutputFile? RenderList(ListFrame frame, string description, ListPage<RenderedPage> page, DiagnosticBag bag)
    {
        var model = lists.List(frame.Title, description, page, frame.Feed?.Url);
        var crumbs = frame.Crumbs.Append(new CrumbView(frame.Title, page.Url, true)).ToList();
        return Render(SitePaths.OutputFileFor(page.SitePath), Layouts.Section, model, frame with { Url = page.Url, Crumbs = crumbs }, bag);
    }

    private OutputFile? Render<TView>(string path, Layout<TView> layout, TView model, ListFrame frame, DiagnosticBag bag)
        where TView : class
    {
        return shell.Render(layout, model, new ShellContent
        {
            Path = path, Lang = site.Config.Language, Title = frame.Title, Description = frame.Column.Description, Url = frame.Url, Kind = "list",
            Column = frame.Column, CurrentSection = frame.Current, Breadcrumb = frame.Crumbs, JsonLd = jsonLd.Collection(frame.Title, frame.Url), SectionFeed = frame.Feed,
        }, bag);
    }

    private static SectionConfig Column(string title) => new("", title, "其他", title, title);

    /// <summary>What a list page shows around its body: title, address, column metadata, breadcrumb, the menu entry it marks, its feed.</summary>
    private sealed record ListFrame(string Title, string Url, SectionConfig Column, IReadOnlyList<CrumbView> Crumbs, string? Current = null, FeedLinkView? Feed = null);
}
