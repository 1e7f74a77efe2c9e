using QualitySite.Generator.Config;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Discovery;
using QualitySite.Generator.Files;
using QualitySite.Generator.Privacy;
using QualitySite.Generator.ResultsData;
using QualitySite.Generator.Yaml;

namespace QualitySite.Generator.Parsing;

/// <summary>Stage 3: reads every Markdown file and parses its front matter, in parallel, collecting all problems.</summary>
public static class ContentParser
{
    public static IReadOnlyList<ParsedDocument> ParseAll(IReadOnlyList<SourceFile> files, SiteConfig config, DiagnosticBag bag, ParseCache? cache = null)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        foreach (var file in files)
        {
            bag.AddRange(PersonalInfoGate.CheckFileName(file.ContentPath, file.SitePath, today));
        }

        var markdown = files.Where(f => f.IsMarkdown).ToArray();
        var listed = files.ToDictionary(f => f.ContentPath, StringComparer.Ordinal);
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
                results[i] = ParseOne(markdown[i], config, diagnostics, listed);
                cache?.KeepParsed(markdown[i].FullPath, results[i], diagnostics);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Bad content must never end in a stack trace: a parser bug becomes a located error.
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.YamlSyntax, SourceLocation.File(markdown[i].SitePath),
                    $"这个文件无法读取（{ex.Message}）；检查它的开头信息（front matter），并把这个文件报告给 QualitySite 的开发者"));
            }

            bag.AddRange(diagnostics);
        });
        return results.OfType<ParsedDocument>().ToList();
    }

    /// <param name="listed">Every file discovery listed, by content path: a results page's data file is read only when it is one of them.</param>
    public static ParsedDocument? ParseOne(SourceFile file, SiteConfig config, List<Diagnostic> diagnostics, IReadOnlyDictionary<string, SourceFile>? listed = null)
    {
        if (!config.Sections.ContainsKey(file.Section))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownSection, SourceLocation.File(file.SitePath),
                $"这个文件不在任何栏目文件夹里，不会发布；把它移到 content/{string.Join("/、content/", config.Sections.Keys.Order(StringComparer.Ordinal))}/ 之一"));
            return null;
        }

        var text = SourceText.ReadFile(file.FullPath, file.SitePath, diagnostics);
        if (text is null)
        {
            return null;
        }

        text = ControlCharacters.Clean(text, file.SitePath, diagnostics);

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

        if (!matter.Draft)
        {
            diagnostics.AddRange(ScaffoldMarker.Find(text, file.SitePath));
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var publicNumbers = PublicNumbers(config);
        diagnostics.AddRange(PersonalInfoGate.CheckText(split.Yaml, file.SitePath, split.YamlFirstLine, matter.Privacy, publicNumbers, today, listAllowed: false));
        diagnostics.AddRange(PersonalInfoGate.CheckText(split.Body, file.SitePath, split.BodyFirstLine, matter.Privacy, publicNumbers, today));
        var table = file.Section == SectionDefaults.Results ? ReadTable(file, map!, matter.Sheet, diagnostics, listed ?? new Dictionary<string, SourceFile>()) : null;
        if (table is not null)
        {
            diagnostics.AddRange(ResultTableReader.CheckCounts(table, matter.Batches, matter.At(FieldCatalog.Batches), matter.Passed, matter.At(FieldCatalog.Passed)));
            diagnostics.AddRange(CheckCells(table, matter, publicNumbers, today));
        }

        return new ParsedDocument(file, matter, split.Body, split.BodyFirstLine) { Table = table };
    }

    /// <summary>Every cell of a results table through the personal-information gate, named by its row's line (and sheet cell).</summary>
    private static IEnumerable<Diagnostic> CheckCells(ResultTable table, FrontMatter matter, IReadOnlySet<string> publicNumbers, DateOnly today)
    {
        var columns = table.Columns.ToList();
        foreach (var row in table.Rows)
        {
            foreach (var column in columns)
            {
                var cell = row.Sheet is null ? "" : $"{row.Sheet}!{RawRow.ColumnLetters(columns.IndexOf(column))}{row.Line}: ";
                foreach (var d in PersonalInfoGate.CheckText(row[column], table.Source, row.Line, matter.Privacy, publicNumbers, today, cell, row.Sheet is null ? 1 : columns.IndexOf(column) + 1))
                {
                    yield return d;
                }
            }
        }
    }

    /// <summary>Numbers the site publishes on purpose: the publisher's phone in site.yml.</summary>
    private static HashSet<string> PublicNumbers(SiteConfig config) =>
        config.Publisher.Phone.Split([',', '，', '、', ';', '/'], StringSplitOptions.RemoveEmptyEntries).Select(PrivacyAllowance.Key).ToHashSet(StringComparer.Ordinal);

    private static ResultTable? ReadTable(SourceFile file, YamlMap map, string? sheet, List<Diagnostic> diagnostics, IReadOnlyDictionary<string, SourceFile> listed)
    {
        var data = ResultTableReader.DataPathsFor(file.ContentPath).Select(listed.GetValueOrDefault).OfType<SourceFile>().ToList();
        if (data.Count > 1 || data.Count == 1 && map.Has("rows"))
        {
            var all = string.Join("、", data.Select(d => d.SitePath).Concat(map.Has("rows") ? [file.SitePath + " 的 rows"] : []));
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DataRow, new SourceLocation(file.SitePath, 1, 1), $"这篇结果公告有不止一份抽查数据（{all}），不知道该发布哪一份；只保留一份，删去或改名其余的"));
            return null;
        }

        if (data.Count == 1)
        {
            return ResultTableReader.Read(data[0].FullPath, data[0].SitePath, sheet, diagnostics);
        }

        return map.Has("rows") ? ResultTableReader.FromFrontMatter(map, file.SitePath, diagnostics) : null;
    }
}
