using QualitySite.Generator.Parsing;

namespace QualitySite.Generator.UrlPlanning;

/// <summary>Which documents are published in this build: drafts and future pages are left out unless asked for.</summary>
public static class PublicationFilter
{
    public static IReadOnlyList<ParsedDocument> Published(IReadOnlyList<ParsedDocument> documents, DateTimeOffset now, bool drafts, bool future) =>
        documents.Where(d => (drafts || !d.FrontMatter.Draft) && (future || IsDue(d.FrontMatter, now))).ToList();

    private static bool IsDue(FrontMatter matter, DateTimeOffset now) => (matter.PublishDate ?? matter.Date) <= now;
}
