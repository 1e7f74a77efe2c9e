namespace QualitySite.Generator.Config;

/// <summary>The page languages a site may use, and which of them are written in Traditional script.</summary>
public static class Languages
{
    public const string Simplified = "zh-Hans";

    public static readonly string[] All = [Simplified, "zh-Hant", "zh-Hant-HK", "zh-Hant-TW"];

    public static bool IsKnown(string? tag) => tag is not null && All.Contains(tag, StringComparer.Ordinal);

    /// <summary>zh-Hant and its regional forms: labels, search flags and the copy check follow the script.</summary>
    public static bool IsTraditional(string lang) => lang.StartsWith("zh-Hant", StringComparison.Ordinal);

    /// <summary>The language tag of a Traditional edition in a variant.</summary>
    public static string TraditionalTag(Conversion.TraditionalVariant variant) => variant switch
    {
        Conversion.TraditionalVariant.Taiwan => "zh-Hant-TW",
        Conversion.TraditionalVariant.HongKong => "zh-Hant-HK",
        _ => "zh-Hant",
    };
}
