using QualitySite.Generator.Config;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Discovery;
using QualitySite.Generator.ResultsData;
using QualitySite.Generator.Yaml;

namespace QualitySite.Generator.Parsing;

/// <summary>Stage 3: reads every Markdown file and parses its front matter, in parallel, collecting all problems.</summary>
public static class ContentParser
{
    public static IReadOnlyList<ParsedDocument> ParseAll(IReadOnlyList<SourceFile> files, SiteConfig config, DiagnosticBag bag, Pipeline.BuildCache? cache = null)
    {
        var markdown = files.Where(f => f.IsMarkdown).ToArray();
        var results = new ParsedDocument?[markdown.Length];
        Parallel.For(0, markdown.Length, i =>
        {
            var diagnostics = new List<Diagnostic>();
            if (cache is not null && cache.TryParsed(markdown[i].FullPath, out var cached, out var seen))
            {
                results[i] = cached;
                bag.AddRange(seen);
                return;
            }

            try
            {
                results[i] = ParseOne(markdown[i], config, diagnostics);
                cache?.KeepParsed(markdown[i].FullPath, results[i], diagnostics);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Bad content must never end in a stack trace: a parser bug becomes a located error.
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlSyntax, SourceLocation.File(markdown[i].SitePath),
                    $"this file could not be read ({ex.GetType().Name}: {ex.Message}); check its front matter, and report the file to the QualitySite developers"));
            }

            bag.AddRange(diagnostics);
        });
        return results.OfType<ParsedDocument>().ToList();
    }

    public static ParsedDocument? ParseOne(SourceFile file, SiteConfig config, List<Diagnostic> diagnostics)
    {
        if (!config.Sections.ContainsKey(file.Section))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownSection, SourceLocation.File(file.SitePath),
                $"this file is not in a section folder; move it into content/{string.Join("/, content/", config.Sections.Keys.Order(StringComparer.Ordinal))}/"));
            return null;
        }

        var text = SourceText.ReadFile(file.FullPath, file.SitePath, diagnostics);
        if (text is null)
        {
            return null;
        }

        var split = FrontMatterSplitter.Split(text, out var problem);
        if (split is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.NoFrontMatter, new SourceLocation(file.SitePath, 1, 1), problem!));
            return null;
        }

        var map = YamlDocumentLoader.LoadMapping(split.Yaml, file.SitePath, split.YamlFirstLine, diagnostics, DiagnosticCodes.YamlSyntax);
        var matter = map is null ? null : FrontMatterParser.Parse(map, file.Section, config.TimeZone);
        if (matter is null)
        {
            return null;
        }

        var table = file.Section == SectionDefaults.Results ? ReadTable(file, map!, diagnostics) : null;
        if (table is not null)
        {
            diagnostics.AddRange(ResultTableReader.CheckCounts(table, matter));
        }

        return new ParsedDocument(file, matter, split.Body, split.BodyFirstLine) { Table = table };
    }

    private static ResultTable? ReadTable(SourceFile file, YamlMap map, List<Diagnostic> diagnostics)
    {
        if (ResultTableReader.DataFileFor(file.FullPath) is { } data)
        {
            var sitePath = file.SitePath[..^Path.GetExtension(file.SitePath).Length] + Path.GetExtension(data);
            return ResultTableReader.Read(data, sitePath, diagnostics);
        }

        return map.Has("rows") ? ResultTableReader.FromFrontMatter(map, file.SitePath, diagnostics) : null;
    }
}
