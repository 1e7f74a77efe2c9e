using System.Runtime.CompilerServices;

namespace QualitySite.Tests.Support;

/// <summary>
/// The tests write several thousand small files into temporary sites. On a disk file system every
/// file created and deleted costs the kernel an inode search (on this machine's ext4, a third of the
/// suite's processor time went there), so when TMPDIR is not set and /dev/shm is a memory file system
/// with room to spare, the test process (and the git and Chromium it starts) uses it for temporary files.
/// </summary>
internal static class TestTemp
{
    private const string Memory = "/dev/shm";
    private const long Room = 2L << 30;

    [ModuleInitializer]
    internal static void UseMemoryWhenFree()
    {
        if (Environment.GetEnvironmentVariable("TMPDIR") is { Length: > 0 } || !OperatingSystem.IsLinux() || !Directory.Exists(Memory))
        {
            return;
        }

        try
        {
            if (new DriveInfo(Memory).AvailableFreeSpace >= Room)
            {
                Environment.SetEnvironmentVariable("TMPDIR", Memory + "/");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // The disk's temporary folder stays in use.
        }
    }
}
