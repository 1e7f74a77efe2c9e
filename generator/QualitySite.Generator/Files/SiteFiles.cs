using QualitySite.Generator.Diagnostics;

namespace QualitySite.Generator.Files;

/// <summary>A file found under one of the site's folders: its full path and its path from the site folder.</summary>
public sealed record FoundFile(string FullPath, string SitePath);

/// <summary>
/// Lists the files under a folder of the site, in ordinal order, reading nothing through a link that
/// leaves the site folder. A file link whose target stays inside the site is listed; a link that
/// leaves it, a folder link (which could loop or pull in another tree), a FIFO, socket or device is
/// an error naming the entry, and is not read. Dot-files, dot-folders and editor backups (name~) are
/// passed over.
/// </summary>
public static class SiteFiles
{
    public static List<FoundFile> List(string siteRoot, string folder, List<Diagnostic> problems)
    {
        var root = Path.GetFullPath(siteRoot);
        var result = new List<FoundFile>();
        var start = Path.Combine(root, folder);
        if (FileKind.Of(start) == EntryKind.Folder)
        {
            Walk(root, start, result, problems);
        }
        else if (FileKind.Of(start) is EntryKind.Link or EntryKind.Special)
        {
            problems.Add(Refused(root, start, "是一个链接或特殊文件，不是文件夹"));
        }

        result.Sort((a, b) => string.CompareOrdinal(a.SitePath, b.SitePath));
        return result;
    }

    private static void Walk(string root, string folder, List<FoundFile> result, List<Diagnostic> problems)
    {
        IEnumerable<string> entries;
        try
        {
            entries = Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(Diagnostic.Error(DiagnosticCodes.ReadFailed, SourceLocation.File(SitePath(root, folder)), $"无法打开这个文件夹（{Reason(ex)}）；检查它的权限（如 chmod 755），或删去它"));
            return;
        }

        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.') || name.EndsWith('~'))
            {
                continue;
            }

            switch (FileKind.Of(entry))
            {
                case EntryKind.Folder:
                    Walk(root, entry, result, problems);
                    break;
                case EntryKind.File:
                    result.Add(new FoundFile(entry, SitePath(root, entry)));
                    break;
                case EntryKind.Link:
                    Link(root, entry, result, problems);
                    break;
                case EntryKind.Special:
                    problems.Add(Refused(root, entry, "不是普通文件（是命名管道、套接字或设备），读取它会让构建停住"));
                    break;
            }
        }
    }

    private static void Link(string root, string entry, List<FoundFile> result, List<Diagnostic> problems)
    {
        FileSystemInfo? target;
        try
        {
            target = File.ResolveLinkTarget(entry, returnFinalTarget: true);
        }
        catch (IOException)
        {
            target = null;
        }

        var full = target is null ? null : Path.GetFullPath(target.FullName);
        if (full is null || !Inside(root, full))
        {
            problems.Add(Refused(root, entry, full is null ? "是一个找不到目标（或循环）的链接" : "是一个指向站点文件夹之外的链接，读取它可能把本机的文件发布出去"));
        }
        else if (FileKind.Of(full) != EntryKind.File)
        {
            problems.Add(Refused(root, entry, "是一个指向文件夹或特殊文件的链接"));
        }
        else
        {
            result.Add(new FoundFile(entry, SitePath(root, entry)));
        }
    }

    /// <summary>True when <paramref name="full"/> is a link whose final target lies outside the site folder (or cannot be resolved).</summary>
    public static bool LeavesSite(string siteRoot, string full)
    {
        if (FileKind.Of(full) != EntryKind.Link)
        {
            return false;
        }

        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true) is not { } target || !Inside(Path.GetFullPath(siteRoot), Path.GetFullPath(target.FullName));
        }
        catch (IOException)
        {
            return true;
        }
    }

    public static bool Inside(string root, string full) =>
        full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static Diagnostic Refused(string root, string entry, string what) =>
        Diagnostic.Error(DiagnosticCodes.UnsafeFile, SourceLocation.File(SitePath(root, entry)), $"这个条目{what}，没有读取；换成普通文件（复制真实内容进来），或删去它");

    public static string SitePath(string root, string full) => Path.GetRelativePath(root, full).Replace('\\', '/');

    public static string Reason(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "没有读取权限",
        FileNotFoundException or DirectoryNotFoundException => "文件不存在",
        _ => "读写出错",
    };
}
