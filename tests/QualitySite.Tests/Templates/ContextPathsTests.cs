using HandlebarsDotNet;
using HandlebarsDotNet.Helpers;
using HandlebarsDotNet.PathStructure;
using QualitySite.Generator.Templates;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Templates;

/// <summary>
/// Templates are compiled with bare paths written as <c>this.…</c> (<see cref="ContextPaths"/>), so
/// Handlebars.Net never treats a view's field as a helper it must look up, under a lock, on every use.
/// </summary>
public sealed class ContextPathsTests
{
    [Theory]
    [InlineData("{{Title}}", "{{this.Title}}")]
    [InlineData("{{{Body}}}", "{{{this.Body}}}")]
    [InlineData("{{~ Site.Title ~}}", "{{~ this.Site.Title ~}}")]
    [InlineData("{{#if Summary}}a{{else if Region}}b{{else}}c{{/if}}", "{{#if this.Summary}}a{{else if this.Region}}b{{else}}c{{/if}}")]
    [InlineData("{{#unless Tags}}x{{/unless}}", "{{#unless this.Tags}}x{{/unless}}")]
    [InlineData("{{#each Menu}}{{this}}{{@index}}{{../Lang}}{{/each}}", "{{#each Menu}}{{this}}{{@index}}{{../Lang}}{{/each}}")]
    [InlineData("{{> header}}{{!-- Title --}}{{lookup Words Key}}", "{{> header}}{{!-- Title --}}{{lookup Words Key}}")]
    [InlineData("{{#each Items as |item i|}}{{item.Name}}{{i}}{{Name}}{{/each}}", "{{#each Items as |item i|}}{{item.Name}}{{i}}{{this.Name}}{{/each}}")]
    [InlineData("{{#if true}}a{{/if}}{{#unless false}}b{{/unless}}", "{{#if true}}a{{/if}}{{#unless false}}b{{/unless}}")]
    [InlineData("\\{{Title}} {{Title}}", "\\{{Title}} {{this.Title}}")]
    [InlineData("{{{{raw}}}}{{Title}}{{{{/raw}}}}{{Name}}", "{{{{raw}}}}{{Title}}{{{{/raw}}}}{{Name}}")]
    public void Bare_paths_become_paths_from_this(string template, string compiled) =>
        Assert.Equal(compiled, ContextPaths.Rewrite(template));

    /// <summary>A theme's template with block parameters, literals, parent paths and conditions renders the same rewritten, with the same values.</summary>
    [Fact]
    public void A_template_with_block_parameters_and_literals_renders_the_same()
    {
        const string template = "\\{{Title}}{{Title}}|{{#each Items as |item n|}}{{item.Name}}-{{n}}-{{Name}}-{{../Title}}{{#if item.On}}+{{else if On}}~{{/if}};{{/each}}|{{#if true}}t{{/if}}{{#unless Missing}}u{{/unless}}";
        var model = new
        {
            Title = "标题",
            Items = new[] { new { Name = "甲", On = true }, new { Name = "乙", On = false } },
            Missing = false,
        };
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        var expected = handlebars.Compile(template)(model);
        Assert.Equal("{{Title}}标题|甲-0-甲-标题+;乙-1-乙-标题;|tu", expected);
        Assert.Equal(expected, handlebars.Compile(ContextPaths.Rewrite(template))(model));
    }

    /// <summary>
    /// Every shipped layout and partial, rewritten, renders the same as written, and no name in it is
    /// looked up as a helper: a probe resolver sees each such lookup. Without the rewrite it sees dozens.
    /// </summary>
    [Fact]
    public void Shipped_templates_look_up_no_helper_and_render_the_same()
    {
        var folder = RepoPaths.Templates;
        var files = Directory.GetFiles(folder, "*.hbs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 15);
        var asked = new List<string>();
        var rewritten = Environment(asked);
        var asWritten = Environment([]);
        var model = new Probe.Model();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var ours = rewritten.Compile(ContextPaths.Rewrite(text))(model);
            Assert.Equal(asWritten.Compile(text)(model), ours);
        }

        Assert.Empty(asked);
        var before = new List<string>();
        var plain = Environment(before);
        foreach (var file in files)
        {
            plain.Compile(File.ReadAllText(file))(model);
        }

        Assert.NotEmpty(before);
    }

    private static IHandlebars Environment(List<string> asked)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false });
        handlebars.Configuration.HelperResolvers.Add(new Probe(asked));
        foreach (var partial in Directory.GetFiles(Path.Combine(RepoPaths.Templates, "partials"), "*.hbs"))
        {
            handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(partial), "");
        }

        return handlebars;
    }

    private sealed class Probe(List<string> asked) : IHelperResolver
    {
        public bool TryResolveHelper(PathInfo name, Type? targetType, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IHelperDescriptor<HelperOptions>? helper)
        {
            asked.Add(name.Path);
            helper = null;
            return false;
        }

        public bool TryResolveBlockHelper(PathInfo name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IHelperDescriptor<BlockHelperOptions>? helper)
        {
            asked.Add("#" + name.Path);
            helper = null;
            return false;
        }

        /// <summary>A view where every name is missing, so each condition and path is evaluated and found empty.</summary>
        public sealed class Model;
    }
}
