using QualitySite.Generator.SiteStructure;

namespace QualitySite.Generator.Checks;

/// <summary>One thing an inspection would fail the site for.</summary>
/// <param name="Code">Stable code: stale-home, stale-section, empty-section.</param>
/// <param name="Where">The page or section concerned, e.g. notices/.</param>
public sealed record AuditFinding(string Code, string Where, string Message);

/// <summary>
/// The freshness rules of Chinese government-site inspections (users-and-conventions §1.1), judged on
/// the build date: home page and news-type sections updated within 14 days, notice and policy
/// sections within six months, no empty sections. Thresholds come from site.yml 'audit'.
/// </summary>
public static class FreshnessAudit
{
    public static IReadOnlyList<AuditFinding> Run(SiteModel site)
    {
        var audit = site.Config.Audit;
        var findings = new List<AuditFinding>();
        var newest = site.Listed.Select(p => p.Page.Meta.Date).DefaultIfEmpty().Max();
        if (Age(site.Now, newest) > audit.HomeDays)
        {
            findings.Add(new AuditFinding("stale-home", "/", $"首页最新的内容是 {Day(newest)} 的（比 {Day(site.Now)} 早 {Age(site.Now, newest)} 天）；检查要求首页 {audit.HomeDays} 天内有更新，发布新内容"));
        }

        foreach (var section in site.Sections.Where(s => audit.NewsSections.Contains(s.Config.Name) || audit.NoticeSections.Contains(s.Config.Name)))
        {
            var limit = audit.NewsSections.Contains(section.Config.Name) ? audit.NewsDays : audit.NoticeDays;
            var where = $"{section.SitePath} ({section.Config.Title})";
            if (section.Pages.Count == 0)
            {
                findings.Add(new AuditFinding("empty-section", where, "这个栏目是空的（空白栏目）；发布内容，或把它从菜单里去掉"));
                continue;
            }

            var latest = section.Pages.Max(p => p.Page.Meta.Date);
            if (Age(site.Now, latest) > limit)
            {
                findings.Add(new AuditFinding("stale-section", where, $"这个栏目最新的页面是 {Day(latest)} 的，已经 {Age(site.Now, latest)} 天没有更新；这个栏目应当 {limit} 天内有更新"));
            }
        }

        return findings;
    }

    private static int Age(DateTimeOffset now, DateTimeOffset date) => date == default ? int.MaxValue : (int)(now.Date - date.Date).TotalDays;

    private static string Day(DateTimeOffset date) => date == default ? "never" : date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
