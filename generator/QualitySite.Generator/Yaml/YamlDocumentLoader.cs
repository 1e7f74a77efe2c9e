using QualitySite.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace QualitySite.Generator.Yaml;

/// <summary>
/// Parses YAML text into a mapping node, turning YamlDotNet's exceptions into diagnostics that
/// point at the right line of the file (the YAML may start part-way into a Markdown file).
/// </summary>
public static class YamlDocumentLoader
{
    private const string Hint = "check indentation and brackets, and quote values that contain ': ' or start with '[', '{', '*' or '&'";

    /// <param name="firstLine">The file line on which the YAML text starts (1-based).</param>
    public static YamlMap? LoadMapping(string yaml, string path, int firstLine, List<Diagnostic> diagnostics, string code)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Diagnostic.Error(code, At(ex.Start, path, firstLine), $"the YAML cannot be read: {Innermost(ex)}; {Hint}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's representation model throws this (without a position) for some malformed
            // flow collections such as an unclosed '[': find the position by replaying the events.
            diagnostics.Add(Diagnostic.Error(code, LastGoodPosition(yaml, path, firstLine), $"the YAML cannot be read near here: a '[' or '{{' is not closed, or a value is malformed; {Hint}"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMap(new YamlMappingNode(), path, firstLine, diagnostics);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents[0].RootNode;
            diagnostics.Add(Diagnostic.Error(code, YamlMap.SpanOf(node, path, firstLine),
                "expected 'key: value' lines at the top level; write each field on its own line as 'name: value'"));
            return null;
        }

        return new YamlMap(root, path, firstLine, diagnostics);
    }

    private static SourceLocation LastGoodPosition(string yaml, string path, int firstLine)
    {
        var parser = new Parser(new StringReader(yaml));
        Mark last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is SequenceStart or MappingStart)
                {
                    last = parser.Current.Start;
                }
            }
        }
        catch (YamlException ex)
        {
            return At(ex.Start, path, firstLine);
        }
        catch (InvalidOperationException)
        {
            // The scanner fails at the end of the text; the last opened collection is the culprit.
        }

        return At(last, path, firstLine);
    }

    private static SourceLocation At(Mark mark, string path, int firstLine) =>
        new(path, Math.Max((int)mark.Line, 1) + firstLine - 1, (int)Math.Max(mark.Column, 1));

    private static string Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (...): "; the position is already in our prefix.
        var message = ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}
