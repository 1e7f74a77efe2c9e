namespace QualitySite.Tests.Accessibility;

/// <summary>What one <see cref="PageSweep"/> found, sorted, as the accessibility tests read it (and as <see cref="SweepCache"/> keeps it).</summary>
public sealed record SweepResult(
    IReadOnlyList<string> AxeFindings,
    IReadOnlyList<string> SmallTargets,
    IReadOnlyList<string> ElderlyModeOff,
    int PagesSwept,
    int TargetsMeasured,
    IReadOnlyList<string> SwitchProblems,
    int SwitchesChecked)
{
    /// <summary>True when the sweep found nothing wrong; only such results are kept for reuse.</summary>
    public bool Clean => AxeFindings.Count == 0 && SmallTargets.Count == 0 && ElderlyModeOff.Count == 0 && SwitchProblems.Count == 0;
}
