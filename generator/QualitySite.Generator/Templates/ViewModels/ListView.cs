namespace QualitySite.Generator.Templates.ViewModels;

/// <summary>What section.hbs gets: one section's pages, newest first.</summary>
public sealed record SectionView(string Title, string Description, IReadOnlyList<ItemView> Items, UiText T);

/// <summary>What home.hbs gets.</summary>
public sealed record HomeView(string SiteTitle, string Description, IReadOnlyList<HomeBlockView> Blocks, UiText T);

/// <summary>One block of the home page: a section's latest pages.</summary>
public sealed record HomeBlockView(string Title, string Url, string Kind, IReadOnlyList<ItemView> Items);

/// <summary>A page in a list.</summary>
public sealed record ItemView(string Title, string Url, DateView Date, string Summary, string? Region, string Kind, string KindLabel, string Lang);

/// <summary>What 404.hbs gets.</summary>
public sealed record NotFoundView(string HomeUrl, IReadOnlyList<MenuView> Sections, UiText T);

/// <summary>What search.hbs gets: where the index and the script are, and the filter choices.</summary>
public sealed record SearchView(
    string ManifestJson,
    string ScriptUrl,
    string HomeUrl,
    IReadOnlyList<OptionView> Kinds,
    IReadOnlyList<OptionView> Years,
    IReadOnlyList<OptionView> Regions,
    IReadOnlyList<OptionView> Tags,
    UiText T);

/// <summary>One choice of a filter.</summary>
public sealed record OptionView(string Value, string Label);
