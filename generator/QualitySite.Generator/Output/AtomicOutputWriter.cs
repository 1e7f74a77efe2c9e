using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Model;

namespace QualitySite.Generator.Output;

/// <summary>
/// Stage 10: writes all files into a staging folder beside the output folder, then swaps it into
/// place. If anything fails the staging folder is removed and the previous output stays as it was.
/// </summary>
public static class AtomicOutputWriter
{
    public static bool Write(string outputDir, IReadOnlyList<OutputFile> files, DiagnosticBag bag)
    {
        var output = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}");
        var old = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(parent);
            DeleteIfExists(staging);
            WriteAll(staging, files);
            Swap(output, staging, old);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            DeleteIfExists(staging);
            bag.Add(Diagnostic.Error(DiagnosticCodes.OutputWrite, SourceLocation.File(outputDir), $"could not write the site: {ex.Message}; the previous output was left unchanged. Check free disk space and permissions"));
            return false;
        }
    }

    private static void WriteAll(string staging, IReadOnlyList<OutputFile> files)
    {
        Directory.CreateDirectory(staging);
        foreach (var dir in files.Select(f => Path.GetDirectoryName(f.Path)).Where(d => !string.IsNullOrEmpty(d)).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(Path.Combine(staging, dir!));
        }

        Parallel.ForEach(files, file =>
        {
            var target = Path.Combine(staging, file.Path);
            if (file.Content is not null)
            {
                File.WriteAllBytes(target, file.Content);
            }
            else
            {
                File.Copy(file.CopyFrom!, target, overwrite: false);
            }
        });
    }

    private static void Swap(string output, string staging, string old)
    {
        DeleteIfExists(old);
        var hadOutput = Directory.Exists(output);
        if (hadOutput)
        {
            Directory.Move(output, old);
        }

        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            if (hadOutput)
            {
                Directory.Move(old, output);
            }

            throw;
        }

        DeleteIfExists(old);
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
