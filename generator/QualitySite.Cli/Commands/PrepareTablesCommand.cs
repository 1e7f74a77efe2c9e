using System.CommandLine;
using QualitySite.Generator.Conversion;

namespace QualitySite.Cli.Commands;

/// <summary>
/// <c>qsite prepare-tables</c> (hidden): writes the conversion tables as they are in memory beside
/// the binary, for ./qsite to run once after it compiles qsite; builds then read them instead of
/// parsing the tables' text (Conversion/ScriptConverter.Snapshot.cs).
/// </summary>
public static class PrepareTablesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the snapshot. Default: beside the qsite binary." };
        var command = new Command("prepare-tables", "Write the Simplified-to-Traditional tables beside the binary so builds load them faster.") { Hidden = true };
        command.Options.Add(output);
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(output) ?? Path.Combine(AppContext.BaseDirectory, ScriptConverter.SnapshotFileName);
            try
            {
                ScriptConverter.WriteSnapshot(path);
                stdout.WriteLine($"wrote {path}");
                return 0;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{path}: error: could not write the conversion tables ({ex.Message}); give a folder that exists and can be written to; builds read the tables from text meanwhile");
                return 1;
            }
        });
        return command;
    }
}
