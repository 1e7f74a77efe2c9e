using System.Collections.Concurrent;
using QualitySite.Generator.Config;
using QualitySite.Generator.Conversion;

namespace QualitySite.Generator.Templates;

/// <summary>
/// The site's own words (site.yml: its name, publisher, menu, section names, alert; generated
/// titles) in the script of the page they appear on. site.yml is written in the site's language;
/// on a Traditional page of a Simplified site they are converted by phrase, with site.yml's
/// traditional.terms first. The tables load only when a Traditional page is rendered.
/// </summary>
public sealed class SiteWords(SiteConfig config)
{
    private readonly Lazy<ScriptConverter> _converter = new(() => ScriptConverter.Default.With(config.TraditionalTerms, config.Traditional.Variant), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentDictionary<string, string> _traditional = new(StringComparer.Ordinal);

    /// <summary>True when pages in <paramref name="lang"/> need the site's words converted.</summary>
    public bool Converts(string lang) => Languages.IsTraditional(lang) && !Languages.IsTraditional(config.Language);

    public string For(string text, string lang) =>
        Converts(lang) ? _traditional.GetOrAdd(text, t => _converter.Value.ToTraditional(t)) : text;
}
