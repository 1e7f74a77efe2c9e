using System.Text;

namespace QualitySite.Generator.Conversion;

/// <summary>The converter's tables: how they are read from the embedded data, and the phrase table with its tries.</summary>
public sealed partial class ScriptConverter
{
    /// <summary>The characters' forms from the resources, a later resource's line replacing an earlier one's.</summary>
    private static Dictionary<char, string[]> Characters(params string[] resources)
    {
        var result = new Dictionary<char, string[]>();
        foreach (var (from, to) in resources.SelectMany(ReadPairs).Where(p => p.From.Length == 1))
        {
            result[from[0]] = to.Split(' ');
        }

        return result;
    }

    /// <summary>A table's whole text.</summary>
    private static string ReadText(string resource)
    {
        using var stream = typeof(ScriptConverter).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the conversion table {resource} is missing from the build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static IEnumerable<(string From, string To)> ReadPairs(string resource)
    {
        using var stream = typeof(ScriptConverter).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the conversion table {resource} is missing from the build");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (tab > 0)
            {
                yield return (line[..tab], line[(tab + 1)..]);
            }
        }
    }

    /// <summary>
    /// A phrase table with its phrases as tries, forward and backward (<see cref="PhraseTrie"/>). The
    /// entries stay ranges of the table's text until a phrase is asked for: loading makes no string
    /// per phrase, and the forward trie is the lookup from a phrase to its forms.
    /// </summary>
    private sealed class Table
    {
        private readonly Entry[] _entries;
        private readonly string[]?[] _forms;

        /// <summary>Keys of one character (a few of the Taiwan table's); the tries hold phrases of two or more.</summary>
        private readonly Dictionary<char, int> _singles = [];

        private Table(Entry[] entries)
        {
            _entries = entries;
            _forms = new string[]?[entries.Length];
            var characters = entries.Sum(e => e.KeyLength);
            Forward = new PhraseTrie(reversed: false, characters);
            Backward = new PhraseTrie(reversed: true, characters);
            for (var i = 0; i < entries.Length; i++)
            {
                var key = entries[i].Key;
                if (key.Length == 1)
                {
                    _singles[key[0]] = i;
                }

                Forward.Add(key, i);
                Backward.Add(key, i);
            }
        }

        private Table(Entry[] entries, PhraseTrie forward, PhraseTrie backward)
        {
            (_entries, Forward, Backward) = (entries, forward, backward);
            _forms = new string[]?[entries.Length];
        }

        public PhraseTrie Forward { get; }

        public PhraseTrie Backward { get; }

        /// <summary>The pairs of the resources (phrase, tab, forms separated by spaces), a later one's entry replacing an earlier one's.</summary>
        public static Table Read(params string[] resources)
        {
            var entries = new List<Entry>(60_000);
            foreach (var resource in resources)
            {
                var text = ReadText(resource);
                foreach (var range in text.AsSpan().Split('\n'))
                {
                    var (at, length) = range.GetOffsetAndLength(text.Length);
                    var line = text.AsSpan(at, length).TrimEnd('\r');
                    var tab = line.IndexOf('\t');
                    if (tab > 0)
                    {
                        entries.Add(new Entry(text, at, tab, text, at + tab + 1, line.Length - tab - 1, OneForm: false));
                    }
                }
            }

            return new Table([.. entries]);
        }

        /// <summary>
        /// Writes a table read from resources with no single-character keys (the standard phrases):
        /// each entry as the number of its resource and places in that resource's text, and the tries
        /// as they are in memory.
        /// </summary>
        public void Write(BinaryWriter writer)
        {
            var texts = _entries.Select(e => e.KeyText).Distinct(ReferenceEqualityComparer.Instance).Cast<string>().ToList();
            if (_singles.Count > 0 || _entries.Any(e => e.OneForm || !ReferenceEquals(e.FormsText, e.KeyText)))
            {
                throw new InvalidOperationException("only a table read from resources can be written to a snapshot");
            }

            SnapshotIO.Write<int>(writer, _entries.Select(e => texts.FindIndex(t => ReferenceEquals(t, e.KeyText))).ToArray());
            SnapshotIO.Write<int>(writer, _entries.Select(e => e.KeyAt).ToArray());
            SnapshotIO.Write<int>(writer, _entries.Select(e => e.KeyLength).ToArray());
            SnapshotIO.Write<int>(writer, _entries.Select(e => e.FormsAt).ToArray());
            SnapshotIO.Write<int>(writer, _entries.Select(e => e.FormsLength).ToArray());
            Forward.Write(writer);
            Backward.Write(writer);
        }

