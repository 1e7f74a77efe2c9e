using QualitySite.Generator.Conversion;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Files;
using QualitySite.Generator.Yaml;

namespace QualitySite.Generator.Config;

/// <summary>Stage 1: reads and validates <c>site.yml</c>. Every problem is reported; a bad config stops the build.</summary>
public static class SiteConfigLoader
{
    public const string FileName = "site.yml";


    public static SiteConfig? Load(string siteRoot, List<Diagnostic> diagnostics)
    {
        var file = System.IO.Path.Combine(siteRoot, FileName);
        if (!File.Exists(file))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ConfigMissing, SourceLocation.File(FileName),
                $"“{siteRoot}”里没有 {FileName}；在网站文件夹里运行 qsite，或用 --source 指定网站文件夹"));
            return null;
        }

        if (Files.SiteFiles.LeavesSite(siteRoot, file))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnsafeFile, SourceLocation.File(FileName), $"{FileName} 是一个指向站点文件夹之外的链接，没有读取；把它换成普通文件"));
            return null;
        }

        var text = Files.SourceText.ReadFile(file, FileName, diagnostics);
        if (text is null)
        {
            return null;
        }

        var map = YamlDocumentLoader.LoadMapping(text, FileName, 1, diagnostics, DiagnosticCodes.ConfigSyntax);
        return map is null ? null : Read(map, diagnostics);
    }

    /// <summary>
    /// The site's time zone, for reading dates given on the command line (--date) as the site's
    /// wall-clock dates; China Standard Time when site.yml is missing or broken (the build itself
    /// then reports why).
    /// </summary>
    public static TimeZoneInfo TimeZoneOf(string siteRoot) => Load(siteRoot, []) is { } config ? config.TimeZone : SiteConfig.ChinaStandardTime;

    public static SiteConfig? Read(YamlMap map, List<Diagnostic> diagnostics)
    {
        var before = diagnostics.Count(d => d.IsError);
        var title = map.String("title", "站点名称", required: true, example: "某某市市场监督管理局");
        var baseUrl = ReadBaseUrl(map);
        var idCode = map.String("siteIdCode", "政府网站标识码", required: true, example: "3205000041");
        var language = ReadLanguage(map);
        var zone = ReadTimeZone(map);
        var publisher = ReadPublisher(map, title ?? "");
        var md = map.Map("markdown", "Markdown 设置", "'markdown: { unsafeHtml: false }'");
        var unsafeHtml = md?.Bool("unsafeHtml", "允许原始 HTML") ?? false;
        var htmlAllow = new HtmlAllowList(
            md?.List("allowedTags", "允许的 HTML 标签").Select(t => t.ToLowerInvariant()).Where(t => t is not ("script" or "style" or "object" or "embed" or "base" or "meta" or "link" or "form")).ToList() ?? [],
            md?.List("allowedAttributes", "允许的 HTML 属性").Select(a => a.ToLowerInvariant()).Where(a => !a.StartsWith("on", StringComparison.Ordinal) && a != "style").ToList() ?? [],
            md?.List("frameHosts", "允许嵌入的视频网站") ?? []);
        if (md is not null)
        {
            ReportUnknownKeys(md);
        }
        var menu = map.MapList("menu", "导航菜单", "'- { name: 通知公告, url: /notices/ }'")
            .Select(m => new MenuItem(m.String("name", "菜单名称", true) ?? "", m.String("url", "菜单链接", true, "/notices/") ?? "/") { At = m.ValueSpan("url") })
            .ToList();
        var sections = ReadSections(map);
        var pageSize = map.Map("pagination", "分页", "'pagination: { pageSize: 10 }'")?.Int("pageSize", "每页条数", min: 1) ?? 10;
        var feedLimit = map.Map("feeds", "订阅", "'feeds: { limit: 20 }'")?.Int("limit", "订阅条数", min: 1) ?? 20;
        // With a bad time zone the dates below are still read (in China Standard Time) so their own problems show, and their keys are not reported as unknown.
        var campaigns = ReadCampaigns(map, zone ?? SiteConfig.ChinaStandardTime);
        var alert = ReadAlert(map, zone ?? SiteConfig.ChinaStandardTime);
        var copyCheck = ReadCopyCheck(map);
        var commitHistory = map.Map("history", "修改记录", "'history: { commits: false }'") is { } h && (h.Bool("commits", "公开提交说明") ?? false);
        var audit = ReadAudit(map);
        var description = map.String("description", "站点描述") ?? "";
        var orgCode = map.String("orgCode", "机构代码");
        var traditional = ReadTraditional(map, language);
        var favicon = map.String("favicon", "网站图标", example: "assets/favicon.svg")?.TrimStart('/');
        ReportUnknownKeys(map);

        if (diagnostics.Count(d => d.IsError) > before || title is null || baseUrl is null || idCode is null || zone is null)
        {
            return null;
        }

        return new SiteConfig
        {
            Title = title,
            BaseUrl = baseUrl,
            SiteIdCode = idCode,
            Description = description,
            OrgCode = orgCode,
            Language = language,
            TimeZone = zone,
            Publisher = publisher,
            UnsafeHtml = unsafeHtml,
            HtmlAllow = htmlAllow,
            Menu = menu,
            Sections = sections,
            PageSize = pageSize,
            FeedLimit = feedLimit,
            Campaigns = campaigns,
            Alert = alert,
            Audit = audit,
            PublicCommitHistory = commitHistory,
            CopyCheck = copyCheck,
            Traditional = traditional,
            Favicon = favicon,
            FaviconAt = map.ValueSpan("favicon"),
        };
    }

    /// <summary>
    /// traditional: { enabled: true, path: /zh-hant/, variant: tw, terms: { 昆山: 昆山 } }: the Traditional
    /// edition (every page again under path, converted at build time), its variant, and how the
    /// site's own names are written in Traditional (before the built-in tables).
    /// </summary>
    private static TraditionalEditionConfig ReadTraditional(YamlMap map, string language)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        var traditional = map.Map("traditional", "繁体版", "'traditional: { enabled: true, path: /zh-hant/ }'");
        if (traditional is null)
        {
            return new TraditionalEditionConfig(false, "zh-hant/", TraditionalVariant.Standard, terms);
        }

        if (traditional.Map("terms", "繁体写法", "'terms: { 昆山: 昆山 }'") is { } list)
        {
            foreach (var key in list.Keys.ToList())
            {
                var reported = list.Diagnostics.Count;
                if (list.String(key, key) is { Length: > 0 } value)
                {
                    terms[key] = value;
                }
                else if (list.Diagnostics.Count == reported)
                {
                    // An empty form would delete the term from the edition: the entry is left out, and the editor told.
                    list.Warning(DiagnosticCodes.ConfigValue, list.KeySpan(key),
                        $"traditional.terms 里的“{key}”没有写繁体形式，这一项不起作用；写成“{key}: 繁体写法”，要保持原样就写“{key}: {key}”");
                }
            }
        }

        var enabled = traditional.Bool("enabled", "生成繁体版") ?? false;
        if (enabled && Languages.IsTraditional(language))
        {
            // The edition converts Simplified pages; on a Traditional site it would publish the site a second time.
            traditional.Error(DiagnosticCodes.ConfigValue, traditional.ValueSpan("enabled"),
                $"网站的默认语言 language 是 {language}（繁体），繁体版是给简体网站另出一份繁体用的，在这里只会把整个网站再复制一份；删去 traditional.enabled，或把 language 改为 zh-Hans");
        }
        var path = traditional.String("path", "繁体版路径", example: "/zh-hant/")?.Trim('/') ?? "zh-hant";
        if (path.Length == 0 || path.Contains('/', StringComparison.Ordinal) || path.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            traditional.Error(DiagnosticCodes.ConfigValue, traditional.ValueSpan("path"), $"traditional.path 应是一层文件夹名，只含字母、数字和连字符，例如 /zh-hant/；这里是“{path}”");
            path = "zh-hant";
        }

        var variantText = traditional.String("variant", "繁体标准", example: "tw") ?? "standard";
        TraditionalVariant? variant = variantText switch { "standard" => TraditionalVariant.Standard, "tw" => TraditionalVariant.Taiwan, "hk" => TraditionalVariant.HongKong, _ => null };
        if (variant is null)
        {
            traditional.Error(DiagnosticCodes.ConfigValue, traditional.ValueSpan("variant"), $"traditional.variant 只能是 standard（通用繁体）、tw（台湾用词）或 hk（香港字形），这里是“{variantText}”");
        }

        ReportUnknownKeys(traditional);
        return new TraditionalEditionConfig(enabled, path + "/", variant ?? TraditionalVariant.Standard, terms) { PathAt = traditional.ValueSpan("path") };
    }

    private static List<CampaignConfig> ReadCampaigns(YamlMap map, TimeZoneInfo zone)
    {
        var result = new List<CampaignConfig>();
        const string example = "'- { name: 质量月, start: 2026-09-01, end: 2026-09-30, banner: …, landing: notices/….md }'";
        foreach (var c in map.MapList("campaigns", "专题活动", example))
        {
            var name = c.String("name", "活动名称", required: true, example: "质量月");
            var start = c.Date("start", "开始日期", zone, required: true);
            var end = c.Date("end", "结束日期", zone, required: true);
            var banner = c.String("banner", "横幅文字") ?? name ?? "";
            var landing = c.String("landing", "专题页");
            ReportUnknownKeys(c);
            if (start is { } s && end is { } e && e < s)
            {
                c.Error(DiagnosticCodes.ConfigValue, c.ValueSpan("end"), $"专题“{name}”的结束日期（{e:yyyy-MM-dd}）早于开始日期（{s:yyyy-MM-dd}）；把 start 和 end 对调，或改正日期");
            }
            else if (name is not null && start is not null && end is not null)
            {
                result.Add(new CampaignConfig(name, start.Value, end.Value, banner, landing) { LandingAt = c.ValueSpan("landing") });
            }
        }

        return result;
    }

    /// <summary>copyCheck: { halfWidthPunctuation: off, otherScript: error, … }; the rule keys are checked where the rules live (qsite check).</summary>
    private static Dictionary<string, string> ReadCopyCheck(YamlMap map)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (map.Map("copyCheck", "中文校对", "'copyCheck: { halfWidthPunctuation: off }'") is not { } rules)
        {
            return result;
        }

        foreach (var key in rules.Keys.ToList())
        {
            var level = rules.String(key, key);
            if (level is not ("off" or "warning" or "error"))
            {
                rules.Error(DiagnosticCodes.ConfigValue, rules.ValueSpan(key), $"copyCheck.{key} 只能是 off、warning 或 error，这里是“{level}”");
                continue;
            }

            result[key] = level;
        }

        return result;
    }

    private static AuditConfig ReadAudit(YamlMap map)
    {
        var a = map.Map("audit", "更新检查", "'audit: { homeDays: 14, newsDays: 14, noticeDays: 183 }'");
        if (a is null)
        {
            return new AuditConfig();
        }

        var defaults = new AuditConfig();
        var result = new AuditConfig
        {
            HomeDays = a.Int("homeDays", "首页更新天数", min: 1) ?? defaults.HomeDays,
            NewsDays = a.Int("newsDays", "动态类栏目更新天数", min: 1) ?? defaults.NewsDays,
            NoticeDays = a.Int("noticeDays", "通知类栏目更新天数", min: 1) ?? defaults.NoticeDays,
            NewsSections = a.Has("newsSections") ? a.List("newsSections", "动态类栏目") : defaults.NewsSections,
            NoticeSections = a.Has("noticeSections") ? a.List("noticeSections", "通知类栏目") : defaults.NoticeSections,
        };
        ReportUnknownKeys(a);
        return result;
    }

    private static AlertConfig? ReadAlert(YamlMap map, TimeZoneInfo zone)
    {
        var a = map.Map("alert", "全站提示", "'alert: { text: …, start: 2026-09-01, end: 2026-09-07 }'");
        if (a is null)
        {
            return null;
        }

        var text = a.String("text", "提示文字", required: true);
        var start = a.Date("start", "开始日期", zone, required: true);
        var end = a.Date("end", "结束日期", zone, required: true);
        var link = a.String("link", "链接");
        ReportUnknownKeys(a);
        return text is null || start is null || end is null ? null : new AlertConfig(text, start.Value, end.Value, link) { LinkAt = a.ValueSpan("link") };
    }

    private static Uri? ReadBaseUrl(YamlMap map)
    {
        var text = map.String("baseUrl", "站点网址", required: true, example: "https://scjgj.example.gov.cn/");
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
        {
            map.Error(DiagnosticCodes.ConfigValue, map.ValueSpan("baseUrl"), $"baseUrl 应当是以 http:// 或 https:// 开头的完整网址，这里写的是“{text}”；写成例如 baseUrl: https://scjgj.example.gov.cn/");
            return null;
        }

        return text.EndsWith('/') ? uri : new Uri(text + "/");
    }

    private static string ReadLanguage(YamlMap map)
    {
        var language = map.String("language", "默认语言") ?? "zh-Hans";
        if (!Languages.IsKnown(language))
        {
            map.Error(DiagnosticCodes.ConfigValue, map.ValueSpan("language"), $"language（默认语言）只能是 {string.Join("、", Languages.All)} 之一，这里写的是“{language}”；{(Languages.Meant(language) is { } likely ? $"应写 language: {likely}" : "改成其中之一")}");
        }

        return language;
    }

    private static TimeZoneInfo? ReadTimeZone(YamlMap map)
    {
        var id = map.String("timeZone", "时区") ?? "Asia/Shanghai";
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        map.Error(DiagnosticCodes.ConfigValue, map.ValueSpan("timeZone"), $"不认识的时区“{id}”；写 IANA 时区名，如 Asia/Shanghai 或 Asia/Hong_Kong");
        return null;
    }

    private static PublisherConfig ReadPublisher(YamlMap map, string title)
    {
        var p = map.Map("publisher", "主办单位", "'publisher: { name: …, address: …, phone: … }'");
        return new PublisherConfig(
            p?.String("name", "主办单位名称") ?? title,
            p?.String("address", "地址") ?? "",
            p?.String("phone", "联系电话") ?? "",
            p?.String("icp", "ICP 备案号") ?? "",
            p?.String("publicSecurityRecord", "公安备案号") ?? "");
    }

    private static Dictionary<string, SectionConfig> ReadSections(YamlMap map)
    {
        var result = new Dictionary<string, SectionConfig>(StringComparer.Ordinal);
        foreach (var defaults in SectionDefaults.All)
        {
            result[defaults.Name] = defaults;
        }

        foreach (var (name, m) in map.NamedMaps("sections", "栏目", "'sections: { notices: { title: 通知公告 } }'"))
        {
            if (!result.TryGetValue(name, out var d))
            {
                map.Error(DiagnosticCodes.ConfigValue, m.Start, $"不认识的栏目“{name}”；栏目只有 {string.Join("、", SectionDefaults.All.Select(s => s.Name))}");
                continue;
            }

            result[name] = new SectionConfig(
                name,
                m.String("title", "栏目名称") ?? d.Title,
                m.String("columnType", "栏目类型") ?? d.ColumnType,
                m.String("description", "栏目描述") ?? d.Description,
                m.String("keywords", "栏目关键词") ?? d.Keywords);
            ReportUnknownKeys(m);
        }

        return result;
    }

    private static void ReportUnknownKeys(YamlMap map)
    {
        foreach (var (key, at) in map.UnreadKeys())
        {
            map.Warning(DiagnosticCodes.ConfigUnknownKey, at, $"不认识的设置 {key}，不会生效；对照 docs/configuration.md 检查拼写");
        }
    }
}
