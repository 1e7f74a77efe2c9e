using System.Text.RegularExpressions;

namespace QualitySite.Generator.Templates;

/// <summary>
/// Handlebars.Net 2.4.3 compiles a bare one-word mustache such as <c>{{Title}}</c>, and the one word
/// of an <c>{{#if Summary}}</c> or <c>{{#unless Summary}}</c>, as a call to a helper that might be
/// registered later ("late bound"). Every time such a call runs it subscribes
/// to the helper-resolver list under a write lock and adds to a list that only grows, so on a
/// two-core build the render threads queue for that lock thousands of times a second. No helpers
/// are registered here, so <c>{{Title}}</c> can only mean the view's <c>Title</c>: the templates are
/// compiled with such paths written as <c>{{this.Title}}</c>, which Handlebars reads as a plain path.
/// The built-in helpers (<c>lookup</c>, <c>log</c> …), <c>else</c>, <c>this</c>, literals, block parameters,
/// escaped mustaches (<c>\{{Title}}</c>) and raw blocks keep their meaning; the template files are not changed.
/// </summary>
internal static partial class ContextPaths
{
    private static readonly HashSet<string> Keep = new(StringComparer.OrdinalIgnoreCase)
    {
        "else", "this", "lookup", "log", "if", "unless", "each", "with", "helperMissing", "blockHelperMissing",
        "true", "false", "null", "undefined",
    };

    public static string Rewrite(string template)
    {
        // A raw block ({{{{raw}}}} … {{{{/raw}}}}) writes its mustaches as text: such a template is compiled as written.
        if (template.Contains("{{{{", StringComparison.Ordinal))
        {
            return template;
        }

        // Names a template declares as block parameters ({{#each Items as |item|}}) are not fields of the view.
        var declared = BlockParams().Matches(template).SelectMany(m => m.Groups["names"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        return BareWord().Replace(template, m =>
        {
            var word = m.Groups["word"].Value;
            return Keep.Contains(word) || declared.Contains(word.Split('.')[0])
                ? m.Value
                : $"{m.Groups["open"].Value}this.{word}{m.Groups["close"].Value}";
        });
    }

    [GeneratedRegex(@"\bas\s*\|(?<names>[^|]*)\|")]
    private static partial Regex BlockParams();

    [GeneratedRegex(@"(?<!\\)(?<open>\{\{\{?~?\s*(?:(?:#if|#unless|else\s+if|else\s+unless)\s+)?)(?<word>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)(?<close>\s*~?\}?\}\})")]
    private static partial Regex BareWord();
}
