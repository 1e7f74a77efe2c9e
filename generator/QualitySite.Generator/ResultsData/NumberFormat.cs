using System.Globalization;
using System.Text;

namespace QualitySite.Generator.ResultsData;

/// <summary>
/// Spreadsheet number formats, enough to show a cell as Excel or WPS would on a Chinese system:
/// General, fixed decimals, thousands separators, percentages, and dates and times (including the
/// 年月日 forms). Colours, conditions and fractions are not drawn; their number is shown plainly.
/// </summary>
public static class NumberFormat
{
    /// <summary>The format code of a built-in format id, as a zh-CN Excel shows it.</summary>
    public static string BuiltIn(uint id) => id switch
    {
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        9 => "0%",
        10 => "0.00%",
        11 => "0.00E+00",
        14 => "yyyy/m/d",
        15 => "d-mmm-yy",
        16 => "d-mmm",
        17 => "mmm-yy",
        18 => "h:mm AM/PM",
        19 => "h:mm:ss AM/PM",
        20 => "h:mm",
        21 => "h:mm:ss",
        22 => "yyyy/m/d h:mm",
        27 or 28 or 29 or 30 or 31 or 36 or 50 or 51 or 52 or 53 or 54 or 57 or 58 => "yyyy\"年\"m\"月\"d\"日\"",
        37 => "#,##0 ;(#,##0)",
        38 => "#,##0 ;[Red](#,##0)",
        39 => "#,##0.00;(#,##0.00)",
        40 => "#,##0.00;[Red](#,##0.00)",
        45 => "mm:ss",
        46 => "[h]:mm:ss",
        47 => "mmss.0",
        48 => "##0.0E+0",
        49 => "@",
        _ => "General",
    };

    public static string Apply(double value, string code)
    {
        var section = FirstSection(code);
        var literal = StripLiterals(section);
        if (literal.Equals("General", StringComparison.OrdinalIgnoreCase) || literal == "@" || literal.Length == 0)
        {
            return General(value);
        }

        if (IsDate(literal))
        {
            return Date(value, section);
        }

        return Number(value, literal);
    }

    private static string General(double value)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        return value.ToString("0.##########", CultureInfo.InvariantCulture);
    }

    private static string Number(double value, string literal)
    {
        var percent = literal.Contains('%');
        var shown = percent ? value * 100 : value;
        var dot = literal.IndexOf('.');
        var decimals = dot < 0 ? 0 : literal[(dot + 1)..].TakeWhile(c => c is '0' or '#' or '?').Count();
        var grouped = literal.Contains(',');
        var text = shown.ToString((grouped ? "#,##0" : "0") + (decimals > 0 ? "." + new string('0', decimals) : ""), CultureInfo.InvariantCulture);
        return percent ? text + "%" : text;
    }

    private static string Date(double value, string section)
    {
        if (value < -657434 || value > 2958465)
        {
            return General(value);
        }

        var date = DateTime.FromOADate(value);
        var sb = new StringBuilder();
        var hasHours = false;
        for (var i = 0; i < section.Length;)
        {
            var c = section[i];
            if (c == '"')
            {
                var end = section.IndexOf('"', i + 1);
                end = end < 0 ? section.Length : end;
                sb.Append(section, i + 1, end - i - 1);
                i = end + 1;
                continue;
            }

            if (c == '\\' && i + 1 < section.Length)
            {
                sb.Append(section[i + 1]);
                i += 2;
                continue;
            }

            if (c == '[')
            {
                i = Math.Max(section.IndexOf(']', i), i) + 1;
                continue;
            }

            var run = 1;
            while (i + run < section.Length && char.ToLowerInvariant(section[i + run]) == char.ToLowerInvariant(c))
            {
                run++;
            }

            var lower = char.ToLowerInvariant(c);
            hasHours |= lower == 'h';
            sb.Append(lower switch
            {
                'y' => run <= 2 ? (date.Year % 100).ToString("00", CultureInfo.InvariantCulture) : date.Year.ToString(CultureInfo.InvariantCulture),
                'm' when IsMinute(section, i, hasHours) => date.Minute.ToString(run >= 2 ? "00" : "0", CultureInfo.InvariantCulture),
                'm' => run switch { 1 => date.Month.ToString(CultureInfo.InvariantCulture), 2 => date.Month.ToString("00", CultureInfo.InvariantCulture), _ => date.Month + "月" },
                'd' => run switch { 1 => date.Day.ToString(CultureInfo.InvariantCulture), 2 => date.Day.ToString("00", CultureInfo.InvariantCulture), _ => date.Day.ToString(CultureInfo.InvariantCulture) },
                'h' => date.Hour.ToString(run >= 2 ? "00" : "0", CultureInfo.InvariantCulture),
                's' => date.Second.ToString(run >= 2 ? "00" : "0", CultureInfo.InvariantCulture),
                _ => new string(c, run),
            });
            i += run;
        }

        return sb.ToString();
    }

    /// <summary>'m' right after an hour or right before seconds is minutes, not the month.</summary>
    private static bool IsMinute(string section, int at, bool afterHours)
    {
        var rest = section[at..].TrimStart('m', 'M');
        return afterHours && !section[..at].TrimEnd().EndsWith("d", StringComparison.OrdinalIgnoreCase) || rest.StartsWith(":s", StringComparison.OrdinalIgnoreCase) || rest.StartsWith(":ss", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDate(string literal) =>
        literal.Any(c => char.ToLowerInvariant(c) is 'y' or 'd' or 'h' or 's') || literal.Contains('m', StringComparison.OrdinalIgnoreCase) && !literal.Contains('0');

    private static string FirstSection(string code)
    {
        var inQuote = false;
        for (var i = 0; i < code.Length; i++)
        {
            inQuote ^= code[i] == '"';
            if (code[i] == ';' && !inQuote)
            {
                return code[..i];
            }
        }

        return code;
    }

    /// <summary>The code without quoted text, escapes and [colour] or [$-locale] blocks, for deciding what kind of format it is.</summary>
    private static string StripLiterals(string section)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < section.Length; i++)
        {
            switch (section[i])
            {
                case '"':
                    i = section.IndexOf('"', i + 1) is var end and >= 0 ? end : section.Length;
                    break;
                case '\\':
                    i++;
                    break;
                case '[':
                    i = section.IndexOf(']', i) is var close and >= 0 ? close : section.Length;
                    break;
                default:
                    sb.Append(section[i]);
                    break;
            }
        }

        return sb.ToString().Trim();
    }
}
