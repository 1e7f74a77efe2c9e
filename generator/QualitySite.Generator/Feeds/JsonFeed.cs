using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using QualitySite.Generator.Config;

namespace QualitySite.Generator.Feeds;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1), Chinese kept as UTF-8.</summary>
public static class JsonFeed
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = true };

    public static byte[] Write(Feed feed, SiteConfig config)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", feed.Title);
            json.WriteString("home_page_url", FeedWriters.Absolute(config, config.BasePath + feed.Folder));
            json.WriteString("feed_url", FeedWriters.Absolute(config, config.BasePath + feed.Folder + "feed.json"));
            json.WriteString("description", feed.Description);
            json.WriteString("language", config.Language);
            json.WriteStartArray("authors");
            json.WriteStartObject();
            json.WriteString("name", config.Publisher.Name);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("items");
            foreach (var entry in feed.Entries)
            {
                var url = FeedWriters.Absolute(config, entry.Page.Url);
                json.WriteStartObject();
                json.WriteString("id", url);
                json.WriteString("url", url);
                json.WriteString("title", entry.Page.Meta.Title);
                json.WriteString("summary", entry.Summary);
                json.WriteString("content_html", entry.Content.Html);
                json.WriteString("date_published", FeedWriters.Rfc3339(entry.Page.Meta.Date));
                json.WriteString("date_modified", FeedWriters.Rfc3339(entry.Page.LastModified));
                json.WriteString("language", entry.Page.Lang);
                json.WriteStartArray("tags");
                foreach (var tag in entry.Page.Meta.Tags)
                {
                    json.WriteStringValue(tag);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
