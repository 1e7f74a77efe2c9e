namespace QualitySite.Generator.SiteStructure;

/// <summary>
/// Up to five related pages for each page: same campaign scores 3, same product 2, each shared tag
/// 2 (a term in either script counts as the same); ties go to the newer page. Only listed pages are suggested. To stay linear on large sites,
/// each shared key looks at the 40 pages nearest in date, not at all pages that share it.
/// </summary>
public static class RelatedFinder
{
    public const int Count = 5;
    private const int Window = 20;

    public static IReadOnlyDictionary<string, IReadOnlyList<RenderedPage>> Find(IReadOnlyList<RenderedPage> pages)
    {
        var listed = pages.Where(p => p.Listed).ToList();
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < listed.Count; i++)
        {
            foreach (var (key, _) in Keys(listed[i]))
            {
                (groups.TryGetValue(key, out var list) ? list : groups[key] = []).Add(i);
            }
        }

        var indexOf = listed.Select((p, i) => (p.Page.SitePath, i)).ToDictionary(x => x.SitePath, x => x.i, StringComparer.Ordinal);
        var found = new IReadOnlyList<RenderedPage>[pages.Count];
        Parallel.For(0, pages.Count, i => found[i] = Suggest(pages[i], indexOf.GetValueOrDefault(pages[i].Page.SitePath, -1), groups, listed));
        var result = new Dictionary<string, IReadOnlyList<RenderedPage>>(pages.Count, StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            result[pages[i].Page.SitePath] = found[i];
        }

        return result;
    }

    /// <summary>Each thread's score table, cleared for the next page (a table per page was a third of this stage's allocations).</summary>
    [ThreadStatic]
    private static Dictionary<int, int>? t_scores;

    private static List<RenderedPage> Suggest(RenderedPage page, int self, Dictionary<string, List<int>> groups, List<RenderedPage> listed)
    {
        var scores = t_scores ??= [];
        scores.Clear();
        foreach (var (key, weight) in Keys(page))
        {
            if (!groups.TryGetValue(key, out var members))
            {
                continue;
            }

            var at = members.BinarySearch(self);
            at = at < 0 ? ~at : at;
            for (var k = Math.Max(0, at - Window); k < Math.Min(members.Count, at + Window + 1); k++)
            {
                if (members[k] != self)
                {
                    System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(scores, members[k], out _) += weight;
                }
            }
        }

        // The best five by score, then the newer page (lower index): one pass, no sort of all candidates.
        Span<(int Index, int Score)> best = stackalloc (int, int)[Count];
        var count = 0;
        foreach (var (index, score) in scores)
        {
            var at = count;
            while (at > 0 && (score > best[at - 1].Score || score == best[at - 1].Score && index < best[at - 1].Index))
            {
                at--;
            }

            if (at < Count)
            {
                for (var k = Math.Min(count, Count - 1); k > at; k--)
                {
                    best[k] = best[k - 1];
                }

                best[at] = (index, score);
                count = Math.Min(count + 1, Count);
            }
        }

        var result = new List<RenderedPage>(count);
        foreach (var (index, _) in best[..count])
        {
            result.Add(listed[index]);
        }

        return result;
    }

    /// <summary>A page's keys, by meaning: a tag written in either script (羊绒衫, 羊絨衫) is one key, as it is one term.</summary>
    private static IEnumerable<(string Key, int Weight)> Keys(RenderedPage page)
    {
        var meta = page.Page.Meta;
        if (meta.Campaign is { } campaign)
        {
            yield return ("c:" + Meaning(campaign), 3);
        }

        if (meta.Product is { } product)
        {
            yield return ("p:" + Meaning(product), 2);
        }

        foreach (var tag in meta.Tags.Select(Meaning).Distinct())
        {
            yield return ("t:" + tag, 2);
        }
    }

    private static string Meaning(string written) => TaxonomyBuilder.MeaningKey(written);
}
