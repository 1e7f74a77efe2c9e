namespace QualitySite.Generator.Conversion;

/// <summary>
/// The phrases of a table as a trie walked one character at a time, forward (the longest phrase
/// starting at a point) or, built from the reversed phrases, backward (the longest ending there).
/// A position costs one array read and one probe per further character, where asking the table
/// for every length from the longest down hashed the text again and again.
/// </summary>
internal sealed class PhraseTrie
{
    /// <summary>The root's child per character; 0 when no phrase starts with it.</summary>
    private readonly int[] _root = new int[0x10000];

    /// <summary>Open addressing over (node, character) → child; a key of 0 is empty (nodes start at 1).</summary>
    private readonly long[] _keys;
    private readonly int[] _children;
    private readonly int _shift;
    private readonly bool[] _ends;
    private readonly bool _reversed;

    /// <summary>Per node, the value of the phrase ending there (tries built with values only).</summary>
    private readonly float[] _values = [];

    public PhraseTrie(IEnumerable<string> phrases, bool reversed)
        : this(phrases.Select(p => (p, 0f)), reversed, withValues: false)
    {
    }

    /// <summary>A forward trie whose phrases carry a value each (<see cref="AllFrom(ReadOnlySpan{char}, int, Span{int}, Span{float})"/>).</summary>
    public PhraseTrie(IEnumerable<(string Phrase, float Value)> phrases)
        : this(phrases, reversed: false, withValues: true)
    {
    }

    private PhraseTrie(IEnumerable<(string Phrase, float Value)> phrases, bool reversed, bool withValues)
    {
        _reversed = reversed;
        var edges = new Dictionary<long, int>(1 << 16);
        var ends = new List<bool> { false, false };
        var values = new List<float> { 0, 0 };
        var nodes = 1;
        foreach (var (phrase, value) in phrases.Where(p => p.Phrase.Length >= 2))
        {
            var node = 0;
            for (var k = 0; k < phrase.Length; k++)
            {
                var c = phrase[reversed ? phrase.Length - 1 - k : k];
                int child;
                if (node == 0)
                {
                    child = _root[c];
                    if (child == 0)
                    {
                        child = _root[c] = nodes++;
                        ends.Add(false);
                        values.Add(0);
                    }
                }
                else if (!edges.TryGetValue(Key(node, c), out child))
                {
                    child = edges[Key(node, c)] = nodes++;
                    ends.Add(false);
                    values.Add(0);
                }

                node = child;
            }

            ends[node] = true;
            values[node] = value;
        }

        _ends = [.. ends];
        if (withValues)
        {
            _values = [.. values];
        }

        var bits = 4;
        while ((1 << bits) < edges.Count * 2)
        {
            bits++;
        }

        _shift = 64 - bits;
        _keys = new long[1 << bits];
        _children = new int[1 << bits];
        foreach (var (key, child) in edges)
        {
            var slot = Slot(key);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & (_keys.Length - 1);
            }

            _keys[slot] = key;
            _children[slot] = child;
        }
    }

    /// <summary>True when some phrase starts (forward trie) or ends (backward trie) with the character.</summary>
    public bool Has(char c) => _root[c] != 0;

    /// <summary>Forward trie: the length of the longest phrase starting at <paramref name="at"/>, or 1.</summary>
    public int LongestFrom(ReadOnlySpan<char> text, int at)
    {
        var node = _root[text[at]];
        var length = 1;
        for (var j = at + 1; node != 0 && j < text.Length; j++)
        {
            node = Child(node, text[j]);
            if (node != 0 && _ends[node])
            {
                length = j - at + 1;
            }
        }

        return length;
    }

    /// <summary>Forward trie with values: the lengths and values of every phrase starting at <paramref name="at"/>, shortest first, as many as fit.</summary>
    public int AllFrom(ReadOnlySpan<char> text, int at, Span<int> lengths, Span<float> values)
    {
        var node = _root[text[at]];
        var count = 0;
        for (var j = at + 1; node != 0 && j < text.Length && count < lengths.Length; j++)
        {
            node = Child(node, text[j]);
            if (node != 0 && _ends[node])
            {
                (lengths[count], values[count]) = (j - at + 1, _values[node]);
                count++;
            }
        }

        return count;
    }

    /// <summary>Backward trie: the length of the longest phrase ending just before <paramref name="end"/>, or 1.</summary>
    public int LongestTo(ReadOnlySpan<char> text, int end)
    {
        System.Diagnostics.Debug.Assert(_reversed, "a backward walk needs the trie of reversed phrases");
        var node = _root[text[end - 1]];
        var length = 1;
        for (var j = end - 2; node != 0 && j >= 0; j--)
        {
            node = Child(node, text[j]);
            if (node != 0 && _ends[node])
            {
                length = end - j;
            }
        }

        return length;
    }

    private int Child(int node, char c)
    {
        var key = Key(node, c);
        for (var slot = Slot(key); ; slot = (slot + 1) & (_keys.Length - 1))
        {
            var found = _keys[slot];
            if (found == key)
            {
                return _children[slot];
            }

            if (found == 0)
            {
                return 0;
            }
        }
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;

    private int Slot(long key) => (int)((ulong)(key * unchecked((long)0x9E3779B97F4A7C15)) >> _shift);
}
