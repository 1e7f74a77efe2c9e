using System.Text.RegularExpressions;
using QualitySite.Generator.Diagnostics;

namespace QualitySite.Generator.Privacy;

/// <summary>What kind of personal information a finding is.</summary>
public enum PersonalInfoKind
{
    ResidentId,
    Mobile,
    BankCard,
}

/// <summary>One piece of personal information in a text: what it is, as written, its digits, and its 0-based line and column in that text.</summary>
public sealed record PersonalInfoFinding(PersonalInfoKind Kind, string Written, string Value, int Line, int Column)
{
    /// <summary>How to publish it instead: 110105********123X, 138****5678, 6222 **** **** 0123.</summary>
    public string Masked => Kind switch
    {
        PersonalInfoKind.ResidentId => Value[..6] + new string('*', Value.Length - 10) + Value[^4..],
        PersonalInfoKind.Mobile => Value[..3] + "****" + Value[^4..],
        _ => Value[..4] + new string('*', Value.Length - 8) + Value[^4..],
    };

    public string Label => Kind switch
    {
        PersonalInfoKind.ResidentId => "完整的身份证号码",
        PersonalInfoKind.Mobile => "完整的手机号码",
        _ => "完整的银行卡号",
    };
}

/// <summary>
/// Finds resident ID numbers (18-character with a valid check character, region and birth date,
/// and the old 15-digit form), mobile numbers (11 digits 1[3-9]…, also with spaces or dashes and
/// +86) and bank card numbers (16–19 digits, Luhn, a card network's prefix) in text. Masked forms
/// (138****5678), unified social credit codes, hotlines, dates, batch and standard numbers, and
/// digits inside URLs and file paths are not findings.
/// </summary>
public static partial class PersonalInfoScanner
{
    public static IEnumerable<PersonalInfoFinding> Scan(string text, DateOnly today)
    {
        if (!MayHoldNumbers(text))
        {
            yield break;
        }

        var taken = new List<(int Start, int End)>();
        foreach (var finding in Candidates(text, today))
        {
            if (taken.Any(t => finding.Index < t.End && finding.Index + finding.Length > t.Start))
            {
                continue;
            }

            taken.Add((finding.Index, finding.Index + finding.Length));
            var (line, column) = Position(text, finding.Index);
            yield return new PersonalInfoFinding(finding.Kind, finding.Written, finding.Value, line, column);
        }
    }

    private static IEnumerable<(PersonalInfoKind Kind, int Index, int Length, string Written, string Value)> Candidates(string text, DateOnly today)
    {
        foreach (Match m in LongNumber().Matches(text))
        {
            if (InsideUrl(text, m.Index))
            {
                continue;
            }

            var value = m.Value.ToUpperInvariant();
            if (IdentityNumbers.IsCreditCode(value))
            {
                continue;
            }

            if (IdentityNumbers.IsResidentId(value, today) || IdentityNumbers.IsOldResidentId(value, today))
            {
                yield return (PersonalInfoKind.ResidentId, m.Index, m.Length, m.Value, value);
            }
        }

        foreach (Match m in Mobile().Matches(text))
        {
            if (!InsideUrl(text, m.Index))
            {
                var digits = m.Groups["a"].Value + m.Groups["b"].Value + m.Groups["c"].Value;
                yield return (PersonalInfoKind.Mobile, m.Index, m.Length, m.Value, digits);
            }
        }

        foreach (Match m in CardNumber().Matches(text))
        {
            var digits = new string(m.Value.Where(char.IsAsciiDigit).ToArray());
            if (!InsideUrl(text, m.Index) && IdentityNumbers.IsBankCard(digits))
            {
                yield return (PersonalInfoKind.BankCard, m.Index, m.Length, m.Value, digits);
            }
        }
    }

    /// <summary>Cheap first look: a text without eleven digits close together holds none of these numbers.</summary>
    private static bool MayHoldNumbers(string text)
    {
        var digits = 0;
        var gap = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++digits >= 11)
                {
                    return true;
                }

                gap = 0;
            }
            else if (c is ' ' or '-' && gap == 0)
            {
                gap = 1;
            }
            else
            {
                digits = 0;
                gap = 0;
            }
        }

        return false;
    }

    /// <summary>Digits right after '/', '=', '?', '&amp;', '#', '.', '_' or '%' belong to a URL or file name (an article id, a query), not to a person.</summary>
    private static bool InsideUrl(string text, int index) =>
        index > 0 && text[index - 1] is '/' or '=' or '?' or '&' or '#' or '.' or '_' or '%';

    private static (int Line, int Column) Position(string text, int index)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = text.IndexOf('\n'); i >= 0 && i < index; i = text.IndexOf('\n', i + 1))
        {
            line++;
            lineStart = i + 1;
        }

        return (line, index - lineStart);
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z*])\d{14}(?:\d|\d{3}[\dXx])(?![0-9A-Za-z*])")]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"(?<![0-9A-Za-z*+])(?:(?:\+|00)?86[ -]?)?(?<a>1[3-9]\d)(?<sep>[ -]?)(?<b>\d{4})\k<sep>(?<c>\d{4})(?![0-9A-Za-z*])")]
    private static partial Regex Mobile();

    [GeneratedRegex(@"(?<![0-9A-Za-z*])(?:\d{4}[ -]){3}\d{4}(?:[ -]?\d{1,3})?(?![0-9A-Za-z*])|(?<![0-9A-Za-z*])\d{16,19}(?![0-9A-Za-z*])")]
    private static partial Regex CardNumber();
}
