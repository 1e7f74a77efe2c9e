using System.Collections.Concurrent;
using QualitySite.Generator.Model;
using QualitySite.Generator.Templates.ViewModels;

namespace QualitySite.Generator.Templates;

/// <summary>
/// The preview's memory of what each page of output was made from. A page is a function of its
/// layout's view model, the base layout's view model (menu, breadcrumb, alert, head) and the two
/// templates; the memo keeps, per output path, a 128-bit hash of all four beside the file made.
/// When a rebuild asks for a page whose inputs hash the same, the last file is handed back without
/// rendering: an edit re-renders the page itself, the lists and term pages it is on, its
/// neighbours, the pages that name it as related, and whatever a changed template draws, and
/// nothing else. Used by <c>serve</c> only; one-off builds render everything.
/// </summary>
public sealed class RenderMemo
{
    private ConcurrentDictionary<string, (UInt128 Key, OutputFile File)> _last = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (UInt128 Key, OutputFile File)> _next = new(StringComparer.Ordinal);
    private ConcurrentQueue<string> _rendered = new();
    private int _reused;

    /// <summary>The pages the last finished build rendered (the others it handed back unchanged).</summary>
    public IReadOnlyList<string> LastRendered { get; private set; } = [];

    /// <summary>How many pages the last finished build handed back unchanged.</summary>
    public int LastReused { get; private set; }

    /// <summary>Starts a build: what an unfinished build kept is forgotten.</summary>
    public void Begin()
    {
        _next = Table(_last.Count);
        _rendered = new ConcurrentQueue<string>();
        _reused = 0;
    }

    /// <summary>The build succeeded: its pages are what the next one compares with (pages it did not make are dropped).</summary>
    public void Commit()
    {
        _last = _next;
        _next = Table(0);
        LastRendered = [.. _rendered.Order(StringComparer.Ordinal)];
        LastReused = _reused;
    }

    /// <summary>A table sized for the pages of the last build, with enough locks that the render threads rarely meet.</summary>
    private static ConcurrentDictionary<string, (UInt128 Key, OutputFile File)> Table(int pages) =>
        new(concurrencyLevel: 64, capacity: Math.Max(64, pages * 2), StringComparer.Ordinal);

    /// <summary>The hash of everything one output is made from; null when a view holds something it cannot hash (the page is then always rendered).</summary>
    public static UInt128? Key<TView>(string templates, TView model, LayoutView shell)
        where TView : class => ViewFingerprint.Of(templates, model, shell);

    /// <summary>The file the last build made for this path from the same inputs, or null.</summary>
    public OutputFile? Find(string path, UInt128? key)
    {
        if (key is { } k && _last.TryGetValue(path, out var kept) && kept.Key == k)
        {
            _next[path] = kept;
            Interlocked.Increment(ref _reused);
            return kept.File;
        }

        return null;
    }

    public void Keep(string path, UInt128? key, OutputFile file)
    {
        if (key is { } k)
        {
            _next[path] = (k, file);
        }

        _rendered.Enqueue(path);
    }
}
