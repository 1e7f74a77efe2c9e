using System.Globalization;
using System.Text;
using HandlebarsDotNet;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Files;

namespace QualitySite.Generator.Templates;

/// <summary>
/// Loads and compiles every layout and partial under <c>templates/</c> once. Handlebars is set up
/// strictly (an unknown name is an error, not silent emptiness), HTML-escaping by default, and
/// culture-independent, so output never depends on the machine.
/// </summary>
public sealed class TemplateCatalog
{
    public const string LayoutsFolder = "layouts";
    public const string PartialsFolder = "partials";

    /// <summary>Layouts the generator renders; each must exist.</summary>
    public static readonly string[] RequiredLayouts = Layouts.Names;

    private readonly Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> _layouts;

    /// <summary>Per-thread writers, reused page after page: one for a layout's inner content, one for the whole page.</summary>
    [ThreadStatic]
    private static StringWriter? t_content;

    [ThreadStatic]
    private static StringWriter? t_page;

    /// <summary>Per layout: the hash of its text and of every partial (any of which it may draw).</summary>
    private readonly Dictionary<string, string> _stamps;

    private TemplateCatalog(Dictionary<string, HandlebarsTemplate<TextWriter, object, object>> layouts, Dictionary<string, string> stamps) =>
        (_layouts, _stamps) = (layouts, stamps);

    /// <summary>What a page rendered with this layout and base.hbs is drawn by: it changes when either layout or any partial does.</summary>
    public string Stamp(string layout) => _stamps[layout] + _stamps[Layouts.Base.Name];

    /// <summary>Compiles the layouts and partials under &lt;siteRoot&gt;/templates/; every problem goes to <paramref name="bag"/>.</summary>
    public static TemplateCatalog? Load(string siteRoot, DiagnosticBag bag)
    {
        var partials = ReadFolder(siteRoot, PartialsFolder, bag);
        var layoutFiles = ReadFolder(siteRoot, LayoutsFolder, bag);
        var key = ContentKey(partials.Concat(layoutFiles));
        if (Compiled.TryGetValue(key, out var known))
        {
            return known;
        }

        var catalog = Compile(partials, layoutFiles, bag);
        if (catalog is not null)
        {
            Compiled[key] = catalog;
        }

        return catalog;
    }

    /// <summary>
    /// Catalogs compiled in this process, by the hash of their templates' names and texts: the
    /// preview server and the tests build many sites with the same templates, and compiling them
    /// is the slowest part of a small build. A catalog is immutable once compiled.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TemplateCatalog> Compiled = new(StringComparer.Ordinal);

