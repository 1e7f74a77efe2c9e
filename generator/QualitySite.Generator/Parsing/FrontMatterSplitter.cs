namespace QualitySite.Generator.Parsing;

/// <summary>The parts of a content file: the YAML between the '---' lines and the Markdown body, with their first lines.</summary>
public sealed record SplitDocument(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

/// <summary>
/// Splits a content file into front matter and body, line by line (no regex), keeping line numbers
/// so that YAML and Markdown positions map back to the file.
/// </summary>
public static class FrontMatterSplitter
{
    /// <returns>null when the file does not start with '---' or the block is never closed.</returns>
    public static SplitDocument? Split(string text, out string? problem)
    {
        problem = null;
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            problem = "the file has no front matter; start it with a line '---', then 'title: …' and 'date: …' lines, then another '---'";
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines, 1, i - 1);
                var body = i + 1 < lines.Length ? string.Join('\n', lines, i + 1, lines.Length - i - 1) : "";
                return new SplitDocument(yaml, 2, body, i + 2);
            }
        }

        problem = "the front matter is never closed; add a line '---' after the last field";
        return null;
    }
}
