using System.Globalization;
using QualitySite.Generator.Config;
using QualitySite.Generator.SiteStructure;
using QualitySite.Generator.Templates.ViewModels;

namespace QualitySite.Generator.Templates;

/// <summary>Builds the view models of lists: section and term pages with pagers, taxonomy indexes, archives, home and search.</summary>
public sealed class ListViewFactory(ViewModelFactory views)
{
    public const int HomeItemsPerBlock = 6;
    private const int PagerWindow = 2;

    private SiteModel Site => views.Model;

    public ViewModelFactory Views => views;

    private UiText T => UiText.For(Site.Config.Language);

    public ListView List(string title, string description, ListPage<RenderedPage> page, string? feedUrl) =>
        new(title, description, page.Items.Select(views.Item).ToList(), Pager(page), feedUrl, T);

    public static PagerView? Pager<TItem>(ListPage<TItem> page)
    {
        if (page.Total <= 1)
        {
            return null;
        }

        var links = new List<PagerLinkView>();
        for (var n = 1; n <= page.Total; n++)
        {
            if (n == 1 || n == page.Total || Math.Abs(n - page.Number) <= PagerWindow)
            {
                links.Add(new PagerLinkView(n, page.AllPages[n - 1].Url, n == page.Number, false));
            }
            else if (links.Count > 0 && !links[^1].IsGap)
            {
                links.Add(new PagerLinkView(n, "", false, true));
            }
        }

        return new PagerView(page.PreviousUrl, page.NextUrl, links, page.Number, page.Total);
    }

    public TermsView Terms(Taxonomy taxonomy) =>
        new(taxonomy.Title, taxonomy.Terms.Select(t => new TermLinkView(t.Name, t.Url, t.Pages.Count)).ToList(), T);

    public ArchivesView Archives() =>
        new(Site.Archives.Select(y => new ArchiveYearView(y.Year, y.Url, y.Count,
            y.Months.Select(m => new TermLinkView($"{m.Year}年{m.Month}月", m.Url, m.Pages.Count)).ToList())).ToList(), T);

    public HomeView Home()
    {
        var blocks = Site.Sections
            .Where(s => s.Config.Name != SectionDefaults.Pages && s.Pages.Count > 0)
            .Select(s => new HomeBlockView(s.Config.Title, s.Url, ViewModelFactory.Kind(s.Config.Name), HomeItems(s).Select(views.Item).ToList()))
            .ToList();
        return new HomeView(Site.Config.Title, Site.Config.Description, Campaign(), blocks, T);
    }

    public SearchView Search(string manifestJson, string foldUrl)
    {
        var pages = Site.Pages.Select(p => p.Page).ToList();
        var kinds = Site.Sections.Where(s => s.Pages.Count > 0)
            .Select(s => new OptionView(ViewModelFactory.Kind(s.Config.Name), ViewModelFactory.KindLabel(s.Config.Name, Site.Config.Language))).ToList();
        var years = pages.Select(p => p.Meta.Date.Year).Distinct().OrderDescending()
            .Select(y => new OptionView(y.ToString(CultureInfo.InvariantCulture), $"{y}年")).ToList();
        // One option per term, named as the search index names it (羊绒衫 and 羊絨衫 are one term), so a filter always matches its pages.
        var regions = pages.Select(p => p.Meta.Region).OfType<string>().Select(r => Site.TermName("regions", r)).Distinct().Order(StringComparer.Ordinal).Select(r => new OptionView(r, r)).ToList();
        var tags = pages.SelectMany(p => p.Meta.Tags).Select(t => Site.TermName("tags", t)).Distinct().Order(StringComparer.Ordinal).Select(g => new OptionView(g, g)).ToList();
        return new SearchView(manifestJson, foldUrl, views.Site.SearchScriptUrl, views.Site.HomeUrl, kinds, years, regions, tags, T);
    }

    /// <summary>Guides: featured ones first; other sections: the latest.</summary>
    private static IEnumerable<RenderedPage> HomeItems(SectionListing section) =>
        section.Pages.Where(p => p.Page.Meta.Featured).Concat(section.Pages.Where(p => !p.Page.Meta.Featured)).Take(HomeItemsPerBlock);

    private CampaignView? Campaign()
    {
        if (Site.CurrentCampaign is not { } campaign)
        {
            return null;
        }

        var term = Site.Taxonomies.First(t => t.Name == "campaigns").Terms.FirstOrDefault(t => t.Name == campaign.Name);
        var landing = campaign.Landing is { } l && Site.ByContentPath.TryGetValue(l, out var page) ? page.Page.Url : null;
        var items = term?.Pages.Take(HomeItemsPerBlock).Select(views.Item).ToList() ?? [];
        return new CampaignView(campaign.Name, campaign.Banner, landing, term?.Url ?? landing ?? views.Site.HomeUrl, items);
    }
}
