using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace QualitySite.Tests.Accessibility;

/// <summary>
/// The axe sweep (every page, two sizes, two modes: about 50 s of both cores) depends only on files:
/// the built site, the sweep's own code, axe-core's script and the browser's version. A clean result
/// is kept under the hash of all of them (in the test project's obj/axe-sweep/) and reused while none
/// changed, as build tools reuse test results; any change to a page, style sheet, script, template's
/// output or the sweep makes the key new and the sweep runs again. CI (CI=true) and
/// QSITE_SWEEP_CACHE=0 always sweep; a failing sweep is never kept.
/// </summary>
public static class SweepCache
{
    private const string Format = "axe-sweep 1";

    /// <summary>The sweep's code: a change to any of these files is a change to what the sweep checks.</summary>
    public static readonly string[] CodeFiles =
    [
        "tests/QualitySite.Tests/Accessibility/PageSweep.cs",
        "tests/QualitySite.Tests/Accessibility/AxeHost.cs",
        "tests/QualitySite.Tests/Accessibility/SweepCache.cs",
        "tests/QualitySite.Tests/Accessibility/SweepResult.cs",
        "tests/QualitySite.Tests/Support/BrowserSite.cs",
        "tests/QualitySite.Tests/Support/SharedBrowser.cs",
    ];

    public static bool Enabled(Func<string, string?> environment) =>
        !string.Equals(environment("CI"), "true", StringComparison.OrdinalIgnoreCase) && environment("QSITE_SWEEP_CACHE") != "0";

    /// <summary>The hash of every file under the output folder (path and bytes), the code files, axe-core's source and the browser's version.</summary>
    public static string Key(string output, string repoRoot, string axeSource, string browserVersion)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, Format + "\n" + browserVersion + "\n" + typeof(Microsoft.Playwright.IPage).Assembly.GetName().Version + "\n" + axeSource);
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => (Name: "site/" + Path.GetRelativePath(output, f).Replace('\\', '/'), Path: f))
            .Concat(CodeFiles.Select(f => (Name: f, Path: Path.Combine(repoRoot, f))))
            .OrderBy(f => f.Name, StringComparer.Ordinal);
        foreach (var (name, path) in files)
        {
            var bytes = File.ReadAllBytes(path);
            Add(hash, $"\n{name} {bytes.Length}\n");
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string Folder(string repoRoot) => Path.Combine(repoRoot, "tests", "QualitySite.Tests", "obj", "axe-sweep");

    public static SweepResult? Load(string folder, string key)
    {
        try
        {
            return JsonSerializer.Deserialize<SweepResult>(File.ReadAllText(Path.Combine(folder, key + ".json")));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Keeps a clean result under its key (written to a temporary file and moved, so a reader never sees half of it); other results are not kept.</summary>
    public static void Save(string folder, string key, SweepResult result)
    {
        if (!result.Clean)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(folder);
            var temp = Path.Combine(folder, key + "." + Guid.NewGuid().ToString("N") + ".tmp");
            File.WriteAllText(temp, JsonSerializer.Serialize(result));
            File.Move(temp, Path.Combine(folder, key + ".json"), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not kept: the next run sweeps again.
        }
    }

    private static void Add(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text));
}
