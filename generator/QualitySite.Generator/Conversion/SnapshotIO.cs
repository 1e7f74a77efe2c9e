using System.Runtime.InteropServices;

namespace QualitySite.Generator.Conversion;

/// <summary>Arrays and numbers written to and read from a conversion snapshot (<see cref="ConversionSnapshot"/>) as raw bytes.</summary>
internal static class SnapshotIO
{
    public static void Write<T>(BinaryWriter writer, ReadOnlySpan<T> items)
        where T : unmanaged
    {
        writer.Write(items.Length);
        writer.Flush();
        writer.BaseStream.Write(MemoryMarshal.AsBytes(items));
    }

    public static T[] Read<T>(BinaryReader reader)
        where T : unmanaged
    {
        var length = reader.ReadInt32();
        if (length < 0 || length > 1 << 28)
        {
            throw new InvalidDataException("a conversion snapshot holds an array of impossible length");
        }

        var items = GC.AllocateUninitializedArray<T>(length);
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(items.AsSpan()));
        return items;
    }
}
