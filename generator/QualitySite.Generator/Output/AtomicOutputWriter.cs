using QualitySite.Generator.Diagnostics;

namespace QualitySite.Generator.Output;

/// <summary>
/// Stage 10: swaps the finished staging folder into place (the previous output moves aside and is
/// removed only after the swap). If anything fails the staging folder is removed and the previous
/// output stays as it was.
/// </summary>
public static class AtomicOutputWriter
{
    public static bool Swap(StagingFolder staging, string outputDir, DiagnosticBag bag)
    {
        var old = Path.Combine(Path.GetDirectoryName(staging.Output)!, $".{Path.GetFileName(staging.Output)}.old-{Environment.ProcessId}");
        try
        {
            if (staging.Failure is { } failure)
            {
                throw failure;
            }

            Swap(staging.Output, staging.Path, old);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            staging.Delete();
            bag.Add(WriteError(outputDir, ex));
            return false;
        }
    }

    public static Diagnostic WriteError(string outputDir, Exception ex) =>
        Diagnostic.Error(DiagnosticCodes.OutputWrite, SourceLocation.File(outputDir), $"could not write the site: {ex.Message}; the previous output was left unchanged. Check free disk space and permissions");

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
