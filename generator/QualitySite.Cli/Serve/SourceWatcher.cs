namespace QualitySite.Cli.Serve;

/// <summary>
/// Watches content/, templates/ and site.yml, and calls back with the changed files once things
/// are quiet for 15 ms: editors save a file in several events (write, rename over, touch), and one
/// rebuild is enough. The output folder, dotfiles and editor backups (~, .swp) are ignored.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    public const int QuietMilliseconds = 15;

    private readonly FileSystemWatcher _watcher;
    private readonly Timer _timer;
    private readonly string _root;
    private readonly Lock _lock = new();
    private HashSet<string> _changed = new(StringComparer.Ordinal);

    public SourceWatcher(string root, Action<IReadOnlyCollection<string>> changed)
    {
        _root = root;
        _timer = new Timer(_ => changed(Take()), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        _watcher.Changed += OnEvent;
        _watcher.Created += OnEvent;
        _watcher.Deleted += OnEvent;
        _watcher.Renamed += OnEvent;
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>True for paths whose change affects the site.</summary>
    public static bool Matters(string root, string fullPath)
    {
        var relative = Path.GetRelativePath(root, fullPath).Replace('\\', '/');
        var parts = relative.Split('/');
        if (parts.Any(p => p.StartsWith('.') || p.EndsWith('~') || p.EndsWith(".swp", StringComparison.Ordinal)))
        {
            return false;
        }

        return relative == "site.yml" || parts[0] is "content" or "templates";
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        var renamed = e as RenamedEventArgs;
        if (Matters(_root, e.FullPath) || (renamed is not null && Matters(_root, renamed.OldFullPath)))
        {
            lock (_lock)
            {
                _changed.Add(e.FullPath);
                if (renamed is not null)
                {
                    _changed.Add(renamed.OldFullPath);
                }
            }

            _timer.Change(QuietMilliseconds, Timeout.Infinite);
        }
    }

    /// <summary>The files changed since the last call back.</summary>
    private HashSet<string> Take()
    {
        lock (_lock)
        {
            var taken = _changed;
            _changed = new HashSet<string>(StringComparer.Ordinal);
            return taken;
        }
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }
}
