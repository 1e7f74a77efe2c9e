namespace QualitySite.Generator.Conversion;

/// <summary>
/// The standard phrase table and the word lattice as they are in memory, written beside the qsite
/// binary when ./qsite compiles it (<c>qsite prepare-tables</c>, like its precompiled code): a build
/// then reads them in a few milliseconds instead of parsing 190,000 lines into tries, which took
/// about a tenth of a second of processor time in every build with a Traditional page. A snapshot
/// written by another build of the generator (its module version id differs) or a damaged one is
/// not used; the tables are then read from their text as before. Conversions are the same either
/// way (tests compare them).
/// </summary>
public sealed partial class ScriptConverter
{
    public const string SnapshotFileName = "conversion-tables.bin";

    private const int SnapshotMagic = 0x51435354; // "TSCQ"
    private const int SnapshotFormat = 2;

    private sealed record Snapshot(Table Phrases, WordLattice Lattice);

    /// <summary>Writes the snapshot of the tables read from their text to <paramref name="path"/> (through a temporary file, so a reader never sees half of it).</summary>
    public static void WriteSnapshot(string path)
    {
        var phrases = Table.Read(StandardPhrases);
        var lattice = NewLattice();
        var temporary = path + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream))
            {
                writer.Write(SnapshotMagic);
                writer.Write(SnapshotFormat);
                writer.Write(typeof(ScriptConverter).Module.ModuleVersionId.ToByteArray());
                phrases.Write(writer);
                lattice.Write(writer);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            // A half-written file is never left behind, under either name.
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>A converter with the standard tables and lattice of the snapshot at <paramref name="path"/>, or null when it is missing, damaged or from another build.</summary>
    internal static ScriptConverter? FromSnapshot(string path) =>
        ReadSnapshot(path) is { } snapshot
            ? new ScriptConverter(snapshot.Phrases, Characters(StandardCharacters), TraditionalVariant.Standard, new Lazy<WordLattice>(snapshot.Lattice))
            : null;

    private static Snapshot? ReadSnapshot(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream);
            if (reader.ReadInt32() != SnapshotMagic || reader.ReadInt32() != SnapshotFormat
                || new Guid(reader.ReadBytes(16)) != typeof(ScriptConverter).Module.ModuleVersionId)
            {
                return null;
            }

            var phrases = Table.Read(reader, [.. StandardPhrases.Select(ReadText)]);
            var lattice = WordLattice.Read(reader);
            return stream.Position == stream.Length ? new Snapshot(phrases, lattice) : null;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
