using System.Globalization;
using QualitySite.Generator.Config;
using QualitySite.Generator.Conversion;
using QualitySite.Generator.Model;
using QualitySite.Generator.SiteStructure;
using QualitySite.Generator.Templates.ViewModels;
using QualitySite.Generator.UrlPlanning;

namespace QualitySite.Generator.Templates;

/// <summary>Builds the flat view models of articles and list items (templates never see domain types).</summary>
public sealed class ViewModelFactory(SiteModel site, SiteView siteView)
{
    private const int CharactersPerMinute = 400;

    private SiteView? _traditionalSite;

    public SiteView Site => siteView;

    /// <summary>The site's own words in the script of a page.</summary>
    public SiteWords Words { get; } = new(site.Config);

    /// <summary>The header and footer values in the script of a page in <paramref name="lang"/>.</summary>
    public SiteView SiteFor(string lang) => !Words.Converts(lang) ? siteView : _traditionalSite ??= siteView with
    {
        Title = Words.For(siteView.Title, lang),
        Description = Words.For(siteView.Description, lang),
        PublisherName = Words.For(siteView.PublisherName, lang),
        PublisherAddress = Words.For(siteView.PublisherAddress, lang),
        Icp = Words.For(siteView.Icp, lang),
        PublicSecurityRecord = Words.For(siteView.PublicSecurityRecord, lang),
    };


    /// <summary>Products with results rounds, computed once per build.</summary>
    public IReadOnlyList<ProductTrend> Trends => site.Trends;

    public SiteModel Model => site;

    public ArticleView Article(RenderedPage rendered)
    {
        var page = rendered.Page;
        var meta = page.Meta;
        var section = site.Section(page.Section);
        var neighbours = site.NeighboursBySitePath.GetValueOrDefault(page.SitePath);
        var t = UiText.For(page.Lang);
        return new ArticleView
        {
            Title = meta.Title,
            Kind = Kind(page.Section),
            KindLabel = KindLabel(page.Section, page.Lang),
            SectionTitle = Words.For(section.Config.Title, page.Lang),
            SectionUrl = section.Url,
            Date = Date(meta.Date),
            Updated = page.Updated is { } updated && updated.Date != meta.Date.Date ? Date(updated) : null,
            Changes = page.ChangeNotes.Select(c => new ChangeView(Date(TimeZoneInfo.ConvertTime(c.Date, site.Config.TimeZone)), c.Note)).ToList(),
            Summary = meta.Summary,
            Tags = meta.Tags.DistinctBy(t => site.TermName("tags", t), StringComparer.Ordinal).Select(t => new TermLinkView(Shown("tags", t, page.Lang), site.TermOf("tags", t)?.Url ?? siteView.TagsUrl, 0)).ToList(),
            Region = meta.Region is { } region ? Shown("regions", region, page.Lang) : null,
            Campaign = meta.Campaign is { } campaign ? Shown("campaigns", campaign, page.Lang) : null,
            Product = meta.Product is { } named && Languages.IsTraditional(page.Lang) ? InPageScript(named, page.Lang) : meta.Product,
            Audience = meta.Audience,
            Html = rendered.Content.Html,
            Toc = rendered.Content.Toc.Select(e => new TocView(e.Id, e.Text, e.Level > 2)).ToList(),
            ReadingMinutes = Math.Max(1, (int)Math.Ceiling(rendered.Content.CharacterCount / (double)CharactersPerMinute)),
            Disclosure = Disclosure(page),
            PeriodText = meta.Period is { Start: { } s, End: { } e } ? $"{Display(s)} 至 {Display(e)}" : null,
            Figures = ResultViewFactory.Counts(page) is { } counts ? ResultViewFactory.Figures(counts.Batches, counts.Passed) : null,
            Data = ResultViewFactory.Data(page, site.Config.BasePath, t, text => Words.For(text, page.Lang)),
            Trend = page.Meta.Product is { } product && page.Section == SectionDefaults.Results
                ? Trends.Where(r => r.Product == product).Select(r => new LinkView(Words.For(product, page.Lang) + t.TrendOf, r.Url, null)).FirstOrDefault()
                : null,
            ValidityBanner = rendered.Inactive ? Notices.Validity(meta.Validity!, page.Lang) : null,
            DraftBanner = meta.Draft ? t.Draft : null,
            ExpiredBanner = rendered.Expired ? Notices.Expired(meta.ExpiryDate!.Value, page.Lang) : null,
            SupersededBy = meta.SupersededBy is { } s2 && site.ByContentPath.TryGetValue(s2, out var next) ? Link(next, page.Lang) : null,
            Related = site.RelatedBySitePath.GetValueOrDefault(page.SitePath, []).Select(r => Link(r, page.Lang)).ToList(),
            Older = neighbours?.Older is { } older ? Link(older, page.Lang) : null,
            Newer = neighbours?.Newer is { } newer ? Link(newer, page.Lang) : null,
            T = t,
        };
    }