    private static string ContentKey(IEnumerable<(string Name, string Path, string Text)> files)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var (_, path, text) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path + "\0" + text + "\0"));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static TemplateCatalog? Compile(List<(string Name, string Path, string Text)> partials, List<(string Name, string Path, string Text)> layoutFiles, DiagnosticBag bag)
    {
        const string sitePrefix = "templates/";
        var handlebars = Handlebars.Create(new HandlebarsConfiguration
        {
            TextEncoder = new HtmlEncoder(),
            FormatProvider = CultureInfo.InvariantCulture,
            ThrowOnUnresolvedBindingExpression = true,
        });
        var ok = true;
        foreach (var (name, path, text) in partials)
        {
            // Compiled once, as a writer template, and registered as such (registering the text would compile it again).
            try
            {
                handlebars.RegisterTemplate(name, handlebars.Compile(new StringReader(ContextPaths.Rewrite(text))));
            }
            catch (HandlebarsException ex)
            {
                bag.Add(Diagnostic.Error(DiagnosticCodes.TemplateSyntax, SourceLocation.File($"{sitePrefix}{path}"), $"模板无法编译（{ex.Message}）；检查每个 {{{{#if}}}}、{{{{#each}}}} 和 {{{{#with}}}} 都有对应的结束标记"));
                ok = false;
            }
        }

        var layouts = new Dictionary<string, HandlebarsTemplate<TextWriter, object, object>>(StringComparer.Ordinal);
        foreach (var (name, path, text) in layoutFiles)
        {
            if (TryCompile(handlebars, text, $"{sitePrefix}{path}", bag) is { } compiled)
            {
                layouts[name] = compiled;
            }
            else
            {
                ok = false;
            }
        }

        foreach (var missing in RequiredLayouts.Where(n => !layouts.ContainsKey(n) && ok))
        {
            bag.Add(Diagnostic.Error(DiagnosticCodes.TemplateMissing, SourceLocation.File($"{sitePrefix}{LayoutsFolder}/{missing}.hbs"),
                $"缺少布局模板 {missing}.hbs；从 QualitySite 示例站点的 templates/{LayoutsFolder}/ 文件夹复制一份"));
            ok = false;
        }

        var stamps = layoutFiles.ToDictionary(f => f.Name, f => ContentKey(partials.Append(f)), StringComparer.Ordinal);
        return ok ? new TemplateCatalog(layouts, stamps) : null;
    }

    /// <summary>Renders a layout; a runtime template error names the layout and what it was rendering.</summary>
    public string? Render<TView>(Layout<TView> layout, TView model, string renderingWhat, DiagnosticBag bag)
        where TView : class =>
        RenderInto(t_content ??= new StringWriter(CultureInfo.InvariantCulture), layout.Name, model, renderingWhat, bag)?.ToString();

    /// <summary>
    /// Renders a whole page into this thread's reused buffer and returns it (valid until this thread
    /// renders the next page), so the page can be encoded to disk without another copy as a string.
    /// </summary>
    public StringBuilder? RenderPage(ViewModels.LayoutView model, string renderingWhat, DiagnosticBag bag) =>
        RenderInto(t_page ??= new StringWriter(CultureInfo.InvariantCulture), Layouts.Base.Name, model, renderingWhat, bag);

    private StringBuilder? RenderInto(StringWriter writer, string layout, object model, string renderingWhat, DiagnosticBag bag)
    {
        var buffer = writer.GetStringBuilder().Clear();
        try
        {
            _layouts[layout](writer, model, null!);
            return buffer;
        }
        catch (Exception ex) when (ex is HandlebarsException or HandlebarsDotNet.Compiler.HandlebarsUndefinedBindingException)
        {
            bag.Add(Diagnostic.Error(DiagnosticCodes.TemplateRender, SourceLocation.File($"templates/{LayoutsFolder}/{layout}.hbs"),
                $"生成 {renderingWhat} 时模板出错（{Innermost(ex)}）；对照 docs/templates.md 检查模板里用到的名称"));
            return null;
        }
    }

    private static string Innermost(Exception ex)
    {
        var messages = new List<string> { ex.Message };
        while (ex.InnerException is { } inner)
        {
            messages.Add(inner.Message);
            ex = inner;
        }

        return string.Join(": ", messages.Where(m => !m.Contains("see inner exception", StringComparison.Ordinal)).DefaultIfEmpty(messages[^1]));
    }

    /// <summary>The .hbs files directly in templates/&lt;folder&gt;/, read safely (no link out of the site, no FIFO, readable).</summary>
    private static List<(string Name, string Path, string Text)> ReadFolder(string siteRoot, string folder, DiagnosticBag bag)
    {
        var problems = new List<Diagnostic>();
        var prefix = $"templates/{folder}/";
        var result = new List<(string, string, string)>();
        foreach (var file in Files.SiteFiles.List(siteRoot, prefix.TrimEnd('/'), problems))
        {
            var rel = file.SitePath[prefix.Length..];
            if (rel.Contains('/') || !rel.EndsWith(".hbs", StringComparison.Ordinal))
            {
                continue;
            }

            if (Files.SourceText.ReadFile(file.FullPath, file.SitePath, problems) is { } text)
            {
                result.Add((System.IO.Path.GetFileNameWithoutExtension(rel), $"{folder}/{rel}", text));
            }
        }

        bag.AddRange(problems);
        return result;
    }

    private static HandlebarsTemplate<TextWriter, object, object>? TryCompile(IHandlebars handlebars, string text, string path, DiagnosticBag bag)
    {
        try
        {
            return handlebars.Compile(new StringReader(ContextPaths.Rewrite(text)));
        }
        catch (HandlebarsException ex)
        {
            bag.Add(Diagnostic.Error(DiagnosticCodes.TemplateSyntax, SourceLocation.File(path), $"模板无法编译（{ex.Message}）；检查每个 {{{{#if}}}}、{{{{#each}}}} 和 {{{{#with}}}} 都有对应的结束标记"));
            return null;
        }
    }
}
