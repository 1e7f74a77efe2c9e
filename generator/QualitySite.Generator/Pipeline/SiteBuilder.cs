using System.Diagnostics;
using System.Text;
using QualitySite.Generator.Checks;
using QualitySite.Generator.Config;
using QualitySite.Generator.Conversion;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Discovery;
using QualitySite.Generator.Edition;
using QualitySite.Generator.Feeds;
using QualitySite.Generator.Files;
using QualitySite.Generator.MarkdownRendering;
using QualitySite.Generator.Model;
using QualitySite.Generator.Output;
using QualitySite.Generator.Parsing;
using QualitySite.Generator.Privacy;
using QualitySite.Generator.ResultsData;
using QualitySite.Generator.Search;
using QualitySite.Generator.SiteStructure;
using QualitySite.Generator.Templates;
using QualitySite.Generator.UrlPlanning;

namespace QualitySite.Generator.Pipeline;

/// <summary>
/// Runs the build stages in order and times each: load config (while templates compile, content
/// files are listed and git is asked for history, in the background) → parse → plan URLs → render
/// Markdown → build lists → index for search → render templates (feeds and sitemap alongside),
/// each page going to the staging folder as it is made → check output → swap into place. Content
/// errors of all files are collected before the build stops; nothing replaces the previous output
/// unless every stage succeeded.
/// </summary>
public sealed class SiteBuilder(BuildOptions options, Action<StageTiming>? onStage = null)
{
    private readonly DiagnosticBag _bag = new();
    private readonly List<StageTiming> _timings = [];

    private SiteModel? _site;
    private IReadOnlyList<OutputFile> _outputs = [];
    private PagePreview? _preview;

    /// <summary>What a preview of one page needs from this build (kept for serve's in-memory builds only).</summary>
    private (IReadOnlyList<SourceFile> Content, History History, DateTimeOffset Now, MarkdownRenderer? Markdown) _kept;

    public BuildResult Build()
    {
        EnsureThreads();
        var total = Stopwatch.StartNew();
        var (pages, files) = Run();
        return new BuildResult(_bag.Sorted(), pages, files, _timings, total.Elapsed) { Site = _site, Outputs = _outputs, Preview = _bag.HasErrors ? null : _preview };
    }

