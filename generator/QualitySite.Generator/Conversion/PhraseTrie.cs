using System.Runtime.CompilerServices;

namespace QualitySite.Generator.Conversion;

/// <summary>
/// The phrases of a table as a trie walked one character at a time, forward (the longest phrase
/// starting at a point) or, built from the reversed phrases, backward (the longest ending there).
/// A position costs one array read and one probe per further character, where asking the table
/// for every length from the longest down hashed the text again and again. Each phrase carries the
/// number of its entry in the table it came from, so the trie also answers "which entry is this
/// phrase" without a dictionary of strings beside it.
/// </summary>
internal sealed class PhraseTrie
{
    /// <summary>The root's child per character; 0 when no phrase starts with it.</summary>
    private readonly int[] _root;
    private readonly bool _reversed;

    /// <summary>
    /// Open addressing over edges, each one number: the node (bits 40 and up), the character (24–39)
    /// and the child (0–23), so a probe reads one place in memory; 0 is empty (nodes start at 1).
    /// </summary>
    private ulong[] _edgeTable;
    private int _shift;
    private int _edges;

    private const int ChildBits = 24;
    private const ulong ChildMask = (1UL << ChildBits) - 1;

    /// <summary>Per node, 1 + the entry of the phrase ending there; 0 where none ends.</summary>
    private int[] _ends;
    private int _nodes = 1;

    /// <summary>An empty trie for <see cref="Add"/>; <paramref name="expectedCharacters"/> (the phrases' total length) sizes it.</summary>
    public PhraseTrie(bool reversed, int expectedCharacters = 1024)
    {
        _root = new int[0x10000];
        _reversed = reversed;
        var bits = 4;
        while ((1 << bits) < expectedCharacters * 2)
        {
            bits++;
        }

        (_edgeTable, _shift) = (new ulong[1 << bits], 64 - bits);
        _ends = new int[Math.Max(16, expectedCharacters + 2)];
    }

    /// <summary>A trie of the phrases, each phrase's entry its place in the list.</summary>
    public PhraseTrie(IReadOnlyList<string> phrases, bool reversed)
        : this(reversed, phrases.Sum(p => p.Length))
    {
        for (var i = 0; i < phrases.Count; i++)
        {
            Add(phrases[i], i);
        }
    }

    private PhraseTrie(bool reversed, int[] root, ulong[] edgeTable, int shift, int edges, int[] ends, int nodes) =>
        (_reversed, _root, _edgeTable, _shift, _edges, _ends, _nodes) = (reversed, root, edgeTable, shift, edges, ends, nodes);