        /// <summary>A table written by <see cref="Write"/>, over the texts of the resources it was read from, in their order.</summary>
        public static Table Read(BinaryReader reader, string[] texts)
        {
            var (source, keyAt, keyLength, formsAt, formsLength) = (SnapshotIO.Read<int>(reader), SnapshotIO.Read<int>(reader), SnapshotIO.Read<int>(reader), SnapshotIO.Read<int>(reader), SnapshotIO.Read<int>(reader));
            if (keyAt.Length != source.Length || keyLength.Length != source.Length || formsAt.Length != source.Length || formsLength.Length != source.Length)
            {
                throw new InvalidDataException("a conversion snapshot holds a damaged phrase table");
            }

            var entries = new Entry[source.Length];
            for (var i = 0; i < entries.Length; i++)
            {
                var text = (uint)source[i] < (uint)texts.Length ? texts[source[i]] : throw new InvalidDataException("a conversion snapshot names a table it does not have");
                if ((uint)keyAt[i] + (uint)keyLength[i] > (uint)text.Length || (uint)formsAt[i] + (uint)formsLength[i] > (uint)text.Length)
                {
                    throw new InvalidDataException("a conversion snapshot does not match its phrase table");
                }

                entries[i] = new Entry(text, keyAt[i], keyLength[i], text, formsAt[i], formsLength[i], OneForm: false);
            }

            return new Table(entries, PhraseTrie.Read(reader), PhraseTrie.Read(reader));
        }

        /// <summary>This table with the site's terms after its own entries, so that they win.</summary>
        public Table With(IReadOnlyDictionary<string, string> terms) =>
            new([.. _entries, .. terms.Where(t => t.Key.Length > 0).Select(t => new Entry(t.Key, 0, t.Key.Length, t.Value, 0, t.Value.Length, OneForm: true))]);

        public bool Starts(char c) => Forward.Has(c);

        /// <summary>Adds the pairs of neighbouring characters of every phrase.</summary>
        public void AddPairsTo(CharPairs pairs)
        {
            foreach (var entry in _entries)
            {
                pairs.AddPairsOf(entry.Key);
            }
        }

        /// <summary>
        /// Marks every character some phrase writes otherwise than its one form in
        /// <paramref name="single"/> ('\0': the character itself), or all of a phrase whose form has
        /// another length.
        /// </summary>
        public void MarkOwnForms(bool[] marks, char[] single)
        {
            foreach (var entry in _entries)
            {
                var key = entry.Key;
                var forms = entry.FormsText.AsSpan(entry.FormsAt, entry.FormsLength);
                foreach (var range in forms.Split(entry.OneForm ? '\0' : ' '))
                {
                    var form = forms[range];
                    for (var i = 0; i < key.Length; i++)
                    {
                        var usual = single[key[i]] != '\0' ? single[key[i]] : key[i];
                        if (form.Length != key.Length || form[i] != usual)
                        {
                            marks[key[i]] = true;
                        }
                    }
                }
            }
        }

        public string[]? Get(ReadOnlySpan<char> span)
        {
            var entry = span.Length == 1 ? _singles.GetValueOrDefault(span[0], -1) : Forward.Find(span);
            return entry < 0 ? null : _forms[entry] ??= _entries[entry].Forms();
        }

        /// <summary>A phrase and its forms, as ranges of the text they were read from (a site's term: its own strings, one form).</summary>
        private readonly record struct Entry(string KeyText, int KeyAt, int KeyLength, string FormsText, int FormsAt, int FormsLength, bool OneForm)
        {
            public ReadOnlySpan<char> Key => KeyText.AsSpan(KeyAt, KeyLength);

            public string[] Forms()
            {
                var forms = FormsText.Substring(FormsAt, FormsLength);
                return OneForm ? [forms] : forms.Split(' ');
            }
        }
    }

    /// <summary>A set of strings asked with spans.</summary>
    private sealed class SiteTermSet(IEnumerable<string> terms)
    {
        private readonly HashSet<string> _set = new(terms, StringComparer.Ordinal);

        public bool Contains(ReadOnlySpan<char> text) => _set.Count > 0 && _set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);

        /// <summary>True when a term occurs in the text over any of the characters from <paramref name="at"/> on for <paramref name="length"/>.</summary>
        public bool Covers(ReadOnlySpan<char> text, int at, int length)
        {
            foreach (var term in _set)
            {
                var from = Math.Max(0, at - term.Length + 1);
                var to = Math.Min(text.Length, at + length + term.Length - 1);
                if (text[from..to].Contains(term, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
