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
    private const string Hint = "检查缩进和括号；值里含有“: ”或以 [ { * & 开头时，用英文引号把整个值括起来";

    /// <param name="firstLine">The file line on which the YAML text starts (1-based).</param>
    public static YamlMap? LoadMapping(string yaml, string path, int firstLine, List<Diagnostic> diagnostics, string code)
    {
        if (MaybeDeep(yaml) && TooDeep(yaml) is { } deep)
        {
            diagnostics.Add(Diagnostic.Error(code, At(deep, path, firstLine), $"这里的列表或分组嵌套超过 {MaxDepth} 层，无法读取；检查括号 [ ] {{ }} 是否配对，或把数据拆平"));
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex) when (Innermost(ex).Contains("tab", StringComparison.OrdinalIgnoreCase) && TabIndent(yaml) is { } tab)
        {
            // YamlDotNet names the mapping that holds the tab, often lines above it: point at the tab itself.
            diagnostics.Add(Diagnostic.Error(code, new SourceLocation(path, tab.Line + firstLine - 1, tab.Column),
                "这一行用 Tab 键缩进，YAML 只允许空格缩进；把行首的 Tab 换成空格"));
            return null;
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Diagnostic.Error(code, At(ex.Start, path, firstLine), $"YAML 无法读取（{Innermost(ex)}）；{Hint}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's representation model throws this (without a position) for some malformed
            // flow collections such as an unclosed '[': find the position by replaying the events.
            diagnostics.Add(Diagnostic.Error(code, LastGoodPosition(yaml, path, firstLine), $"YAML 在这附近无法读取：有 [ 或 {{ 没有闭合，或者某个值的写法不对；{Hint}"));
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
                "这里应当是一行行“名称: 值”；每个字段单独写一行，如 title: 关于开展质量月活动的通知"));
            return null;
        }

        return new YamlMap(root, path, firstLine, diagnostics);
    }

    /// <summary>How deep lists and groups may nest: front matter needs three or four levels; YamlDotNet's node tree recurses, so a hostile depth would overflow the stack.</summary>
    private const int MaxDepth = 64;

    /// <summary>The first line whose indentation holds a tab (1-based line, column of the tab).</summary>
    private static (int Line, int Column)? TabIndent(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var n = 0; n < lines.Length; n++)
        {
            var indent = lines[n].Length - lines[n].TrimStart(' ', '\t').Length;
            var tab = lines[n].IndexOf('\t', 0, indent);
            if (tab >= 0 && lines[n].Trim().Length > 0)
            {
                return (n + 1, tab + 1);
            }
        }

        return null;
    }

    /// <summary>Cheap test first: only text with many brackets or deep indentation is walked event by event.</summary>
    private static bool MaybeDeep(string yaml)
    {
        var brackets = 0;
        foreach (var c in yaml)
        {
            brackets += c is '[' or '{' ? 1 : 0;
        }

        return brackets > MaxDepth || yaml.Length > 16 * 1024;
    }

    /// <summary>Where nesting first goes past <see cref="MaxDepth"/>, read with the streaming parser (which does not recurse).</summary>
    private static Mark? TooDeep(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case SequenceStart or MappingStart:
                        if (++depth > MaxDepth)
                        {
                            return parser.Current.Start;
                        }

                        break;
                    case SequenceEnd or MappingEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Malformed YAML is reported by the full load.
        }

        return null;
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
