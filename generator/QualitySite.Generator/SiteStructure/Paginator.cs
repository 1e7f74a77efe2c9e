using QualitySite.Generator.UrlPlanning;

namespace QualitySite.Generator.SiteStructure;

/// <summary>One page of a paginated list: /notices/ is page 1, /notices/page/2/ page 2, and so on.</summary>
public sealed record ListPage<T>(int Number, int Total, string SitePath, string Url, IReadOnlyList<T> Items, IReadOnlyList<(int Number, string Url)> AllPages)
{
    public string? PreviousUrl => Number > 1 ? AllPages[Number - 2].Url : null;

    public string? NextUrl => Number < Total ? AllPages[Number].Url : null;
}

/// <summary>Splits a list into pages with stable URLs. An empty list still gets its first page.</summary>
public static class Paginator
{
    public static IReadOnlyList<ListPage<T>> Paginate<T>(IReadOnlyList<T> items, int pageSize, string sitePath, string basePath)
    {
        var total = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        var paths = Enumerable.Range(1, total).Select(n => n == 1 ? sitePath : $"{sitePath}page/{n}/").ToList();
        var all = paths.Select((p, i) => (i + 1, SitePaths.Href(basePath, p))).ToList();
        return Enumerable.Range(0, total)
            .Select(i => new ListPage<T>(i + 1, total, paths[i], all[i].Item2, items.Skip(i * pageSize).Take(pageSize).ToList(), all))
            .ToList();
    }
}
