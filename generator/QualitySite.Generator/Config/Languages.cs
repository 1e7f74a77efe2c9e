namespace QualitySite.Generator.Config;

/// <summary>The page languages a site may use, and which of them are written in Traditional script.</summary>
public static class Languages
{
    public const string Simplified = "zh-Hans";

    public static readonly string[] All = [Simplified, "zh-Hant", "zh-Hant-HK", "zh-Hant-TW"];

    public static bool IsKnown(string? tag) => tag is not null && All.Contains(tag, StringComparer.Ordinal);

    /// <summary>zh-Hant and its regional forms: labels, search flags and the copy check follow the script.</summary>
    public static bool IsTraditional(string lang) => lang.StartsWith("zh-Hant", StringComparison.Ordinal);

    /// <summary>
    /// The tag an editor most likely meant by a tag this site does not use: region tags (zh-CN,
    /// zh-TW, zh-HK, zh-MO, zh-SG), other capitalisation (ZH-HANT) and script-and-region tags
    /// (zh-Hans-CN); null when none fits.
    /// </summary>
    public static string? Meant(string written)
    {
        if (All.FirstOrDefault(t => t.Equals(written, StringComparison.OrdinalIgnoreCase)) is { } cased)
        {
            return cased;
        }

        var lower = written.Replace('_', '-').ToLowerInvariant();
        return lower switch
        {
            "zh" or "zh-cn" or "zh-sg" or "zh-my" or "cn" or "zh-hans-cn" or "zh-hans-sg" or "zh-chs" => Simplified,
            "zh-tw" or "tw" or "zh-hant-tw" => "zh-Hant-TW",
            "zh-hk" or "zh-mo" or "hk" or "zh-hant-hk" or "zh-hant-mo" => "zh-Hant-HK",
            "zh-cht" => "zh-Hant",
            _ => null,
        };
    }

    /// <summary>The language tag of a Traditional edition in a variant.</summary>
    public static string TraditionalTag(Conversion.TraditionalVariant variant) => variant switch
    {
        Conversion.TraditionalVariant.Taiwan => "zh-Hant-TW",
        Conversion.TraditionalVariant.HongKong => "zh-Hant-HK",
        _ => "zh-Hant",
    };
}
