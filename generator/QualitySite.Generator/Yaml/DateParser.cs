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

    /// <summary>Years a page, notice or campaign can have; outside them a date is a typo (and year 1 cannot even carry an offset).</summary>
    public const int FirstYear = 1900;
    public const int LastYear = 2199;

    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset value)
    {
        var trimmed = text.Trim();
        if (trimmed.Length < 4 || !int.TryParse(trimmed.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < FirstYear or > LastYear)
        {
            value = default;
            return false;
        }

        if (PlainDate(trimmed) is { } day)
        {
            value = new DateTimeOffset(day, zone.GetUtcOffset(day));
            return true;
        }

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

    /// <summary>The common 'yyyy-MM-dd' read by hand (the format list is slow to try); null for anything else, invalid days included.</summary>
    private static DateTime? PlainDate(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' || !Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day))
        {
            return null;
        }

        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateTime(year, month, day) : null;
    }

    private static bool Digits(string text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }

            value = value * 10 + text[i] - '0';
        }

        return true;
    }
}
