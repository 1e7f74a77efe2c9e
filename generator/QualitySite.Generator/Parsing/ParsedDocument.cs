using QualitySite.Generator.Discovery;

namespace QualitySite.Generator.Parsing;

/// <summary>A content file whose front matter was read without errors.</summary>
public sealed record ParsedDocument(SourceFile Source, FrontMatter FrontMatter, string Body, int BodyFirstLine)
{
    /// <summary>A results announcement's rows, from its data file or front matter.</summary>
    public ResultsData.ResultTable? Table { get; init; }
}
