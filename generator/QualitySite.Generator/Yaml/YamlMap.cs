using System.Globalization;
using QualitySite.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace QualitySite.Generator.Yaml;

/// <summary>
/// A YAML mapping with typed, position-aware readers. Each reader reports a diagnostic at the
/// offending node (never throws) and remembers the key, so unread keys can be reported as unknown.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly int _firstLine;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, string path, int firstLine, List<Diagnostic> diagnostics)
    {
        _node = node;
        Path = path;
        _firstLine = firstLine;
        Diagnostics = diagnostics;
    }

    public string Path { get; }

    public List<Diagnostic> Diagnostics { get; }

    /// <summary>Where the mapping itself starts; used for "missing field" errors.</summary>
    public SourceLocation Start => _node.Children.Count == 0
        ? new SourceLocation(Path, _firstLine, 1)
        : SpanOf(_node, Path, _firstLine);

    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public bool Has(string key) => Find(key) is not null;

    public SourceLocation KeySpan(string key) =>
        _node.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == key) is { } k
            ? SpanOf(k, Path, _firstLine)
            : Start;

    public SourceLocation ValueSpan(string key) => Find(key) is { } v ? SpanOf(v, Path, _firstLine) : Start;

    public static SourceLocation SpanOf(YamlNode node, string path, int firstLine) =>
        new(path, (int)node.Start.Line + firstLine - 1, (int)node.Start.Column);

    /// <summary>A plain string. Returns null (and reports if <paramref name="required"/>) when absent or empty.</summary>
    public string? String(string key, string label, bool required = false, string? example = null)
    {
        var node = Find(key);
        if (node is null || IsNullScalar(node))
        {
            if (required)
            {
                Error(DiagnosticCodes.MissingField, Start, $"the required field '{key}' ({label}) is missing; add a line '{key}: {example ?? "…"}'");
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Error(DiagnosticCodes.WrongType, SpanOf(node, Path, _firstLine), $"'{key}' ({label}) must be a single text value, not a {Describe(node)}; write '{key}: {example ?? "…"}'");
            return null;
        }

        var value = scalar.Value?.Trim() ?? "";
        if (value.Length == 0 && required)
        {
            Error(DiagnosticCodes.MissingField, SpanOf(node, Path, _firstLine), $"the required field '{key}' ({label}) is empty; give it a value, e.g. '{key}: {example ?? "…"}'");
            return null;
        }

        return value.Length == 0 ? null : value;
    }

    public bool? Bool(string key, string label)
    {
        var text = String(key, label);
        if (text is null)
        {
            return null;
        }

        switch (text.ToLowerInvariant())
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                Error(DiagnosticCodes.WrongType, ValueSpan(key), $"'{key}' ({label}) must be true or false, found '{text}'");
                return null;
        }
    }

    public int? Int(string key, string label, int min = int.MinValue)
    {
        var text = String(key, label);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            Error(DiagnosticCodes.WrongType, ValueSpan(key), $"'{key}' ({label}) must be a whole number{(min > int.MinValue ? $" ({min} or more)" : "")}, found '{text}'; write digits only, e.g. '{key}: 12'");
            return null;
        }

        return value;
    }

    /// <summary>A date or date-time; values without an offset are read in <paramref name="zone"/>.</summary>
    public DateTimeOffset? Date(string key, string label, TimeZoneInfo zone, bool required = false)
    {
        var text = String(key, label, required, "2026-09-01");
        if (text is null)
        {
            return null;
        }

        if (DateParser.TryParse(text, zone, out var value))
        {
            return value;
        }

        Error(DiagnosticCodes.BadDate, ValueSpan(key), $"'{text}' is not a valid date for '{key}' ({label}); write YYYY-MM-DD (e.g. 2026-09-01), optionally with a time 'YYYY-MM-DD HH:MM' or an offset '2026-09-01T09:30:00+08:00', with a year from {DateParser.FirstYear} to {DateParser.LastYear}");
        return null;
    }

    /// <summary>A list of strings. A single scalar is an error: lists must be written as lists.</summary>
    public IReadOnlyList<string> List(string key, string label)
    {
        var node = Find(key);
        if (node is null || IsNullScalar(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            var found = node is YamlScalarNode s ? $"the text '{s.Value}'" : "a mapping";
            Error(DiagnosticCodes.WrongType, SpanOf(node, Path, _firstLine), $"'{key}' ({label}) must be a list, found {found}; write it as '{key}: [质量月, 羊绒衫]' or one '- item' per line");
            return [];
        }

        var items = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { } v } && v.Trim().Length > 0)
            {
                items.Add(v.Trim());
            }
            else
            {
                Error(DiagnosticCodes.WrongType, SpanOf(item, Path, _firstLine), $"each item of '{key}' ({label}) must be a short text, found {Describe(item)}");
            }
        }

        return items;
    }

    public YamlMap? Map(string key, string label, string example)
    {
        var node = Find(key);
        if (node is null || IsNullScalar(node))
        {
            return null;
        }

        if (node is not YamlMappingNode mapping)
        {
            Error(DiagnosticCodes.WrongType, SpanOf(node, Path, _firstLine), $"'{key}' ({label}) must be a group of fields, found {Describe(node)}; write it as {example}");
            return null;
        }

        return new YamlMap(mapping, Path, _firstLine, Diagnostics);
    }

    /// <summary>A list of mappings, e.g. menu entries.</summary>
    public IReadOnlyList<YamlMap> MapList(string key, string label, string example)
    {
        var node = Find(key);
        if (node is null || IsNullScalar(node))
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(DiagnosticCodes.WrongType, SpanOf(node, Path, _firstLine), $"'{key}' ({label}) must be a list; write it as {example}");
            return [];
        }

        var maps = new List<YamlMap>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode m)
            {
                maps.Add(new YamlMap(m, Path, _firstLine, Diagnostics));
            }
            else
            {
                Error(DiagnosticCodes.WrongType, SpanOf(item, Path, _firstLine), $"each item of '{key}' ({label}) must be a group of fields; write it as {example}");
            }
        }

        return maps;
    }

    /// <summary>Child mappings keyed by name, e.g. <c>sections: { notices: {...} }</c>.</summary>
    public IReadOnlyList<(string Name, YamlMap Map)> NamedMaps(string key, string label, string example)
    {
        var map = Map(key, label, example);
        if (map is null)
        {
            return [];
        }

        var result = new List<(string, YamlMap)>();
        foreach (var name in map.Keys.ToList())
        {
            if (map.Map(name, $"{label} {name}", example) is { } child)
            {
                result.Add((name, child));
            }
        }

        return result;
    }

    /// <summary>Keys present in the mapping that no reader asked for.</summary>
    public IEnumerable<(string Key, SourceLocation At)> UnreadKeys() =>
        _node.Children.Keys.OfType<YamlScalarNode>()
            .Where(k => !_read.Contains(k.Value ?? ""))
            .Select(k => (k.Value ?? "", SpanOf(k, Path, _firstLine)));

    /// <summary>Marks a key as known without reading it (e.g. a key reported elsewhere).</summary>
    public void MarkRead(string key) => _read.Add(key);

    public void Error(string code, SourceLocation at, string message) => Diagnostics.Add(Diagnostic.Error(code, at, message));

    public void Warning(string code, SourceLocation at, string message) => Diagnostics.Add(Diagnostic.Warning(code, at, message));

    private YamlNode? Find(string key)
    {
        _read.Add(key);
        foreach (var (k, v) in _node.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && name == key)
            {
                return v;
            }
        }

        return null;
    }

    private static bool IsNullScalar(YamlNode node) =>
        node is YamlScalarNode { Value: null or "" } || node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "~" or "null" or "Null" or "NULL" };

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a group of 'key: value' fields",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "an unexpected value",
    };
}
