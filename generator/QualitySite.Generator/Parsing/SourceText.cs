using System.Text;
using QualitySite.Generator.Diagnostics;

namespace QualitySite.Generator.Parsing;

/// <summary>
/// Reads a content file as strict UTF-8 (BOM stripped, line endings normalised to '\n').
/// A file in another encoding is an error that names the encoding it most likely is.
/// </summary>
public static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(byte[] bytes, string sitePath, List<Diagnostic> diagnostics)
    {
        try
        {
            var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            var text = Strict.GetString(bytes, start, bytes.Length - start);
            return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        }
        catch (DecoderFallbackException)
        {
            var (line, column) = FirstInvalidPosition(bytes);
            var guess = EncodingGuesser.Guess(bytes);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NotUtf8, new SourceLocation(sitePath, line, column),
                $"the file is not valid UTF-8; it looks like {guess}. Re-save it as UTF-8 (in Notepad: 另存为 → 编码 UTF-8; in VS Code: 'Save with Encoding' → UTF-8)"));
            return null;
        }
    }

    /// <summary>Line and column (in bytes) of the first byte that is not valid UTF-8.</summary>
    private static (int Line, int Column) FirstInvalidPosition(byte[] bytes)
    {
        var decoder = new UTF8Encoding(false, false);
        int line = 1, lineStart = 0, i = 0;
        while (i < bytes.Length)
        {
            var length = Utf8SequenceLength(bytes, i);
            if (length == 0)
            {
                var prefix = decoder.GetString(bytes, lineStart, i - lineStart);
                return (line, prefix.Length + 1);
            }

            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }

            i += length;
        }

        return (1, 1);
    }

    private static int Utf8SequenceLength(byte[] b, int i)
    {
        var first = b[i];
        var length = first < 0x80 ? 1 : first >= 0xC2 && first <= 0xDF ? 2 : first >= 0xE0 && first <= 0xEF ? 3 : first >= 0xF0 && first <= 0xF4 ? 4 : 0;
        if (length == 0 || i + length > b.Length)
        {
            return 0;
        }

        for (var k = 1; k < length; k++)
        {
            if ((b[i + k] & 0xC0) != 0x80)
            {
                return 0;
            }
        }

        return System.Text.Unicode.Utf8.IsValid(b.AsSpan(i, length)) ? length : 0;
    }
}
