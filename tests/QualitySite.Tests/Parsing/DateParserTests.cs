using QualitySite.Generator.Yaml;

namespace QualitySite.Tests.Parsing;

public sealed class DateParserTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Theory]
    [InlineData("2026-09-01", "2026-09-01T00:00:00+08:00")]
    [InlineData("2026-09-01 09:30", "2026-09-01T09:30:00+08:00")]
    [InlineData("2026-09-01T09:30:15", "2026-09-01T09:30:15+08:00")]
    [InlineData("2026-09-01T01:00:00Z", "2026-09-01T09:00:00+08:00")]
    [InlineData("2026-09-01T09:00:00+09:00", "2026-09-01T08:00:00+08:00")]
    public void Dates_without_offset_are_read_in_the_site_zone_not_the_machine_zone(string text, string expected)
    {
        Assert.True(DateParser.TryParse(text, Shanghai, out var value));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
        Assert.Equal(TimeSpan.FromHours(8), value.Offset);
    }

    [Theory]
    [InlineData("2012-13-45")]
    [InlineData("2026-02-30")]
    [InlineData("2026/09/01")]
    [InlineData("九月一日")]
    public void Invalid_dates_are_rejected(string text) => Assert.False(DateParser.TryParse(text, Shanghai, out _));
}
