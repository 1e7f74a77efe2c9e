using System.Text.RegularExpressions;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Yaml;

namespace QualitySite.Generator.Parsing;

/// <summary>
/// Reads the front matter mapping into a <see cref="FrontMatter"/>, reporting every problem at the
/// YAML node that causes it: missing and empty required fields, bad dates, wrong types, values
/// outside their allowed forms, and unknown keys (warnings, with a did-you-mean).
/// </summary>
public static partial class FrontMatterParser
{

    public static FrontMatter? Parse(YamlMap map, string section, TimeZoneInfo zone)
    {
        var errorsBefore = map.Diagnostics.Count(d => d.IsError);
        string L(string key) => FieldCatalog.Label(key);

        var title = map.String("title", L("title"), required: true, example: "关于开展2026年“质量月”活动的通知");
        var date = map.Date("date", L("date"), zone, required: true);
        var period = ReadPeriod(map, zone);
        var matter = new FrontMatter
        {
            Title = title ?? "",
            Date = date ?? default,
            Summary = map.String("summary", L("summary")),
            Tags = map.List("tags", L("tags")),
            Region = map.String("region", L("region")),
            Campaign = map.String("campaign", L("campaign")),
            Lang = OneOf(map, "lang", Config.Languages.All, Config.Languages.Meant),
            Slug = map.String("slug", L("slug")),
            Draft = map.Bool("draft", L("draft")) ?? false,
            Featured = map.Bool("featured", L("featured")) ?? false,
            PublishDate = map.Date("publishDate", L("publishDate"), zone),
            ExpiryDate = map.Date("expiryDate", L("expiryDate"), zone),
            Updated = map.Date("updated", L("updated"), zone),
            Aliases = map.List("aliases", L("aliases")),
            Changes = ReadChanges(map, zone),
            Issuer = map.String("issuer", L("issuer")),
            DocNumber = Checked(map, "docNumber", DocNumberPattern(), "写成 机关代字〔年份〕序号号，如 苏市监质监函〔2026〕3号（年份用六角括号〔〕，不要用 [] 或 ()）"),
            IndexNo = Checked(map, "indexNo", IndexNoPattern(), "写成 机构代码/年份-五位序号，如 01400022-0/2026-00001"),
            Topic = map.String("topic", L("topic")),
            WrittenDate = map.Date("writtenDate", L("writtenDate"), zone),
            Validity = OneOf(map, "validity", Validity.All),
            Period = period,
            SupersededBy = map.String("supersededBy", L("supersededBy")),
            Product = map.String("product", L("product")),
            Audience = map.String("audience", L("audience")),
            Batches = map.Int("batches", L("batches"), min: 0),
            Passed = map.Int("passed", L("passed"), min: 0),
            Sheet = map.String("sheet", L("sheet")),
            Privacy = ReadPrivacy(map),
            Spans = map.Keys.ToDictionary(k => k, map.ValueSpan, StringComparer.Ordinal),
            Start = map.Start,
        };

        CheckCounts(map, matter);
        ReportKeysNotForSection(map, section);
        return map.Diagnostics.Count(d => d.IsError) > errorsBefore ? null : matter;
    }

    private static Privacy.PrivacyAllowance ReadPrivacy(YamlMap map)
    {
        var privacy = map.Map("privacy", FieldCatalog.Label("privacy"), "'privacy: { allow: [\"…\"], reason: 依法公开的……}'");
        if (privacy is null)
        {
            return Privacy.PrivacyAllowance.None;
        }

        var allow = privacy.List("allow", "允许公开的值");
        var reason = privacy.String("reason", "公开理由");
        if (allow.Count > 0 && reason is null)
        {
            map.Error(DiagnosticCodes.PersonalInfo, map.KeySpan("privacy"), "privacy.allow 列出了要公开的个人信息，但没有写理由；加上 reason: 写明依据（如 经本人同意公开的联系电话）");
        }

        return new Privacy.PrivacyAllowance(allow, reason, map.ValueSpan("privacy"));
    }

