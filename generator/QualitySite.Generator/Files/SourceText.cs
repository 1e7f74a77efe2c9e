using System.Text;
using QualitySite.Generator.Diagnostics;

namespace QualitySite.Generator.Files;

/// <summary>
/// Reads a site file as strict UTF-8 (BOM stripped, line endings normalised to '\n'). A file in
/// another encoding is an error that names the encoding it most likely is; data files may also be
/// read as GB18030 (<see cref="ReadData"/>). A file that cannot be opened is an error naming why.
/// </summary>
public static class SourceText
{
    private const string Resave = "用记事本“另存为 → 编码 UTF-8”，或在 VS Code 中“通过编码保存 → UTF-8”后重新构建";

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [ThreadStatic]
    private static byte[]? t_buffer;

    /// <summary>Reads and decodes a file through a per-thread buffer (content files are read by the thousand).</summary>
    public static string? ReadFile(string fullPath, string sitePath, List<Diagnostic> diagnostics)
    {
        var length = ReadBytes(fullPath, sitePath, diagnostics);
        return length < 0 ? null : Read(t_buffer.AsSpan(0, length), sitePath, diagnostics);
    }

    /// <summary>The file's bytes (a copy), or null after an error naming why it could not be read.</summary>
    public static byte[]? ReadAllBytes(string fullPath, string sitePath, List<Diagnostic> diagnostics)
    {
        var length = ReadBytes(fullPath, sitePath, diagnostics);
        return length < 0 ? null : t_buffer.AsSpan(0, length).ToArray();
    }

    private static int ReadBytes(string fullPath, string sitePath, List<Diagnostic> diagnostics)
    {
        if (FileKind.Of(fullPath) == EntryKind.Special)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnsafeFile, SourceLocation.File(sitePath), "这不是普通文件（是命名管道、套接字或设备），读取它会让构建停住；换成普通文件"));
            return -1;
        }

        try
        {
            using var handle = File.OpenHandle(fullPath);
            var length = checked((int)RandomAccess.GetLength(handle));
            var buffer = t_buffer is { } b && b.Length >= length ? b : t_buffer = new byte[Math.Max(length, 64 * 1024)];
            var read = 0;
            while (read < length && RandomAccess.Read(handle, buffer.AsSpan(read, length - read), read) is var n && n > 0)
            {
                read += n;
            }

            return read;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OverflowException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ReadFailed, SourceLocation.File(sitePath), $"无法读取这个文件（{SiteFiles.Reason(ex)}）；检查它的权限（如 chmod 644）后重新构建"));
            return -1;
        }
    }

    public static string? Read(byte[] bytes, string sitePath, List<Diagnostic> diagnostics) => Read(bytes.AsSpan(), sitePath, diagnostics);

    public static string? Read(ReadOnlySpan<byte> bytes, string sitePath, List<Diagnostic> diagnostics, string resave = Resave)
    {
        if (Decode(bytes) is { } text)
        {
            return text;
        }

        var (line, column) = FirstInvalidPosition(bytes);
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NotUtf8, new SourceLocation(sitePath, line, column),
            $"文件不是有效的 UTF-8 编码，看起来是 {EncodingGuesser.Describe(EncodingGuesser.Guess(bytes))}；{resave}"));
        return null;
    }

    /// <summary>
    /// A data file (CSV) as text: UTF-8, or else GB18030 when the bytes look like GBK and decode
    /// cleanly (with a note saying so, since Excel on Chinese Windows saves CSV that way).
    /// </summary>
    public static string? ReadData(ReadOnlySpan<byte> bytes, string sitePath, List<Diagnostic> diagnostics, string resave)
    {
        if (Decode(bytes) is { } text)
        {
            return text;
        }

        if (EncodingGuesser.Guess(bytes) == LegacyEncoding.Gbk && EncodingGuesser.DecodeGb18030(bytes) is { } gb)
        {
            diagnostics.Add(new Diagnostic(Severity.Note, DiagnosticCodes.NotUtf8, sitePath, 0, 0, $"这个文件是 GB18030/GBK 编码，已按 GB18030 读取；建议{resave}"));
            return Normalize(gb.StartsWith('\uFEFF') ? gb[1..] : gb);
        }

        return Read(bytes, sitePath, diagnostics, resave);
    }

    private static string? Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return Normalize(Strict.GetString(bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static string Normalize(string text) => text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    /// <summary>Line and column (in characters) of the first byte that is not valid UTF-8.</summary>
    private static (int Line, int Column) FirstInvalidPosition(ReadOnlySpan<byte> bytes)
    {
        int line = 1, lineStart = 0, i = 0;
        while (i < bytes.Length)
        {
            var length = Utf8SequenceLength(bytes, i);
            if (length == 0)
            {
                return (line, Encoding.UTF8.GetCharCount(bytes[lineStart..i]) + 1);
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

    private static int Utf8SequenceLength(ReadOnlySpan<byte> b, int i)
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

        return System.Text.Unicode.Utf8.IsValid(b.Slice(i, length)) ? length : 0;
    }
}
