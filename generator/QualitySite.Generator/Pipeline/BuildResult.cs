using QualitySite.Generator.Diagnostics;

namespace QualitySite.Generator.Pipeline;

/// <summary>What a build produced: its diagnostics, counts and how long each stage took.</summary>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int PagesRendered,
    int FilesWritten,
    IReadOnlyList<StageTiming> Timings,
    TimeSpan Elapsed)
{
    /// <summary>The site as built, when the build got as far as the lists (for check, audit and serve).</summary>
    public SiteStructure.SiteModel? Site { get; init; }

    /// <summary>Every file of the build, whether written or not (serve keeps them in memory).</summary>
    public IReadOnlyList<Model.OutputFile> Outputs { get; init; } = [];

    /// <summary>For serve: renders one edited page against this build at once (in-memory builds with a cache only).</summary>
    public PagePreview? Preview { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public bool IsUsageError => Diagnostics.Any(d => d.IsError && d.Code.StartsWith("QS0", StringComparison.Ordinal));

    /// <summary>0 success, 1 content errors, 2 usage errors.</summary>
    public int ExitCode => Succeeded ? 0 : IsUsageError ? 2 : 1;
}

/// <summary>How long a stage took, the processor time it used, the bytes it allocated (all threads) and how long the garbage collector paused it.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, long Allocated = 0, TimeSpan Processor = default, TimeSpan Paused = default)
{
    /// <summary>The stage ran beside others (its time overlaps theirs; processor time and allocation are not told apart).</summary>
    public bool Background { get; init; }
}
