namespace QualitySite.Generator.Config;

/// <summary>The typed, validated contents of <c>site.yml</c>, with derived values computed once.</summary>
public sealed record SiteConfig
{
    /// <summary>Site name (meta SiteName), e.g. 苏州市市场监督管理局.</summary>
    public required string Title { get; init; }

    /// <summary>Absolute base URL ending in '/', e.g. https://scjgj.suzhou.example.gov.cn/.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>Government website identity code (政府网站标识码, meta SiteIDCode).</summary>
    public required string SiteIdCode { get; init; }

    public string Description { get; init; } = "";

    /// <summary>Organisation code (机构代码) that starts every 索引号; 'qsite new' numbers new notices with it.</summary>
    public string? OrgCode { get; init; }

    /// <summary>Default language tag of pages: zh-Hans or zh-Hant.</summary>
    public string Language { get; init; } = "zh-Hans";

    public required TimeZoneInfo TimeZone { get; init; }

    public required PublisherConfig Publisher { get; init; }

    public bool UnsafeHtml { get; init; }

    /// <summary>What raw HTML may carry beyond the built-in allow-list, when <see cref="UnsafeHtml"/> is on.</summary>
    public HtmlAllowList HtmlAllow { get; init; } = new([], [], []);

    public IReadOnlyList<MenuItem> Menu { get; init; } = [];

    /// <summary>Sections by folder name (notices, guides, results, pages).</summary>
    public required IReadOnlyDictionary<string, SectionConfig> Sections { get; init; }

    /// <summary>Items per page of section, tag, region and campaign lists.</summary>
    public int PageSize { get; init; } = 10;

    /// <summary>Entries per feed.</summary>
    public int FeedLimit { get; init; } = 20;

    /// <summary>Campaigns (质量月, 3·15): the one whose dates contain the build date leads the home page.</summary>
    public IReadOnlyList<CampaignConfig> Campaigns { get; init; } = [];

    /// <summary>A site-wide alert shown on every page between its dates.</summary>
    public AlertConfig? Alert { get; init; }

    /// <summary>Freshness thresholds for 'qsite check --audit'.</summary>
    public AuditConfig Audit { get; init; } = new();

    /// <summary>
    /// Internal sites only: show each page's commit subjects as its 修改记录 and date 最后更新 by the
    /// last commit. Off by default: the public history is the front matter's 'changes' notes.
    /// </summary>
    public bool PublicCommitHistory { get; init; }

    /// <summary>copyCheck in site.yml: a rule key of the Chinese copy check → off, warning or error.</summary>
    public IReadOnlyDictionary<string, string> CopyCheck { get; init; } = new Dictionary<string, string>();

    /// <summary>traditional in site.yml: the Traditional edition and the site's own names as it writes them in Traditional.</summary>
    public TraditionalEditionConfig Traditional { get; init; } = new(false, "zh-hant/", Conversion.TraditionalVariant.Standard, new Dictionary<string, string>());

    /// <summary>traditional.terms: the site's own names in Traditional, before the built-in tables.</summary>
    public IReadOnlyDictionary<string, string> TraditionalTerms => Traditional.Terms;

    /// <summary>The site icon's path in the site (favicon in site.yml); null uses the theme's assets/favicon.svg.</summary>
    public string? Favicon { get; init; }

    /// <summary>Where favicon is written in site.yml.</summary>
    public Diagnostics.SourceLocation FaviconAt { get; init; }

    public static readonly TimeZoneInfo ChinaStandardTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Defaults used only to read content while site.yml is broken, so its errors do not hide the content's.</summary>
    public static SiteConfig Fallback { get; } = new()
    {
        Title = "",
        BaseUrl = new Uri("https://example.invalid/"),
        SiteIdCode = "",
        TimeZone = ChinaStandardTime,
        Publisher = new PublisherConfig("", "", "", "", ""),
        Sections = SectionDefaults.All.ToDictionary(s => s.Name, StringComparer.Ordinal),
    };

    /// <summary>Domain for the SiteDomain meta tag, from <see cref="BaseUrl"/>.</summary>
    public string Domain => BaseUrl.Host;

    /// <summary>Site-relative path prefix from the base URL, "/" at the root of a domain.</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";
}

/// <summary>The organisation that publishes the site: shown in the footer and used as ContentSource.</summary>
public sealed record PublisherConfig(string Name, string Address, string Phone, string Icp, string PublicSecurityRecord);

/// <summary>Extra tags and attributes raw HTML may use, and the hosts &lt;iframe&gt; may show (e.g. a video platform).</summary>
public sealed record HtmlAllowList(IReadOnlyList<string> Tags, IReadOnlyList<string> Attributes, IReadOnlyList<string> FrameHosts);

/// <summary>One entry of the main navigation.</summary>
public sealed record MenuItem(string Name, string Url)
{
    /// <summary>Where the url is written in site.yml, for the link check.</summary>
    public Diagnostics.SourceLocation At { get; init; }
}

/// <summary>Settings of one content section (栏目).</summary>
/// <param name="Name">Folder name under content/, e.g. notices.</param>
/// <param name="Title">Column name shown to readers, e.g. 通知公告.</param>
/// <param name="ColumnType">Value of the ColumnType meta tag, e.g. 通知公告, 政策解读.</param>
public sealed record SectionConfig(string Name, string Title, string ColumnType, string Description, string Keywords);

/// <summary>A campaign window (专题活动) declared in site.yml.</summary>
/// <param name="Name">The campaign's name, matching pages' 'campaign' field, e.g. 质量月.</param>
/// <param name="Landing">Content path of its landing page, e.g. notices/2026-quality-month-launch.md, or null.</param>
public sealed record CampaignConfig(string Name, DateTimeOffset Start, DateTimeOffset End, string Banner, string? Landing)
{
    /// <summary>Where the landing is written in site.yml, for messages.</summary>
    public Diagnostics.SourceLocation LandingAt { get; init; }
}

/// <summary>A site-wide alert, shown between Start and End (end of day inclusive).</summary>
public sealed record AlertConfig(string Text, DateTimeOffset Start, DateTimeOffset End, string? Link)
{
    /// <summary>Where the link is written in site.yml, for the link check.</summary>
    public Diagnostics.SourceLocation LinkAt { get; init; }
}

/// <summary>
/// What government-site inspections count as stale (政府网站与政务新媒体检查指标): the home page and
/// news-type sections must show something new within 14 days, notice and policy sections within six months.
/// </summary>
public sealed record AuditConfig
{
    public int HomeDays { get; init; } = 14;
    public int NewsDays { get; init; } = 14;
    public int NoticeDays { get; init; } = 183;
    public IReadOnlyList<string> NewsSections { get; init; } = ["guides"];
    public IReadOnlyList<string> NoticeSections { get; init; } = ["notices", "results"];
}

/// <summary>The Traditional edition: on or off, its folder ("zh-hant/"), its variant, the site's own terms.</summary>
public sealed record TraditionalEditionConfig(bool Enabled, string Folder, Conversion.TraditionalVariant Variant, IReadOnlyDictionary<string, string> Terms)
{
    /// <summary>Where site.yml names the path (for an edition folder the site already uses).</summary>
    public Diagnostics.SourceLocation PathAt { get; init; }
}
