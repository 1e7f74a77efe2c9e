using System.Buffers;

namespace QualitySite.Generator.Edition;

/// <summary>
/// A link whose text is a file name (附件 links: 2026年质量月活动方案.docx) keeps the name as written
/// in the edition, so the name a reader sees is the name of the file they download. A file name
/// has no spaces or punctuation of sentences and ends in the extension of a document, table,
/// archive, picture or recording.
/// </summary>
internal static class FileNames
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "pdf", "ofd", "doc", "docx", "wps", "xls", "xlsx", "et", "csv", "ppt", "pptx", "dps", "txt", "rtf",
        "zip", "rar", "7z", "jpg", "jpeg", "png", "gif", "svg", "webp", "mp3", "mp4",
    };

    /// <summary>What a file name cannot hold: white space and punctuation of sentences (brackets it may hold: 方案（修订稿）.docx).</summary>
    private static readonly SearchValues<char> Stops = SearchValues.Create(
        " \t\r\n\u3000，。、；：？！“”‘’《》〈〉「」『』…\"'<>:;,!?|*");

    /// <summary>True when the text, without the white space around it, is one file name.</summary>
    public static bool Is(ReadOnlySpan<char> text)
    {
        var name = text.Trim();
        var dot = name.LastIndexOf('.');
        return dot > 0 && dot < name.Length - 1 && !name.ContainsAny(Stops)
            && Extensions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name[(dot + 1)..]);
    }
}
