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

    [ThreadStatic]
    private static byte[]? t_buffer;

    /// <summary>Reads and decodes a file through a per-thread buffer (content files are read by the thousand).</summary>
    public static string? ReadFile(string fullPath, string sitePath, List<Diagnostic> diagnostics)
    {
        using var handle = File.OpenHandle(fullPath);
        var length = checked((int)RandomAccess.GetLength(handle));
        var buffer = t_buffer is { } b && b.Length >= length ? b : t_buffer = new byte[Math.Max(length, 64 * 1024)];
        var read = 0;
        while (read < length && RandomAccess.Read(handle, buffer.AsSpan(read, length - read), read) is var n && n > 0)
        {
            read += n;
        }

        return Read(buffer.AsSpan(0, read), sitePath, diagnostics);
    }

    public static string? Read(byte[] bytes, string sitePath, List<Diagnostic> diagnostics) => Read(bytes.AsSpan(), sitePath, diagnostics);

    public static string? Read(ReadOnlySpan<byte> bytes, string sitePath, List<Diagnostic> diagnostics)
    {
        try
        {
            var text = Strict.GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes);
            return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        }
        catch (DecoderFallbackException)
        {
            return NotUtf8(bytes.ToArray(), sitePath, diagnostics);
        }
    }

    private static string? NotUtf8(byte[] bytes, string sitePath, List<Diagnostic> diagnostics)
    {
        var (line, column) = FirstInvalidPosition(bytes);
        var guess = EncodingGuesser.Guess(bytes);
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NotUtf8, new SourceLocation(sitePath, line, column),
            $"the file is not valid UTF-8; it looks like {guess}. Re-save it as UTF-8 (in Notepad: 另存为 → 编码 UTF-8; in VS Code: 'Save with Encoding' → UTF-8)"));
        return null;
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
