using System.Text;

namespace QualitySite.Generator.Files;

/// <summary>The encodings a non-UTF-8 file is told apart into.</summary>
public enum LegacyEncoding
{
    Unknown,
    Utf16LittleEndian,
    Utf16BigEndian,
    Gbk,
    Big5,
}

/// <summary>
/// Tells which encoding a file that is not UTF-8 most likely uses: UTF-16 (by its byte-order mark
/// or by the zero bytes of ASCII text), Big5 (Traditional; lead bytes from 0xA1 and many trail
/// bytes below 0xA1) or GBK/GB18030 (Simplified; the usual encoding of Chinese Windows programs).
/// </summary>
public static class EncodingGuesser
{
    static EncodingGuesser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static LegacyEncoding Guess(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return LegacyEncoding.Utf16LittleEndian;
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return LegacyEncoding.Utf16BigEndian;
        }

        if (ZeroBytes(bytes) is { } utf16)
        {
            return utf16;
        }

        return DoubleByte(bytes);
    }

    public static string Describe(LegacyEncoding encoding) => encoding switch
    {
        LegacyEncoding.Utf16LittleEndian => "UTF-16 LE（Unicode，记事本旧版的“Unicode”）",
        LegacyEncoding.Utf16BigEndian => "UTF-16 BE（Unicode big endian）",
        LegacyEncoding.Gbk => "GBK/GB18030（中文 Windows 程序的常用编码）",
        LegacyEncoding.Big5 => "Big5（繁体中文编码）",
        _ => "一种非 UTF-8 的编码",
    };

    /// <summary>The strict GB18030 decoding of the bytes, or null when they are not GB18030.</summary>
    public static string? DecodeGb18030(ReadOnlySpan<byte> bytes)
    {
        var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        try
        {
            return gb.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>UTF-16 without a byte-order mark: ASCII characters leave a zero byte on one side.</summary>
    private static LegacyEncoding? ZeroBytes(ReadOnlySpan<byte> bytes)
    {
        int even = 0, odd = 0;
        var length = Math.Min(bytes.Length, 4096) & ~1;
        for (var i = 0; i < length; i += 2)
        {
            even += bytes[i] == 0 ? 1 : 0;
            odd += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = Math.Max(length / 2, 1);
        if (even * 4 > pairs && odd * 20 < pairs)
        {
            return LegacyEncoding.Utf16BigEndian;
        }

        return odd * 4 > pairs && even * 20 < pairs ? LegacyEncoding.Utf16LittleEndian : null;
    }

    /// <summary>
    /// GBK and Big5 share their byte ranges, but not their habits: Big5 has no lead byte below 0xA1
    /// and about half its common characters have a trail byte below 0xA1, while GB2312 text (most
    /// Simplified Chinese) never does, and GBK's extra characters have lead bytes 0x81–0xA0.
    /// </summary>
    private static LegacyEncoding DoubleByte(ReadOnlySpan<byte> bytes)
    {
        int pairs = 0, lowLead = 0, lowTrail = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80)
            {
                continue;
            }

            if (bytes[i] is < 0x81 or > 0xFE || i + 1 >= bytes.Length || bytes[i + 1] is < 0x30 or 0x7F or 0xFF)
            {
                return LegacyEncoding.Unknown;
            }

            pairs++;
            lowLead += bytes[i] < 0xA1 ? 1 : 0;
            lowTrail += bytes[i + 1] < 0xA1 ? 1 : 0;
            i++;
        }

        if (pairs == 0)
        {
            return LegacyEncoding.Unknown;
        }

        return lowLead == 0 && lowTrail * 5 >= pairs ? LegacyEncoding.Big5 : LegacyEncoding.Gbk;
    }
}
