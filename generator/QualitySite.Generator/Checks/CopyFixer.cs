using System.Text;

namespace QualitySite.Generator.Checks;

/// <summary>One replacement in a file: at a 1-based line and column, the text expected there and what replaces it.</summary>
public sealed record TextEdit(int Line, int Column, string Old, string New);

/// <summary>
/// Applies edits to a file in place and changes nothing else: line endings, a byte-order mark and
/// every byte outside the edits stay as they were. An edit whose text is no longer at its place
/// (the file changed, or the text was written with escapes) is skipped, never forced.
/// </summary>
public static class CopyFixer
{
    public static int Apply(string fullPath, IEnumerable<TextEdit> edits)
    {
        var bytes = File.ReadAllBytes(fullPath);
        var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var text = Encoding.UTF8.GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        var lineStarts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            lineStarts.Add(i + 1);
        }

        var applied = 0;
        var sb = new StringBuilder(text);
        foreach (var edit in edits.DistinctBy(e => (e.Line, e.Column)).OrderByDescending(e => e.Line).ThenByDescending(e => e.Column))
        {
            if (edit.Line < 1 || edit.Line > lineStarts.Count)
            {
                continue;
            }

            var offset = lineStarts[edit.Line - 1] + edit.Column - 1;
            if (offset < 0 || offset + edit.Old.Length > text.Length || string.CompareOrdinal(text, offset, edit.Old, 0, edit.Old.Length) != 0)
            {
                continue;
            }

            sb.Remove(offset, edit.Old.Length).Insert(offset, edit.New);
            applied++;
        }

        if (applied > 0)
        {
            var fixedText = Encoding.UTF8.GetBytes(sb.ToString());
            File.WriteAllBytes(fullPath, bom ? [0xEF, 0xBB, 0xBF, .. fixedText] : fixedText);
        }

        return applied;
    }
}