    private static List<ChangeNote> ReadChanges(YamlMap map, TimeZoneInfo zone)
    {
        var notes = new List<ChangeNote>();
        foreach (var item in map.MapList("changes", FieldCatalog.Label("changes"), "'- { date: 2026-09-10, note: 更正了活动报名截止日期 }'"))
        {
            var date = item.Date("date", "修改日期", zone, required: true);
            var note = item.String("note", "修改说明", required: true, example: "更正了活动报名截止日期");
            foreach (var (key, at) in item.UnreadKeys())
            {
                map.Error(DiagnosticCodes.UnknownField, at, $"修改记录的每一条只有 date 和 note 两项，“{key}”不认识；改为 '- {{ date: 2026-09-10, note: 更正了报名截止日期 }}'");
            }

            if (date is { } d && note is { } n)
            {
                notes.Add(new ChangeNote(d, n) { At = item.ValueSpan("date") });
            }
        }

        return notes;
    }

    private static DatePeriod? ReadPeriod(YamlMap map, TimeZoneInfo zone)
    {
        var period = map.Map("period", FieldCatalog.Label("period"), "'period: { start: 2026-09-01, end: 2026-09-30 }'");
        if (period is null)
        {
            return null;
        }

        var start = period.Date("start", "开始日期", zone, required: true);
        var end = period.Date("end", "结束日期", zone, required: true);
        foreach (var (key, at) in period.UnreadKeys())
        {
            map.Error(DiagnosticCodes.UnknownField, at, $"period（有效期间）只有 start 和 end 两项，这里多了 {key}；删去这一行，或改成 start 或 end");
        }

        if (start is { } s && end is { } e && e < s)
        {
            map.Error(DiagnosticCodes.BadValue, period.ValueSpan("end"), $"结束日期（{e:yyyy-MM-dd}）早于开始日期（{s:yyyy-MM-dd}）；把 start 和 end 对调，或改正日期");
        }

        return new DatePeriod(start, end);
    }

    /// <param name="meant">What the editor most likely meant by a value not allowed (the message then names it), or null.</param>
    private static string? OneOf(YamlMap map, string key, string[] allowed, Func<string, string?>? meant = null)
    {
        var value = map.String(key, FieldCatalog.Label(key));
        if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
        {
            var fix = meant?.Invoke(value) is { } likely ? $"；应写 {key}: {likely}" : $"；改成其中之一";
            map.Error(DiagnosticCodes.BadValue, map.ValueSpan(key), $"{key}（{FieldCatalog.Label(key)}）只能是 {string.Join("、", allowed)} 之一，这里写的是“{value}”{fix}");
            return null;
        }

        return value;
    }

    private static string? Checked(YamlMap map, string key, Regex pattern, string hint)
    {
        var value = map.String(key, FieldCatalog.Label(key));
        if (value is not null && !pattern.IsMatch(value))
        {
            map.Error(DiagnosticCodes.BadValue, map.ValueSpan(key), $"“{value}”不是有效的{FieldCatalog.Label(key)}（{key}）；{hint}");
            return null;
        }

        return value;
    }

    private static void CheckCounts(YamlMap map, FrontMatter matter)
    {
        if (matter.Batches is { } batches && matter.Passed is { } passed && passed > batches)
        {
            map.Error(DiagnosticCodes.BadValue, map.ValueSpan("passed"), $"passed（合格批次）是 {passed}，但 batches（抽查批次）只有 {batches}；合格批次不能多于抽查批次，请改正其中一个数");
        }
    }

    private static void ReportKeysNotForSection(YamlMap map, string section)
    {
        foreach (var key in map.Keys)
        {
            var field = FieldCatalog.Find(key);
            var at = map.KeySpan(key);
            if (field is null)
            {
                var hint = FieldCatalog.Closest(key) is { } near ? $"是不是想写 {near}？" : "可用的字段见 docs/content-model.md";
                map.Warning(DiagnosticCodes.UnknownField, at, $"不认识的字段 {key}，不会生效；{hint}");
            }
            else if (!field.Sections.Contains(section, StringComparer.Ordinal))
            {
                map.Warning(DiagnosticCodes.FieldNotForType, at, $"{key}（{field.Label}）在 {section} 栏目里不使用，不会生效；它只用于 {string.Join("、", field.Sections)}，不需要时删去这一行");
            }
        }
    }

    [GeneratedRegex(@"^\S+〔\d{4}〕\d+[号號]$")]
    private static partial Regex DocNumberPattern();

    [GeneratedRegex(@"^[0-9A-Za-z-]{4,20}/\d{4}-\d{5}$")]
    private static partial Regex IndexNoPattern();
}
