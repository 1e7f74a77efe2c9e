using QualitySite.Generator.Config;
using QualitySite.Generator.SiteStructure;

namespace QualitySite.Generator.Feeds;

/// <summary>One feed: which pages it carries (newest first), where it lives and what it is called.</summary>
/// <param name="Folder">Site path of its folder: "" for the whole site, "notices/" for a section.</param>
public sealed record Feed(string Title, string Description, string Folder, IReadOnlyList<RenderedPage> Entries)
{
    /// <summary>The newest change among the entries: the feed's 'updated', never the build time.</summary>
    public DateTimeOffset Updated => Entries.Count == 0 ? DateTimeOffset.UnixEpoch : Entries.Max(e => e.Page.LastModified);
}

/// <summary>Decides the feeds and their entries: listed pages only (no drafts, future, expired or repealed pages). Pure.</summary>
public static class FeedEntryFinder
{
    public static IReadOnlyList<Feed> Find(SiteModel site)
    {
        var limit = site.Config.FeedLimit;
        var feeds = new List<Feed>
        {
            new(site.Config.Title, site.Config.Description, "",
                site.Listed.Where(p => p.Page.Section != SectionDefaults.Pages).Take(limit).ToList()),
        };
        feeds.AddRange(site.Sections.Where(s => s.Config.Name != SectionDefaults.Pages)
            .Select(s => new Feed($"{site.Config.Title} - {s.Config.Title}", s.Config.Description, s.SitePath, s.Pages.Take(limit).ToList())));
        return feeds;
    }
}
