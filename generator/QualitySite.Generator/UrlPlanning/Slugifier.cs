using System.Globalization;
using System.Text;

namespace QualitySite.Generator.UrlPlanning;

/// <summary>
/// Unicode-keeping slugs ("safe" strategy): Chinese stays readable, only characters that are illegal
/// or unsafe in paths and URLs are dropped, spaces become '-', ASCII letters are lower-cased.
/// </summary>
public static class Slugifier
{
    public static string FromText(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (IsKept(rune))
            {
                sb.Append(rune.IsAscii ? char.ToLowerInvariant((char)rune.Value) : rune.ToString());
            }
            else if (Rune.IsWhiteSpace(rune) || rune.Value is '-' or '_' or '.' or '/' or '\\' or '·' or '、' or '，')
            {
                if (sb.Length > 0 && sb[^1] != '-')
                {
                    sb.Append('-');
                }
            }
        }

        return sb.ToString().Trim('-');
    }

    /// <summary>Why an editor-given slug is not allowed, or null when it is fine.</summary>
    /// <summary>The longest slug in UTF-8 bytes: a slug becomes a folder name, and file systems stop at 255.</summary>
    public const int MaxBytes = 200;

    public static string? Problem(string slug)
    {
        if (slug is "." or ".." || slug.Contains('/') || slug.Contains('\\'))
        {
            return "slug 只能是一段名称，不能含 / 或 \\，也不能是 . 或 ..；删去这些字符";
        }

        foreach (var rune in slug.EnumerateRunes())
        {
            if (!IsKept(rune) && rune.Value is not ('-' or '_' or '.'))
            {
                return $"slug 里不能有字符“{rune}”；只用字母、数字、汉字和 -";
            }
        }

        return slug.StartsWith('.') ? "slug 不能以 . 开头；删去开头的点" : null;
    }

    private static bool IsKept(Rune rune)
    {
        if (rune.IsAscii)
        {
            return char.IsAsciiLetterOrDigit((char)rune.Value);
        }

        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>A path segment for a term: characters that paths cannot hold become '-', ASCII is lower-cased.</summary>
    public static string TermSegment(string term)
    {
        var sb = new StringBuilder(term.Length);
        foreach (var c in term.Normalize(NormalizationForm.FormC))
        {
            sb.Append(char.IsControl(c) || char.IsWhiteSpace(c) || "/\\?#%<>:\"|*".Contains(c) ? '-' : char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : c);
        }

        var segment = sb.ToString().Trim('-', '.');
        return segment.Length == 0 ? "term" : segment;
    }

    /// <summary>A term's segment that no earlier term of the same list took: 羊绒衫, then 羊绒衫-2, 羊绒衫-3 for terms that differ only in what a path cannot hold.</summary>
    public static string UniqueSegment(string term, HashSet<string> used)
    {
        var segment = TermSegment(term);
        for (var n = 2; !used.Add(segment); n++)
        {
            segment = $"{TermSegment(term)}-{n}";
        }

        return segment;
    }
}
