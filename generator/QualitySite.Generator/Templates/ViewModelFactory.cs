using System.Globalization;
using QualitySite.Generator.Config;
using QualitySite.Generator.Listing;
using QualitySite.Generator.Model;
using QualitySite.Generator.Templates.ViewModels;
using QualitySite.Generator.Validation;

namespace QualitySite.Generator.Templates;

/// <summary>Builds the flat view models templates see from the site model (templates never see domain types).</summary>
public sealed class ViewModelFactory(SiteModel site, SiteView siteView)
{
    private const int CharactersPerMinute = 400;

    private static readonly Dictionary<string, (string Simplified, string Traditional)> KindLabels = new()
    {
        [SectionDefaults.Notices] = ("通知", "通知"),
        [SectionDefaults.Guides] = ("指南", "指南"),
        [SectionDefaults.Results] = ("结果", "結果"),
        [SectionDefaults.Pages] = ("页面", "頁面"),
    };

    public SiteView Site => siteView;

    public ArticleView Article(RenderedPage rendered)
    {
        var page = rendered.Page;
        var meta = page.Meta;
        var t = UiText.For(page.Lang);
        var section = site.Section(page.Section);
        var neighbours = site.NeighboursBySitePath.GetValueOrDefault(page.SitePath);
        return new ArticleView
        {
            Title = meta.Title,
            Kind = Kind(page.Section),
            KindLabel = KindLabel(page.Section, page.Lang),
            SectionTitle = section.Config.Title,
            SectionUrl = section.Url,
            Date = Date(meta.Date),
            Updated = meta.Updated is { } u && u.Date != meta.Date.Date ? Date(u) : null,
            Summary = meta.Summary,
            Tags = meta.Tags,
            Region = meta.Region,
            Campaign = meta.Campaign,
            Product = meta.Product,
            Audience = meta.Audience,
            Html = rendered.Content.Html,
            Toc = rendered.Content.Toc.Select(e => new TocView(e.Id, e.Text, e.Level > 2)).ToList(),
            ReadingMinutes = Math.Max(1, (int)Math.Ceiling(rendered.Content.CharacterCount / (double)CharactersPerMinute)),
            Disclosure = Disclosure(page),
            PeriodText = meta.Period is { Start: { } s, End: { } e } ? $"{Display(s)} 至 {Display(e)}" : null,
            Figures = meta is { Batches: { } b, Passed: { } p } ? Figures(b, p) : null,
            ValidityBanner = meta.Validity is "失效" or "废止" or "廢止" ? ValidityBanner(meta.Validity, page.Lang) : null,
            Older = neighbours?.Older is { } older ? new LinkView(older.Page.Meta.Title, older.Page.Url) : null,
            Newer = neighbours?.Newer is { } newer ? new LinkView(newer.Page.Meta.Title, newer.Page.Url) : null,
            T = t,
        };
    }

    public SectionView Section(SectionListing section) =>
        new(section.Config.Title, section.Config.Description, section.Pages.Select(Item).ToList(), UiText.For(site.Config.Language));

    public HomeView Home(int perBlock)
    {
        var blocks = site.Sections
            .Where(s => s.Config.Name != SectionDefaults.Pages && s.Pages.Count > 0)
            .Select(s => new HomeBlockView(s.Config.Title, s.Url, Kind(s.Config.Name), HomeItems(s, perBlock).Select(Item).ToList()))
            .ToList();
        return new HomeView(site.Config.Title, site.Config.Description, blocks, UiText.For(site.Config.Language));
    }

    public SearchView Search(string manifestJson)
    {
        var t = UiText.For(site.Config.Language);
        var pages = site.Pages.Select(p => p.Page).ToList();
        var kinds = site.Sections.Where(s => s.Pages.Count > 0)
            .Select(s => new OptionView(Kind(s.Config.Name), KindLabel(s.Config.Name, site.Config.Language))).ToList();
        var years = pages.Select(p => p.Meta.Date.Year).Distinct().OrderDescending()
            .Select(y => new OptionView(y.ToString(CultureInfo.InvariantCulture), $"{y}年")).ToList();
        var regions = pages.Select(p => p.Meta.Region).OfType<string>().Distinct().Order(StringComparer.Ordinal).Select(r => new OptionView(r, r)).ToList();
        var tags = pages.SelectMany(p => p.Meta.Tags).Distinct().Order(StringComparer.Ordinal).Select(g => new OptionView(g, g)).ToList();
        return new SearchView(manifestJson, siteView.SearchScriptUrl, siteView.HomeUrl, kinds, years, regions, tags, t);
    }

    public ItemView Item(RenderedPage p) =>
        new(p.Page.Meta.Title, p.Page.Url, Date(p.Page.Meta.Date), p.Summary, p.Page.Meta.Region, Kind(p.Page.Section), KindLabel(p.Page.Section, p.Page.Lang), p.Page.Lang);

    public IReadOnlyList<MenuView> Menu(string? currentSitePath) =>
        site.Config.Menu.Select(m =>
        {
            var href = m.Url.StartsWith('/') ? SitePaths.Href(site.Config.BasePath, m.Url) : m.Url;
            var current = currentSitePath is not null && m.Url.Trim('/') == currentSitePath.Trim('/');
            return new MenuView(m.Name, href, current);
        }).ToList();

    public static DateView Date(DateTimeOffset date) => new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Display(date));

    public static string Display(DateTimeOffset date) => $"{date.Year}年{date.Month}月{date.Day}日";

    private static IEnumerable<RenderedPage> HomeItems(SectionListing section, int count) =>
        section.Pages.Where(p => p.Page.Meta.Featured).Concat(section.Pages.Where(p => !p.Page.Meta.Featured)).Take(count);

    private DisclosureView? Disclosure(Page page)
    {
        var m = page.Meta;
        if (page.Section is not (SectionDefaults.Notices or SectionDefaults.Results) || (m.IndexNo ?? m.Issuer ?? m.DocNumber) is null)
        {
            return null;
        }

        return new DisclosureView(m.IndexNo, m.Topic, m.Issuer, m.WrittenDate is { } w ? Display(w) : null, m.DocNumber, Display(m.Date), m.Validity);
    }

    private static ResultFiguresView Figures(int batches, int passed)
    {
        var rate = batches == 0 ? "—" : (passed * 100.0 / batches).ToString("0.0", CultureInfo.InvariantCulture) + "%";
        return new ResultFiguresView(batches, passed, batches - passed, rate);
    }

    private static string ValidityBanner(string validity, string lang)
    {
        var traditional = lang.StartsWith("zh-Hant", StringComparison.Ordinal);
        return validity == "失效"
            ? traditional ? "本文件已失效，內容僅供查閱。" : "本文件已失效，内容仅供查阅。"
            : traditional ? "本文件已廢止，內容僅供查閱。" : "本文件已废止，内容仅供查阅。";
    }

    public static string Kind(string section) => section switch
    {
        SectionDefaults.Notices => "notice",
        SectionDefaults.Guides => "guide",
        SectionDefaults.Results => "result",
        _ => "page",
    };

    private static string KindLabel(string section, string lang) =>
        KindLabels.TryGetValue(section, out var l) ? lang.StartsWith("zh-Hant", StringComparison.Ordinal) ? l.Traditional : l.Simplified : "";
}
