using System.Collections.Frozen;
using System.Text;

namespace QualitySite.Generator.Conversion;

/// <summary>
/// Simplified → Traditional by phrase: the text is cut into the longest phrases the tables know
/// (site terms first, then OpenCC's phrase table), phrases are converted whole, everything else
/// character by character with each character's usual Traditional form (Conversion/Data, from
/// OpenCC's dictionaries by tools/make-conversion-tables.sh). Used for the page chrome of
/// Traditional pages: menu entries, section names, the site's and publisher's names.
/// </summary>
public sealed class ScriptConverter
{
    private readonly Dictionary<string, string> _phrases;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<char, string> _characters;
    private readonly int _longest;

    private ScriptConverter(Dictionary<string, string> phrases, Dictionary<char, string> characters)
    {
        _phrases = phrases;
        _lookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _characters = characters;
        _longest = phrases.Keys.Select(k => k.Length).DefaultIfEmpty(1).Max();
    }

    /// <summary>The built-in tables, loaded once on first use.</summary>
    public static ScriptConverter Default => Tables.Value;

    private static readonly Lazy<ScriptConverter> Tables = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Simplified characters with no Traditional use of their own (发, 这): never on a Traditional page.</summary>
    public static FrozenSet<char> SimplifiedOnly => SimplifiedOnlySet.Value;

    private static readonly Lazy<FrozenSet<char>> SimplifiedOnlySet = new(() => ReadPairs("st-characters.tsv")
        .Where(p => p.From.Length == 1 && !p.To.Split(' ').Contains(p.From, StringComparer.Ordinal))
        .Select(p => p.From[0]).ToFrozenSet());

    /// <summary>This converter with the site's own terms (site.yml traditional.terms) put before the built-in tables.</summary>
    public ScriptConverter With(IReadOnlyDictionary<string, string> siteTerms)
    {
        if (siteTerms.Count == 0)
        {
            return this;
        }

        var phrases = new Dictionary<string, string>(_phrases, StringComparer.Ordinal);
        foreach (var (from, to) in siteTerms)
        {
            phrases[from] = to;
        }

        return new ScriptConverter(phrases, _characters);
    }

    public string ToTraditional(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var (length, replacement) = LongestPhrase(text, i);
            if (length > 0)
            {
                sb.Append(replacement);
                i += length;
                continue;
            }

            sb.Append(_characters.TryGetValue(text[i], out var ch) ? ch : text[i]);
            i++;
        }

        return sb.ToString();
    }

    private (int Length, string? Replacement) LongestPhrase(string text, int start)
    {
        for (var length = Math.Min(_longest, text.Length - start); length >= 2; length--)
        {
            if (_lookup.TryGetValue(text.AsSpan(start, length), out var to))
            {
                return (length, to);
            }
        }

        return (0, null);
    }

    private static ScriptConverter Load()
    {
        var characters = new Dictionary<char, string>();
        foreach (var (from, to) in ReadPairs("st-characters.tsv").Where(p => p.From.Length == 1))
        {
            characters[from[0]] = to.Split(' ')[0];
        }

        var phrases = new Dictionary<string, string>(50_000, StringComparer.Ordinal);
        foreach (var (from, to) in ReadPairs("st-phrases.tsv"))
        {
            phrases[from] = to;
        }
        return new ScriptConverter(phrases, characters);
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
}