    /// <summary>
    /// Stages wait for work running beside them (the index, the feeds) from inside the thread pool.
    /// With only as many pool threads as cores, such a wait could leave no thread for the work it
    /// waits for until the pool added one, half a second later: the preview's second rebuild took
    /// 0.7–0.9 s instead of 30 ms on the sample site. A few threads more than cores are kept ready.
    /// </summary>
    private static void EnsureThreads()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        var wanted = Math.Max(8, Environment.ProcessorCount * 2);
        if (workers < wanted)
        {
            ThreadPool.SetMinThreads(wanted, io);
        }
    }

    private (int Pages, int Files) Run()
    {
        var source = Path.GetFullPath(options.SourceDir);
        if (!CheckFolders(source))
        {
            return (0, 0);
        }

        // Work that needs nothing but the site folder starts at once and runs beside the stages that
        // come before its result is needed: compiling templates (one core for a while, joined at
        // render), listing content files and asking git for the history (joined at parse and plan).
        var templatesTask = Task.Run(() => Measured("templates", () => LoadTemplates(Path.Combine(source, "templates"))));
        var scanProblems = new List<Diagnostic>();
        var contentTask = Task.Run(() => Measured("discover", () => ContentScanner.Scan(source, scanProblems)));
        var historyTask = Task.Run(() => Measured("history", () => options.ReadHistory ? GitHistory.Read(source) : History.None));
        var config = Timed("config", () => LoadConfig(source));
        var content = Join(contentTask);
        var history = Join(historyTask);
        _bag.AddRange(scanProblems);
        if (config is null)
        {
            // A broken site.yml must not hide the content's own errors: read every file with the defaults.
            ContentParser.ParseAll(content, SiteConfig.Fallback, _bag);
            Join(templatesTask);
            return (0, 0);
        }

        var documents = Timed("parse", () => ContentParser.ParseAll(content, config, _bag, options.Cache?.Parsed));
        if (history.Unavailable is { } why)
        {
            _bag.Add(new Diagnostic(Severity.Note, DiagnosticCodes.NoHistory, ContentScanner.ContentFolder, 0, 0, why));
        }

        var now = options.Clock.GetUtcNow();
        _kept = (content, history, now, null);
        var pages = Timed("plan", () => PagePlanner.Plan(PublicationFilter.Published(documents, now, options.IncludeDrafts, options.IncludeFuture), config, _bag, history));
        var assetProblems = new List<Diagnostic>();
        var statics = AssetScanner.Scan(source, content, assetProblems);
        _bag.AddRange(assetProblems);
        if (config.Favicon is { } favicon && !statics.Any(s => s.OutputPath == favicon))
        {
            _bag.Add(Diagnostic.Error(DiagnosticCodes.ConfigValue, config.FaviconAt,
                $"网站图标 favicon: {favicon} 不存在；写内容文件夹里图标文件的路径（如 images/logo.png），或删去这一行使用主题自带的图标"));
        }

        // Traditional pages (or the edition) need the conversion tables at render: load them beside the Markdown stage.
        if (!Languages.IsTraditional(config.Language) && (config.Traditional.Enabled || pages.Any(p => Languages.IsTraditional(p.Lang))))
        {
            _ = Task.Run(() =>
            {
                ScriptConverter.Preload();
                ScriptConverter.Default.With(config.TraditionalTerms, config.Traditional.Variant);
            });
        }

        var rendered = Timed("markdown", () => RenderMarkdown(pages, statics, config));
        _bag.AddRange(AnchorChecker.Check(rendered, options.Strict ? Severity.Error : Severity.Warning));
        _bag.AddRange(SiteChecks.DuplicateTitles(pages));
        if (options.Strict)
        {
            _bag.AddRange(ContentChecks.Check(pages, now, Severity.Error));
        }
        if (_bag.HasErrors)
        {
            Join(templatesTask);
            return (0, 0);
        }

        var site = _site = Timed("lists", () => SiteModelBuilder.Build(config, rendered, TimeZoneInfo.ConvertTime(now, config.TimeZone)));
        using var outputLock = options.WriteOutput ? LockOutput() : null;
        if (options.WriteOutput && (outputLock is null || !OutputStillOurs()))
        {
            Join(templatesTask);
            return (0, 0);
        }

        var staging = options.WriteOutput ? StagingFolder.Create(options.ResolvedOutputDir, _bag) : null;
        try
        {
            return Finish(site, config, statics, templatesTask, staging);
        }
        finally
        {
            staging?.Delete();
        }
    }

    /// <summary>Index, render and write. With a staging folder every file is written as soon as it is made.</summary>
    private (int Pages, int Files) Finish(SiteModel site, SiteConfig config, IReadOnlyList<StaticFile> statics, Task<(TemplateCatalog?, StageTiming)> templatesTask, StagingFolder? staging)
    {
        var views = new ViewModelFactory(site, SiteViewFactory.Create(config, statics));
        var searchDocuments = SearchDocumentFactory.From(site);
        var edition = config.Traditional.Enabled ? new TraditionalEdition(config) : null;

        // The preview (in memory, with a cache) renders again only the pages whose inputs changed.
        var memo = staging is null ? options.Cache : null;
        memo?.Renders.Begin();
        memo?.Editions.Begin(SettingsText(config));

        // Only the search page needs the index: it is built and written beside the rendering of
        // everything else, which fills the moments one core would wait at the end of a stage.
        var searchTask = Task.Run(() => Measured("index", () =>
        {
            var index = InvertedIndex.Build(searchDocuments, TextAnalyzer.Default, SearchIndexWriter.K1, SearchIndexWriter.B, options.Cache?.Search);
            var search = SearchIndexWriter.Write(index, searchDocuments, config.BasePath, FoldTable.Default);
            var searchOutputs = edition is null ? search.Files : [.. search.Files, .. edition.Fragments(searchDocuments, search.Folder)];
            return (Output: search, Files: staging?.WriteAll(searchOutputs) ?? searchOutputs);
        }));
        if (Join(templatesTask) is not { } templates)
        {
            Join(searchTask);
            return (0, 0);
        }

        // Feeds and the sitemap need only the site model: they are written while pages render.
        var feedsTask = Task.Run(() => Measured("feeds", () =>
        {
            var feedFiles = FeedWriters.Write(FeedEntryFinder.Find(site), config).ToList();
            return feedFiles.Concat(edition is null ? [] : Editions(edition, feedFiles, memo?.Editions)).Concat(SitemapWriter.Write(site))
                .Concat(site.Pages.SelectMany(p => ResultDownloads.Write(p.Page))).ToList();
        }));
        var editionPages = new System.Collections.Concurrent.ConcurrentBag<OutputFile>();
        var searchOutput = new Lazy<(SearchIndexOutput Output, IReadOnlyList<OutputFile> Files)>(() => Join(searchTask));
        var renderer = new SiteRenderer(site, templates, views, () => searchOutput.Value.Output, Writer(staging, edition, editionPages), memo?.Renders);
        var html = Timed("render", () => renderer.RenderAll(_bag));
        var searchFiles = searchOutput.Value.Files;
        if (staging is null && options.Cache is not null && _kept.Markdown is { } markdown)
        {
            _preview = new PagePreview(options, config, site, renderer, edition, new PagePreview.Inputs(_kept.Content, _kept.History, _kept.Now, markdown));
        }

        var pageCount = html.Count;
        if (edition is not null)
        {
            // Pages kept as bytes (all of them without a staging folder; alias redirects with one) get their editions here.
            html = [.. html, .. Editions(edition, html.Where(f => f.Content is not null), memo?.Editions), .. editionPages.OrderBy(f => f.Path, StringComparer.Ordinal)];
        }

        var feeds = Join(feedsTask);
        var generated = html.Concat(searchFiles).Concat(feeds).Concat(CopiesOf(statics));
        if (staging is null)
        {
            var all = generated.ToList();
            _bag.AddRange(EditionFolder.Clashes(config.Traditional, all));
            _outputs = OutputSet.Check(all, _bag);
            CheckSiteLinks(site, config, _outputs);
            if (!_bag.HasErrors)
            {
                memo?.Renders.Commit();
                memo?.Editions.Commit();
            }

            return (_bag.HasErrors ? 0 : pageCount, 0);
        }

        return Timed("write", () =>
        {
            var written = staging.WriteAll(generated);
            _bag.AddRange(EditionFolder.Clashes(config.Traditional, written));
            var outputs = _outputs = OutputSet.Check(written, _bag);
            CheckSiteLinks(site, config, outputs);
            return !_bag.HasErrors && AtomicOutputWriter.Swap(staging, options.ResolvedOutputDir, _bag) ? (pageCount, outputs.Count) : (0, 0);
        });
    }

    /// <summary>
    /// How rendered pages are written: straight into the staging folder, each followed by its
    /// Traditional edition when the site has one; without a staging folder (check, preview) the
    /// pages stay in memory and their editions are made afterwards.
    /// </summary>
    private static Func<string, StringBuilder, string, OutputFile>? Writer(StagingFolder? staging, TraditionalEdition? edition, System.Collections.Concurrent.ConcurrentBag<OutputFile> editionPages)
    {
        if (staging is null)
        {
            return null;
        }

        if (edition is null)
        {
            return staging.WriteText;
        }

        return (path, html, origin) =>
        {
            var copy = edition.Covers(path) ? edition.ConvertPage(path, html) : null;
            var file = staging.WriteText(path, html, origin);
            if (copy is not null)
            {
                editionPages.Add(staging.WriteText(edition.PathOf(path), copy, origin + TraditionalEdition.OriginMark));
            }

            return file;
        };
    }

    /// <summary>The Traditional copies of the files, in the files' order (a file with none is left out).</summary>
    private static List<OutputFile> Editions(TraditionalEdition edition, IEnumerable<OutputFile> files, EditionMemo? memo = null)
    {
        var list = files as IReadOnlyList<OutputFile> ?? files.ToList();
        var copies = new OutputFile?[list.Count];
        Parallel.For(0, list.Count, i => copies[i] = memo is null ? edition.Convert(list[i]) : memo.Convert(edition, list[i]));
        return copies.OfType<OutputFile>().ToList();
    }

    /// <summary>What the Traditional copies depend on besides the files: the site settings as written.</summary>
    private static string SettingsText(SiteConfig config) =>
        config.Traditional + "\n" + config.BaseUrl + "\n" + config.BasePath + "\n"
        + string.Join('\n', config.TraditionalTerms.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key + "\t" + t.Value));

    /// <summary>Links written as site paths or site URLs, in bodies and site.yml, checked against every output (a warning in build, an error in check).</summary>
    private void CheckSiteLinks(SiteModel site, SiteConfig config, IReadOnlyList<OutputFile> outputs)
    {
        var configProblems = new List<Diagnostic>();
        var links = site.Pages.SelectMany(p => p.Content.SiteLinks).Concat(SiteLinkChecker.FromConfig(config, configProblems)).ToList();
        _bag.AddRange(configProblems);
        if (links.Count == 0 && !options.Strict)
        {
            return;
        }

        var ids = site.Pages.ToDictionary(p => p.Page.OutputPath, p => p.Content.Ids, StringComparer.Ordinal);
        var checker = new SiteLinkChecker(outputs.Select(o => o.Path), ids, config.BasePath, options.Strict ? Severity.Error : Severity.Warning);
        _bag.AddRange(checker.Check(links));
        if (options.Strict)
        {
            var written = links.Select(l => l.Path).ToHashSet(StringComparer.Ordinal);
            _bag.AddRange(checker.CheckGenerated(outputs, written));
        }
    }

    /// <summary>Files copied as they are, but photos from content/ without their metadata (location, camera); each photo that carried a location is named.</summary>
    private OutputFile[] CopiesOf(IReadOnlyList<StaticFile> statics)
    {
        var copies = new OutputFile[statics.Count];
        Parallel.For(0, statics.Count, i =>
        {
            var s = statics[i];
            copies[i] = new OutputFile(s.OutputPath, null, s.FullPath, s.Origin);
            if (!s.Origin.StartsWith(ContentScanner.ContentFolder + "/", StringComparison.Ordinal) || !ImageMetadata.Handles(s.FullPath))
            {
                return;
            }

            var problems = new List<Diagnostic>();
            if (SourceText.ReadAllBytes(s.FullPath, s.Origin, problems) is { } bytes && ImageMetadata.Strip(bytes) is { } stripped)
            {
                copies[i] = new OutputFile(s.OutputPath, stripped.Clean, null, s.Origin);
                if (stripped.HadLocation)
                {
                    problems.Add(Diagnostic.Warning(DiagnosticCodes.ImageLocation, SourceLocation.File(s.Origin), "这张照片记录了拍摄地点（GPS 坐标），发布的副本已删除这些信息和其他拍摄信息；原文件未改动，如不需要可自行清除"));
                }
            }

            _bag.AddRange(problems);
        });
        return copies;
    }

    private SiteConfig? LoadConfig(string source)
    {
        var diagnostics = new List<Diagnostic>();
        var config = SiteConfigLoader.Load(source, diagnostics);
        _bag.AddRange(diagnostics);
        return config;
    }

    private List<(Page, RenderedMarkdown)> RenderMarkdown(IReadOnlyList<Page> pages, IReadOnlyList<StaticFile> statics, SiteConfig config)
    {
        var targets = new LinkTargets(
            pages.ToDictionary(p => p.Source.ContentPath, p => p.Url, StringComparer.Ordinal),
            statics.Where(s => s.Origin.StartsWith(ContentScanner.ContentFolder + "/", StringComparison.Ordinal)).Select(s => s.OutputPath).ToHashSet(StringComparer.Ordinal),
            config.BasePath,
            config.BaseUrl);
        var policy = config.UnsafeHtml ? new HtmlPolicy(config.HtmlAllow.Tags, config.HtmlAllow.Attributes, config.HtmlAllow.FrameHosts, options.Strict ? Severity.Error : Severity.Warning) : null;
        var renderer = new MarkdownRenderer(MarkdownPipelineFactory.Create(config.UnsafeHtml), targets, policy);
        _kept.Markdown = renderer;
        var stamp = options.Cache is null ? "" : TargetsStamp(targets, config);
        var results = new (Page, RenderedMarkdown)[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var page = pages[i];
            if (options.Cache is { } cache && cache.TryRendered(page.Source.ContentPath, page.Body, stamp, out var hit, out var seen))
            {
                results[i] = (page, hit!);
                _bag.AddRange(seen);
                return;
            }

            var diagnostics = new List<Diagnostic>();
            results[i] = (page, MarkdownRenderer.Safely(renderer, page, diagnostics));
            options.Cache?.KeepRendered(page.Source.ContentPath, page.Body, stamp, results[i].Item2, diagnostics);
            _bag.AddRange(diagnostics);
        });
        return results.ToList();
    }

    /// <summary>What a page's rendered links depend on (every page's path and URL, every file, the settings), as a short hash compared once per page.</summary>
    private static string TargetsStamp(LinkTargets targets, SiteConfig config) =>
        Convert.ToHexString(System.IO.Hashing.XxHash128.Hash(Encoding.UTF8.GetBytes(string.Join('\n', targets.PageUrls.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + " " + p.Value)
            .Concat(targets.Files.Order(StringComparer.Ordinal)).Append(config.BasePath).Append(config.UnsafeHtml.ToString())))));

    private TemplateCatalog? LoadTemplates(string folder)
    {
        var stamp = options.Cache is null || !Directory.Exists(folder) ? "" : string.Join('\n', Directory.EnumerateFiles(folder, "*.hbs", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(f => $"{f} {File.GetLastWriteTimeUtc(f).Ticks} {new FileInfo(f).Length}"));
        if (options.Cache?.Templates(stamp) is { } cached)
        {
            return cached;
        }

        var catalog = TemplateCatalog.Load(Path.GetDirectoryName(folder)!, _bag);
        if (catalog is not null)
        {
            options.Cache?.KeepTemplates(stamp, catalog);
        }

        return catalog;
    }

    /// <summary>One build at a time per output folder: a second one waits, and says it did; leftovers of killed builds are removed.</summary>
    private IDisposable? LockOutput()
    {
        var output = options.ResolvedOutputDir.TrimEnd(Path.DirectorySeparatorChar);
        var waited = false;
        var taken = OutputFolder.Lock(output, () => waited = true);
        if (taken is null)
        {
            _bag.Add(Diagnostic.Error(DiagnosticCodes.OutputLocked, SourceLocation.File(output), "无法取得输出文件夹的锁；稍后再试，或检查是否有其他 qsite 进程卡住"));
            return null;
        }

        if (waited)
        {
            _bag.Add(new Diagnostic(Severity.Note, DiagnosticCodes.OutputLocked, output, 0, 0, "另一个 qsite 正在写入同一个输出文件夹，本次构建等它完成后才写入"));
        }

        OutputFolder.RemoveLeftovers(output);
        return taken;
    }

    /// <summary>Checked again under the lock: another build or a person may have changed the folder since the build started.</summary>
    private bool OutputStillOurs()
    {
        if (OutputFolder.Refusal(options.ResolvedOutputDir, IsDefaultOutput) is not { } refusal)
        {
            return true;
        }

        _bag.Add(Diagnostic.Error(DiagnosticCodes.OutputNotOurs, SourceLocation.File(options.ResolvedOutputDir), refusal));
        return false;
    }

    private bool IsDefaultOutput => options.OutputDir is null;

    /// <summary>Refuses folders that would make the atomic swap destroy the user's files.</summary>
    private bool CheckFolders(string source)
    {
        if (!Directory.Exists(source))
        {
            _bag.Add(Diagnostic.Error(DiagnosticCodes.Usage, SourceLocation.File(options.SourceDir), "网站文件夹不存在；用 --source 指定含有 site.yml 的文件夹"));
            return false;
        }

        var output = options.ResolvedOutputDir.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var src = source.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (src.StartsWith(output, StringComparison.Ordinal) || output.StartsWith(src + "content" + Path.DirectorySeparatorChar, StringComparison.Ordinal) || output.StartsWith(src + "templates" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            _bag.Add(Diagnostic.Error(DiagnosticCodes.Usage, SourceLocation.File(options.ResolvedOutputDir), "输出文件夹不能是网站文件夹本身、不能包含它，也不能在 content/ 或 templates/ 里面；用默认的 _site 或另一个空文件夹"));
            return false;
        }

        if (options.WriteOutput && OutputFolder.Refusal(options.ResolvedOutputDir.TrimEnd(Path.DirectorySeparatorChar), IsDefaultOutput) is { } refusal)
        {
            _bag.Add(Diagnostic.Error(DiagnosticCodes.OutputNotOurs, SourceLocation.File(options.ResolvedOutputDir), refusal));
            return false;
        }

        return true;
    }

    /// <summary>Waits for a stage that ran in the background and reports its timing.</summary>
    private T Join<T>(Task<(T Result, StageTiming Timing)> task)
    {
        var (result, timing) = task.GetAwaiter().GetResult();
        _timings.Add(timing);
        onStage?.Invoke(timing);
        return result;
    }

    private static (T Result, StageTiming Timing) Measured<T>(string stage, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        return (result, new StageTiming(stage, watch.Elapsed) { Background = true });
    }

    private T Timed<T>(string stage, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var allocated = GC.GetTotalAllocatedBytes();
        var processor = Environment.CpuUsage.TotalTime;
        var paused = GC.GetTotalPauseDuration();
        var result = work();
        var timing = new StageTiming(stage, watch.Elapsed, GC.GetTotalAllocatedBytes() - allocated, Environment.CpuUsage.TotalTime - processor, GC.GetTotalPauseDuration() - paused);
        _timings.Add(timing);
        onStage?.Invoke(timing);
        return result;
    }
}
