using System.Runtime.CompilerServices;

namespace QualitySite.Generator.Conversion;

/// <summary>
/// The pairs of neighbouring characters that occur inside some phrase or dictionary word. Where two
/// neighbours of a text are not such a pair, no phrase and no word runs across them: the text can
/// be converted on either side independently (<see cref="ScriptConverter"/>'s chunks).
/// </summary>
internal sealed class CharPairs
{
    /// <summary>Open addressing over (first &lt;&lt; 16 | second); 0 is empty (no phrase holds U+0000).</summary>
    private uint[] _keys;
    private int _shift;
    private int _count;

    public CharPairs(int expected = 1024)
    {
        var bits = 4;
        while ((1 << bits) < expected * 3)
        {
            bits++;
        }

        (_keys, _shift) = (new uint[1 << bits], 32 - bits);
    }

    private CharPairs(uint[] keys, int shift, int count) => (_keys, _shift, _count) = (keys, shift, count);

    public void Write(BinaryWriter writer)
    {
        writer.Write(_shift);
        writer.Write(_count);
        SnapshotIO.Write<uint>(writer, _keys);
    }

    public static CharPairs Read(BinaryReader reader)
    {
        var (shift, count) = (reader.ReadInt32(), reader.ReadInt32());
        var keys = SnapshotIO.Read<uint>(reader);
        if (keys.Length == 0 || (keys.Length & (keys.Length - 1)) != 0 || shift != 32 - System.Numerics.BitOperations.Log2((uint)keys.Length))
        {
            throw new InvalidDataException("a conversion snapshot holds a damaged pair table");
        }

        return new CharPairs(keys, shift, count);
    }

    /// <summary>A copy to add more pairs to, leaving this set as it is.</summary>
    public CharPairs Copy() => new((uint[])_keys.Clone(), _shift, _count);

    /// <summary>Adds every pair of neighbouring characters of the word.</summary>
    public void AddPairsOf(ReadOnlySpan<char> word)
    {
        for (var k = 1; k < word.Length; k++)
        {
            Add(Key(word[k - 1], word[k]));
        }
    }

    /// <summary>True when some phrase or word has <paramref name="first"/> followed by <paramref name="second"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Contains(char first, char second)
    {
        var key = Key(first, second);
        if (key == 0)
        {
            return false;
        }

        var mask = _keys.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var found = _keys[slot];
            if (found == key)
            {
                return true;
            }

            if (found == 0)
            {
                return false;
            }
        }
    }

    private void Add(uint key)
    {
        if (key == 0)
        {
            return;
        }

        var mask = _keys.Length - 1;
        var slot = Slot(key);
        for (; _keys[slot] != 0; slot = (slot + 1) & mask)
        {
            if (_keys[slot] == key)
            {
                return;
            }
        }

        _keys[slot] = key;
        if (++_count * 3 > _keys.Length)
        {
            Grow();
        }
    }

    /// <summary>Doubles the table when it is a third full, so that a probe usually ends at once.</summary>
    private void Grow()
    {
        var keys = _keys;
        (_keys, _shift, _count) = (new uint[keys.Length * 2], _shift - 1, 0);
        foreach (var key in keys)
        {
            if (key != 0)
            {
                Add(key);
            }
        }
    }

    private static uint Key(char first, char second) => ((uint)first << 16) | second;

    private int Slot(uint key) => (int)((key * 0x9E3779B1u) >> _shift);
}
