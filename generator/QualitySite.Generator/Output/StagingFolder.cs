using System.Collections.Concurrent;
using System.Text;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Model;
using QualitySite.Generator.UrlPlanning;

namespace QualitySite.Generator.Output;

/// <summary>
/// The hidden folder beside the output folder that a build writes into while it renders, so a page
/// goes to disk as soon as it is made instead of waiting in memory for the end of the build.
/// <see cref="AtomicOutputWriter"/> swaps it into place only when the whole build succeeded; on
/// failure it is deleted and the previous output is untouched. A path it cannot claim (a second
/// file for the same path, or one that would leave the folder) is not written here: the file is
/// handed back with its bytes, and <see cref="OutputSet"/> reports it.
/// </summary>
public sealed class StagingFolder
{
    private readonly ConcurrentDictionary<string, bool> _claimed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<bool>> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Exception> _failures = new();

    private StagingFolder(string output, string path)
    {
        Output = output;
        Path = path;
    }

    /// <summary>The folder the site ends up in.</summary>
    public string Output { get; }

    /// <summary>The staging folder itself.</summary>
    public string Path { get; }

    /// <summary>The first write that failed, if any (the build then fails with <see cref="DiagnosticCodes.OutputWrite"/>).</summary>
    public Exception? Failure => _failures.TryPeek(out var first) ? first : null;

    /// <summary>Creates an empty staging folder beside <paramref name="outputDir"/>; null (and an error) when the disk refuses.</summary>
    public static StagingFolder? Create(string outputDir, DiagnosticBag bag)
    {
        var output = System.IO.Path.GetFullPath(outputDir).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        var parent = System.IO.Path.GetDirectoryName(output)!;
        var staging = new StagingFolder(output, System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(output)}.staging-{Environment.ProcessId}"));
        try
        {
            Directory.CreateDirectory(parent);
            staging.Delete();
            Directory.CreateDirectory(staging.Path);
            return staging;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bag.Add(AtomicOutputWriter.WriteError(outputDir, ex));
            return null;
        }
    }

    /// <summary>Writes a generated text as UTF-8 through a reused buffer; the page's text is never copied into a string.</summary>
    public OutputFile WriteText(string path, StringBuilder text, string origin)
    {
        var file = new OutputFile(path, null, null, origin);
        if (!Claim(path))
        {
            return file with { Content = OutputFile.Utf8(text.ToString()) };
        }

        Attempt(path, OutputFile.EncodeReused(text), null);
        return file with { Written = true };
    }

    /// <summary>Writes (or copies) one file now and hands back a record of it without its bytes.</summary>
    public OutputFile Write(OutputFile file)
    {
        if (file.Written || !Claim(file.Path))
        {
            return file;
        }

        Attempt(file.Path, file.Content, file.Content is null ? file.CopyFrom : null);
        return file with { Content = null, CopyFrom = null, Written = true };
    }

    public IReadOnlyList<OutputFile> WriteAll(IEnumerable<OutputFile> files)
    {
        var list = files.ToArray();
        var result = new OutputFile[list.Length];
        Parallel.For(0, list.Length, i => result[i] = Write(list[i]));
        return result;
    }

    /// <summary>Removes the folder (after the swap, the previous site) with every core: a site's tens of thousands of files take a single thread a third of a second.</summary>
    public void Delete() => OutputFolder.DeleteTree(Path);

    /// <summary>A path is written once, only when it stays inside the folder; OutputSet reports the rest.</summary>
    private bool Claim(string path) =>
        SitePaths.StaysInside(Path, path) && !path.Split('/').Contains("..") && _claimed.TryAdd(Nfc(path), true);

    /// <summary>The path in Unicode normal form C; ASCII already is, without asking ICU.</summary>
    private static string Nfc(string path) => System.Text.Ascii.IsValid(path) ? path : path.Normalize(NormalizationForm.FormC);

    /// <summary>Writes the bytes (or copies the file) to the path; a failure is kept for the end of the build.</summary>
    private void Attempt(string path, ReadOnlySpan<byte> bytes, string? copyFrom)
    {
        try
        {
            var target = System.IO.Path.Combine(Path, path);
            EnsureFolder(System.IO.Path.GetDirectoryName(target)!);
            if (copyFrom is null)
            {
                WriteBytes(target, bytes);
            }
            else
            {
                File.Copy(copyFrom, target, overwrite: false);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _failures.Enqueue(ex);
        }
    }

    /// <summary>Creates each folder once; a thread that finds another creating it waits until it exists (CreateDirectory throws when it cannot).</summary>
    private void EnsureFolder(string folder) =>
        _ = _folders.GetOrAdd(folder, static f => new Lazy<bool>(() =>
        {
            Directory.CreateDirectory(f);
            return true;
        })).Value;

    private static void WriteBytes(string target, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
    }
}
