namespace QualitySite.Generator.Conversion;

/// <summary>
/// The personal names a text has introduced with a title or a byline (局长余志刚, 记者范晓东), so that
/// a later mention of the same name on its own (余志刚要求) keeps the surname's form as the first
/// did. Names count from where they are introduced on: a converter call without one remembers the
/// names of that text alone; the Traditional edition keeps one for each page, in reading order.
/// </summary>
public sealed class NameMemory
{
    private readonly List<string> _names = [];

    /// <summary>Forgets every name (a new page).</summary>
    public void Clear() => _names.Clear();

    internal void Add(ReadOnlySpan<char> name)
    {
        foreach (var known in _names)
        {
            if (name.SequenceEqual(known))
            {
                return;
            }
        }

        _names.Add(name.ToString());
    }

    /// <summary>True when a remembered name starts the text.</summary>
    internal bool StartsWithName(ReadOnlySpan<char> text)
    {
        foreach (var name in _names)
        {
            if (text.StartsWith(name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
