using System.Runtime.InteropServices;
using QualitySite.Generator.Diagnostics;

namespace QualitySite.Generator.Output;

/// <summary>
/// The rules of the folder a build replaces: qsite replaces only a folder it wrote itself (it leaves
/// a marker file in every site it writes), one build at a time (a lock beside the folder), and it
/// clears away what killed builds left behind (staging and old folders).
/// </summary>
public static partial class OutputFolder
{
    /// <summary>Written into every built site; its presence is what lets a later build replace the folder.</summary>
    public const string MarkerName = ".qsite-output";

    public const string MarkerText = "This folder was written by qsite (QualitySite); the next build replaces it whole.\n";

    /// <summary>Why the output folder may not be replaced, or null when it may: it is missing, empty, or a site qsite wrote.</summary>
    public static string? Refusal(string output, bool isDefault)
    {
        if (File.Exists(output))
        {
            return "输出位置是一个文件，不是文件夹；用 --output 指定一个文件夹";
        }

        if (!Directory.Exists(output) || !Directory.EnumerateFileSystemEntries(output).Any() || File.Exists(Path.Combine(output, MarkerName)))
        {
            return null;
        }

        // Sites built before the marker existed: the default _site with a home page is still ours.
        if (isDefault && File.Exists(Path.Combine(output, "index.html")))
        {
            return null;
        }

        return $"输出文件夹已有内容，但不是 qsite 生成的（没有 {MarkerName} 标记），qsite 不会覆盖它；换一个空文件夹，或先自行清空它";
    }

    /// <summary>Removes staging and old folders beside the output that earlier, killed builds left behind (the lock is held, so none is in use).</summary>
    public static void RemoveLeftovers(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}.*"))
        {
            var leaf = Path.GetFileName(dir);
            if (leaf.StartsWith($".{name}.staging-", StringComparison.Ordinal) || leaf.StartsWith($".{name}.old-", StringComparison.Ordinal))
            {
                try
                {
                    DeleteTree(dir);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Best effort: a leftover that cannot be removed now is tried again next build.
                }
            }
        }
    }

    /// <summary>
    /// Removes a folder and everything in it, the folders two levels down in parallel (a site's
    /// pages sit in page folders under section folders, so the work spreads evenly over the cores).
    /// </summary>
    public static void DeleteTree(string path)
    {
        if (!Directory.Exists(path))
        {
            return;
        }

        var inner = Directory.GetDirectories(path).SelectMany(Directory.EnumerateDirectories).ToArray();
        try
        {
            Parallel.ForEach(inner, folder => Directory.Delete(folder, recursive: true));
        }
        catch (AggregateException ex) when (ex.InnerException is IOException or UnauthorizedAccessException)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
        }

        Directory.Delete(path, recursive: true);
    }

    /// <summary>
    /// Takes the lock beside the output folder for the whole build; a second build into the same
    /// folder waits for it (and says so through <paramref name="onWait"/>). Released when disposed or
    /// when the process dies.
    /// </summary>
    public static IDisposable? Lock(string output, Action onWait)
    {
        var path = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.lock");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!OperatingSystem.IsLinux())
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }

        // A descriptor of our own: .NET's FileStream takes flock() locks of its own on Unix, which would clash with this one.
        var fd = Open(path, OpenReadWrite | OpenCreate | OpenCloseOnExec, 420);
        if (fd < 0)
        {
            return null;
        }

        if (Flock(fd, LockExclusive | LockNonBlocking) != 0)
        {
            onWait();
            if (Flock(fd, LockExclusive) != 0)
            {
                _ = Close(fd);
                return null;
            }
        }

        return new Descriptor(fd);
    }

    /// <summary>The lock file's descriptor; closing it releases the lock.</summary>
    private sealed class Descriptor(int fd) : IDisposable
    {
        private int _fd = fd;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _fd, -1) is var fd and >= 0)
            {
                _ = Close(fd);
            }
        }
    }

    /// <summary>
    /// Puts the staging folder in the output's place in one step: on Linux the two folders trade
    /// places with renameat2(RENAME_EXCHANGE), so there is no moment without a site; elsewhere (or
    /// on a file system that cannot exchange) the old folder moves aside first. The old site ends up
    /// at <paramref name="staging"/>'s path; the caller removes it.
    /// </summary>
    public static void Exchange(string staging, string output)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        if (OperatingSystem.IsLinux() && RenameAt2(AtCurrentDirectory, staging, AtCurrentDirectory, output, RenameExchange) == 0)
        {
            return;
        }

        var aside = staging + ".old";
        Directory.Move(output, aside);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            Directory.Move(aside, output);
            throw;
        }

        Directory.Move(aside, staging);
    }

    private const int OpenReadWrite = 2;
    private const int OpenCreate = 0x40;
    private const int OpenCloseOnExec = 0x80000;
    private const int LockExclusive = 2;
    private const int LockNonBlocking = 4;
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

#pragma warning disable SYSLIB1054, CA2101 // plain DllImport keeps the project free of unsafe code; paths are marshalled as UTF-8
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fd);

    [DllImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static extern int Flock(int fd, int operation);

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
#pragma warning restore SYSLIB1054, CA2101
}
