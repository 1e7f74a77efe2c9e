namespace QualitySite.Generator.Search;

/// <summary>What the search index needs from one page. Ids follow the site's order (newest first), so a lower id is a newer page.</summary>
public sealed record SearchDocument(
    int Id,
    string Title,
    IReadOnlyList<string> Headings,
    string Body,
    string Url,
    string Kind,
    DateTimeOffset Date,
    string? Region,
    IReadOnlyList<string> Tags,
    string Lang,
    bool Inactive);
