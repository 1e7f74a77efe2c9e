namespace QualitySite.Generator.Templates.ViewModels;

/// <summary>What base.hbs gets: the page's head metadata, site chrome and the rendered inner layout as <see cref="Body"/>.</summary>
public sealed record LayoutView
{
    public required string Lang { get; init; }
    public required string HeadTitle { get; init; }
    public required string Description { get; init; }
    public required string CanonicalUrl { get; init; }
    public required string Kind { get; init; }
    public required GovMetaView GovMeta { get; init; }
    public required SiteView Site { get; init; }
    public required IReadOnlyList<MenuView> Menu { get; init; }
    public required IReadOnlyList<CrumbView> Breadcrumb { get; init; }
    public required string Body { get; init; }
    public string JsonLd { get; init; } = "";
    public AlertView? Alert { get; init; }
    public IReadOnlyList<FeedLinkView> Feeds { get; init; } = [];

    /// <summary>The same page in the other edition (繁體 / 简体), when the site publishes a Traditional edition.</summary>
    public EditionView? Edition { get; init; }
    public required UiText T { get; init; }
}

/// <summary>The meta tags Chinese government-site rules require (政府网站发展指引, 网页设计规范).</summary>
public sealed record GovMetaView(
    string SiteName,
    string SiteDomain,
    string SiteIdCode,
    string ColumnName,
    string ColumnType,
    string ColumnDescription,
    string ColumnKeywords,
    string? ArticleTitle,
    string? PubDate,
    string? ContentSource,
    string? Keywords);

/// <summary>Site-wide values for the header and footer.</summary>
public sealed record SiteView(
    string Title,
    string Description,
    string HomeUrl,
    string PublisherName,
    string PublisherAddress,
    string PublisherPhone,
    string Icp,
    string PublicSecurityRecord,
    string SiteIdCode,
    string StylesheetUrl,
    string PrintStylesheetUrl,
    string SearchUrl,
    string SearchScriptUrl,
    string ScriptUrl,
    string FaviconUrl,
    string? FaviconType,
    string ArchivesUrl,
    string TagsUrl,
    string RegionsUrl,
    string CampaignsUrl,
    string FeedUrl);

/// <summary>
/// The page in both editions: <see cref="Url"/> is the Traditional edition's page (the 繁體 switch),
/// <see cref="SimplifiedAbsolute"/> and <see cref="TraditionalAbsolute"/> the hreflang alternates,
/// <see cref="TraditionalLang"/> the edition's language tag (zh-Hant, zh-Hant-TW, zh-Hant-HK).
/// </summary>
public sealed record EditionView(string Url, string SimplifiedAbsolute, string TraditionalAbsolute, string TraditionalLang);

/// <summary>A navigation entry; <see cref="IsCurrent"/> marks the section of the page being rendered.</summary>
public sealed record MenuView(string Name, string Url, bool IsCurrent);

/// <summary>A breadcrumb step; the last one is the current page and has no link.</summary>
public sealed record CrumbView(string Name, string Url, bool IsLast);

/// <summary>The site-wide alert of site.yml, while its dates include the build date.</summary>
public sealed record AlertView(string Text, string? Link);

/// <summary>A feed advertised in the page head (link rel="alternate").</summary>
public sealed record FeedLinkView(string Title, string Url, string Type);
