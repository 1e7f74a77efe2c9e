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
public sealed record LinkView(string Title, string Url, string? Lang);

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
    ChartView Chart,
    string CsvUrl,
    string CsvSize,
    string JsonUrl,
    string JsonSize,
    int Refused);

/// <summary>One row of the results table; failed and refused rows carry an icon beside the colour (hidden from screen readers: the 检验结论 cell says it in words).</summary>
public sealed record ResultRowView(IReadOnlyList<CellView> Cells, bool Failed, bool Refused);

/// <summary>A table cell with its column's name, shown beside it when a phone lays each row out as a card.</summary>
public sealed record CellView(string Label, string Text);

/// <summary>A bar chart of pass rates (partials/chart.hbs): a short title, one bar per label with its figures in text, and a legend of the colours.</summary>
public sealed record ChartView(string Id, string Title, IReadOnlyList<ChartBarView> Bars, string LegendTitle, IReadOnlyList<LegendView> Legend);

/// <summary>One bar: its label (shown above it), the figures in words, its length in percent and its colour band (good, fair, poor).</summary>
public sealed record ChartBarView(string Label, string Value, string Width, string Band);

/// <summary>What one colour of the chart means.</summary>
public sealed record LegendView(string Band, string Text);

/// <summary>A non-conforming batch: who made it, who sold it, what failed.</summary>
public sealed record NonConformingView(string Product, string Maker, string Seller, string Items);

/// <summary>What trend.hbs gets: one product's pass rate across sampling rounds.</summary>
public sealed record TrendView(string Product, string Title, ChartView Chart, IReadOnlyList<TrendRoundView> Rounds, UiText T);

/// <summary>One sampling round of a product.</summary>
public sealed record TrendRoundView(string Title, string Url, string? Lang, DateView Date, int Batches, int Passed, string PassRate);
