namespace QualitySite.Generator.Templates.ViewModels;

/// <summary>What notice.hbs, guide.hbs, result.hbs and page.hbs get.</summary>
public sealed record ArticleView
{
    public required string Title { get; init; }
    public required string Kind { get; init; }
    public required string KindLabel { get; init; }
    public required string SectionTitle { get; init; }
    public required string SectionUrl { get; init; }
    public required DateView Date { get; init; }
    public DateView? Updated { get; init; }
    public string? Summary { get; init; }
    public required IReadOnlyList<TermLinkView> Tags { get; init; }
    public string? Region { get; init; }
    public string? Campaign { get; init; }
    public string? Product { get; init; }
    public string? Audience { get; init; }
    public required string Html { get; init; }
    public required IReadOnlyList<TocView> Toc { get; init; }
    public required int ReadingMinutes { get; init; }
    public DisclosureView? Disclosure { get; init; }
    public string? PeriodText { get; init; }
    public ResultFiguresView? Figures { get; init; }
    public ResultDataView? Data { get; init; }
    public LinkView? Trend { get; init; }
    public string? ValidityBanner { get; init; }
    public string? ExpiredBanner { get; init; }
    public string? DraftBanner { get; init; }
    public LinkView? SupersededBy { get; init; }
    public required IReadOnlyList<LinkView> Related { get; init; }
    public required IReadOnlyList<ChangeView> Changes { get; init; }
    public LinkView? Older { get; init; }
    public LinkView? Newer { get; init; }
    public required UiText T { get; init; }
}

/// <summary>A date in machine form (for &lt;time datetime&gt;) and reader form (2026年9月1日).</summary>
public sealed record DateView(string Iso, string Display);

/// <summary>A heading in the page's table of contents.</summary>
public sealed record TocView(string Id, string Text, bool IsSub);

/// <summary>A link to another page.</summary>
public sealed record LinkView(string Title, string Url);

/// <summary>The information-disclosure box (信息公开) at the top of notices and results.</summary>
public sealed record DisclosureView(
    string? IndexNo,
    string? Topic,
    string? Issuer,
    string? WrittenDate,
    string? DocNumber,
    string PubDate,
    string? Validity);

/// <summary>Summary figures of a results announcement.</summary>
public sealed record ResultFiguresView(int Batches, int Passed, int Failed, string PassRate);

/// <summary>One entry of a page's public change history.</summary>
public sealed record ChangeView(DateView Date, string Note);

/// <summary>A results announcement's data: table, chart, non-conforming list and downloads.</summary>
public sealed record ResultDataView(
    string Caption,
    IReadOnlyList<string> Columns,
    IReadOnlyList<ResultRowView> Rows,
    IReadOnlyList<NonConformingView> NonConforming,
    string ChartSvg,
    string ChartTitle,
    string CsvUrl,
    string CsvSize,
    string JsonUrl,
    string JsonSize,
    int Refused);

/// <summary>One row of the results table; failed rows are marked in text as well as colour.</summary>
public sealed record ResultRowView(IReadOnlyList<string> Cells, bool Failed, bool Refused);

/// <summary>A non-conforming batch: who made it, who sold it, what failed.</summary>
public sealed record NonConformingView(string Product, string Maker, string Seller, string Items);

/// <summary>What trend.hbs gets: one product's pass rate across sampling rounds.</summary>
public sealed record TrendView(string Product, string ChartSvg, IReadOnlyList<TrendRoundView> Rounds, UiText T);

/// <summary>One sampling round of a product.</summary>
public sealed record TrendRoundView(string Title, string Url, DateView Date, int Batches, int Passed, string PassRate);
