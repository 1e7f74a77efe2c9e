namespace QualitySite.Generator.Parsing;

/// <summary>The parts of a content file: the YAML between the '---' lines and the Markdown body, with their first lines.</summary>
public sealed record SplitDocument(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

/// <summary>
/// Splits a content file into front matter and body, line by line (no regex, no string per line), keeping line numbers
/// so that YAML and Markdown positions map back to the file.
/// </summary>
public static class FrontMatterSplitter
{
    /// <returns>null when the file does not start with '---' or the block is never closed.</returns>
    public static SplitDocument? Split(string text, out string? problem)
    {
        problem = null;
        var firstEnd = LineEnd(text, 0);
        if (text.AsSpan(0, firstEnd).TrimEnd() is not "---")
        {
            problem = "文件开头没有信息头（front matter）；第一行写 ---，接着写 title: … 和 date: … 等字段，最后再写一行 ---";
            return null;
        }

        var yamlStart = Math.Min(firstEnd + 1, text.Length);
        var line = 2;
        for (var start = yamlStart; start < text.Length; line++)
        {
            var end = LineEnd(text, start);
            if (text.AsSpan(start, end - start).TrimEnd() is "---" or "...")
            {
                var yaml = start > yamlStart ? text[yamlStart..(start - 1)] : "";
                var body = end < text.Length ? text[(end + 1)..] : "";
                return new SplitDocument(yaml, 2, body, line + 1);
            }

            start = end + 1;
        }

        problem = "信息头（front matter）没有结束；在最后一个字段后面加一行 ---";
        return null;
    }

    /// <summary>Where the line starting at <paramref name="start"/> ends: its '\n' or the end of the text.</summary>
    private static int LineEnd(string text, int start)
    {
        var at = text.IndexOf('\n', start);
        return at < 0 ? text.Length : at;
    }
}
