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
                Error(DiagnosticCodes.MissingField, Start, $"缺少必填字段 {key}（{label}）；加一行 {key}: {example ?? "…"}");
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Error(DiagnosticCodes.WrongType, SpanOf(node, Path, _firstLine), $"{key}（{label}）应当是一段文字，这里写成了{Describe(node)}；写成 {key}: {example ?? "…"}");
            return null;
        }

        var value = scalar.Value?.Trim() ?? "";
        if (value.Length == 0 && required)
        {
            Error(DiagnosticCodes.MissingField, SpanOf(node, Path, _firstLine), $"必填字段 {key}（{label}）是空的；填上内容，例如 {key}: {example ?? "…"}");
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
                Error(DiagnosticCodes.WrongType, ValueSpan(key), $"{key}（{label}）只能写 true 或 false，这里写的是“{text}”；改成 true 或 false");
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
            Error(DiagnosticCodes.WrongType, ValueSpan(key), $"{key}（{label}）应当是整数{(min > int.MinValue ? $"（不小于 {min}）" : "")}，这里写的是“{text}”；只写阿拉伯数字，例如 {key}: 12");
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

        Error(DiagnosticCodes.BadDate, ValueSpan(key), $"“{text}”不是 {key}（{label}）能用的日期；写成 年-月-日，如 2026-09-01，也可以带时间 2026-09-01 09:30 或时区 2026-09-01T09:30:00+08:00，年份在 {DateParser.FirstYear} 到 {DateParser.LastYear} 之间");
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
            var found = node is YamlScalarNode s ? $"文字“{s.Value}”" : "一组字段";
            Error(DiagnosticCodes.WrongType, SpanOf(node, Path, _firstLine), $"{key}（{label}）应当是列表，这里写成了{found}；写成 {key}: [质量月, 羊绒衫]，或者每行一项“- 内容”");
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
                Error(DiagnosticCodes.WrongType, SpanOf(item, Path, _firstLine), $"{key}（{label}）的每一项都应当是一段简短的文字，这里写成了{Describe(item)}；每项只写一段文字");
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
            Error(DiagnosticCodes.WrongType, SpanOf(node, Path, _firstLine), $"{key}（{label}）应当是一组字段，这里写成了{Describe(node)}；写成 {example}");
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
            Error(DiagnosticCodes.WrongType, SpanOf(node, Path, _firstLine), $"{key}（{label}）应当是列表；写成 {example}");
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
                Error(DiagnosticCodes.WrongType, SpanOf(item, Path, _firstLine), $"{key}（{label}）的每一项都应当是一组字段；写成 {example}");
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
        YamlSequenceNode => "列表",
        YamlMappingNode => "一组“名称: 值”字段",
        YamlScalarNode s => $"“{s.Value}”",
        _ => "无法识别的值",
    };
}
