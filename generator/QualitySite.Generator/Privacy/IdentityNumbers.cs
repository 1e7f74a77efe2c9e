using System.Globalization;

namespace QualitySite.Generator.Privacy;

/// <summary>
/// The check rules of Chinese identity numbers: resident ID numbers (GB 11643-1999: region code,
/// birth date, check character) and unified social credit codes of organisations (GB 32100-2015),
/// which are published by law and must never be taken for a person's number.
/// </summary>
public static class IdentityNumbers
{
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string IdChecks = "10X98765432";
    private const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CreditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Province-level codes that start a resident ID number.</summary>
    public static bool IsProvince(int code) => code is >= 11 and <= 15 or >= 21 and <= 23 or >= 31 and <= 37 or >= 41 and <= 46 or >= 50 and <= 54 or >= 61 and <= 65 or 71 or 81 or 82;

    /// <summary>An 18-character resident ID number with a real region, a real birth date and the right check character.</summary>
    public static bool IsResidentId(string value, DateOnly today)
    {
        if (value.Length != 18 || value.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9') || !IsProvince(int.Parse(value.AsSpan(0, 2), CultureInfo.InvariantCulture)))
        {
            return false;
        }

        if (!IsBirthDate(value.Substring(6, 8), today))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (value[i] - '0') * IdWeights[i];
        }

        return char.ToUpperInvariant(value[17]) == IdChecks[sum % 11];
    }

    /// <summary>The old 15-digit resident ID number: region, a birth date in the 1900s (yyMMdd), a serial; no check character.</summary>
    public static bool IsOldResidentId(string value, DateOnly today) =>
        value.Length == 15 && !value.AsSpan().ContainsAnyExceptInRange('0', '9') && IsProvince(int.Parse(value.AsSpan(0, 2), CultureInfo.InvariantCulture))
        && IsBirthDate(string.Concat("19", value.AsSpan(6, 6)), today);

    /// <summary>An 18-character unified social credit code whose check character is right.</summary>
    public static bool IsCreditCode(string value)
    {
        if (value.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = CreditAlphabet.IndexOf(char.ToUpperInvariant(value[i]));
            if (v < 0)
            {
                return false;
            }

            sum += v * CreditWeights[i];
        }

        var check = (31 - (sum % 31)) % 31;
        return char.ToUpperInvariant(value[17]) == CreditAlphabet[check];
    }

    /// <summary>A bank card number: 16 to 19 digits passing the Luhn check, with a card network's prefix (62 UnionPay, 4 Visa, 51–55 and 2221–2720 Mastercard, 34/37 Amex, 35 JCB, 60/65 and others).</summary>
    public static bool IsBankCard(string digits)
    {
        if (digits.Length is < 16 or > 19 || digits.AsSpan().ContainsAnyExceptInRange('0', '9') || !HasCardPrefix(digits))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    private static bool HasCardPrefix(string digits) =>
        digits[0] == '4' || digits[0] == '6' || digits.StartsWith("35", StringComparison.Ordinal) || digits[..2] is "34" or "37"
        || digits[0] == '5' && digits[1] is >= '1' and <= '5'
        || digits[0] == '2' && int.Parse(digits.AsSpan(0, 4), CultureInfo.InvariantCulture) is >= 2221 and <= 2720;

    private static bool IsBirthDate(string yyyymmdd, DateOnly today) =>
        DateOnly.TryParseExact(yyyymmdd, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
        && birth.Year >= 1900 && birth <= today;
}
