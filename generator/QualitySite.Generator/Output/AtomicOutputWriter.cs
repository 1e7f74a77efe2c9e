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
        try
        {
            if (staging.Failure is { } failure)
            {
                throw failure;
            }

            File.WriteAllText(Path.Combine(staging.Path, OutputFolder.MarkerName), OutputFolder.MarkerText);
            OutputFolder.Exchange(staging.Path, staging.Output);
            staging.Delete();
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
        Diagnostic.Error(DiagnosticCodes.OutputWrite, SourceLocation.File(outputDir),
            $"无法写出网站（{(ex is UnauthorizedAccessException ? "没有权限" : ex.Message)}）；之前的输出保持不变。检查磁盘空间，以及输出文件夹和源文件的权限");
}
