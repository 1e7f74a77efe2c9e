using QualitySite.Generator.Conversion;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Conversion;

/// <summary>The tables written beside the binary by <c>qsite prepare-tables</c> convert exactly as the tables read from text.</summary>
public sealed class ConversionSnapshotTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qsite-snapshot-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly string[] Folders = ["content", "docs"];

    [Fact]
    public void A_snapshot_converts_every_line_as_the_text_tables_do()
    {
        var (code, _, err) = CliRunner.Run("prepare-tables", "--output", Path.Combine(_folder, "t.bin"));
        Assert.True(code == 0, err);
        var fromSnapshot = ScriptConverter.FromSnapshot(Path.Combine(_folder, "t.bin"));
        Assert.NotNull(fromSnapshot);

        var lines = Folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*.md", SearchOption.AllDirectories))
            .SelectMany(File.ReadAllLines).Where(l => l.Length > 0).Distinct().ToList();
        lines.AddRange(["人人参与质量提升行动", "头发干了再出门", "三个人参加了比赛", "胃口吃饭", "严禁哄抬物价", "他的左手托着腮，签了委托书"]);
        var differing = lines.Where(l => fromSnapshot.ToTraditional(l) != ScriptConverter.Default.ToTraditional(l)).Take(5).ToList();
        Assert.True(differing.Count == 0, "the snapshot converts differently: " + string.Join(" | ", differing));
        Assert.Equal("人人參與質量提升行動", fromSnapshot.ToTraditional("人人参与质量提升行动"));

        // The site's terms still come first.
        Assert.Equal("昆山市場", fromSnapshot.With(new Dictionary<string, string> { ["昆山"] = "昆山" }).ToTraditional("昆山市场"));
    }

    [Fact]
    public void A_snapshot_that_cannot_be_written_is_named_and_leaves_nothing_behind()
    {
        var existing = Path.Combine(_folder, "t.bin");
        File.WriteAllText(existing, "kept");
        var missing = Path.Combine(_folder, "no-such-folder", "t.bin");

        var (code, _, err) = CliRunner.Run("prepare-tables", "--output", missing);
        Assert.Equal(1, code);
        Assert.Contains(missing + ": error:", err);
        Assert.DoesNotContain("   at ", err);

        // A folder in the way of the file: the write fails after the temporary file was made.
        Directory.CreateDirectory(Path.Combine(_folder, "taken.bin"));
        (code, _, err) = CliRunner.Run("prepare-tables", "--output", Path.Combine(_folder, "taken.bin"));
        Assert.Equal(1, code);
        Assert.Contains("taken.bin: error:", err);
        Assert.Equal(["t.bin"], Directory.GetFiles(_folder).Select(Path.GetFileName));
        Assert.Equal("kept", File.ReadAllText(existing));
    }

    [Fact]
    public void A_damaged_or_foreign_snapshot_is_not_used()
    {
        var path = Path.Combine(_folder, "t.bin");
        ScriptConverter.WriteSnapshot(path);
        var bytes = File.ReadAllBytes(path);

        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        Assert.Null(ScriptConverter.FromSnapshot(path));

        var foreign = (byte[])bytes.Clone();
        foreign[8] ^= 0xFF; // the generator's module version id
        File.WriteAllBytes(path, foreign);
        Assert.Null(ScriptConverter.FromSnapshot(path));

        File.WriteAllBytes(path, [.. bytes, 0]);
        Assert.Null(ScriptConverter.FromSnapshot(path));

        Assert.Null(ScriptConverter.FromSnapshot(Path.Combine(_folder, "missing.bin")));
        File.WriteAllBytes(path, bytes);
        Assert.NotNull(ScriptConverter.FromSnapshot(path));
    }
}
