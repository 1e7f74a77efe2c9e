namespace QualitySite.Generator.Parsing;

/// <summary>The typed front matter of one content file (see docs/content-model.md).</summary>
public sealed record FrontMatter
{
    public required string Title { get; init; }
    public required DateTimeOffset Date { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Region { get; init; }
    public string? Campaign { get; init; }
    public string? Lang { get; init; }
    public string? Slug { get; init; }
    public bool Draft { get; init; }
    public bool Featured { get; init; }
    public DateTimeOffset? PublishDate { get; init; }
    public DateTimeOffset? ExpiryDate { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Change notes written for readers (GOV.UK-style): the public 修改记录, oldest first as written.</summary>
    public IReadOnlyList<ChangeNote> Changes { get; init; } = [];

    // Information-disclosure record (notices, results)
    public string? Issuer { get; init; }
    public string? DocNumber { get; init; }
    public string? IndexNo { get; init; }
    public string? Topic { get; init; }
    public DateTimeOffset? WrittenDate { get; init; }
    public string? Validity { get; init; }
    public DatePeriod? Period { get; init; }

    /// <summary>Content path of the notice that replaces this one, e.g. notices/2026-quality-month-launch.md.</summary>
    public string? SupersededBy { get; init; }

    // Guides and results
    public string? Product { get; init; }
    public string? Audience { get; init; }
    public int? Batches { get; init; }
    public int? Passed { get; init; }

    /// <summary>Values that look like personal information but may be published here (privacy.allow), with the reason.</summary>
    public Privacy.PrivacyAllowance Privacy { get; init; } = QualitySite.Generator.Privacy.PrivacyAllowance.None;

    /// <summary>The worksheet of a results spreadsheet to read; the first one when absent.</summary>
    public string? Sheet { get; init; }

    /// <summary>Where each field's value sits in the file, by key; read it through <see cref="At"/>.</summary>
    public required IReadOnlyDictionary<string, Diagnostics.SourceLocation> Spans { get; init; }

    /// <summary>Where the front matter starts: the place for messages about a field that is absent.</summary>
    public Diagnostics.SourceLocation Start { get; init; }

    /// <summary>Where a field's value is written, or the front matter's start when the field is absent.</summary>
    public Diagnostics.SourceLocation At(FieldCatalog.Field field) => Spans.TryGetValue(field.Key, out var at) ? at : Start;
}

/// <summary>One change note: when the page changed and what changed, in words for readers.</summary>
public sealed record ChangeNote(DateTimeOffset Date, string Note)
{
    /// <summary>Where the note's date is written, for messages.</summary>
    public Diagnostics.SourceLocation At { get; init; }
}

/// <summary>A campaign or sampling period.</summary>
public sealed record DatePeriod(DateTimeOffset? Start, DateTimeOffset? End);
