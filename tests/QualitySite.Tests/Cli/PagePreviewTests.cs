using System.Text;
using QualitySite.Generator.Model;
using QualitySite.Generator.Pipeline;
using QualitySite.Tests.Support;

namespace QualitySite.Tests.Cli;

/// <summary>
/// serve's quick answer to an edit (<see cref="PagePreview"/>): the edited page alone, rendered
/// against the last build, is byte for byte what the full rebuild then makes of it, in both
/// editions; anything it cannot answer alone (a new page, a moved address, an error) is left to
/// the full rebuild.
/// </summary>
public sealed class PagePreviewTests : IDisposable
{
    private readonly TestSite _site = new(new Dictionary<string, string>
    {
        ["content/notices/a.md"] = Pages.Notice(title: "关于开展羊绒衫质量抽查的通知", date: "2026-03-01", body: "头发干了再出门。本次抽查覆盖全市商场。"),
        ["content/notices/b.md"] = Pages.Notice(title: "关于电梯安全的提示", date: "2026-04-01"),
        ["content/guides/c.md"] = "---\ntitle: 羊絨衫怎麼選\ndate: 2026-05-01\nlang: zh-Hant\ntags: [羊絨衫]\n---\n\n先看標籤。\n",
    });

    public PagePreviewTests() =>
        _site.Write("site.yml", TestSite.DefaultConfig + "\ntraditional:\n  enabled: true\n  path: /zh-hant/\n");

    public void Dispose() => _site.Dispose();

    private BuildResult Build() => _site.Build(o => o with { WriteOutput = false, Cache = new BuildCache() });

    private static string Text(BuildResult result, string path) =>
        Encoding.UTF8.GetString(result.Outputs.Single(f => f.Path == path).Content!);

    private static string Text(IEnumerable<OutputFile> files, string path) =>
        Encoding.UTF8.GetString(files.Single(f => f.Path == path).Content!);

    [Theory]
    [InlineData("content/notices/a.md", "notices/a/index.html")]
    [InlineData("content/guides/c.md", "guides/c/index.html")]
    public void An_edited_page_previewed_alone_equals_the_full_rebuild(string source, string output)
    {
        var first = Build();
        Assert.True(first.Succeeded, TestSite.Errors(first));
        var preview = first.Preview ?? throw new Xunit.Sdk.XunitException("an in-memory build with a cache keeps a preview");

        var edited = File.ReadAllText(Path.Combine(_site.Root, source)).Replace("。", "。新增一句：样品已送检。", StringComparison.Ordinal);
        _site.Write(source, edited);
        var quick = preview.Render(Path.Combine(_site.Root, source)) ?? throw new Xunit.Sdk.XunitException("the edit was not previewed");

        var full = Build();
        Assert.Contains("新增一句", Text(quick, output));
        Assert.Equal(Text(full, output), Text(quick, output));
        Assert.Equal(Text(full, "zh-hant/" + output), Text(quick, "zh-hant/" + output));
    }

    /// <summary>On the sample site (campaigns, an alert, results read from CSV, pages written in Traditional, the edition on).</summary>
    [Theory]
    [InlineData("content/results/2026-cashmere-sampling-results.md", "results/2026-cashmere-sampling-results/index.html")]
    [InlineData("content/notices/2026-quality-month-launch.md", "notices/2026-quality-month-launch/index.html")]
    [InlineData("content/guides/cashmere-sweater-hant.md", "guides/cashmere-sweater-hant/index.html")]
    public void A_sample_site_page_previewed_alone_equals_the_full_rebuild(string source, string output)
    {
        using var sample = new TestSite(copyTemplates: true);
        File.Copy(Path.Combine(RepoPaths.Root, "site.yml"), Path.Combine(sample.Root, "site.yml"), overwrite: true);
        TestSite.CopyFolder(Path.Combine(RepoPaths.Root, "content"), Path.Combine(sample.Root, "content"));
        BuildResult Full() => sample.Build(o => o with { WriteOutput = false, Cache = new BuildCache() });
        var first = Full();
        Assert.True(first.Succeeded, TestSite.Errors(first));

        var path = Path.Combine(sample.Root, source);
        File.AppendAllText(path, "\n\n预览与整站重建一致。\n");
        var quick = first.Preview!.Render(path) ?? throw new Xunit.Sdk.XunitException($"not previewed: {first.Preview.Skipped}");
        var full = Full();
        Assert.Contains("预览与整站重建一致", Text(quick, output));
        Assert.Equal(Text(full, output), Text(quick, output));
        Assert.Equal(Text(full, "zh-hant/" + output), Text(quick, "zh-hant/" + output));
    }

    [Fact]
    public void New_pages_moved_addresses_and_broken_files_wait_for_the_full_rebuild()
    {
        var first = Build();
        var preview = first.Preview!;

        _site.Write("content/notices/new.md", Pages.Notice(title: "新页面"));
        Assert.Null(preview.Render(Path.Combine(_site.Root, "content/notices/new.md")));

        _site.Write("content/notices/b.md", Pages.Notice(title: "关于电梯安全的提示", date: "2026-04-01", extra: "slug: elevator\n"));
        Assert.Null(preview.Render(Path.Combine(_site.Root, "content/notices/b.md")));

        _site.Write("content/notices/a.md", "---\ntitle: 坏了\ndate: 2026-02-30\n---\n");
        Assert.Null(preview.Render(Path.Combine(_site.Root, "content/notices/a.md")));
    }
}
