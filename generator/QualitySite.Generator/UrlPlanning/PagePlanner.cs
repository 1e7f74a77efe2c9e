using QualitySite.Generator.Config;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Discovery;
using QualitySite.Generator.Model;
using QualitySite.Generator.Parsing;

namespace QualitySite.Generator.UrlPlanning;

/// <summary>
/// Stage 4: gives each document its slug, URL and output path, and checks what only the whole set
/// can show: two pages on one URL, slugs or aliases that would leave the output folder, and
/// duplicate 索引号. Every conflict names all the files involved.
/// </summary>
public static class PagePlanner
{
    /// <summary>Site paths the generator writes itself; a page cannot take them.</summary>
    private static readonly string[] Reserved = ["assets/", "search/", "404.html", "tags/", "regions/", "campaigns/", "archives/", "sitemap.xml", "robots.txt", "atom.xml", "rss.xml", "feed.json", SectionDefaults.TrendsFolder];

    public static IReadOnlyList<Page> Plan(IReadOnlyList<ParsedDocument> documents, SiteConfig config, DiagnosticBag bag, History? history = null)
    {
        var pages = new List<Page>();
        foreach (var doc in documents)
        {
            if (PlanOne(doc, config, bag) is { } page)
            {
                var commits = history?.Of(page.Source.ContentPath) ?? [];
                var notes = config.PublicCommitHistory
                    ? commits.Select(c => new ChangeNote(c.Date, c.Subject)).ToList()
                    : page.Meta.Changes.OrderByDescending(c => c.Date).ToList();
                pages.Add(page with { History = commits, ChangeNotes = notes });
            }
        }

        ReportLongTerms(pages, bag);
        ReportUrlCollisions(pages, config, bag);
        ReportDuplicateIndexNumbers(pages, bag);
        ReportMissingReferences(pages, config, bag);
        return pages;
    }

    private static Page? PlanOne(ParsedDocument doc, SiteConfig config, DiagnosticBag bag)
    {
        var matter = doc.FrontMatter;
        var slug = matter.Slug ?? Slugifier.FromText(doc.Source.Stem);
        var slugAt = matter.Slug is null ? new SourceLocation(doc.Source.SitePath, 1, 1) : matter.At(FieldCatalog.Slug);
        if (matter.Slug is not null && Slugifier.Problem(matter.Slug) is { } problem)
        {
            bag.Add(Diagnostic.Error(DiagnosticCodes.PathEscape, slugAt, $"slug“{matter.Slug}”不能用：{problem}"));
            return null;
        }

        if (slug.Length == 0)
        {
            bag.Add(Diagnostic.Error(DiagnosticCodes.BadValue, slugAt, $"无法用文件名“{doc.Source.Stem}”生成网址；给文件改个名，或在信息头里加一行 slug: 2026-zhiliangyue"));
            return null;
        }

        if (System.Text.Encoding.UTF8.GetByteCount(slug) > Slugifier.MaxBytes)
        {
            bag.Add(Diagnostic.Error(DiagnosticCodes.PathEscape, slugAt,
                $"网址名“{slug}”太长，不能用作文件夹名（{System.Text.Encoding.UTF8.GetByteCount(slug)} 字节，最多 {Slugifier.MaxBytes} 字节，约 66 个汉字）；加一行短一些的 slug，例如 slug: 2026-zhiliangyue"));
            return null;
        }

        var sitePath = doc.Source.Section == SectionDefaults.Pages ? $"{slug}/" : $"{doc.Source.Section}/{slug}/";
        return new Page
        {
            Source = doc.Source,
            Meta = matter,
            Body = doc.Body,
            BodyFirstLine = doc.BodyFirstLine,
            Section = doc.Source.Section,
            Slug = slug,
            Lang = matter.Lang ?? config.Language,
            SitePath = sitePath,
            Url = SitePaths.Href(config.BasePath, sitePath),
            OutputPath = SitePaths.OutputFileFor(sitePath),
            AliasPaths = PlanAliases(doc, bag),
            Table = doc.Table,
        };
    }

    private static List<string> PlanAliases(ParsedDocument doc, DiagnosticBag bag)
    {
        var result = new List<string>();
        foreach (var alias in doc.FrontMatter.Aliases)
        {
            var normalized = alias.StartsWith('/') ? SitePaths.Normalize(alias) : null;
            if (normalized is null or "/")
            {
                bag.Add(Diagnostic.Error(DiagnosticCodes.PathEscape, doc.FrontMatter.At(FieldCatalog.Aliases),
                    $"aliases 里的“{alias}”不是能用的旧地址；从网站根目录写起，如 /old/notice-2019.html，不要含 ..、? 或 #"));
                continue;
            }

            result.Add(normalized);
        }

        return result;
    }

