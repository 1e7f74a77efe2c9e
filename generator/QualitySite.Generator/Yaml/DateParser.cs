using System.Globalization;

namespace QualitySite.Generator.Yaml;

/// <summary>
/// Parses the date forms editors write. A date without an offset is a wall-clock time in the
/// site's time zone, never the machine's (see docs/content-model.md).
/// </summary>
public static class DateParser
{
    private static readonly string[] NaiveFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss",
    ];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd HH:mmzzz", "yyyy-MM-dd HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'",
    ];

    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset value)
    {
        var trimmed = text.Trim();
        if (DateTime.TryParseExact(trimmed, NaiveFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var naive))
        {
            value = new DateTimeOffset(naive, zone.GetUtcOffset(naive));
            return true;
        }

        if (DateTimeOffset.TryParseExact(trimmed, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            value = TimeZoneInfo.ConvertTime(value, zone);
            return true;
        }

        value = default;
        return false;
    }
}
