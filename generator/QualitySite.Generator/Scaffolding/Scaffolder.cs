using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using QualitySite.Generator.Config;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.UrlPlanning;

namespace QualitySite.Generator.Scaffolding;

/// <summary>What 'qsite new' was asked for.</summary>
public sealed record ScaffoldRequest(string SiteRoot, string Type, string Title, string? Slug, DateTimeOffset Now);

/// <summary>The file written, or why not.</summary>
public sealed record ScaffoldOutcome(string Path, string? Error, bool IsUsageError = false);

/// <summary>
/// Writes a new content file from templates/archetypes/&lt;type&gt;.md: today's date in the site's time
/// zone, the title, the publisher, and for notices and results the next free 索引号 of the year
/// (site.yml 'orgCode' plus the highest serial already used, plus one). The slug is --slug, or the
/// date and a short id from the title, which editors can read, since Chinese titles make poor file names.
/// </summary>
public static partial class Scaffolder
{
    public static readonly IReadOnlyDictionary<string, string> Types = ContentKinds.All.ToDictionary(k => k.Kind, k => k.Section, StringComparer.Ordinal);

    public static ScaffoldOutcome Create(ScaffoldRequest request)
    {
        var diagnostics = new List<Diagnostic>();
        var config = SiteConfigLoader.Load(request.SiteRoot, diagnostics);
        if (config is null)
        {
            return new ScaffoldOutcome(SiteConfigLoader.FileName, string.Join("; ", diagnostics.Where(d => d.IsError).Select(d => d.Message)), true);
        }

        var archetype = Path.Combine(request.SiteRoot, "templates", "archetypes", request.Type + ".md");
        if (!File.Exists(archetype))
        {
            return new ScaffoldOutcome($"templates/archetypes/{request.Type}.md", "缺少这类内容的模板（archetype）；从 QualitySite 示例站点的 templates/archetypes/ 文件夹复制一份", true);
        }

        var date = TimeZoneInfo.ConvertTime(request.Now, config.TimeZone);
        var slug = request.Slug ?? $"{date:yyyy-MM-dd}-{ShortId(request.Title)}";
        if (Slugifier.Problem(slug) is { } problem)
        {
            return new ScaffoldOutcome(slug, $"--slug“{slug}”不能用：{problem}", true);
        }

        var section = Types[request.Type];
        var relative = $"content/{section}/{slug}.md";
        var target = Path.Combine(request.SiteRoot, relative);
        if (File.Exists(target))
        {
            return new ScaffoldOutcome(relative, "文件已经存在，没有改动它；用 --slug 换一个名称");
        }

        var text = File.ReadAllText(archetype)
            .Replace("{{title}}", Quote(request.Title))
            .Replace("{{date}}", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Replace("{{publisher}}", config.Publisher.Name)
            .Replace("{{indexNoLine}}", IndexNoLine(request.SiteRoot, config.OrgCode, date.Year));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using (var stream = new FileStream(target, FileMode.CreateNew))
        {
            stream.Write(Encoding.UTF8.GetBytes(text));
        }

        return new ScaffoldOutcome(relative, null);
    }

    /// <summary>Four hex digits from the title: the same title always gives the same id.</summary>
    public static string ShortId(string title) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title)))[..4];

    /// <summary>The next free index number of the year for the site's organisation code.</summary>
    public static string IndexNoLine(string siteRoot, string? orgCode, int year)
    {
        if (orgCode is null)
        {
            return "# indexNo: 机构代码/" + year + "-00001（在 site.yml 中设置 orgCode 后会自动编号）";
        }

        var content = Path.Combine(siteRoot, "content");
        var used = Directory.Exists(content)
            ? Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories)
                .SelectMany(f => IndexNoPattern().Matches(File.ReadAllText(f)))
                .Where(m => m.Groups[1].Value == orgCode && m.Groups[2].Value == year.ToString(CultureInfo.InvariantCulture))
                .Select(m => int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture))
            : [];
        var next = used.DefaultIfEmpty(0).Max() + 1;
        return $"indexNo: {orgCode}/{year}-{next:D5}";
    }

    private static string Quote(string title) => "\"" + title.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    [GeneratedRegex(@"^indexNo:\s*""?([0-9A-Za-z-]+)/(\d{4})-(\d{5})", RegexOptions.Multiline)]
    private static partial Regex IndexNoPattern();
}
