using System.Globalization;
using System.Text;
using QualitySite.Generator.Config;
using QualitySite.Generator.Model;
using QualitySite.Generator.SiteStructure;
using QualitySite.Generator.UrlPlanning;

namespace QualitySite.Generator.Feeds;

/// <summary>One sitemap URL with its last modification date.</summary>
public sealed record SitemapEntry(string Url, DateTimeOffset LastModified);

/// <summary>sitemap.xml (every published page, the home page and the first page of every list, with lastmod) and robots.txt.</summary>
public static class SitemapWriter
{
    public static IReadOnlyList<SitemapEntry> FindEntries(SiteModel site)
    {
        DateTimeOffset Newest(IEnumerable<RenderedPage> pages) => pages.Select(p => p.Page.SitemapModified).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max();
        var entries = new List<SitemapEntry> { new(site.Config.BasePath, Newest(site.Listed)) };
        entries.AddRange(site.Pages.Select(p => new SitemapEntry(p.Page.Url, p.Page.SitemapModified)));
        entries.AddRange(site.Sections.Where(s => s.Config.Name != SectionDefaults.Pages).Select(s => new SitemapEntry(s.Url, Newest(s.Pages))));
        entries.AddRange(site.Taxonomies.Select(t => new SitemapEntry(t.Url, Newest(t.Terms.SelectMany(x => x.Pages)))));
        entries.AddRange(site.Taxonomies.SelectMany(t => t.Terms).Select(t => new SitemapEntry(t.Url, Newest(t.Pages))));
        entries.AddRange(site.Archives.SelectMany(y => y.Months).Select(m => new SitemapEntry(m.Url, Newest(m.Pages))));
        if (site.Trends.Count > 0)
        {
            entries.Add(new SitemapEntry(SitePaths.Href(site.Config.BasePath, ProductTrends.Folder), Newest(site.Trends.SelectMany(t => t.Rounds))));
            entries.AddRange(site.Trends.Select(t => new SitemapEntry(t.Url, Newest(t.Rounds))));
        }

        entries.AddRange(site.Pages.Where(p => p.Page.Table is not null).SelectMany(p => new[]
        {
            new SitemapEntry(p.Page.Url + ResultDownloads.CsvName, p.Page.SitemapModified),
            new SitemapEntry(p.Page.Url + ResultDownloads.JsonName, p.Page.SitemapModified),
        }));
        return entries.DistinctBy(e => e.Url).OrderBy(e => e.Url, StringComparer.Ordinal).ToList();
    }

    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>One edition of a page, as sitemaps name them (xhtml:link rel="alternate" hreflang).</summary>
    private static void Alternate(System.Xml.XmlWriter w, string lang, string href)
    {
        w.WriteStartElement("xhtml", "link", Xhtml);
        w.WriteAttributeString("rel", "alternate");
        w.WriteAttributeString("hreflang", lang);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    public static IEnumerable<OutputFile> Write(SiteModel site)
    {
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var xml = FeedWriters.Xml(w =>
        {
            var edition = site.Config.Traditional;
            w.WriteStartElement("urlset", ns);
            if (edition.Enabled)
            {
                w.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            }

            foreach (var entry in FindEntries(site))
            {
                var paired = edition.Enabled && SitePaths.InEdition(entry.Url.AsSpan(site.Config.BasePath.Length), edition.Folder);
                var traditional = paired ? SitePaths.EditionHref(site.Config.BasePath, edition.Folder, entry.Url) : null;
                foreach (var url in traditional is null ? [entry.Url] : new[] { entry.Url, traditional })
                {
                    w.WriteStartElement("url", ns);
                    w.WriteElementString("loc", ns, FeedWriters.Absolute(site.Config, url));
                    w.WriteElementString("lastmod", ns, entry.LastModified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    if (traditional is not null)
                    {
                        Alternate(w, "zh-Hans", FeedWriters.Absolute(site.Config, entry.Url));
                        Alternate(w, Languages.TraditionalTag(edition.Variant), FeedWriters.Absolute(site.Config, traditional));
                    }

                    w.WriteEndElement();
                }
            }

            w.WriteEndElement();
        });
        yield return new OutputFile("sitemap.xml", xml, null, "sitemap");
        var robots = $"User-agent: *\nAllow: /\n\nSitemap: {FeedWriters.Absolute(site.Config, site.Config.BasePath + "sitemap.xml")}\n";
        yield return new OutputFile("robots.txt", Encoding.UTF8.GetBytes(robots), null, "robots.txt");
    }
}
