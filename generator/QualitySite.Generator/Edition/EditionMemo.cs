using System.Collections.Concurrent;
using QualitySite.Generator.Model;

namespace QualitySite.Generator.Edition;

/// <summary>
/// The preview's memory of the Traditional copies it made: a file whose bytes are those of the
/// last build (a page the render memo handed back, a feed or search fragment made again the same)
/// gets its last copy instead of being converted again. Forgotten when site.yml changes (its terms,
/// variant and addresses decide the copies). Used by <c>serve</c> only.
/// </summary>
public sealed class EditionMemo
{
    private ConcurrentDictionary<string, (byte[] Source, OutputFile? Copy)> _last = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (byte[] Source, OutputFile? Copy)> _next = new(StringComparer.Ordinal);
    private string _settings = "";
    private string _nextSettings = "";
    private int _converted;

    /// <summary>How many files the last finished build converted (the others got their last copy).</summary>
    public int LastConverted { get; private set; }

    /// <summary>Starts a build with these settings (the text of site.yml).</summary>
    public void Begin(string settings)
    {
        _next = Table(_last.Count);
        _nextSettings = settings;
        _converted = 0;
    }

    /// <summary>The build succeeded: its copies are what the next one compares with.</summary>
    public void Commit()
    {
        (_last, _settings) = (_next, _nextSettings);
        _next = Table(0);
        LastConverted = _converted;
    }

    private static ConcurrentDictionary<string, (byte[] Source, OutputFile? Copy)> Table(int files) =>
        new(concurrencyLevel: 64, capacity: Math.Max(64, files * 2), StringComparer.Ordinal);

    /// <summary>The edition's copy of the file: the last one when the file and the settings are unchanged, else converted now.</summary>
    public OutputFile? Convert(TraditionalEdition edition, OutputFile file)
    {
        if (file.Content is not { } bytes)
        {
            return edition.Convert(file);
        }

        if (_settings == _nextSettings && _last.TryGetValue(file.Path, out var kept)
            && (ReferenceEquals(kept.Source, bytes) || kept.Source.AsSpan().SequenceEqual(bytes)))
        {
            _next[file.Path] = kept;
            return kept.Copy;
        }

        var copy = edition.Convert(file);
        _next[file.Path] = (bytes, copy);
        Interlocked.Increment(ref _converted);
        return copy;
    }
}
