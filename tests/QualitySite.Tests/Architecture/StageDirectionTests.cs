using NetArchTest.Rules;
using QualitySite.Generator.Pipeline;

namespace QualitySite.Tests.Architecture;

/// <summary>
/// The generator's folders in pipeline order (issue 16): each may use the shared folders and the
/// stages before it, never a later one. A new backward use fails this test, naming the types.
/// </summary>
public sealed class StageDirectionTests
{
    private const string Root = "QualitySite.Generator.";

    /// <summary>Shared foundations first, then the stages in the order the pipeline runs them.</summary>
    public static readonly string[] Order =
    [
        "Diagnostics", "Yaml", "Files", "Conversion",
        "Config", "Discovery", "Privacy", "ResultsData", "Parsing", "Model", "UrlPlanning", "MarkdownRendering",
        "SiteStructure", "Search", "Templates", "Feeds", "Edition", "Output", "Checks", "Scaffolding", "Pipeline",
    ];

    public static TheoryData<string> Stages() => [.. Order];

    [Theory]
    [MemberData(nameof(Stages))]
    public void A_stage_uses_no_later_stage(string stage)
    {
        var later = Order.SkipWhile(s => s != stage).Skip(1).Select(s => Root + s).ToArray();
        if (later.Length == 0)
        {
            return;
        }

        var result = Types.InAssembly(typeof(SiteBuilder).Assembly).That().ResideInNamespace(Root + stage).ShouldNot().HaveDependencyOnAny(later).GetResult();
        Assert.True(result.IsSuccessful, $"{stage} uses a later stage: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Every_folder_of_the_generator_is_in_the_order()
    {
        var namespaces = typeof(SiteBuilder).Assembly.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith(Root, StringComparison.Ordinal)).Select(n => n[Root.Length..].Split('.')[0]).Distinct();
        Assert.Empty(namespaces.Except(Order));
    }
}
