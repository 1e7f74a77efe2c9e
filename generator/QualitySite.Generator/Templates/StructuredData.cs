using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using QualitySite.Generator.Config;
using QualitySite.Generator.SiteStructure;

namespace QualitySite.Generator.Templates;

/// <summary>
/// schema.org JSON-LD for every page: the bureau as GovernmentOrganization publisher; notices as
/// SpecialAnnouncement (datePosted, expires) when they have a period or expiry, else NewsArticle;
/// guidance as Article; results as Report; lists as CollectionPage; the home page as WebSite with
/// its search action. Escapes &lt; &gt; &amp;, so it is safe inside a script element.
/// </summary>
/// <param name="words">The site's words in a page's script: a Traditional page names the publisher in Traditional.</param>
public sealed class StructuredData(SiteConfig config, SiteWords words)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public string Article(RenderedPage rendered)
    {
        var page = rendered.Page;
        var meta = page.Meta;
        var expires = meta.ExpiryDate ?? meta.Period?.End;
        // A notice with an end date announces something for a while: schema.org's SpecialAnnouncement.
        var type = page.Section == SectionDefaults.Notices && expires is not null ? "SpecialAnnouncement" : ContentKinds.ForSection(page.Section).SchemaType;
        return Write(json =>
        {
            Head(json, type, Absolute(page.Url), meta.Title, page.Lang);
            json.WriteString("description", rendered.Summary);
            if (type == "SpecialAnnouncement")
            {
                json.WriteString("text", rendered.Summary);
                json.WriteString("datePosted", Iso(meta.Date));
                json.WriteString("expires", Iso(expires!.Value));
                if (meta.Region is { } region)
                {
                    json.WriteStartObject("spatialCoverage");
                    json.WriteString("@type", "Place");
                    json.WriteString("name", region);
                    json.WriteEndObject();
                }
            }

            if (type != "WebPage")
            {
                json.WriteString("headline", meta.Title);
            }

            json.WriteString("datePublished", Iso(meta.Date));
            json.WriteString("dateModified", Iso(page.LastModified));
            if (meta.Tags.Count > 0)
            {
                json.WriteString("keywords", string.Join(",", meta.Tags));
            }

            Publisher(json, meta.Issuer, page.Lang);
            if (page.Table is { } table)
            {
                Dataset(json, rendered, table);
            }
        });
    }

    /// <summary>The rows of a results page as a schema.org Dataset with its two downloads.</summary>
    private void Dataset(Utf8JsonWriter json, RenderedPage rendered, ResultsData.ResultTable table)
    {
        var page = rendered.Page;
        json.WriteStartObject("mainEntity");
        json.WriteString("@type", "Dataset");
        json.WriteString("name", page.Meta.Title + "（抽查明细数据）");
        json.WriteString("description", $"{page.Meta.Title}：抽查{table.Batches}批次，合格{table.Passed}批次。");
        json.WriteString("url", Absolute(page.Url));
        json.WriteString("datePublished", Iso(page.Meta.Date));
        json.WriteString("inLanguage", page.Lang);
        json.WriteStartObject("creator");
        json.WriteString("@type", "GovernmentOrganization");
        json.WriteString("name", page.Meta.Issuer ?? words.For(config.Publisher.Name, page.Lang));
        json.WriteEndObject();
        json.WriteStartArray("distribution");
        foreach (var (name, format) in new[] { (ResultDownloads.CsvName, "text/csv"), (ResultDownloads.JsonName, "application/json") })
        {
            json.WriteStartObject();
            json.WriteString("@type", "DataDownload");
            json.WriteString("encodingFormat", format);
            json.WriteString("contentUrl", Absolute(page.Url + name));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public string Collection(string name, string url) => Write(json =>
    {
        Head(json, "CollectionPage", Absolute(url), name, config.Language);
        Publisher(json, null, config.Language);
    });

    public string Home() => Write(json =>
    {
        Head(json, "WebSite", config.BaseUrl.AbsoluteUri, config.Title, config.Language);
        json.WriteString("description", config.Description);
        Publisher(json, null, config.Language);
        json.WriteStartObject("potentialAction");
        json.WriteString("@type", "SearchAction");
        json.WriteString("target", Absolute(config.BasePath + "search/") + "?q={search_term_string}");
        json.WriteString("query-input", "required name=search_term_string");
        json.WriteEndObject();
    });

    private void Head(Utf8JsonWriter json, string type, string url, string name, string lang)
    {
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", type);
        json.WriteString("url", url);
        json.WriteString("name", name);
        json.WriteString("inLanguage", lang);
    }

    private void Publisher(Utf8JsonWriter json, string? issuer, string lang)
    {
        json.WriteStartObject("publisher");
        json.WriteString("@type", "GovernmentOrganization");
        json.WriteString("name", issuer ?? words.For(config.Publisher.Name, lang));
        json.WriteString("url", config.BaseUrl.AbsoluteUri);
        if (config.Publisher.Address.Length > 0)
        {
            json.WriteString("address", words.For(config.Publisher.Address, lang));
        }

        if (config.Publisher.Phone.Length > 0)
        {
            json.WriteString("telephone", config.Publisher.Phone);
        }

        json.WriteEndObject();
    }

    private string Absolute(string url) => new Uri(config.BaseUrl, url).AbsoluteUri;

    private static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Each thread's buffer and writer, reused page after page.</summary>
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)? t_writer;

    private static string Write(Action<Utf8JsonWriter> body)
    {
        if (t_writer is not { } writer)
        {
            var made = new ArrayBufferWriter<byte>(4096);
            t_writer = writer = (made, new Utf8JsonWriter(made, Options));
        }

        writer.Buffer.ResetWrittenCount();
        writer.Json.Reset(writer.Buffer);
        writer.Json.WriteStartObject();
        body(writer.Json);
        writer.Json.WriteEndObject();
        writer.Json.Flush();
        return Encoding.UTF8.GetString(writer.Buffer.WrittenSpan);
    }
}
