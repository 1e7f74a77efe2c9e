using System.Text;

namespace QualitySite.Generator.Conversion;

/// <summary>The converter's tables: how they are read from the embedded data, and the phrase table with its tries.</summary>
public sealed partial class ScriptConverter
{
    private static Dictionary<char, string[]> Characters(string resource)
    {
        var result = new Dictionary<char, string[]>();
        foreach (var (from, to) in ReadPairs(resource).Where(p => p.From.Length == 1))
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

    /// <summary>A phrase table with its phrases as tries, forward and backward (<see cref="PhraseTrie"/>).</summary>
    private sealed class Table
    {
        private readonly Dictionary<string, string[]> _map;
        private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        private Table(Dictionary<string, string[]> map)
        {
            _map = map;
            _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
            Forward = new PhraseTrie(map.Keys, reversed: false);
            Backward = new PhraseTrie(map.Keys, reversed: true);
        }

        public PhraseTrie Forward { get; }

        public PhraseTrie Backward { get; }

        /// <summary>The pairs of the resources, a later one's entry replacing an earlier one's.</summary>
        public static Table Read(params string[] resources)
        {
            var map = new Dictionary<string, string[]>(50_000, StringComparer.Ordinal);
            foreach (var (from, to) in resources.SelectMany(ReadPairs))
            {
                map[from] = to.Split(' ');
            }

            return new Table(map);
        }

        public Table With(IReadOnlyDictionary<string, string> terms)
        {
            var map = new Dictionary<string, string[]>(_map, StringComparer.Ordinal);
            foreach (var (from, to) in terms.Where(t => t.Key.Length > 0))
            {
                map[from] = [to];
            }

            return new Table(map);
        }

        public bool Starts(char c) => Forward.Has(c);

        public string[]? Get(ReadOnlySpan<char> span) => _lookup.TryGetValue(span, out var forms) ? forms : null;
    }

    /// <summary>A set of strings asked with spans.</summary>
    private sealed class SiteTermSet(IEnumerable<string> terms)
    {
        private readonly HashSet<string> _set = new(terms, StringComparer.Ordinal);

        public bool Contains(ReadOnlySpan<char> text) => _set.Count > 0 && _set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);
    }
}
