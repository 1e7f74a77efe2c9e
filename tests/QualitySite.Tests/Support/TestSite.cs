using System.Text;
using QualitySite.Generator.Diagnostics;
using QualitySite.Generator.Pipeline;

namespace QualitySite.Tests.Support;

/// <summary>
/// A whole site written to a temporary folder from inline files (Hugo's integration-test idea):
/// each test owns its site, so no test depends on a shared fixture's counts. The repository's real
/// templates are used unless the test supplies its own.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string DefaultConfig = """
        title: 测试市场监督管理局
        baseUrl: https://example.gov.cn/
        siteIdCode: "1234567890"
        menu:
          - { name: 首页, url: / }
          - { name: 通知公告, url: /notices/ }
        """;

    public static readonly DateTimeOffset BuildDate = new(2026, 11, 1, 12, 0, 0, TimeSpan.FromHours(8));

    public TestSite(IDictionary<string, string>? files = null, bool copyTemplates = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "qsite-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (copyTemplates)
        {
            CopyFolder(RepoPaths.Templates, Path.Combine(Root, "templates"));
        }

        Write("site.yml", DefaultConfig);
        foreach (var (path, text) in files ?? new Dictionary<string, string>())
        {
            Write(path, text);
        }
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "_site");

    public void Write(string path, string text) => WriteBytes(path, Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public BuildResult Build(Func<BuildOptions, BuildOptions>? configure = null)
    {
        var options = new BuildOptions(Root) { Clock = new FixedClock(BuildDate) };
        return new SiteBuilder(configure is null ? options : configure(options)).Build();
    }

    public string ReadOutput(string path) => File.ReadAllText(Path.Combine(Output, path));

    public bool OutputExists(string path) => File.Exists(Path.Combine(Output, path));

    public static string Errors(BuildResult result) => string.Join("\n", result.Diagnostics.Select(d => d.ToString()));

    public static Diagnostic Single(BuildResult result, string code) =>
        Assert.Single(result.Diagnostics, d => d.Code == code);

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    public sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
