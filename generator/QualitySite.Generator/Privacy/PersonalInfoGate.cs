using QualitySite.Generator.Diagnostics;

namespace QualitySite.Generator.Privacy;

/// <summary>Values a page (and its data file) may publish although they look like personal information, with the reason.</summary>
public sealed record PrivacyAllowance(IReadOnlyList<string> Values, string? Reason, SourceLocation At)
{
    public static readonly PrivacyAllowance None = new([], null, default);

    /// <summary>Digits (and X) only, so "138 0013 8000" and "138-0013-8000" allow the same number.</summary>
    public static string Key(string value) => new(value.Where(c => char.IsAsciiDigit(c) || c is 'X' or 'x').Select(char.ToUpperInvariant).ToArray());

    public bool Allows(string value) => Values.Any(v => Key(v) == Key(value));
}

/// <summary>
/// The personal-information gate: full resident ID numbers, mobile numbers and bank card numbers in
/// a page's front matter and body (alt texts and link texts included), in every cell of its data
/// file, and in file names are errors, so nothing is published; each names the file, line and column
/// and the masked form to publish instead. Values the page allows (privacy.allow, with a reason) and
/// the publisher's own phone pass; each allowed value is listed as a note.
/// </summary>
public static class PersonalInfoGate
{
    /// <param name="listAllowed">Whether an allowed value found here is listed as a note (not in front matter, where privacy.allow itself names it).</param>
    public static IEnumerable<Diagnostic> CheckText(string text, string sitePath, int firstLine, PrivacyAllowance allowance, IReadOnlySet<string> publicNumbers, DateOnly today, string cellPrefix = "", int? column = null, bool listAllowed = true)
    {
        foreach (var finding in PersonalInfoScanner.Scan(text, today))
        {
            var at = new SourceLocation(sitePath, firstLine + finding.Line, column ?? finding.Column + 1);
            if (publicNumbers.Contains(PrivacyAllowance.Key(finding.Value)))
            {
                continue;
            }

            if (allowance.Allows(finding.Value))
            {
                if (!listAllowed)
                {
                    continue;
                }

                yield return new Diagnostic(Severity.Note, DiagnosticCodes.PersonalInfo, at.Path, at.Line, at.Column,
                    $"{cellPrefix}“{finding.Written}”看起来是{finding.Label}，按 privacy.allow 公开；理由：{allowance.Reason}");
                continue;
            }

            yield return Diagnostic.Error(DiagnosticCodes.PersonalInfo, at,
                $"{cellPrefix}“{finding.Written}”是{finding.Label}，属于个人信息，不能公开；改写为打码形式 {finding.Masked}，确需公开时在 privacy: {{ allow: [\"{finding.Written}\"], reason: \"…\" }} 中写明理由");
        }
    }

    /// <summary>A file name that holds such a number (a scan saved as 张三-110105199003071234.jpg) is published as part of a URL.</summary>
    public static IEnumerable<Diagnostic> CheckFileName(string contentPath, string sitePath, DateOnly today) =>
        PersonalInfoScanner.Scan(contentPath.Replace('/', ' ').Replace('_', ' ').Replace('.', ' '), today).Select(f =>
            Diagnostic.Error(DiagnosticCodes.PersonalInfo, SourceLocation.File(sitePath), $"文件名中的“{f.Written}”是{f.Label}，文件名会出现在网址里；给文件改个名字，去掉这个号码"));
}
