using QualitySite.Tests.Support;

namespace QualitySite.Tests.Accessibility;

/// <summary>
/// Every HTML page of the sample site through axe-core in Debian's Chromium (<see cref="PageSweep"/>),
/// at phone (360×800) and desktop (1280×900) sizes, in normal and in elderly mode (长辈模式), with
/// the WCAG 2.0/2.1/2.2 A and AA rules and best practices: no violation, and no colour contrast
/// axe could not measure. A failure names the page, size, mode, rule and selector.
/// </summary>
public sealed class AxeTests(AccessibilitySite site) : IClassFixture<AccessibilitySite>
{
    [Fact]
    public async Task Every_page_has_no_axe_violation_at_phone_and_desktop_size_in_normal_and_elderly_mode()
    {
        var sweep = await site.Sweep();
        Assert.True(sweep.PagesSwept > 30, "the sample site's pages were not found");
        Assert.Empty(sweep.ElderlyModeOff);
        var findings = sweep.AxeFindings.Where(f => !f.Contains("color-contrast-enhanced", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.True(findings.Count == 0, $"{findings.Count} axe findings (page [size mode] rule: selector — why):\n" + string.Join("\n", findings));
    }

    /// <summary>In 长辈模式 every page also passes axe's enhanced (7:1) contrast rule.</summary>
    [Fact]
    public async Task Text_has_seven_to_one_contrast_in_elderly_mode()
    {
        var sweep = await site.Sweep();
        var findings = sweep.AxeFindings.Where(f => f.Contains("color-contrast-enhanced", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }
}