    /// <summary>A tag, region, campaign or product becomes a folder name (/tags/羊绒衫/); one too long for a folder is refused at its field.</summary>
    private static void ReportLongTerms(List<Page> pages, DiagnosticBag bag)
    {
        var tooLong = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var terms = page.Meta.Tags.Select(t => (FieldCatalog.Tags, t))
                .Concat(new[] { (FieldCatalog.Region, page.Meta.Region), (FieldCatalog.Campaign, page.Meta.Campaign), (FieldCatalog.Product, page.Meta.Product) }.Where(x => x.Item2 is not null).Select(x => (x.Item1, x.Item2!)));
            foreach (var (field, term) in terms)
            {
                if (!tooLong.TryGetValue(term, out var bytes))
                {
                    // Only a term that could be too long is turned into its segment (a folder name takes 200 bytes, a character at most 4).
                    bytes = tooLong[term] = term.Length * 4 <= Slugifier.MaxBytes ? 0 : System.Text.Encoding.UTF8.GetByteCount(Slugifier.TermSegment(term));
                }

                if (bytes > Slugifier.MaxBytes)
                {
                    bag.Add(Diagnostic.Error(DiagnosticCodes.PathEscape, page.Meta.At(field),
                        $"“{term[..Math.Min(20, term.Length)]}…”太长（{bytes} 字节），做不了网址中的文件夹名（最多 {Slugifier.MaxBytes} 字节，约 66 个汉字）；{field.Label}请写简短的词"));
                }
            }
        }
    }

    private static void ReportUrlCollisions(List<Page> pages, SiteConfig config, DiagnosticBag bag)
    {
        var claims = new List<(string Output, string Who, SourceLocation At)>();
        foreach (var page in pages)
        {
            claims.Add((page.OutputPath, page.Source.SitePath, new SourceLocation(page.Source.SitePath, 1, 1)));
            foreach (var alias in page.AliasPaths)
            {
                claims.Add((SitePaths.OutputFileFor(alias), $"{page.Source.SitePath}（旧地址 {alias}）", page.Meta.At(FieldCatalog.Aliases)));
            }
        }

        var generated = config.Sections.Keys.Select(s => $"{s}/").Concat(Reserved).Append("/");
        foreach (var path in generated)
        {
            claims.Add((SitePaths.OutputFileFor(path), $"自动生成的页面 /{path.TrimStart('/')}", default));
        }

        foreach (var group in claims.GroupBy(c => c.Output, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var all = group.ToList();
            var list = string.Join("；", all.Select((c, i) => $"{i + 1}. {c.Who}"));
            foreach (var claim in all.Where(c => c.At.Path is not null))
            {
                bag.Add(Diagnostic.Error(DiagnosticCodes.UrlCollision, claim.At,
                    $"{all.Count} 个页面会写到同一个地址 /{group.Key}：{list}；给其中一个换个 slug 或文件名"));
            }
        }
    }

    /// <summary>supersededBy and campaign landing pages must name a published content file.</summary>
    private static void ReportMissingReferences(List<Page> pages, SiteConfig config, DiagnosticBag bag)
    {
        var known = pages.Select(p => p.Source.ContentPath).ToHashSet(StringComparer.Ordinal);
        foreach (var page in pages.Where(p => p.Meta.SupersededBy is { } s && !known.Contains(s)))
        {
            bag.Add(Diagnostic.Error(DiagnosticCodes.BrokenLink, page.Meta.At(FieldCatalog.SupersededBy),
                $"supersededBy（替代文件）“{page.Meta.SupersededBy}”指向的页面不存在或没有发布；写新文件在 content/ 下的路径，例如 supersededBy: notices/2026-quality-month-launch.md"));
        }

        foreach (var campaign in config.Campaigns.Where(c => c.Landing is { } l && !known.Contains(l)))
        {
            bag.Add(Diagnostic.Error(DiagnosticCodes.ConfigValue, campaign.LandingAt.Path is null ? SourceLocation.File("site.yml") : campaign.LandingAt,
                $"专题“{campaign.Name}”的 landing“{campaign.Landing}”指向的页面不存在或没有发布；写 content/ 下的路径，例如 notices/2026-quality-month-launch.md"));
        }
    }

    private static void ReportDuplicateIndexNumbers(List<Page> pages, DiagnosticBag bag)
    {
        var groups = pages.Where(p => p.Meta.IndexNo is not null)
            .GroupBy(p => p.Meta.IndexNo!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in groups)
        {
            var files = string.Join(", ", group.Select(p => p.Source.SitePath));
            foreach (var page in group)
            {
                bag.Add(Diagnostic.Error(DiagnosticCodes.DuplicateIndexNo, page.Meta.At(FieldCatalog.IndexNo),
                    $"索引号“{group.Key}”被 {group.Count()} 个文件同时使用（{files}）；全站的索引号不能重复，给每个文件编自己的序号"));
            }
        }
    }
}
