using System.Text.Json;
using QualitySite.Generator.Config;
using QualitySite.Generator.Templates;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Templates;

/// <summary>Each content kind is defined once (Config/ContentKinds) and every consumer reads it there (issue 16).</summary>
public sealed class ContentKindTests
{
    [Fact]
    public void Every_kind_has_its_section_layout_archetype_and_search_labels()
    {
        Assert.Equal(SectionDefaults.All.Select(s => s.Name).Order(), ContentKinds.All.Select(k => k.Section).Order());
        foreach (var kind in ContentKinds.All)
        {
            Assert.Contains(kind.Layout, TemplateCatalog.RequiredLayouts);
            Assert.True(File.Exists(Path.Combine(RepoPaths.Templates, "layouts", kind.Layout + ".hbs")), kind.Layout);
            Assert.True(File.Exists(Path.Combine(RepoPaths.Templates, "archetypes", kind.Kind + ".md")), kind.Kind);
        }

        using var site = new TestSite(new Dictionary<string, string> { ["content/notices/a.md"] = Pages.Notice() });
        Assert.True(site.Build().Succeeded);
        var labels = JsonDocument.Parse(site.ReadOutput("search/manifest.json")).RootElement.GetProperty("kindLabels");
        Assert.Equal(ContentKinds.All.Select(k => (k.Kind, k.LabelSimplified, k.LabelTraditional)),
            labels.EnumerateObject().Select(p => (p.Name, p.Value[0].GetString()!, p.Value[1].GetString()!)));
        Assert.DoesNotContain("指南", File.ReadAllText(Path.Combine(RepoPaths.Templates, "assets/search.js")));
    }
}