    /// <summary>Writes the trie as it is in memory, for <see cref="Read"/>.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(_reversed);
        writer.Write(_shift);
        writer.Write(_edges);
        writer.Write(_nodes);
        SnapshotIO.Write<int>(writer, _root);
        SnapshotIO.Write<ulong>(writer, _edgeTable);
        SnapshotIO.Write<int>(writer, _ends);
    }

    /// <summary>A trie written by <see cref="Write"/>.</summary>
    public static PhraseTrie Read(BinaryReader reader)
    {
        var (reversed, shift, edges, nodes) = (reader.ReadBoolean(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        var (root, edgeTable, ends) = (SnapshotIO.Read<int>(reader), SnapshotIO.Read<ulong>(reader), SnapshotIO.Read<int>(reader));
        if (root.Length != 0x10000 || edgeTable.Length == 0 || (edgeTable.Length & (edgeTable.Length - 1)) != 0 || shift != 64 - System.Numerics.BitOperations.Log2((uint)edgeTable.Length) || nodes > ends.Length)
        {
            throw new InvalidDataException("a conversion snapshot holds a damaged trie");
        }

        return new PhraseTrie(reversed, root, edgeTable, shift, edges, ends, nodes);
    }

    /// <summary>Adds a phrase of two or more characters (shorter ones are not phrases) with its entry; a phrase added again takes the later entry.</summary>
    public void Add(ReadOnlySpan<char> phrase, int entry)
    {
        if (phrase.Length < 2)
        {
            return;
        }

        var node = 0;
        for (var k = 0; k < phrase.Length; k++)
        {
            var c = phrase[_reversed ? phrase.Length - 1 - k : k];
            if (node != 0)
            {
                node = ChildOrNew(node, c);
            }
            else if ((node = _root[c]) == 0)
            {
                node = _root[c] = NewNode();
            }
        }

        _ends[node] = entry + 1;
    }

    /// <summary>True when some phrase starts (forward trie) or ends (backward trie) with the character.</summary>
    public bool Has(char c) => _root[c] != 0;

    /// <summary>Forward trie: the entry of exactly this phrase, or -1.</summary>
    public int Find(ReadOnlySpan<char> phrase)
    {
        if (phrase.Length < 2)
        {
            return -1;
        }

        var node = _root[phrase[0]];
        for (var j = 1; node != 0 && j < phrase.Length; j++)
        {
            node = Child(node, phrase[j]);
        }

        return node == 0 ? -1 : _ends[node] - 1;
    }

    /// <summary>Forward trie: the length of the longest phrase starting at <paramref name="at"/>, or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int LongestFrom(ReadOnlySpan<char> text, int at)
    {
        var node = _root[text[at]];
        var length = 1;
        for (var j = at + 1; node != 0 && j < text.Length; j++)
        {
            node = Child(node, text[j]);
            if (node != 0 && _ends[node] != 0)
            {
                length = j - at + 1;
            }
        }

        return length;
    }

    /// <summary>Forward trie: the lengths and entries of every phrase starting at <paramref name="at"/>, shortest first, as many as fit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int AllFrom(ReadOnlySpan<char> text, int at, Span<int> lengths, Span<int> entries)
    {
        var node = _root[text[at]];
        var count = 0;
        for (var j = at + 1; node != 0 && j < text.Length && count < lengths.Length; j++)
        {
            node = Child(node, text[j]);
            if (node != 0 && _ends[node] != 0)
            {
                (lengths[count], entries[count]) = (j - at + 1, _ends[node] - 1);
                count++;
            }
        }

        return count;
    }

    /// <summary>Backward trie: the length of the longest phrase ending just before <paramref name="end"/>, or 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int LongestTo(ReadOnlySpan<char> text, int end)
    {
        System.Diagnostics.Debug.Assert(_reversed, "a backward walk needs the trie of reversed phrases");
        var node = _root[text[end - 1]];
        var length = 1;
        for (var j = end - 2; node != 0 && j >= 0; j--)
        {
            node = Child(node, text[j]);
            if (node != 0 && _ends[node] != 0)
            {
                length = end - j;
            }
        }

        return length;
    }

    private int NewNode()
    {
        if (_nodes == _ends.Length)
        {
            Array.Resize(ref _ends, _ends.Length * 2);
        }

        if (_nodes > (int)ChildMask)
        {
            throw new InvalidOperationException("a phrase table has more than 16 million trie nodes");
        }

        return _nodes++;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Child(int node, char c)
    {
        var key = Key(node, c);
        var mask = _edgeTable.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var edge = _edgeTable[slot];
            if (edge >> ChildBits == key)
            {
                return (int)(edge & ChildMask);
            }

            if (edge == 0)
            {
                return 0;
            }
        }
    }

    private int ChildOrNew(int node, char c)
    {
        var key = Key(node, c);
        var mask = _edgeTable.Length - 1;
        var slot = Slot(key);
        for (; _edgeTable[slot] != 0; slot = (slot + 1) & mask)
        {
            if (_edgeTable[slot] >> ChildBits == key)
            {
                return (int)(_edgeTable[slot] & ChildMask);
            }
        }

        var child = NewNode();
        _edgeTable[slot] = (key << ChildBits) | (uint)child;
        if (++_edges * 2 > _edgeTable.Length)
        {
            Grow();
        }

        return child;
    }

    /// <summary>Doubles the edge table when it is half full, so that probes stay short.</summary>
    private void Grow()
    {
        var old = _edgeTable;
        (_edgeTable, _shift) = (new ulong[old.Length * 2], _shift - 1);
        var mask = _edgeTable.Length - 1;
        foreach (var edge in old)
        {
            if (edge == 0)
            {
                continue;
            }

            var slot = Slot(edge >> ChildBits);
            while (_edgeTable[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            _edgeTable[slot] = edge;
        }
    }

    private static ulong Key(int node, char c) => ((ulong)node << 16) | c;

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
