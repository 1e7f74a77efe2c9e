using System.Runtime.InteropServices;

namespace QualitySite.Generator.Files;

/// <summary>What a directory entry is, without following a link: .NET reports a FIFO or a device as an ordinary file, and opening a FIFO blocks the build for ever.</summary>
public enum EntryKind
{
    File,
    Folder,
    Link,
    Special,
    Missing,
}

/// <summary>Reads an entry's type with lstat(2) on Unix (the type bits of st_mode), falling back to .NET's attributes elsewhere.</summary>
public static partial class FileKind
{
    private const uint TypeMask = 0xF000;
    private const uint RegularFile = 0x8000;
    private const uint Directory = 0x4000;
    private const uint SymbolicLink = 0xA000;

    public static EntryKind Of(string path)
    {
        if (OperatingSystem.IsLinux() && ModeOffset() is { } offset)
        {
            var buffer = new byte[256];
            if (LinuxLstat(path, buffer) != 0)
            {
                return EntryKind.Missing;
            }

            return (BitConverter.ToUInt32(buffer, offset) & TypeMask) switch
            {
                RegularFile => EntryKind.File,
                Directory => EntryKind.Folder,
                SymbolicLink => EntryKind.Link,
                _ => EntryKind.Special,
            };
        }

        var info = new FileInfo(path);
        if (!info.Exists && !System.IO.Directory.Exists(path))
        {
            return EntryKind.Missing;
        }

        return info.LinkTarget is not null ? EntryKind.Link : info.Attributes.HasFlag(FileAttributes.Directory) ? EntryKind.Folder : EntryKind.File;
    }

    /// <summary>Where st_mode sits in glibc's struct stat: after st_dev, st_ino and st_nlink on x86-64, after st_dev and st_ino on arm64.</summary>
    private static int? ModeOffset() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 24,
        Architecture.Arm64 => 16,
        _ => null,
    };

    [DllImport("libc", EntryPoint = "lstat", SetLastError = true)]
#pragma warning disable SYSLIB1054, CA2101 // a plain DllImport keeps the project free of unsafe code; the path is marshalled as UTF-8 on Unix
    private static extern int LinuxLstat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
#pragma warning restore SYSLIB1054, CA2101
}
