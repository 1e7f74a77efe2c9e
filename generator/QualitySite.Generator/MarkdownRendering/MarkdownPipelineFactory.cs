using Markdig;

namespace QualitySite.Generator.MarkdownRendering;

/// <summary>
/// The only place a Markdig pipeline is built. The pipeline is immutable and shared by all threads.
/// Chinese needs two non-defaults: GitHub-style heading ids (the default turns '## 一、精心组织'
/// into 'section') and CJK-friendly emphasis (the default leaves '**重要。**' as literal asterisks).
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Create(bool unsafeHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseAutoLinks()
            .UseEmphasisExtras()
            .Use<HeadingIds>()
            .Use<ProseTables>()
            .UseCustomContainers()
            .Use<NoConvert>()
            .UseCjkFriendlyEmphasis()
            .UsePreciseSourceLocation();
        if (!unsafeHtml)
        {
            builder.DisableHtml();
        }

        return builder.Build();
    }
}
