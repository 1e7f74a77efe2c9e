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

    /// <summary>The length of the longest remembered name that starts the text, or 0.</summary>
    internal int LengthAt(ReadOnlySpan<char> text)
    {
        var longest = 0;
        foreach (var name in _names)
        {
            if (name.Length > longest && text.StartsWith(name, StringComparison.Ordinal))
            {
                longest = name.Length;
            }
        }

        return longest;
    }
}
