using System.Text;
using QualitySite.Generator.Diagnostics;

namespace QualitySite.Generator.Parsing;

/// <summary>
/// Invisible control characters that text pasted from Word or old systems carries: U+000B (Word's
/// manual line break) and U+000C become a space, the others (U+0001…U+001F but tab and line
/// breaks, U+007F) are removed. They break feeds and XML, and no reader can see them. One warning
/// per file names the first one's line and column and how many there were.
/// </summary>
public static class ControlCharacters
{
    public static string Clean(string text, string sitePath, List<Diagnostic> diagnostics)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0000', '\u0008') && !text.AsSpan().ContainsAnyInRange('\u000B', '\u001F') && !text.Contains('\u007F'))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        int line = 1, column = 1, count = 0;
        (int Line, int Column, char Char)? first = null;
        foreach (var c in text)
        {
            if (IsStray(c))
            {
                first ??= (line, column, c);
                count++;
                if (c is '\u000B' or '\u000C')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }

            (line, column) = c == '\n' ? (line + 1, 1) : (line, column + 1);
        }

        var (l, col, ch) = first!.Value;
        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ControlCharacter, new SourceLocation(sitePath, l, col),
            $"这里有看不见的控制字符 U+{(int)ch:X4}（共 {count} 个，多半是从 Word 或旧系统粘贴来的），已{(ch is '\u000B' or '\u000C' ? "换成空格" : "删除")}；请在编辑器中删去它们"));
        return sb.ToString();
    }

    private static bool IsStray(char c) => c is < '\u0020' and not ('\t' or '\n') or '\u007F';
}
