namespace QualitySite.Generator.Search;

/// <summary>Unsigned LEB128 integers, the number encoding of the binary index files (docs/search.md).</summary>
public static class Varint
{
    public static void Write(Stream stream, int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            stream.WriteByte((byte)(v | 0x80));
            v >>= 7;
        }

        stream.WriteByte((byte)v);
    }

    public static int Read(ReadOnlySpan<byte> data, ref int offset)
    {
        var result = 0;
        var shift = 0;
        while (true)
        {
            var b = data[offset++];
            result |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }

            shift += 7;
        }
    }
}