    public ItemView Item(RenderedPage p) =>
        new(p.Page.Meta.Title, p.Page.Url, Date(p.Page.Meta.Date), p.Summary, p.Page.Meta.Region is { } region ? Shown("regions", region, p.Page.Lang) : null, Kind(p.Page.Section), KindLabel(p.Page.Section, p.Page.Lang), p.Page.Lang,
            p.Inactive ? p.Page.Meta.Validity : p.Expired ? "已过期" : null);

    /// <summary>
    /// A tag, region or campaign as a page shows it: on a Simplified page the term's name (one
    /// term whichever script an author wrote it in: 羊絨衫 shows as 羊绒衫, like its term page and
    /// the search filter; the Traditional edition converts it), on a page written in Traditional as
    /// written, unless written in Simplified (<see cref="InPageScript"/>).
    /// </summary>
    private string Shown(string taxonomy, string written, string lang) =>
        Languages.IsTraditional(lang) ? InPageScript(written, lang) : site.TermName(taxonomy, written);

    /// <summary>
    /// A term or product name on a page written in Traditional: as written, but converted when it
    /// holds Simplified-only characters (product: 羊绒衫 on such a page shows 羊絨衫). The edition
    /// keeps such a page as written, so without this its Traditional copy would show the Simplified name.
    /// </summary>
    private string InPageScript(string written, string lang) =>
        written.AsSpan().IndexOfAny(SimplifiedOnly) >= 0 ? Words.For(written, lang) : written;

    private static readonly System.Buffers.SearchValues<char> SimplifiedOnly = System.Buffers.SearchValues.Create(string.Concat(ScriptConverter.SimplifiedOnly));

    /// <summary>The menu as shown on a page of the section (marked current) in the language; made once per section and language.</summary>
    public IReadOnlyList<MenuView> Menu(string? currentSitePath, string lang) =>
        _menus.GetOrAdd((currentSitePath ?? "\0", lang), key => MakeMenu(currentSitePath, key.Lang));

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Section, string Lang), IReadOnlyList<MenuView>> _menus = new();

    private List<MenuView> MakeMenu(string? currentSitePath, string lang) =>
        site.Config.Menu.Select(m =>
        {
            var href = m.Url.StartsWith('/') ? SitePaths.Href(site.Config.BasePath, m.Url) : m.Url;
            var current = currentSitePath is not null && m.Url.Trim('/') == currentSitePath.Trim('/');
            return new MenuView(Words.For(m.Name, lang), href, current);
        }).ToList();

    public static DateView Date(DateTimeOffset date) => new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Display(date));

    public static string Display(DateTimeOffset date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Kind(string section) => ContentKinds.ForSection(section).Kind;

    public static string KindLabel(string section, string lang) => ContentKinds.ForSection(section).Label(lang);

    /// <summary>A link to another page; it carries the page's language when that differs from the page it is on (from).</summary>
    private static LinkView Link(RenderedPage p, string from) => new(p.Page.Meta.Title, p.Page.Url, p.Page.Lang == from ? null : p.Page.Lang);

    private static DisclosureView? Disclosure(Page page)
    {
        var m = page.Meta;
        if (page.Section is not (SectionDefaults.Notices or SectionDefaults.Results) || (m.IndexNo ?? m.Issuer ?? m.DocNumber) is null)
        {
            return null;
        }

        return new DisclosureView(m.IndexNo, m.Topic, m.Issuer, m.WrittenDate is { } w ? Display(w) : null, m.DocNumber, Display(m.Date), m.Validity);
    }


}

/// <summary>The banner texts of pages that stay online but are no longer current.</summary>
public static class Notices
{
    public static string Validity(string validity, string lang)
    {
        var traditional = Languages.IsTraditional(lang);
        return validity == "失效"
            ? traditional ? "本文件已失效，內容僅供查閱。" : "本文件已失效，内容仅供查阅。"
            : traditional ? "本文件已廢止，內容僅供查閱。" : "本文件已废止，内容仅供查阅。";
    }

    public static string Expired(DateTimeOffset expiry, string lang) =>
        Languages.IsTraditional(lang)
            ? $"本頁資訊已於{ViewModelFactory.Display(expiry)}過期，內容僅供查閱。"
            : $"本页信息已于{ViewModelFactory.Display(expiry)}过期，内容仅供查阅。";
}
