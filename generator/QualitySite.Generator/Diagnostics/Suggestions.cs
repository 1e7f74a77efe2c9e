namespace QualitySite.Generator.Diagnostics;

/// <summary>"Did you mean" help for messages: the closest of a set of known names.</summary>
public static class Suggestions
{
    /// <summary>The candidate closest to <paramref name="wanted"/> by edit distance, when it is close enough to be a likely typo.</summary>
    public static string? Closest(string wanted, IEnumerable<string> candidates, Func<string, string>? key = null)
    {
        key ??= s => s;
        var best = candidates.Select(c => (Candidate: c, Distance: EditDistance(wanted, key(c))))
            .OrderBy(x => x.Distance).ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Candidate is not null && best.Distance <= Math.Max(2, wanted.Length / 3) ? best.Candidate : null;
    }

    /// <summary>Levenshtein distance in two rows.</summary>
    public static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
