using QualitySite.Generator.Config;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Model;

namespace QualitySite.Generator.Edition;

/// <summary>
/// The edition's folder must be its own: a page, list or file of the site under it (traditional.path
/// named like a section, a page, /tags/ or /assets/) would be overwritten by or mixed with the
/// edition. Compared without case, as on the file systems of Windows and macOS hosts. Run before
/// the outputs are checked, which set aside the files that claim one path.
/// </summary>
public static class EditionFolder
{
    /// <summary>An error at traditional.path when a file of the site (not of the edition) lies in the edition's folder.</summary>
    public static IEnumerable<Diagnostic> Clashes(TraditionalEditionConfig edition, IEnumerable<OutputFile> outputs)
    {
        if (!edition.Enabled || outputs.FirstOrDefault(o => !o.Origin.EndsWith(TraditionalEdition.OriginMark, StringComparison.Ordinal)
            && o.Path.StartsWith(edition.Folder, StringComparison.OrdinalIgnoreCase)) is not { } clash)
        {
            yield break;
        }

        yield return Diagnostic.Error(DiagnosticCodes.ConfigValue, edition.PathAt,
            $"traditional.path“/{edition.Folder}”是网站已经在用的文件夹（{clash.Origin} 写到 /{clash.Path}），繁体版会和它混在一起；换一个网站没有用到的名称，例如 /zh-hant/");
    }
}
