namespace QualitySite.Generator.Parsing;

/// <summary>Names the encoding a non-UTF-8 file most likely uses, for the error message only.</summary>
public static class EncodingGuesser
{
    public static string Guess(byte[] bytes)
    {
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            return "UTF-16 (Unicode)";
        }

        return LooksLikeGbk(bytes) ? "GBK/GB18030 (the usual encoding of Chinese Windows programs)" : "a legacy 8-bit encoding (not UTF-8)";
    }

    /// <summary>True when every byte above 0x7F pairs up as a GBK lead and trail byte.</summary>
    private static bool LooksLikeGbk(byte[] bytes)
    {
        var pairs = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0x80)
            {
                continue;
            }

            var lead = bytes[i];
            if (lead < 0x81 || lead > 0xFE || i + 1 >= bytes.Length)
            {
                return false;
            }

            var trail = bytes[i + 1];
            if (trail < 0x40 || trail > 0xFE || trail == 0x7F)
            {
                return false;
            }

            pairs++;
            i++;
        }

        return pairs > 0;
    }
}
