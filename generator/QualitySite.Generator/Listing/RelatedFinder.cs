namespace QualitySite.Generator.Listing;

/// <summary>
/// Up to five related pages for each page: same campaign scores 3, same product 2, each shared tag
/// 2; ties go to the newer page. Only listed pages are suggested. To stay linear on large sites,
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
        var result = new Dictionary<string, IReadOnlyList<RenderedPage>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var self = indexOf.GetValueOrDefault(page.Page.SitePath, -1);
            var scores = new Dictionary<int, int>();
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
                        scores[members[k]] = scores.GetValueOrDefault(members[k]) + weight;
                    }
                }
            }

            result[page.Page.SitePath] = scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key).Take(Count).Select(s => listed[s.Key]).ToList();
        }

        return result;
    }

    private static IEnumerable<(string Key, int Weight)> Keys(RenderedPage page)
    {
        var meta = page.Page.Meta;
        if (meta.Campaign is { } campaign)
        {
            yield return ("c:" + campaign, 3);
        }

        if (meta.Product is { } product)
        {
            yield return ("p:" + product, 2);
        }

        foreach (var tag in meta.Tags.Distinct())
        {
            yield return ("t:" + tag, 2);
        }
    }
}
