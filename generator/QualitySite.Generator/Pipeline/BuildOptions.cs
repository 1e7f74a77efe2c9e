namespace QualitySite.Generator.Pipeline;

/// <summary>What to build and how.</summary>
/// <param name="SourceDir">The site folder (holds site.yml, content/, templates/).</param>
/// <param name="OutputDir">Where the site is written; default &lt;source&gt;/_site.</param>
public sealed record BuildOptions(string SourceDir, string? OutputDir = null)
{
    /// <summary>Include pages with <c>draft: true</c>.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Include pages whose publish date is after <see cref="Now"/>.</summary>
    public bool IncludeFuture { get; init; }

    /// <summary>The build date; drafts, scheduling and campaigns are judged against it. Injected so tests are deterministic.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>When false, everything is validated and rendered but nothing is written (qsite check).</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>Results kept between builds by the preview server; null for a one-off build.</summary>
    public BuildCache? Cache { get; init; }

    /// <summary>Read each page's change history from git (one 'git log' for the whole site).</summary>
    public bool ReadHistory { get; init; } = true;

    /// <summary>qsite check: problems that a build only warns about (broken anchors) are errors.</summary>
    public bool Strict { get; init; }

    public string ResolvedOutputDir => Path.GetFullPath(OutputDir ?? Path.Combine(SourceDir, "_site"));
}
