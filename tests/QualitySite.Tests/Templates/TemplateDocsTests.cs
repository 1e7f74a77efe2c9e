using System.Text.RegularExpressions;
using QualitySite.Generator.Templates;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Templates;

/// <summary>docs/templates.md is checked against the view records and the layouts, so it cannot drift from them again (issue 16).</summary>
public sealed partial class TemplateDocsTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs/templates.md"));

    [Fact]
    public void Every_name_a_template_receives_is_documented()
    {
        var views = typeof(TemplateCatalog).Assembly.GetTypes()
            .Where(t => t.Namespace == "QualitySite.Generator.Templates.ViewModels" && t.IsPublic && !t.IsEnum);
        var missing = views.SelectMany(t => t.GetProperties().Where(p => p.DeclaringType == t && !p.Name.StartsWith("EqualityContract", StringComparison.Ordinal))
                .Select(p => $"{t.Name}.{p.Name}"))
            .Where(name => !Docs.Contains($"`{name.Split('.')[1]}`", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(missing.Count == 0, "docs/templates.md does not mention: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_layout_the_docs_name_exists()
    {
        var named = HbsName().Matches(Docs).Select(m => m.Groups[1].Value).Distinct();
        var existing = Directory.EnumerateFiles(Path.Combine(RepoPaths.Templates), "*.hbs", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).ToHashSet();
        Assert.DoesNotContain(named, n => !existing.Contains(n));
    }

    [GeneratedRegex(@"([a-z0-9-]+)\.hbs")]
    private static partial Regex HbsName();
}
