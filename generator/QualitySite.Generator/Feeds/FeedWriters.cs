using System.Globalization;
using System.Text;
using System.Xml;
using QualitySite.Generator.Config;
using QualitySite.Generator.Model;

namespace QualitySite.Generator.Feeds;

/// <summary>
/// Stage 9: writes each feed as Atom 1.0 (atom.xml), RSS 2.0 (rss.xml) and JSON Feed 1.1
/// (feed.json), with absolute URLs from baseUrl and dates in the site's time zone.
/// </summary>
public static class FeedWriters
{
    public static IEnumerable<OutputFile> Write(IReadOnlyList<Feed> feeds, SiteConfig config)
    {
        foreach (var feed in feeds)
        {
            yield return new OutputFile(feed.Folder + "atom.xml", Atom(feed, config), null, "feeds");
            yield return new OutputFile(feed.Folder + "rss.xml", Rss(feed, config), null, "feeds");
            yield return new OutputFile(feed.Folder + "feed.json", JsonFeed.Write(feed, config), null, "feeds");
        }
    }

    public static string Absolute(SiteConfig config, string url) => new Uri(config.BaseUrl, url).AbsoluteUri;

    public static string Rfc3339(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>RFC 822 as RSS wants it: "Tue, 01 Sep 2026 09:00:00 +0800".</summary>
    public static string Rfc822(DateTimeOffset date) =>
        date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + date.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal);

    private static byte[] Atom(Feed feed, SiteConfig config)
    {
        var self = Absolute(config, config.BasePath + feed.Folder + "atom.xml");
        return Xml(w =>
        {
            w.WriteStartElement("feed", "http://www.w3.org/2005/Atom");
            w.WriteAttributeString("xml", "lang", null, config.Language);
            w.WriteElementString("title", feed.Title);
            if (feed.Description.Length > 0)
            {
                w.WriteElementString("subtitle", feed.Description);
            }

            w.WriteElementString("id", self);
            Link(w, "self", "application/atom+xml", self);
            Link(w, "alternate", "text/html", Absolute(config, config.BasePath + feed.Folder));
            w.WriteElementString("updated", Rfc3339(feed.Updated));
            w.WriteStartElement("author");
            w.WriteElementString("name", config.Publisher.Name);
            w.WriteEndElement();
            w.WriteElementString("generator", "QualitySite");
            foreach (var entry in feed.Entries)
            {
                var url = Absolute(config, entry.Page.Url);
                w.WriteStartElement("entry");
                w.WriteElementString("title", entry.Page.Meta.Title);
                Link(w, "alternate", "text/html", url);
                w.WriteElementString("id", url);
                w.WriteElementString("published", Rfc3339(entry.Page.Meta.Date));
                w.WriteElementString("updated", Rfc3339(entry.Page.LastModified));
                w.WriteElementString("summary", entry.Summary);
                foreach (var tag in entry.Page.Meta.Tags)
                {
                    w.WriteStartElement("category");
                    w.WriteAttributeString("term", tag);
                    w.WriteEndElement();
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
        });
    }

    private static byte[] Rss(Feed feed, SiteConfig config)
    {
        const string atom = "http://www.w3.org/2005/Atom";
        return Xml(w =>
        {
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "atom", null, atom);
            w.WriteStartElement("channel");
            w.WriteElementString("title", feed.Title);
            w.WriteElementString("link", Absolute(config, config.BasePath + feed.Folder));
            w.WriteElementString("description", feed.Description.Length > 0 ? feed.Description : feed.Title);
            w.WriteElementString("language", config.Language);
            w.WriteElementString("lastBuildDate", Rfc822(feed.Updated));
            w.WriteStartElement("atom", "link", atom);
            w.WriteAttributeString("href", Absolute(config, config.BasePath + feed.Folder + "rss.xml"));
            w.WriteAttributeString("rel", "self");
            w.WriteAttributeString("type", "application/rss+xml");
            w.WriteEndElement();
            foreach (var entry in feed.Entries)
            {
                var url = Absolute(config, entry.Page.Url);
                w.WriteStartElement("item");
                w.WriteElementString("title", entry.Page.Meta.Title);
                w.WriteElementString("link", url);
                w.WriteStartElement("guid");
                w.WriteAttributeString("isPermaLink", "true");
                w.WriteString(url);
                w.WriteEndElement();
                w.WriteElementString("pubDate", Rfc822(entry.Page.Meta.Date));
                w.WriteElementString("description", entry.Summary);
                foreach (var tag in entry.Page.Meta.Tags)
                {
                    w.WriteElementString("category", tag);
                }

                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
        });
    }

    private static void Link(XmlWriter w, string rel, string type, string href)
    {
        w.WriteStartElement("link");
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    public static byte[] Xml(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            body(writer);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
