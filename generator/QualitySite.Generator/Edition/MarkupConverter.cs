using System.Runtime.CompilerServices;
using System.Text;

namespace QualitySite.Generator.Edition;

/// <summary>
/// Converts the text of generated HTML or XML to Traditional while copying its markup: text nodes
/// and the attributes people read (title, alt, aria-label, placeholder, meta content, table labels)
/// are converted; page addresses in href, src and action move into the edition; lang="zh-Hans"
/// becomes the edition's tag. Left as they are: script and style bodies (the search manifest gets
/// the edition's fragment folder, JSON-LD is converted as JSON), code, pre, textarea, anything
/// inside class="noconvert" or lang="zh-Hant…", the hreflang links between the editions, and a
/// link's text that is a file name (<see cref="FileNames"/>). Its hot loops (Step, Tag, TagEnd) are
/// compiled on first use, as the converter's are (<see cref="Conversion.ScriptConverter"/> says why).
/// </summary>
public sealed partial class TraditionalEdition
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>Comments, CDATA, doctype and processing instructions: copied as they are.</summary>
    private static readonly (string Start, string Stop)[] Specials = [("<!--", "-->"), ("<![CDATA[", "]]>"), ("<!", ">"), ("<?", "?>")];

    /// <summary>A start tag worked out before: its name, whether it starts text left as written, whether it opens an element, and how it is written (inside or outside such text; the latter only when asked).</summary>
    private sealed class KnownTag(string name, bool skip, bool unskips, bool pushes, string plain, Element? element)
    {
        private string? _inSkip;

        public string Name => name;

        public bool Skip => skip;

        /// <summary>Marked Simplified (lang="zh-Hans"): converted even inside a Traditional page, whose links to Simplified pages carry it.</summary>
        public bool Unskips => unskips;

        public bool Pushes => pushes;

        public string Plain => plain;

        public string InSkip(TraditionalEdition edition) => _inSkip ??= element is null ? plain : edition.Rewrite(element, skip: true);
    }

    [ThreadStatic]
    private static Dictionary<string, KnownTag>? t_tags;

    [ThreadStatic]
    private static TraditionalEdition? t_tagsOwner;

    /// <summary>Hashes of the tags met once that name one page or have a value of their own (see <see cref="MetBefore"/>).</summary>
    [ThreadStatic]
    private static HashSet<ulong>? t_metOnce;

    /// <summary>This thread's tags worked out for this edition (another build's are dropped).</summary>
    private Dictionary<string, KnownTag> Tags()
    {
        if (t_tags is null || !ReferenceEquals(t_tagsOwner, this))
        {
            t_tags = new Dictionary<string, KnownTag>(StringComparer.Ordinal);
            t_metOnce = [];
            t_tagsOwner = this;
        }

        return t_tags;
    }

    /// <summary>
    /// True from the second time this thread meets the tag: a tag with a link or a value of its own is
    /// mostly met once (a heading's id, a page's description), but some are on every page (the site's
    /// name in a meta tag, the search box, the feed links) and are worth keeping after all. Only a hash
    /// of the first meeting is kept, so the collector has nothing to copy for the tags met once.
    /// </summary>
    private static bool MetBefore(ReadOnlySpan<char> tag)
    {
        var met = t_metOnce!;
        if (met.Count > 400_000)
        {
            met.Clear();
        }

        return !met.Add(System.IO.Hashing.XxHash3.HashToUInt64(System.Runtime.InteropServices.MemoryMarshal.AsBytes(tag)));
    }

    private static readonly HashSet<string> Verbatim = new(StringComparer.OrdinalIgnoreCase) { "code", "pre", "textarea", "kbd", "samp" };

    private static readonly HashSet<string> ReadAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "alt", "aria-label", "placeholder", "content", "data-label", "data-pause", "data-resume",

        // A feed entry's category (Atom writes the tag as an attribute; RSS and JSON Feed as text).
        "term",
    };

    private string Markup(string text, bool xml) => MarkupBuilder(text, xml, null).ToString();

    [ThreadStatic]
    private static StringBuilder? t_output;

    [ThreadStatic]
    private static List<Open>? t_open;

    /// <summary>An element still open: whether it stops conversion, and for one marked Simplified the level of skipping to return to when it closes (−1 otherwise).</summary>
    private readonly record struct Open(string Name, bool Skip, int Restore);

    /// <summary>
    /// The converted markup, left in this thread's builder (pages are written from it without
    /// another copy; the next call on the thread reuses it). With <paramref name="switchBack"/>
    /// the 繁體 switch becomes that link back to the Simplified page.
    /// </summary>
    private StringBuilder MarkupBuilder(ReadOnlySpan<char> text, bool xml, string? switchBack)
    {
        var sb = t_output ??= new StringBuilder(64 * 1024);
        sb.Clear();
        if (sb.Capacity > 1024 * 1024)
        {
            sb.Capacity = 64 * 1024;
        }

        var open = t_open ??= new List<Open>(64);
        open.Clear();
        var skipping = 0;
        var i = 0;
        while (i < text.Length)
        {
            i = Step(text, i, sb, open, ref skipping, xml, switchBack);
        }

        return sb;
    }

    /// <summary>Converts one run of text (up to the next tag) or one tag; returns the index after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Step(ReadOnlySpan<char> text, int i, StringBuilder sb, List<Open> open, ref int skipping, bool xml, string? switchBack)
    {
        if (text[i] != '<')
        {
            var lt = text[i..].IndexOf('<');
            var end = lt < 0 ? text.Length : i + lt;
            if (skipping > 0 || (!xml && open.Count > 0 && open[^1].Name.Equals("a", StringComparison.OrdinalIgnoreCase) && FileNames.Is(text[i..end])))
            {
                sb.Append(text[i..end]);
            }
            else if (xml)
            {
                sb.Append(XmlText(text[i..end].ToString()));
            }
            else if (end < text.Length && InlineTagAt(text, end) && Sentence(text, i, sb, open, ref skipping) is { } after)
            {
                return after;
            }
            else
            {
                _converter.AppendTraditional(sb, text[i..end], PageNames());
            }

            return end;
        }

        // Only a link can be the switch: the first letters rule out most tags before the full comparison.
        if (switchBack is not null && i + 2 < text.Length && text[i + 1] == 'a' && text[i + 2] == ' ' && text[i..].StartsWith(SwitchTag, StringComparison.Ordinal))
        {
            var close = text[i..].IndexOf("</a>", StringComparison.Ordinal);
            if (close > 0)
            {
                sb.Append(switchBack);
                return i + close + "</a>".Length;
            }
        }

        return Tag(text, i, sb, open, ref skipping, xml);
    }

    /// <summary>XML text: a URL on its own (an RSS link) moves into the edition, a language tag changes, other text is converted.</summary>
    private string XmlText(string run)
    {
        var trimmed = run.Trim();
        if (trimmed.StartsWith("http", StringComparison.Ordinal) && !trimmed.Contains(' ', StringComparison.Ordinal))
        {
            return run.Replace(trimmed, Link(trimmed), StringComparison.Ordinal);
        }

        return trimmed == "zh-Hans" ? run.Replace("zh-Hans", _lang, StringComparison.Ordinal) : _converter.ToTraditional(run);
    }

    /// <summary>Copies one tag (or comment, doctype, CDATA) starting at <paramref name="lt"/>; returns the index after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Tag(ReadOnlySpan<char> text, int lt, StringBuilder sb, List<Open> open, ref int skipping, bool xml)
    {
        if (lt + 1 < text.Length && text[lt + 1] is '!' or '?')
        {
            foreach (var (start, stop) in Specials)
            {
                if (text[lt..].StartsWith(start, StringComparison.Ordinal))
                {
                    var close = text[(lt + start.Length)..].IndexOf(stop, StringComparison.Ordinal);
                    var after = close < 0 ? text.Length : lt + start.Length + close + stop.Length;
                    sb.Append(text[lt..after]);
                    return after;
                }
            }
        }

        var gt = TagEnd(text, lt);
        var span = text[lt..gt];
        if (span[^1] != '>')
        {
            // A tag the text ends inside of (an unclosed quote or bracket): nothing in it can be read safely.
            sb.Append(span);
            return gt;
        }

        if (span[1] == '/')
        {
            var name = span[2..^1].Trim();
            var at = open.Count - 1;
            while (at >= 0 && !name.Equals(open[at].Name, StringComparison.OrdinalIgnoreCase))
            {
                at--;
            }

            for (var k = open.Count - 1; k >= 0 && k >= at && at >= 0; k--)
            {
                skipping = open[k].Restore >= 0 ? open[k].Restore : skipping - (open[k].Skip ? 1 : 0);
            }

            if (at >= 0)
            {
                open.RemoveRange(at, open.Count - at);
            }

            sb.Append(span);
            return gt;
        }

        // Pages repeat most of their tags (menus, lists, tables): each distinct tag is worked out once per thread.
        var cache = Tags();
        if (!xml && cache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span, out var known))
        {
            sb.Append(skipping > 0 && !known.Unskips ? known.InSkip(this) : known.Plain);
            if (known.Pushes)
            {
                Push(open, known.Name, known.Skip, known.Unskips, ref skipping);
            }

            return gt;
        }

        var unique = Unique(span);
        if (!xml && unique && QuickTag(span, sb, open, ref skipping))
        {
            return gt;
        }

        var tag = span.ToString();

        // Most tags have no attributes: nothing in them to rewrite.
        var element = tag.Contains('=', StringComparison.Ordinal) ? Element.Parse(tag) : Element.Bare(tag);
        var skip = Verbatim.Contains(element.Name) || element.HasClass("noconvert") || (element.Get("lang")?.StartsWith("zh-Hant", StringComparison.Ordinal) ?? false);
        var unskips = !skip && element.Get("lang") == "zh-Hans";
        var written = element.Attributes.Count == 0 ? tag : Rewrite(element, (skipping > 0 && !unskips) || skip);
        sb.Append(written);
        if (element.Name.Equals("script", StringComparison.OrdinalIgnoreCase) || element.Name.Equals("style", StringComparison.OrdinalIgnoreCase))
        {
            var close = text[gt..].IndexOf("</" + element.Name, StringComparison.OrdinalIgnoreCase);
            close = close < 0 ? text.Length : gt + close;
            var body = text[gt..close];
            if (element.Get("id") == "search-manifest")
            {
                sb.Append(Manifest(body.ToString()));
            }
            else if (element.Get("type") == "application/ld+json" && skipping == 0)
            {
                sb.Append(Json(body.ToString()));
            }
            else
            {
                sb.Append(body);
            }

            return close;
        }

        var pushes = !element.SelfClosing && !(Void.Contains(element.Name) && !xml);
        if (pushes)
        {
            Push(open, element.Name, skip, unskips, ref skipping);
        }

        // Tags that name one page (links, images, heading ids, dates, a page's description) are
        // mostly met once: keeping them all would only carry them from one collection of young
        // objects to the next (the build spent a fifth more time in the collector), so they are
        // kept from their second meeting on.
        if (!xml && (!unique || MetBefore(span)))
        {
            if (cache.Count > 20_000)
            {
                cache.Clear();
            }

            cache[tag] = element.Attributes.Count == 0
                ? new KnownTag(element.Name, skip, unskips, pushes, tag, null)
                : new KnownTag(element.Name, skip, unskips, pushes, skip || skipping == 0 || unskips ? written : Rewrite(element, skip), element);
        }

        return gt;
    }

    private static readonly string[] UniqueAttributes = ["href=", "src=", " id=", "datetime=", "content="];

    private static bool Unique(ReadOnlySpan<char> tag)
    {
        foreach (var attribute in UniqueAttributes)
        {
            if (tag.Contains(attribute, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Opens an element: one that stops conversion adds a level of skipping; one marked Simplified converts again inside until it closes.</summary>
    private static void Push(List<Open> open, string name, bool skip, bool unskips, ref int skipping)
    {
        open.Add(new Open(name, skip, unskips ? skipping : -1));
        skipping = unskips ? 0 : skipping + (skip ? 1 : 0);
    }

    /// <summary>The edition's search page reads the same index and shards, and its own (Traditional) result fragments.</summary>
    private string Manifest(string json)
    {
        const string key = "\"base\":\"";
        var at = json.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            return json;
        }

        var start = at + key.Length;
        var end = json.IndexOf('"', start);
        var @base = json[start..end];
        var fragments = @base.StartsWith(_config.BasePath, StringComparison.Ordinal) ? _config.BasePath + _folder + @base[_config.BasePath.Length..] : @base;
        return json.Insert(end + 1, $",\"fragments\":\"{fragments}\"");
    }

    private string Rewrite(Element element, bool skip)
    {
        var linksBetweenEditions = element.Get("hreflang") is not null;
        var sb = new StringBuilder(element.Source.Length + 16);
        sb.Append('<').Append(element.Name);
        foreach (var attribute in element.Attributes)
        {
            var value = attribute.Value;
            if (value is not null)
            {
                var name = attribute.Name;
                if (name is "href" or "src" or "action" && !linksBetweenEditions)
                {
                    value = Link(value);
                }
                else if ((name is "lang" or "xml:lang") && value == "zh-Hans" && !skip)
                {
                    value = _lang;
                }
                else if (name is "content" && element.Name.Equals("meta", StringComparison.OrdinalIgnoreCase)
                    && string.Equals(element.Get("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
                {
                    value = Refresh(value);
                }
                else if (!skip && ReadAttributes.Contains(name))
                {
                    value = _converter.ToTraditional(value);
                }
            }

            sb.Append(attribute.Space).Append(attribute.Name);
            if (value is not null)
            {
                sb.Append('=').Append(attribute.Quote).Append(value).Append(attribute.Quote);
            }
        }

        sb.Append(element.Tail);
        return sb.ToString();
    }

    /// <summary>A redirect's "seconds; url=…" with its address moved into the edition (an old address of a page sends the Traditional reader to the Traditional page).</summary>
    private string Refresh(string value)
    {
        var at = value.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? value : string.Concat(value.AsSpan(0, at + 4), Link(value[(at + 4)..].Trim()));
    }

    /// <summary>The index after the tag starting at <paramref name="lt"/>: after its first '>' outside quotes (the text's end when there is none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int TagEnd(ReadOnlySpan<char> text, int lt)
    {
        var i = lt + 1;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAny(TagStops);
            if (next < 0)
            {
                break;
            }

            i += next;
            if (text[i] == '>')
            {
                return i + 1;
            }

            var close = text[(i + 1)..].IndexOf(text[i]);
            if (close < 0)
            {
                break;
            }

            i += close + 2;
        }

        return text.Length;
    }

    private static readonly System.Buffers.SearchValues<char> TagStops = System.Buffers.SearchValues.Create(">\"'");

    /// <summary>One start tag, split into its name and attributes so they can be copied back exactly.</summary>
    private sealed record Element(string Source, string Name, List<Attribute> Attributes, string Tail, bool SelfClosing)
    {
        public string? Get(string name)
        {
            foreach (var a in Attributes)
            {
                if (a.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return a.Value;
                }
            }

            return null;
        }

        public bool HasClass(string name)
        {
            var classes = Get("class");
            if (classes is null)
            {
                return false;
            }

            for (var at = classes.IndexOf(name, StringComparison.Ordinal); at >= 0; at = classes.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                if ((at == 0 || classes[at - 1] == ' ') && (end == classes.Length || classes[end] == ' '))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A tag without attributes (&lt;p&gt;, &lt;br/&gt;).</summary>
        public static Element Bare(string tag)
        {
            var end = 1;
            while (end < tag.Length && !char.IsWhiteSpace(tag[end]) && tag[end] is not '>' and not '/')
            {
                end++;
            }

            return new Element(tag, tag[1..end], [], tag[end..], tag.TrimEnd('>').TrimEnd().EndsWith('/'));
        }

        public static Element Parse(string tag)
        {
            var i = 1;
            while (i < tag.Length && !char.IsWhiteSpace(tag[i]) && tag[i] is not '>' and not '/')
            {
                i++;
            }

            var name = tag[1..i];
            var attributes = new List<Attribute>();
            while (true)
            {
                var spaceStart = i;
                while (i < tag.Length && char.IsWhiteSpace(tag[i]))
                {
                    i++;
                }

                if (i >= tag.Length || tag[i] is '>' or '/')
                {
                    i = spaceStart;
                    break;
                }

                var nameStart = i;
                while (i < tag.Length && !char.IsWhiteSpace(tag[i]) && tag[i] is not '=' and not '>' and not '/')
                {
                    i++;
                }

                var attrName = tag[nameStart..i];
                string? value = null;
                var quote = "";
                if (i < tag.Length && tag[i] == '=')
                {
                    i++;
                    if (i < tag.Length && tag[i] is '"' or '\'')
                    {
                        quote = tag[i].ToString();
                        var close = tag.IndexOf(tag[i], i + 1);
                        close = close < 0 ? tag.Length - 1 : close;
                        value = tag[(i + 1)..close];
                        i = close + 1;
                    }
                    else
                    {
                        var valueStart = i;
                        while (i < tag.Length && !char.IsWhiteSpace(tag[i]) && tag[i] != '>')
                        {
                            i++;
                        }

                        value = tag[valueStart..i];
                    }
                }

                attributes.Add(new Attribute(tag[spaceStart..nameStart], attrName, value, quote));
            }

            var tail = tag[i..];
            return new Element(tag, name, attributes, tail, tail.TrimEnd('>').TrimEnd().EndsWith('/'));
        }
    }

    /// <summary>An attribute with the white space before it and its quote character, so it is written back as it was.</summary>
    private sealed record Attribute(string Space, string Name, string? Value, string Quote);
}
