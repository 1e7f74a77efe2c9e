namespace QualitySite.Generator.Templates.ViewModels;

/// <summary>What list.hbs gets: one page of a section, term, or archive month list, newest first.</summary>
public sealed record ListView(string Title, string Description, IReadOnlyList<ItemView> Items, PagerView? Pager, string? FeedUrl, UiText T);

/// <summary>An accessible pager: previous, next and a window of numbered pages.</summary>
public sealed record PagerView(string? PreviousUrl, string? NextUrl, IReadOnlyList<PagerLinkView> Pages, int Number, int Total);

/// <summary>A numbered page link; <see cref="IsGap"/> stands for skipped numbers (…).</summary>
public sealed record PagerLinkView(int Number, string Url, bool IsCurrent, bool IsGap);

/// <summary>What terms.hbs gets: a taxonomy's terms with counts.</summary>
public sealed record TermsView(string Title, IReadOnlyList<TermLinkView> Terms, UiText T);

/// <summary>A taxonomy term as a link with its page count.</summary>
public sealed record TermLinkView(string Name, string Url, int Count);

/// <summary>What archives.hbs gets: years and months with counts.</summary>
public sealed record ArchivesView(IReadOnlyList<ArchiveYearView> Years, UiText T);

/// <summary>A year of the archive.</summary>
public sealed record ArchiveYearView(int Year, string Url, int Count, IReadOnlyList<TermLinkView> Months);

/// <summary>What home.hbs gets: the current campaign first, then blocks of latest pages.</summary>
public sealed record HomeView(string SiteTitle, string Description, CampaignView? Campaign, IReadOnlyList<HomeBlockView> Blocks, UiText T);

/// <summary>The campaign running on the build date.</summary>
public sealed record CampaignView(string Name, string Banner, string? LandingUrl, string Url, IReadOnlyList<ItemView> Items);

/// <summary>One block of the home page: a section's latest pages.</summary>
public sealed record HomeBlockView(string Title, string Url, string Kind, IReadOnlyList<ItemView> Items);

/// <summary>A page in a list.</summary>
public sealed record ItemView(string Title, string Url, DateView Date, string Summary, string? Region, string Kind, string KindLabel, string Lang, string? Flag);

/// <summary>What 404.hbs gets.</summary>
public sealed record NotFoundView(string HomeUrl, IReadOnlyList<MenuView> Sections, UiText T);

/// <summary>What search.hbs gets: where the index, the folding table and the script are, and the filter choices.</summary>
public sealed record SearchView(
    string ManifestJson,
    string FoldUrl,
    string ScriptUrl,
    string HomeUrl,
    IReadOnlyList<OptionView> Kinds,
    IReadOnlyList<OptionView> Years,
    IReadOnlyList<OptionView> Regions,
    IReadOnlyList<OptionView> Tags,
    UiText T);

/// <summary>One choice of a filter.</summary>
public sealed record OptionView(string Value, string Label);
