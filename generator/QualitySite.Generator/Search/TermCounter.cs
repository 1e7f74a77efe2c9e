namespace QualitySite.Generator.Search;

/// <summary>
/// Counts one page's terms (64-bit keys, never 0) with their weighted frequency and follower mask:
/// an open-addressing table reused page after page by one worker. Indexing does a few thousand
/// counts per page, and this is about twice as fast as a Dictionary; clearing touches only the
/// slots in use. The merge uses the same table to number terms in order of arrival (<see cref="Intern"/>).
/// </summary>
internal sealed class TermCounter
{
    private long[] _keys = new long[4096];
    private int[] _tfs = new int[4096];
    private byte[] _masks = new byte[4096];
    private int[] _used = new int[2048];
    private int _shift = 64 - 12;

    public int Count { get; private set; }

    public long Key(int i) => _keys[_used[i]];

    public int Tf(int i) => _tfs[_used[i]];

    public byte Mask(int i) => _masks[_used[i]];

    /// <summary>
    /// Single characters of the Basic Multilingual Plane are counted in a plain array first: they
    /// are half of a Chinese page's counts but only a few hundred distinct keys, so each reaches
    /// the table once, in <see cref="FlushCharacters"/>. Characters carry no follower mask.
    /// </summary>
    private int[]? _charTf;
    private readonly List<int> _chars = [];

    /// <summary>Adds <paramref name="weight"/> to a single character's frequency (key = its code point).</summary>
    public void AddCharacter(int codePoint, int weight)
    {
        if (codePoint > char.MaxValue)
        {
            Add(codePoint, weight, -1);
            return;
        }

        // Made on first use: the merge's counters only number keys and never count characters.
        var tf = _charTf ??= new int[char.MaxValue + 1];
        if (tf[codePoint] == 0)
        {
            _chars.Add(codePoint);
        }

        tf[codePoint] += weight;
    }

    /// <summary>Moves the characters counted by <see cref="AddCharacter"/> into the table.</summary>
    public void FlushCharacters() => DropCharacters(moveToTable: true);

    private void DropCharacters(bool moveToTable)
    {
        foreach (var c in _chars)
        {
            if (moveToTable)
            {
                Add(c, _charTf![c], -1);
            }

            _charTf![c] = 0;
        }

        _chars.Clear();
    }

    public void Clear()
    {
        DropCharacters(moveToTable: false);
        for (var i = 0; i < Count; i++)
        {
            var slot = _used[i];
            (_keys[slot], _tfs[slot], _masks[slot]) = (0, 0, 0);
        }

        Count = 0;
    }

    /// <summary>Adds <paramref name="weight"/> to the key's frequency and, when given, sets the follower's bit.</summary>
    public void Add(long key, int weight, int followerBit)
    {
        var slot = SlotAdding(key);
        _tfs[slot] += weight;
        if (followerBit >= 0)
        {
            _masks[slot] |= (byte)(1 << followerBit);
        }
    }

    /// <summary>The key's number: 0 for the first key added, 1 for the next new one, and so on (frequencies untouched).</summary>
    public int Intern(long key)
    {
        var slot = SlotAdding(key);
        if (_tfs[slot] == 0)
        {
            _tfs[slot] = Count; // its position among the keys, plus one
        }

        return _tfs[slot] - 1;
    }

    private int SlotAdding(long key)
    {
        var slot = Slot(key);
        if (_keys[slot] == 0)
        {
            if ((Count + 1) * 2 > _keys.Length)
            {
                Grow();
                slot = Slot(key);
            }

            _keys[slot] = key;
            _used[Count++] = slot;
        }

        return slot;
    }

    /// <summary>The key's slot, or the empty slot where it would go (Fibonacci hashing, linear probing).</summary>
    private int Slot(long key)
    {
        var mask = _keys.Length - 1;
        var slot = (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);
        while (_keys[slot] != 0 && _keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }

    private void Grow()
    {
        var (keys, tfs, masks, used, count) = (_keys, _tfs, _masks, _used, Count);
        _keys = new long[keys.Length * 2];
        _tfs = new int[keys.Length * 2];
        _masks = new byte[keys.Length * 2];
        _used = new int[keys.Length];
        _shift--;
        Count = 0;
        for (var i = 0; i < count; i++)
        {
            var old = used[i];
            var slot = Slot(keys[old]);
            (_keys[slot], _tfs[slot], _masks[slot]) = (keys[old], tfs[old], masks[old]);
            _used[Count++] = slot;
        }
    }
}
